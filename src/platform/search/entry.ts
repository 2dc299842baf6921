import { chinaDate } from '../clock/clock.js';
import { indexWords, normaliseText } from '../text/segment.js';
import type { SearchEntry } from './engine.js';

/** The words of an entry, by weight: title and 文号 most, then keywords, then the body. */
export function entryWords(entry: SearchEntry) {
  return {
    title: indexWords(entry.title),
    docNo: indexWords(entry.docNo),
    keywords: indexWords(entry.keywords),
    body: indexWords(entry.bodyText),
  };
}

/** The row both engines keep beside their words. */
export function entryRow(entry: SearchEntry, titleWords: string[]) {
  return {
    key: entry.key,
    site_id: entry.siteId,
    type: entry.type,
    title: entry.title,
    url: entry.url,
    department_id: entry.departmentId,
    publisher: entry.publisher,
    published_at: entry.publishedAt,
    year: Number(chinaDate(new Date(entry.publishedAt)).slice(0, 4)),
    validity: entry.validity,
    doc_no: entry.docNo,
    body_text: entry.bodyText,
    normal_text: normaliseText(`${entry.title} ${entry.docNo} ${entry.keywords} ${entry.bodyText}`),
    title_words: [...new Set(titleWords)].join(' '),
  };
}
