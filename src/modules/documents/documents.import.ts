import { Type, type Static } from '@sinclair/typebox';
import type { Actor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/http/errors.js';
import { problemsWith } from '../../platform/http/validation.js';
import { cleanInput } from '../../platform/http/input.js';
import { textToHtml } from '../../platform/text/html.js';
import type { ColumnsService } from '../columns/columns.service.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import { DISCLOSURES, VALIDITIES } from './documents.model.js';
import type { DocumentsService } from './documents.service.js';

/**
 * One line of an archive import (JSON lines): how a site moves what it already published onto
 * the platform. Dates may be given as YYYY-MM-DD or YYYY-MM-DD HH:MM in China time.
 */
export const ImportLineSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    docNo: Type.Optional(Type.String({ maxLength: 100 })),
    publisher: Type.String({ minLength: 1, maxLength: 100, description: '发布机构：单位全称、简称或代码' }),
    writtenOn: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
    publishedAt: Type.String({
      pattern: '^\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?$',
    }),
    columns: Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { minItems: 1, maxItems: 10 }),
    subject: Type.Optional(Type.String({ maxLength: 50 })),
    keywords: Type.Optional(
      Type.Union([Type.Array(Type.String({ maxLength: 20 }), { maxItems: 10 }), Type.String({ maxLength: 200 })]),
    ),
    validity: Type.Optional(Type.Union(VALIDITIES.map((v) => Type.Literal(v)))),
    disclosure: Type.Union(DISCLOSURES.map((d) => Type.Literal(d))),
    summary: Type.Optional(Type.String({ maxLength: 100 })),
    body: Type.Optional(Type.String({ maxLength: 500_000 })),
    source: Type.Optional(Type.String({ maxLength: 100 })),
    indexNo: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()])),
    documentKind: Type.Optional(
      Type.Union([Type.Literal('rule'), Type.Literal('normative'), Type.Null()], {
        description: '文件类别：rule 规章 · normative 行政规范性文件',
      }),
    ),
    interprets: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: '政策解读：所解读文件的索引号或文号（该文件须已在站点上，或在本文件中更靠前）',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ImportLine = Static<typeof ImportLineSchema>;

export interface ImportResult {
  line: number;
  status: 'imported' | 'skipped' | 'failed';
  id?: string;
  indexNo?: string;
  title?: string;
  reasons?: string[];
}

/** A date without a zone is China time (UTC+8). */
function toInstant(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?))?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (!m) return new Date(NaN).toISOString();
  const time = m[2] ?? '00:00';
  const zone = m[3] ?? '+08:00';
  return new Date(`${m[1]}T${time.length === 5 ? time + ':00' : time}${zone}`).toISOString();
}

const looksLikeHtml = (body: string) => /<\/?[a-z][^>]*>/i.test(body);

export function createDocumentImporter(deps: {
  documents: DocumentsService;
  departments: DepartmentsService;
  columns: ColumnsService;
}) {
  const { documents, departments, columns } = deps;

  async function importLine(actor: Actor, siteId: string, lineNo: number, text: string): Promise<ImportResult> {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { line: lineNo, status: 'failed', reasons: ['不是有效的 JSON'] };
    }
    // The same normaliser as every request: control characters refused, invisible ones removed.
    const unreadable = cleanInput(raw);
    const problems = unreadable === 'too_deep' ? [{ message: '内容层级过深' }] : [...unreadable];
    if (!problems.length) problems.push(...problemsWith(ImportLineSchema, raw));
    if (problems.length > 0) {
      return {
        line: lineNo,
        status: 'failed',
        reasons: problems.map((p) => (p.field ? `${p.field}：${p.message}` : p.message)),
      };
    }
    const input = raw as ImportLine;
    const reasons: string[] = [];
    const dept = (await departments.list(siteId)).find((d) =>
      [d.name, d.shortName, d.code].includes(input.publisher.trim()),
    );
    if (!dept) reasons.push(`publisher：找不到单位 “${input.publisher}”`);
    const columnIds: string[] = [];
    for (const path of input.columns) {
      const column = await columns.findByPath(siteId, path);
      if (column) columnIds.push(column.id);
      else reasons.push(`columns：找不到栏目 “${path}”`);
    }
    let interpretsId: string | null = null;
    if (input.interprets) {
      const found = await documents.findByReference(siteId, input.interprets.trim());
      if (found.length === 1 && found[0]) interpretsId = found[0].id;
      else if (found.length > 1) reasons.push(`interprets：文号 “${input.interprets}” 对应多条信息，请改用索引号`);
      else reasons.push(`interprets：找不到索引号或文号为 “${input.interprets}” 的信息`);
    }
    const publishedAt = toInstant(input.publishedAt);
    if (publishedAt === 'Invalid Date' || Number.isNaN(Date.parse(publishedAt))) reasons.push('publishedAt：日期无效');
    if (!dept || reasons.length > 0) return { line: lineNo, status: 'failed', title: input.title, reasons };

    const body = input.body ?? '';
    const keywords =
      typeof input.keywords === 'string' ? input.keywords.split(/[\s,，、;；]+/) : (input.keywords ?? []);
    try {
      const doc = await documents.importPublished(actor, siteId, {
        departmentId: dept.id,
        publishedAt,
        indexNo: input.indexNo?.trim() || null,
        content: {
          title: input.title,
          docNo: input.docNo ?? '',
          writtenOn: input.writtenOn ?? null,
          subject: input.subject ?? '',
          keywords: keywords.filter(Boolean).slice(0, 10),
          disclosure: input.disclosure,
          validity: input.validity ?? 'effective',
          replacedById: null,
          interpretsId,
          documentKind: input.documentKind ?? null,
          summary: input.summary ?? '',
          // Cleaned (and refused when too complex) by the documents service, as every body is.
          bodyHtml: looksLikeHtml(body) ? body : textToHtml(body),
          source: input.source ?? '',
          columnIds,
        },
      });
      if (!doc)
        return {
          line: lineNo,
          status: 'skipped',
          title: input.title,
          reasons: ['已导入过（索引号或标题、文号、发布日期相同）'],
        };
      return {
        line: lineNo,
        status: 'imported',
        id: doc.id,
        indexNo: doc.indexNo ?? undefined,
        title: doc.content.title,
      };
    } catch (error) {
      if (error instanceof AppError)
        return { line: lineNo, status: 'failed', title: input.title, reasons: [error.message] };
      throw error;
    }
  }

  return {
    /** Imports every non-blank line on its own, so one bad line neither stops nor half-writes the rest. */
    async importLines(actor: Actor, siteId: string, text: string): Promise<ImportResult[]> {
      const results: ImportResult[] = [];
      const lines = text.split(/\r?\n/);
      for (const [i, line] of lines.entries()) {
        if (line.trim()) results.push(await importLine(actor, siteId, i + 1, line));
      }
      return results;
    },
  };
}
