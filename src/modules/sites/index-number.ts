/**
 * 索引号 templates (reference/website.md §4): formats differ by province, so each site keeps its
 * own template. Placeholders: {orgCode} the site's code, {deptCode} the publishing department's
 * code, {yyyy} the year, {seq} or {seq:05} a per-year serial padded to the given width.
 */
const TOKEN = /\{(orgCode|deptCode|yyyy|seq(?::0?(\d{1,2}))?)\}/g;

export const DEFAULT_INDEX_NO_TEMPLATE = '{orgCode}/{yyyy}-{seq:05}';

/** Problems with a template, in Chinese; empty when it is usable. */
export function indexTemplateProblems(template: string): string[] {
  const problems: string[] = [];
  if (!/\{seq(?::0?\d{1,2})?\}/.test(template)) problems.push('索引号模板必须包含流水号 {seq} 或 {seq:05}');
  const leftover = template.replace(TOKEN, '');
  if (/[{}]/.test(leftover)) problems.push('索引号模板只能使用 {orgCode}、{deptCode}、{yyyy}、{seq:05} 这些占位符');
  return problems;
}

export interface IndexNoParts {
  orgCode: string;
  deptCode: string;
  year: number;
  seq: number;
}

export function formatIndexNo(template: string, parts: IndexNoParts): string {
  return template.replace(TOKEN, (_whole, name: string, width: string | undefined) => {
    if (name === 'orgCode') return parts.orgCode;
    if (name === 'deptCode') return parts.deptCode;
    if (name === 'yyyy') return String(parts.year);
    return String(parts.seq).padStart(width ? Number(width) : 1, '0');
  });
}
