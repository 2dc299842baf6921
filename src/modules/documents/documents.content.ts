import type { Executor } from '../../db/database.js';
import { bodyProblem, MAX_BODY_LENGTH, sanitizeBody } from '../../platform/text/html.js';
import type { ColumnsService } from '../columns/columns.service.js';
import { DocumentErrors } from './documents.errors.js';
import type { DocumentContent } from './documents.model.js';
import * as repo from './documents.repository.js';

/** The body as the whitelist leaves it; refused when too complex to clean or too long once cleaned. */
function cleanBody(html: string): string {
  const problem = bodyProblem(html);
  if (problem) throw DocumentErrors.DOCUMENT_BODY_TOO_COMPLEX(problem);
  const clean = sanitizeBody(html);
  if (clean.length > MAX_BODY_LENGTH)
    throw DocumentErrors.DOCUMENT_BODY_TOO_COMPLEX('正文过长，请分成几条信息或作为附件上传');
  return clean;
}

/**
 * Normalises content and checks it against the site before anything is written: its columns and
 * the documents it replaces or interprets belong to the site, the body is sanitised.
 */
export function contentCleaner(columns: Pick<ColumnsService, 'list'>) {
  return async function clean(
    trx: Executor,
    siteId: string,
    content: DocumentContent,
    selfId?: string,
  ): Promise<DocumentContent> {
    const siteColumns = await columns.list(siteId, trx);
    const columnIds = [...new Set(content.columnIds)];
    if (columnIds.some((id) => !siteColumns.some((c) => c.id === id))) throw DocumentErrors.DOCUMENT_COLUMN_INVALID();
    if (content.replacedById) {
      const replacement = await repo.findDocument(trx, content.replacedById);
      if (!replacement || replacement.siteId !== siteId) throw DocumentErrors.DOCUMENT_REPLACEMENT_INVALID();
    }
    if (content.interpretsId) {
      const policy = await repo.findDocument(trx, content.interpretsId);
      if (!policy || policy.siteId !== siteId || policy.id === selfId)
        throw DocumentErrors.DOCUMENT_INTERPRETS_INVALID();
    }
    return {
      ...content,
      title: content.title.trim(),
      docNo: content.docNo.trim(),
      subject: content.subject.trim(),
      keywords: [...new Set(content.keywords.map((k) => k.trim()).filter(Boolean))],
      summary: content.summary.trim(),
      source: content.source.trim(),
      bodyHtml: cleanBody(content.bodyHtml),
      columnIds,
    };
  };
}
