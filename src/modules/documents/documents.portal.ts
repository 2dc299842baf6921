import type { Executor } from '../../db/database.js';
import type { SearchEntry } from '../../platform/search/engine.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import * as repo from './documents.repository.js';
import type { DocumentRow } from './documents.repository.js';
import { documentSearchEntry } from './documents.search.js';

/** What the public sees of the documents (and what they feed: search, feeds, view counts). */
export function documentPortal(db: Executor, departments: Pick<DepartmentsService, 'list'>) {
  // Views are not worth a write per page view; at worst a crash loses a few seconds of counts.
  const pendingViews = new Map<string, number>();

  const portal = {
    /** A document as the public may see it: published and proactively disclosed, or nothing. */
    async publicDocument(siteId: string, id: string): Promise<(DocumentRow & { columnIds: string[] }) | undefined> {
      const doc = await repo.findDocument(db, id);
      if (!doc || doc.siteId !== siteId || doc.status !== 'published' || doc.content.disclosure !== 'proactive')
        return undefined;
      return { ...doc, columnIds: await repo.columnIdsOf(db, id) };
    },

    /** Every public document of a site, in pages (rebuilding the search index, auditing the archive). */
    async *publicDocuments(siteId: string): AsyncGenerator<DocumentRow> {
      const page = 500;
      for (let offset = 0; ; offset += page) {
        const { rows } = await repo.queryDocuments(db, { siteId, publicOnly: true, limit: page, offset });
        yield* rows;
        if (rows.length < page) return;
      }
    },

    /** Every public document of a site as a search entry, for rebuilding the index. */
    async *searchEntries(siteId: string): AsyncGenerator<SearchEntry> {
      const names = new Map((await departments.list(siteId)).map((d) => [d.id, d.name]));
      for await (const doc of portal.publicDocuments(siteId))
        yield documentSearchEntry(doc, names.get(doc.departmentId) ?? '');
    },

    publicList(siteId: string, q: Omit<repo.DocumentQuery, 'siteId' | 'publicOnly' | 'status' | 'departmentIds'>) {
      return repo.queryDocuments(db, { ...q, siteId, publicOnly: true });
    },

    publicFacets: (siteId: string) => repo.publicFacets(db, siteId),

    /** The public interpretations (政策解读) of a document, for its page. */
    publicInterpretations: (siteId: string, documentId: string) => repo.publicInterpretationsOf(db, siteId, documentId),

    /** Documents of a site named by 索引号, or else by 文号 (several when a 文号 is not unique). */
    async findByReference(siteId: string, reference: string): Promise<DocumentRow[]> {
      const byIndexNo = await repo.findDocumentByIndexNo(db, siteId, reference);
      return byIndexNo ? [byIndexNo] : repo.findDocumentsByDocNo(db, siteId, reference);
    },

    /** Counts a page view; counts are kept in memory briefly and written in batches (`flushViews`). */
    countView(id: string): void {
      pendingViews.set(id, (pendingViews.get(id) ?? 0) + 1);
    },

    /** Writes the counted views; what could not be written (the database away) is kept for the next try. */
    async flushViews(): Promise<void> {
      const batch = [...pendingViews];
      pendingViews.clear();
      for (const [i, [id, n]] of batch.entries()) {
        try {
          await repo.addViews(db, id, n);
        } catch (error) {
          for (const [left, m] of batch.slice(i)) pendingViews.set(left, (pendingViews.get(left) ?? 0) + m);
          throw error;
        }
      }
    },
  };
  return portal;
}
