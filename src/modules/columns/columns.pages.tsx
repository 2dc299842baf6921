import type { FastifyRequest } from 'fastify';
import type { NavItem, SiteFrame } from '../../portal/layout.js';
import { preferencesOf, type Preferences } from '../../portal/preferences.js';
import { ancestry, type Column, type ColumnsService } from './columns.service.js';

/** What every portal page needs around its content: the site, the visitor's preferences, the navigation. */
export interface Frame {
  site: SiteFrame;
  path: string;
  prefs: Preferences;
  nav: NavItem[];
}

/**
 * A column's address: its code and its parents' codes as folders (/openness/statutory/art20-1/),
 * readable and stable; a column without a code (one an office added) keeps /columns/<id>.
 */
export function columnHref(c: Column, all: readonly Column[]): string {
  if (c.kind === 'link') return c.linkUrl;
  const chain = ancestry(all, c.id);
  if (chain.some((x) => !x.code || !CODE_SEGMENT.test(x.code))) return `/columns/${c.id}`;
  return `/${chain.map((x) => x.code).join('/')}/`;
}

const CODE_SEGMENT = /^[a-z0-9][a-z0-9-]{0,40}$/;

/** The column at a path of codes (the segments of /openness/rules/), if there is one. */
export function columnAtCodes(all: readonly Column[], codes: readonly string[]): Column | undefined {
  let parentId: string | null = null;
  let found: Column | undefined;
  for (const code of codes) {
    found = all.find((c) => c.parentId === parentId && c.code === code);
    if (!found) return undefined;
    parentId = found.id;
  }
  return found;
}

/** Main navigation: the top-level columns (but 专题), then the catalogue and the sections. */
export async function frameFor(
  request: FastifyRequest,
  site: SiteFrame & { id: string },
  columns: ColumnsService,
): Promise<Frame> {
  const all = await columns.list(site.id);
  // A 专题 is reached from the home page's 专题专栏 and the site map, not the main menu.
  const top = all.filter((c) => c.parentId === null && c.kind !== 'topic');
  return {
    site,
    path: request.url,
    prefs: preferencesOf(request),
    nav: [
      ...top.map((c) => ({ label: c.name, href: columnHref(c, all) })),
      { label: '信息公开目录', href: '/catalogue' },
      { label: '工作要点', href: '/work-plans' },
      { label: '办事服务', href: '/services' },
      { label: '互动交流', href: '/messages' },
      { label: '智能问答', href: '/assistant' },
    ],
  };
}

export function Breadcrumb({ trail }: { trail: { label: string; href?: string }[] }) {
  return (
    <nav class="breadcrumb" aria-label="当前位置">
      <ol>
        <li>
          <a href="/">首页</a>
        </li>
        {trail.map((t) => (
          <li>{t.href ? <a href={t.href}>{t.label}</a> : <span aria-current="page">{t.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}

export function columnTrail(all: readonly Column[], id: string, current = true): { label: string; href?: string }[] {
  const chain = ancestry(all, id);
  return chain.map((c, i) => ({
    label: c.name,
    href: current && i === chain.length - 1 ? undefined : columnHref(c, all),
  }));
}

/** Page links that work without JavaScript. */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label="分页">
      {page > 1 && <a href={href(page - 1)}>上一页</a>}
      <span aria-current="page">
        第 {page} 页 / 共 {pages} 页
      </span>
      {page < pages && <a href={href(page + 1)}>下一页</a>}
    </nav>
  );
}
