import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { contains, withoutParallelWorkers } from '../../db/sql.js';
import { chinaDate } from '../../platform/clock/clock.js';
import type { AttachmentTable, DocumentRevisionTable, DocumentTable } from '../../db/schema.js';
import type { DocumentContent, DocumentStatus, RevisionState } from './documents.model.js';

export interface DocumentRow {
  id: string;
  siteId: string;
  departmentId: string;
  status: DocumentStatus;
  indexNo: string | null;
  /** The published fields (or the first draft's, until publication). */
  content: Omit<DocumentContent, 'columnIds'>;
  publishedAt: string | null;
  publishedRevisionId: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string;
  views: number;
  /** 一稿多发: the original this document is a copy of, on another site; null for an original. */
  syndicatedFromId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RevisionRow {
  id: string;
  documentId: string;
  number: number;
  state: RevisionState;
  content: DocumentContent;
  scheduledAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  submittedBy: string | null;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string;
  publishedAt: string | null;
}

function toDocument(r: DocumentTable): DocumentRow {
  return {
    id: r.id,
    siteId: r.site_id,
    departmentId: r.department_id,
    status: r.status as DocumentStatus,
    indexNo: r.index_no,
    content: {
      title: r.title,
      docNo: r.doc_no,
      writtenOn: r.written_on,
      subject: r.subject,
      keywords: r.keywords ? r.keywords.split(' ') : [],
      disclosure: r.disclosure as DocumentRow['content']['disclosure'],
      validity: r.validity as DocumentRow['content']['validity'],
      replacedById: r.replaced_by_id,
      interpretsId: r.interprets_id,
      documentKind: r.document_kind as DocumentContent['documentKind'],
      summary: r.summary,
      bodyHtml: r.body_html,
      source: r.source,
    },
    publishedAt: r.published_at,
    publishedRevisionId: r.published_revision_id,
    withdrawnAt: r.withdrawn_at,
    withdrawnReason: r.withdrawn_reason,
    views: Number(r.views),
    syndicatedFromId: r.syndicated_from_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Revisions written before a field existed read it as empty. */
function withDefaults(content: Partial<DocumentContent>): DocumentContent {
  return {
    ...(content as DocumentContent),
    interpretsId: content.interpretsId ?? null,
    documentKind: content.documentKind ?? null,
  };
}

function toRevision(r: DocumentRevisionTable): RevisionRow {
  return {
    id: r.id,
    documentId: r.document_id,
    number: Number(r.number),
    state: r.state as RevisionState,
    content: withDefaults(JSON.parse(r.content_json) as Partial<DocumentContent>),
    scheduledAt: r.scheduled_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    submittedBy: r.submitted_by,
    submittedAt: r.submitted_at,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
    reviewNote: r.review_note,
    publishedAt: r.published_at,
  };
}

function contentColumns(c: Omit<DocumentContent, 'columnIds'>) {
  return {
    title: c.title,
    doc_no: c.docNo,
    written_on: c.writtenOn,
    subject: c.subject,
    // Keywords are single words (主题词) separated by spaces in the row.
    keywords: c.keywords.join(' '),
    disclosure: c.disclosure,
    validity: c.validity,
    replaced_by_id: c.replacedById,
    interprets_id: c.interpretsId,
    document_kind: c.documentKind,
    summary: c.summary,
    body_html: c.bodyHtml,
    source: c.source,
  };
}

export async function insertDocument(
  db: Executor,
  d: { id: string; siteId: string; departmentId: string; content: DocumentContent; syndicatedFromId?: string },
  at: string,
): Promise<void> {
  await db
    .insertInto('documents')
    .values({
      id: d.id,
      site_id: d.siteId,
      department_id: d.departmentId,
      status: 'draft',
      index_no: null,
      ...contentColumns(d.content),
      published_at: null,
      published_revision_id: null,
      withdrawn_at: null,
      withdrawn_reason: '',
      views: 0,
      syndicated_from_id: d.syndicatedFromId ?? null,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function findDocument(db: Executor, id: string): Promise<DocumentRow | undefined> {
  const r = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toDocument(r);
}

export async function findDocumentByIndexNo(
  db: Executor,
  siteId: string,
  indexNo: string,
): Promise<DocumentRow | undefined> {
  const r = await db
    .selectFrom('documents')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('index_no', '=', indexNo)
    .executeTakeFirst();
  return r && toDocument(r);
}

/** Documents of a site with this 文号 (an import's way to name a policy it interprets). */
export async function findDocumentsByDocNo(db: Executor, siteId: string, docNo: string): Promise<DocumentRow[]> {
  const rows = await db
    .selectFrom('documents')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('doc_no', '=', docNo)
    .limit(2)
    .execute();
  return rows.map(toDocument);
}

/** Public documents whose title, 文号 or 索引号 contains the text, newest first. */
export async function lookupPublic(
  db: Executor,
  siteId: string,
  { text, id }: { text: string; id?: string },
  limit: number,
): Promise<DocumentRow[]> {
  let q = db
    .selectFrom('documents')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('status', '=', 'published')
    .where('disclosure', '=', 'proactive');
  if (id) q = q.where('id', '=', id);
  if (text)
    q = q.where((eb) =>
      eb.or([contains(eb.ref('title'), text), contains(eb.ref('doc_no'), text), contains(eb.ref('index_no'), text)]),
    );
  const rows = await q.orderBy('published_at', 'desc').limit(limit).execute();
  return rows.map(toDocument);
}

/** The published, proactively disclosed interpretations of a document, newest first. */
export async function publicInterpretationsOf(
  db: Executor,
  siteId: string,
  documentId: string,
): Promise<DocumentRow[]> {
  const rows = await db
    .selectFrom('documents')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('interprets_id', '=', documentId)
    .where('status', '=', 'published')
    .where('disclosure', '=', 'proactive')
    .orderBy('published_at', 'desc')
    .limit(20)
    .execute();
  return rows.map(toDocument);
}

export async function findSameDocument(
  db: Executor,
  siteId: string,
  departmentId: string,
  title: string,
  docNo: string,
  publishedAt: string | null,
): Promise<DocumentRow | undefined> {
  let q = db
    .selectFrom('documents')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('department_id', '=', departmentId)
    .where('title', '=', title)
    .where('doc_no', '=', docNo);
  q = publishedAt === null ? q.where('published_at', 'is', null) : q.where('published_at', '=', publishedAt);
  const r = await q.executeTakeFirst();
  return r && toDocument(r);
}

/** Makes a revision the document's public content. */
export async function setPublished(
  db: Executor,
  id: string,
  p: { content: Omit<DocumentContent, 'columnIds'>; revisionId: string; indexNo: string; publishedAt: string },
  at: string,
): Promise<void> {
  await db
    .updateTable('documents')
    .set({
      ...contentColumns(p.content),
      status: 'published',
      index_no: p.indexNo,
      published_revision_id: p.revisionId,
      published_at: p.publishedAt,
      withdrawn_at: null,
      withdrawn_reason: '',
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export async function setDraftContent(
  db: Executor,
  id: string,
  content: Omit<DocumentContent, 'columnIds'>,
  at: string,
): Promise<void> {
  await db
    .updateTable('documents')
    .set({ ...contentColumns(content), updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute();
}

export async function setWithdrawn(db: Executor, id: string, reason: string, at: string): Promise<void> {
  await db
    .updateTable('documents')
    .set({ status: 'withdrawn', withdrawn_at: at, withdrawn_reason: reason, updated_at: at })
    .where('id', '=', id)
    .execute();
  await db.updateTable('document_columns').set({ listed_at: null }).where('document_id', '=', id).execute();
}

/** Files a document under its columns; `listedAt` is its publication instant when it is public, else null. */
export async function replaceDocumentColumns(
  db: Executor,
  documentId: string,
  columnIds: string[],
  listedAt: string | null,
): Promise<void> {
  await db.deleteFrom('document_columns').where('document_id', '=', documentId).execute();
  if (columnIds.length > 0) {
    await db
      .insertInto('document_columns')
      .values(
        columnIds.map((column_id) => ({
          document_id: documentId,
          column_id,
          listed_at: listedAt,
          also_filed: columnIds.length > 1 ? 1 : 0,
        })),
      )
      .execute();
  }
}

export async function columnIdsOf(db: Executor, documentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('document_columns')
    .select('column_id')
    .where('document_id', '=', documentId)
    .execute();
  return rows.map((r) => r.column_id);
}

export async function addViews(db: Executor, id: string, n: number): Promise<void> {
  await db
    .updateTable('documents')
    .set({ views: sql`views + ${n}` })
    .where('id', '=', id)
    .execute();
}

// Revisions ---------------------------------------------------------------------------------

export async function insertRevision(
  db: Executor,
  r: {
    id: string;
    documentId: string;
    number: number;
    state: RevisionState;
    content: DocumentContent;
    createdBy: string | null;
  },
  at: string,
): Promise<void> {
  await db
    .insertInto('document_revisions')
    .values({
      id: r.id,
      document_id: r.documentId,
      number: r.number,
      state: r.state,
      content_json: JSON.stringify(r.content),
      scheduled_at: null,
      created_by: r.createdBy,
      created_at: at,
      updated_at: at,
      submitted_by: null,
      submitted_at: null,
      reviewed_by: null,
      reviewed_at: null,
      review_note: '',
      published_at: null,
    })
    .execute();
}

export async function listRevisions(db: Executor, documentId: string): Promise<RevisionRow[]> {
  const rows = await db
    .selectFrom('document_revisions')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('number', 'desc')
    .execute();
  return rows.map(toRevision);
}

/** Published documents that are 规章 or 行政规范性文件, of one publisher or the whole site. */
/**
 * The 规章 and 规范性文件 of a site published in a China year: each one's department, and whether a
 * public interpretation explains it — in one query.
 */
export async function policiesOfYear(
  db: Executor,
  siteId: string,
  year: number,
): Promise<{ departmentId: string; interpreted: boolean }[]> {
  const rows = await db
    .selectFrom('documents as d')
    .select('d.department_id')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('documents as i')
            .select('i.id')
            .whereRef('i.interprets_id', '=', 'd.id')
            .where('i.site_id', '=', siteId)
            .where('i.status', '=', 'published')
            .where('i.disclosure', '=', 'proactive'),
        )
        .as('interpreted'),
    )
    .where('d.site_id', '=', siteId)
    .where('d.status', '=', 'published')
    .where('d.document_kind', 'is not', null)
    // A copy published from another site (一稿多发) is that site's policy, interpreted there.
    .where('d.syndicated_from_id', 'is', null)
    .where('d.published_at', '>=', `${year - 1}-12-31T16:00:00.000Z`)
    .where('d.published_at', '<', `${year}-12-31T16:00:00.000Z`)
    .execute();
  return rows.map((r) => ({ departmentId: r.department_id, interpreted: Boolean(Number(r.interpreted)) }));
}

/**
 * A site's (or one publisher's) published 规章 and 规范性文件: what section 二 of the annual report
 * counts them by, without their text (a large site has thousands).
 */
export async function kindDocuments(
  db: Executor,
  siteId: string,
  departmentId: string | null,
): Promise<
  {
    id: string;
    kind: NonNullable<DocumentContent['documentKind']>;
    writtenOn: string | null;
    publishedAt: string | null;
  }[]
> {
  let q = db
    .selectFrom('documents')
    .select(['id', 'document_kind', 'written_on', 'published_at'])
    .where('site_id', '=', siteId)
    .where('status', '=', 'published')
    .where('document_kind', 'is not', null)
    // (A copy from another site was issued there: annual report section 二 counts what the body issued.)
    .where('syndicated_from_id', 'is', null);
  if (departmentId) q = q.where('department_id', '=', departmentId);
  return (await q.execute()).map((r) => ({
    id: r.id,
    kind: r.document_kind as NonNullable<DocumentContent['documentKind']>,
    writtenOn: r.written_on,
    publishedAt: r.published_at,
  }));
}

/**
 * When each published 规章 or 规范性文件 of a site (or one publisher) was first published as repealed
 * or expired (China date, YYYY-MM-DD); absent while it never was. One query for the whole site.
 */
export async function kindDocumentEndings(
  db: Executor,
  siteId: string,
  departmentId: string | null,
): Promise<Map<string, string>> {
  let q = db
    .selectFrom('document_revisions as r')
    .innerJoin('documents as d', 'd.id', 'r.document_id')
    .select(['r.document_id', 'r.content_json', 'r.published_at'])
    .where('d.site_id', '=', siteId)
    .where('d.status', '=', 'published')
    .where('d.document_kind', 'is not', null)
    .where('d.syndicated_from_id', 'is', null)
    .where('r.published_at', 'is not', null);
  if (departmentId) q = q.where('d.department_id', '=', departmentId);
  const endings = new Map<string, string>();
  for (const r of await q.execute()) {
    const { validity } = JSON.parse(r.content_json) as Partial<DocumentContent>;
    if (validity !== 'repealed' && validity !== 'expired') continue;
    const on = chinaDate(new Date(r.published_at ?? ''));
    const seen = endings.get(r.document_id);
    if (!seen || on < seen) endings.set(r.document_id, on);
  }
  return endings;
}

export async function latestRevision(db: Executor, documentId: string): Promise<RevisionRow | undefined> {
  const r = await db
    .selectFrom('document_revisions')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r && toRevision(r);
}

export async function updateRevision(
  db: Executor,
  id: string,
  patch: Partial<{
    state: RevisionState;
    content: DocumentContent;
    scheduledAt: string | null;
    submittedBy: string | null;
    submittedAt: string | null;
    reviewedBy: string | null;
    reviewedAt: string | null;
    reviewNote: string;
    publishedAt: string | null;
  }>,
  at: string,
): Promise<void> {
  await db
    .updateTable('document_revisions')
    .set({
      ...(patch.state !== undefined && { state: patch.state }),
      ...(patch.content !== undefined && { content_json: JSON.stringify(patch.content) }),
      ...(patch.scheduledAt !== undefined && { scheduled_at: patch.scheduledAt }),
      ...(patch.submittedBy !== undefined && { submitted_by: patch.submittedBy }),
      ...(patch.submittedAt !== undefined && { submitted_at: patch.submittedAt }),
      ...(patch.reviewedBy !== undefined && { reviewed_by: patch.reviewedBy }),
      ...(patch.reviewedAt !== undefined && { reviewed_at: patch.reviewedAt }),
      ...(patch.reviewNote !== undefined && { review_note: patch.reviewNote }),
      ...(patch.publishedAt !== undefined && { published_at: patch.publishedAt }),
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export async function supersedePublished(db: Executor, documentId: string, at: string): Promise<void> {
  await db
    .updateTable('document_revisions')
    .set({ state: 'superseded', updated_at: at })
    .where('document_id', '=', documentId)
    .where('state', '=', 'published')
    .execute();
}

export async function dueScheduledRevisions(db: Executor, now: string): Promise<RevisionRow[]> {
  const rows = await db
    .selectFrom('document_revisions')
    .selectAll()
    .where('state', '=', 'scheduled')
    .where('scheduled_at', '<=', now)
    .orderBy('scheduled_at')
    .execute();
  return rows.map(toRevision);
}

// Index numbers -----------------------------------------------------------------------------

export async function indexNoTaken(db: Executor, siteId: string, indexNo: string): Promise<boolean> {
  const r = await db
    .selectFrom('documents')
    .select('id')
    .where('site_id', '=', siteId)
    .where('index_no', '=', indexNo)
    .executeTakeFirst();
  return r !== undefined;
}

// Lists -------------------------------------------------------------------------------------

export interface DocumentQuery {
  siteId: string;
  /** Only documents of these departments (scope of a department editor). */
  departmentIds?: string[];
  status?: DocumentStatus;
  /** The portal: published and proactively disclosed only. */
  publicOnly?: boolean;
  columnIds?: string[];
  departmentId?: string;
  subject?: string;
  validity?: string;
  year?: number;
  text?: string;
  limit: number;
  offset: number;
}

/** Up to how deep a list of several columns with doubles in it is read from each column's newest filings. */
const MERGED_PAGES_UP_TO = 1000;

/**
 * A page of the list of several columns (a catalogue node and the columns under it) from each
 * column's newest `offset + limit` filings, read from the listing index, merged: a document's place
 * in its own column is never lower than in the merged list. Where no document is filed under two of
 * the columns (`distinct` false) the merge is exact at any depth, and the database merges the
 * columns' own orders, reading no more than the page's depth (page 500 of a 60,000-filing node:
 * p50 30 ms against 128 ms sorting every filing, bench:scale). With doubles to drop, sorting every
 * filing is the plain way past the first few hundred pages.
 */
async function mergedColumnPage(db: Executor, columnIds: string[], limit: number, offset: number, distinct: boolean) {
  const newest = columnIds.map(
    (id, i) => sql`select * from (
      select document_id, listed_at from document_columns
      where column_id = ${id} and listed_at is not null
      order by listed_at desc, document_id desc limit ${offset + limit}
    ) as ${sql.ref(`c${i}`)}`,
  );
  const { rows } = await sql<{ document_id: string; listed_at: string }>`
    select ${distinct ? sql`distinct` : sql``} document_id, listed_at
    from (${sql.join(newest, sql` union all `)}) as filings
    order by listed_at desc, document_id desc limit ${limit} offset ${offset}`.execute(db);
  return rows;
}

/**
 * The portal's column list (public documents filed under some columns, nothing else asked): counted
 * and paged on the filings' listing index, then only the page's rows read. Newest first; documents
 * published at the same instant by id, newest first.
 */
async function publicColumnList(
  db: Executor,
  siteId: string,
  columnIds: string[],
  limit: number,
  offset: number,
): Promise<{ total: number; rows: DocumentRow[] }> {
  if (columnIds.length === 0) return { total: 0, rows: [] };
  const listed = db
    .selectFrom('document_columns')
    .where('column_id', 'in', columnIds)
    .where('listed_at', 'is not', null);
  // A document filed under two of the columns is listed once: the filings are counted, less the
  // doubles among the few filings of documents filed more than once (migration 0035) — counting
  // distinct documents over every filing cost ten times as much for 60,000 filings.
  const counted =
    columnIds.length === 1
      ? {
          filings: (await listed.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n,
          doubles: 0,
        }
      : await db
          .selectNoFrom([
            listed.select((eb) => eb.fn.countAll<number | string>().as('n')).as('filings'),
            listed
              .where('also_filed', '=', 1)
              .select(sql<number | string>`count(*) - count(distinct document_id)`.as('n'))
              .as('doubles'),
          ])
          .executeTakeFirstOrThrow();
  const doubles = Number(counted.doubles ?? 0);
  const total = Number(counted.filings ?? 0) - doubles;
  const page =
    columnIds.length > 1 && (doubles === 0 || offset + limit <= MERGED_PAGES_UP_TO)
      ? await mergedColumnPage(db, columnIds, limit, offset, doubles > 0)
      : await listed
          .select(['document_id', 'listed_at'])
          .$if(columnIds.length > 1, (qb) => qb.distinct())
          .orderBy('listed_at', 'desc')
          .orderBy('document_id', 'desc')
          .limit(limit)
          .offset(offset)
          .execute();
  return {
    total,
    rows: await documentsInOrder(
      db,
      siteId,
      page.map((p) => p.document_id),
    ),
  };
}

/** A page's documents, read by id and kept in the page's order. */
async function documentsInOrder(db: Executor, siteId: string, ids: string[]): Promise<DocumentRow[]> {
  if (ids.length === 0) return [];
  const found = await db
    .selectFrom('documents')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [toDocument(r)] : [];
  });
}

export async function queryDocuments(db: Executor, q: DocumentQuery): Promise<{ total: number; rows: DocumentRow[] }> {
  const onlyColumns =
    !q.departmentIds && !q.status && !q.departmentId && !q.subject && !q.validity && !q.year && !q.text;
  if (q.publicOnly && q.columnIds && onlyColumns) return publicColumnList(db, q.siteId, q.columnIds, q.limit, q.offset);
  let query = db.selectFrom('documents').where('documents.site_id', '=', q.siteId);
  if (q.departmentIds) {
    if (q.departmentIds.length === 0) return { total: 0, rows: [] };
    query = query.where('documents.department_id', 'in', q.departmentIds);
  }
  if (q.publicOnly)
    query = query.where('documents.status', '=', 'published').where('documents.disclosure', '=', 'proactive');
  else if (q.status) query = query.where('documents.status', '=', q.status);
  if (q.columnIds) {
    const ids = q.columnIds;
    if (ids.length === 0) return { total: 0, rows: [] };
    // An IN over the column index lets both databases walk documents in date order and stop early.
    query = query.where('documents.id', 'in', (eb) =>
      eb
        .selectFrom('document_columns')
        .select('document_columns.document_id')
        .where('document_columns.column_id', 'in', ids),
    );
  }
  if (q.departmentId) query = query.where('documents.department_id', '=', q.departmentId);
  if (q.subject) query = query.where('documents.subject', '=', q.subject);
  if (q.validity) query = query.where('documents.validity', '=', q.validity);
  if (q.year) {
    query = query
      .where('documents.published_at', '>=', `${q.year - 1}-12-31T16:00:00.000Z`)
      .where('documents.published_at', '<', `${q.year}-12-31T16:00:00.000Z`);
  }
  if (q.text) {
    const text = q.text;
    query = query.where((eb) => contains(eb.ref('documents.title'), text));
  }
  const [count] = await withoutParallelWorkers(
    db,
    query.select((eb) => eb.fn.countAll<number>().as('n')),
  );
  const total = Number(count?.n ?? 0);
  if (!q.publicOnly) {
    const rows = await query
      .selectAll('documents')
      .orderBy('documents.published_at', 'desc')
      .orderBy('documents.updated_at', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute();
    return { total, rows: rows.map(toDocument) };
  }
  // The portal's catalogue: the page found on the listing index (documents published at the same
  // instant by id, newest first), then only its rows read; page 500 of a city's site read the 10,000
  // rows before it to skip them (bench:scale, 2026-12-03).
  const page = await query
    .select('documents.id')
    .orderBy('documents.published_at', 'desc')
    .orderBy('documents.id', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return {
    total,
    rows: await documentsInOrder(
      db,
      q.siteId,
      page.map((p) => p.id),
    ),
  };
}

/**
 * The subjects and years (China time) of a site's public documents, for the catalogue's filters.
 * Each is found by stepping through an index from one value to the next (a recursive query, one
 * index seek per subject or year), so a site of 200,000 documents costs a few dozen seeks, not a
 * pass over every document. A document published after 16:00 UTC on 31 December is already in the
 * next year in China.
 */
export async function publicFacets(db: Executor, siteId: string): Promise<{ subjects: string[]; years: number[] }> {
  const where = sql`site_id = ${siteId} and status = 'published' and disclosure = 'proactive'`;
  const chinaYear = (at: ReturnType<typeof sql>) =>
    sql`cast(substr(${at}, 1, 4) as integer) + case when substr(${at}, 6, 11) >= '12-31T16:00' then 1 else 0 end`;
  const subjects = await sql<{ subject: string }>`
    with recursive s(subject) as (
      select min(subject) from documents where ${where}
      union all
      select (select min(subject) from documents where ${where} and subject > s.subject) from s where s.subject is not null
    )
    select subject from s where subject is not null`.execute(db);
  const years = await sql<{ year: number | string }>`
    with recursive y(year) as (
      select ${chinaYear(sql`min(published_at)`)} from documents where ${where} and published_at is not null
      union all
      select (
        select ${chinaYear(sql`min(published_at)`)} from documents
        where ${where} and published_at >= cast(y.year as text) || '-12-31T16:00:00.000Z'
      ) from y where y.year is not null
    )
    select year from y where year is not null`.execute(db);
  return {
    subjects: subjects.rows
      .map((r) => r.subject)
      .filter(Boolean)
      .sort(),
    years: years.rows.map((r) => Number(r.year)).sort((a, b) => b - a),
  };
}

/** The latest revision state of each document, for lists. */
export async function latestStates(db: Executor, documentIds: string[]): Promise<Map<string, RevisionState>> {
  if (documentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('document_revisions')
    .select(['document_id', 'number', 'state'])
    .where('document_id', 'in', documentIds)
    .execute();
  const latest = new Map<string, { number: number; state: RevisionState }>();
  for (const r of rows) {
    const seen = latest.get(r.document_id);
    if (!seen || Number(r.number) > seen.number)
      latest.set(r.document_id, { number: Number(r.number), state: r.state as RevisionState });
  }
  return new Map([...latest].map(([id, v]) => [id, v.state]));
}

/** Documents of a site whose latest revision waits for review. */
export async function submittedDocumentIds(db: Executor, siteId: string, departmentIds?: string[]): Promise<string[]> {
  if (departmentIds && departmentIds.length === 0) return [];
  let q = db
    .selectFrom('document_revisions')
    .innerJoin('documents', 'documents.id', 'document_revisions.document_id')
    .select('documents.id')
    .where('documents.site_id', '=', siteId)
    .where('document_revisions.state', '=', 'submitted');
  if (departmentIds) q = q.where('documents.department_id', 'in', departmentIds);
  const rows = await q.orderBy('document_revisions.submitted_at').execute();
  return rows.map((r) => r.id);
}

/**
 * What waits for its author: drafts they wrote and revisions returned to them. A draft or a
 * returned revision is always a document's newest (editing one changes it in place).
 */
export async function openRevisionsOf(db: Executor, siteId: string, userId: string): Promise<RevisionRow[]> {
  const rows = await db
    .selectFrom('document_revisions')
    .innerJoin('documents', 'documents.id', 'document_revisions.document_id')
    .selectAll('document_revisions')
    .where('documents.site_id', '=', siteId)
    .where('document_revisions.state', 'in', ['draft', 'rejected'])
    .where((eb) =>
      eb.or([eb('document_revisions.created_by', '=', userId), eb('document_revisions.submitted_by', '=', userId)]),
    )
    .orderBy('document_revisions.updated_at', 'desc')
    .execute();
  return rows.map(toRevision);
}

/** The day of the newest proactive publication in each column of a site; a column never published in is absent. */
export async function lastPublishedByColumn(db: Executor, siteId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('document_columns')
    .innerJoin('documents', 'documents.id', 'document_columns.document_id')
    .select(['document_columns.column_id as columnId', (eb) => eb.fn.max('documents.published_at').as('last')])
    .where('documents.site_id', '=', siteId)
    .where('documents.status', '=', 'published')
    .where('documents.disclosure', '=', 'proactive')
    .groupBy('document_columns.column_id')
    .execute();
  return new Map(rows.filter((r) => r.last !== null).map((r) => [r.columnId, String(r.last)]));
}

// 一稿多发 ------------------------------------------------------------------------------------

/** The copies of a document on other sites, oldest first. */
export async function copiesOf(db: Executor, sourceId: string): Promise<DocumentRow[]> {
  const rows = await db
    .selectFrom('documents')
    .selectAll()
    .where('syndicated_from_id', '=', sourceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toDocument);
}

/** A copy shared again may be published under another department of its site. */
export async function setDepartment(db: Executor, id: string, departmentId: string, at: string): Promise<void> {
  await db.updateTable('documents').set({ department_id: departmentId, updated_at: at }).where('id', '=', id).execute();
}

/**
 * Gives a copy the source's attachments as they now stand. The bytes are stored once by their hash,
 * so a copy's rows point at the same files.
 */
export async function copyAttachments(db: Executor, fromId: string, toId: string, newId: () => string): Promise<void> {
  const rows = await db.selectFrom('attachments').selectAll().where('document_id', '=', fromId).execute();
  await db.deleteFrom('attachments').where('document_id', '=', toId).execute();
  for (const r of rows)
    await db
      .insertInto('attachments')
      .values({ ...r, id: newId(), document_id: toId })
      .execute();
}

// Attachments --------------------------------------------------------------------------------

export interface AttachmentRow {
  id: string;
  documentId: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export async function insertAttachment(
  db: Executor,
  a: AttachmentRow & { createdBy: string | null; text: string },
): Promise<void> {
  await db
    .insertInto('attachments')
    .values({
      id: a.id,
      document_id: a.documentId,
      name: a.name,
      mime: a.mime,
      size: a.size,
      sha256: a.sha256,
      created_by: a.createdBy,
      created_at: a.createdAt,
      text: a.text,
      text_read_at: a.createdAt,
    })
    .execute();
}

/** Attachments of these types whose text was never taken (uploaded before texts were kept). */
export async function attachmentsWithoutText(
  db: Executor,
  mimes: readonly string[],
): Promise<{ id: string; sha256: string; mime: string }[]> {
  return db
    .selectFrom('attachments')
    .select(['id', 'sha256', 'mime'])
    .where('text_read_at', 'is', null)
    .where('mime', 'in', [...mimes])
    .execute();
}

/** Keeps what was read of an attachment — possibly nothing, for a scan — so it is read only once. */
export async function setAttachmentText(db: Executor, id: string, text: string, at: string): Promise<void> {
  await db.updateTable('attachments').set({ text, text_read_at: at }).where('id', '=', id).execute();
}

/** The attachments' names and texts (for the checks before publication). */
export async function attachmentTexts(db: Executor, documentId: string): Promise<{ name: string; text: string }[]> {
  return db
    .selectFrom('attachments')
    .select(['name', 'text'])
    .where('document_id', '=', documentId)
    .orderBy('created_at')
    .execute();
}

function toAttachment(r: AttachmentTable): AttachmentRow {
  return {
    id: r.id,
    documentId: r.document_id,
    name: r.name,
    mime: r.mime,
    size: Number(r.size),
    sha256: r.sha256,
    createdAt: r.created_at,
  };
}

export async function listAttachments(db: Executor, documentId: string): Promise<AttachmentRow[]> {
  const rows = await db
    .selectFrom('attachments')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('created_at')
    .execute();
  return rows.map(toAttachment);
}

export async function findAttachment(db: Executor, id: string): Promise<AttachmentRow | undefined> {
  const r = await db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toAttachment(r);
}

export async function deleteAttachment(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('attachments').where('id', '=', id).execute();
}

/**
 * Proactively published documents whose publication fell in the year (China time), and how many
 * of them are interpretations (政策解读): the annual report's 一（一）.
 */
export async function publishedInYear(
  db: Executor,
  siteId: string,
  year: number,
  departmentId: string | null,
): Promise<{ documents: number; interpretations: number }> {
  // China time is UTC+8 all year: the year begins at 16:00 UTC on 31 December.
  const from = `${year - 1}-12-31T16:00:00.000Z`;
  const to = `${year}-12-31T16:00:00.000Z`;
  const published = () => {
    let q = db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('site_id', '=', siteId)
      .where('status', '=', 'published')
      .where('disclosure', '=', 'proactive')
      .where('published_at', '>=', from)
      .where('published_at', '<', to);
    if (departmentId) q = q.where('department_id', '=', departmentId);
    return q;
  };
  // Counted apart: the documents from the public-listing index alone, the few interpretations from
  // their own index — one count of both read every row of the year (0.5 s for 25,000, bench:scale).
  const [documents, interpretations] = await Promise.all([
    published().executeTakeFirstOrThrow(),
    published().where('interprets_id', 'is not', null).executeTakeFirstOrThrow(),
  ]);
  return { documents: Number(documents.n), interpretations: Number(interpretations.n) };
}
