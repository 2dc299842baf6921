import type { SearchEntry } from '../../platform/search/engine.js';
import { htmlToText } from '../../platform/text/html.js';
import { documentHref } from './documents.paths.js';
import type { DocumentRow } from './documents.repository.js';

export const documentKey = (id: string) => `document:${id}`;

/** Only what the portal shows is searchable: published, proactively disclosed documents. */
export const isSearchable = (doc: DocumentRow) =>
  doc.status === 'published' && doc.content.disclosure === 'proactive' && doc.publishedAt !== null;

/** A public document as a search result: an interpretation (政策解读) is its own type. */
export function documentSearchEntry(doc: DocumentRow, publisher: string): SearchEntry {
  const c = doc.content;
  return {
    key: documentKey(doc.id),
    siteId: doc.siteId,
    type: c.interpretsId ? 'interpretation' : 'document',
    title: c.title,
    url: documentHref(doc),
    departmentId: doc.departmentId,
    publisher,
    publishedAt: doc.publishedAt ?? doc.updatedAt,
    validity: c.validity,
    docNo: c.docNo,
    keywords: [c.subject, ...c.keywords, c.summary].join(' '),
    bodyText: htmlToText(c.bodyHtml),
  };
}
