import type { DocumentContent } from '../../src/modules/documents/documents.model.js';

/** A document's content with every field empty or at its usual value, and the given ones set. */
export function documentContent(over: Partial<DocumentContent>): DocumentContent {
  return {
    title: '',
    docNo: '',
    writtenOn: null,
    subject: '',
    keywords: [],
    disclosure: 'proactive',
    validity: 'effective',
    replacedById: null,
    interpretsId: null,
    documentKind: null,
    summary: '',
    bodyHtml: '',
    source: '',
    columnIds: [],
    ...over,
  };
}
