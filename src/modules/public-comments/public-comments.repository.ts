import type { Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { CommentTable, PublicCommentTable } from '../../db/schema.js';
import type { Adoption, CommentState, PublicCommentState } from './public-comments.model.js';

export interface PublicCommentRow {
  id: string;
  siteId: string;
  departmentId: string | null;
  title: string;
  body: string;
  major: boolean;
  opensOn: string;
  closesOn: string;
  state: PublicCommentState;
  publishedAt: string | null;
  adoptionSummary: string | null;
  finalDocumentId: string | null;
}

export interface CommentRow {
  id: string;
  publicCommentId: string;
  seq: number;
  writer: { name: string; phone: string };
  body: string;
  receivedOn: string;
  state: CommentState;
  publicBody: string | null;
  moderationNote: string | null;
  adoption: Adoption | null;
  adoptionReason: string | null;
}

const toPublicComment = (r: Selectable<PublicCommentTable>): PublicCommentRow => ({
  id: r.id,
  siteId: r.site_id,
  departmentId: r.department_id,
  title: r.title,
  body: r.body,
  major: r.major === 1,
  opensOn: r.opens_on,
  closesOn: r.closes_on,
  state: r.state as PublicCommentState,
  publishedAt: r.published_at,
  adoptionSummary: r.adoption_summary,
  finalDocumentId: r.final_document_id,
});

const toComment = (r: Selectable<CommentTable>): CommentRow => ({
  id: r.id,
  publicCommentId: r.public_comment_id,
  seq: r.seq,
  writer: JSON.parse(r.writer_json) as CommentRow['writer'],
  body: r.body,
  receivedOn: r.received_on,
  state: r.state as CommentState,
  publicBody: r.public_body,
  moderationNote: r.moderation_note,
  adoption: r.adoption as Adoption | null,
  adoptionReason: r.adoption_reason,
});

export async function insertPublicComment(
  db: Executor,
  p: PublicCommentRow & { createdBy: string | null },
  at: string,
): Promise<void> {
  await db
    .insertInto('public_comments')
    .values({
      id: p.id,
      site_id: p.siteId,
      department_id: p.departmentId,
      title: p.title,
      body: p.body,
      major: p.major ? 1 : 0,
      opens_on: p.opensOn,
      closes_on: p.closesOn,
      state: p.state,
      published_at: null,
      adoption_summary: null,
      concluded_at: null,
      final_document_id: null,
      created_by: p.createdBy,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function updatePublicComment(
  db: Executor,
  id: string,
  fields: Partial<Omit<PublicCommentRow, 'id' | 'siteId'>> & { concludedAt?: string },
  at: string,
): Promise<void> {
  const columns: Updateable<PublicCommentTable> = { updated_at: at };
  if (fields.departmentId !== undefined) columns.department_id = fields.departmentId;
  if (fields.title !== undefined) columns.title = fields.title;
  if (fields.body !== undefined) columns.body = fields.body;
  if (fields.major !== undefined) columns.major = fields.major ? 1 : 0;
  if (fields.opensOn !== undefined) columns.opens_on = fields.opensOn;
  if (fields.closesOn !== undefined) columns.closes_on = fields.closesOn;
  if (fields.state !== undefined) columns.state = fields.state;
  if (fields.publishedAt !== undefined) columns.published_at = fields.publishedAt;
  if (fields.adoptionSummary !== undefined) columns.adoption_summary = fields.adoptionSummary;
  if (fields.concludedAt !== undefined) columns.concluded_at = fields.concludedAt;
  if (fields.finalDocumentId !== undefined) columns.final_document_id = fields.finalDocumentId;
  await db.updateTable('public_comments').set(columns).where('id', '=', id).execute();
}

export async function findPublicComment(db: Executor, id: string): Promise<PublicCommentRow | undefined> {
  const r = await db.selectFrom('public_comments').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toPublicComment(r);
}

/** Takes the row lock (a no-op update) so comments and the conclusion cannot cross. */
export async function lockPublicComment(db: Executor, id: string, at: string): Promise<PublicCommentRow | undefined> {
  await db.updateTable('public_comments').set({ updated_at: at }).where('id', '=', id).execute();
  return findPublicComment(db, id);
}

export async function listPublicComments(
  db: Executor,
  siteId: string,
  options: { publishedOnly?: boolean } = {},
): Promise<PublicCommentRow[]> {
  let q = db.selectFrom('public_comments').selectAll().where('site_id', '=', siteId);
  if (options.publishedOnly) q = q.where('state', '!=', 'draft');
  const rows = await q.orderBy('opens_on', 'desc').orderBy('id', 'desc').limit(1000).execute();
  return rows.map(toPublicComment);
}

export async function commentCounts(db: Executor, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('comments')
    .select((eb) => ['public_comment_id', eb.fn.countAll<number>().as('n')])
    .where('public_comment_id', 'in', ids)
    .groupBy('public_comment_id')
    .execute();
  return new Map(rows.map((r) => [r.public_comment_id, Number(r.n)]));
}

export async function commentsOf(db: Executor, publicCommentId: string): Promise<CommentRow[]> {
  const rows = await db
    .selectFrom('comments')
    .selectAll()
    .where('public_comment_id', '=', publicCommentId)
    .orderBy('seq')
    .execute();
  return rows.map(toComment);
}

export async function findComment(db: Executor, id: string): Promise<CommentRow | undefined> {
  const r = await db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toComment(r);
}

export async function insertComment(
  db: Executor,
  c: { id: string; publicCommentId: string; writer: CommentRow['writer']; body: string; receivedOn: string },
  at: string,
): Promise<number> {
  const last = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('public_comment_id', '=', c.publicCommentId)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await db
    .insertInto('comments')
    .values({
      id: c.id,
      public_comment_id: c.publicCommentId,
      seq,
      writer_json: JSON.stringify(c.writer),
      body: c.body,
      received_on: c.receivedOn,
      state: 'pending',
      public_body: null,
      moderation_note: null,
      moderated_by: null,
      moderated_at: null,
      adoption: null,
      adoption_reason: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return seq;
}

export async function moderateComment(
  db: Executor,
  id: string,
  m: { state: CommentState; publicBody: string | null; note: string | null; by: string | null },
  at: string,
): Promise<void> {
  await db
    .updateTable('comments')
    .set({
      state: m.state,
      public_body: m.publicBody,
      moderation_note: m.note,
      moderated_by: m.by,
      moderated_at: at,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export async function setAdoption(
  db: Executor,
  id: string,
  a: { adoption: Adoption; reason: string },
  at: string,
): Promise<void> {
  await db
    .updateTable('comments')
    .set({ adoption: a.adoption, adoption_reason: a.reason, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** A document of the site that is published now: the only kind a consultation may point to as its result. */
export async function publishedDocument(
  db: Executor,
  siteId: string,
  id: string,
): Promise<{ id: string; title: string; publishedAt: string | null } | undefined> {
  return db
    .selectFrom('documents')
    .select(['id', 'title', 'published_at as publishedAt'])
    .where('id', '=', id)
    .where('site_id', '=', siteId)
    .where('status', '=', 'published')
    .executeTakeFirst();
}
