import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { KnowledgeEntryTable } from '../../db/schema.js';

export interface KnowledgeEntry {
  id: string;
  siteId: string;
  departmentId: string;
  question: string;
  alternatives: string[];
  answer: string;
  sourceDocumentId: string | null;
  validUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface QueuedQuestion {
  id: string;
  question: string;
  asked: number;
  firstAskedAt: string;
  lastAskedAt: string;
}

type EntryRow = Selectable<KnowledgeEntryTable>;

const toEntry = (r: EntryRow): KnowledgeEntry => ({
  id: r.id,
  siteId: r.site_id,
  departmentId: r.department_id,
  question: r.question,
  alternatives: JSON.parse(r.alternatives) as string[],
  answer: r.answer,
  sourceDocumentId: r.source_document_id,
  validUntil: r.valid_until,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function findEntry(db: Executor, id: string): Promise<KnowledgeEntry | undefined> {
  const r = await db.selectFrom('knowledge_entries').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toEntry(r);
}

export async function findEntries(db: Executor, ids: string[]): Promise<KnowledgeEntry[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom('knowledge_entries').selectAll().where('id', 'in', ids).execute();
  return rows.map(toEntry);
}

export async function listEntries(
  db: Executor,
  siteId: string,
  page: { limit: number; offset: number; text?: string },
): Promise<{ total: number; rows: KnowledgeEntry[] }> {
  let q = db.selectFrom('knowledge_entries').where('site_id', '=', siteId);
  if (page.text) {
    const pattern = `%${page.text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    q = q.where(sql<boolean>`question like ${pattern} escape '\\'`);
  }
  const count = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('updated_at', 'desc').limit(page.limit).offset(page.offset).execute();
  return { total: Number(count.n), rows: rows.map(toEntry) };
}

export async function insertEntry(db: Executor, e: KnowledgeEntry): Promise<void> {
  await db
    .insertInto('knowledge_entries')
    .values({
      id: e.id,
      site_id: e.siteId,
      department_id: e.departmentId,
      question: e.question,
      alternatives: JSON.stringify(e.alternatives),
      answer: e.answer,
      source_document_id: e.sourceDocumentId,
      valid_until: e.validUntil,
      created_at: e.createdAt,
      updated_at: e.updatedAt,
    })
    .execute();
}

export async function updateEntry(db: Executor, e: KnowledgeEntry): Promise<void> {
  await db
    .updateTable('knowledge_entries')
    .set({
      department_id: e.departmentId,
      question: e.question,
      alternatives: JSON.stringify(e.alternatives),
      answer: e.answer,
      source_document_id: e.sourceDocumentId,
      valid_until: e.validUntil,
      updated_at: e.updatedAt,
    })
    .where('id', '=', e.id)
    .execute();
}

export async function deleteEntry(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('knowledge_entries').where('id', '=', id).execute();
}

/** Entries of a site still valid on `today`. */
export async function validEntries(db: Executor, siteId: string, today: string): Promise<KnowledgeEntry[]> {
  const rows = await db
    .selectFrom('knowledge_entries')
    .selectAll()
    .where('site_id', '=', siteId)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', today)]))
    .execute();
  return rows.map(toEntry);
}

export async function expiredEntries(db: Executor, today: string): Promise<KnowledgeEntry[]> {
  const rows = await db.selectFrom('knowledge_entries').selectAll().where('valid_until', '<', today).execute();
  return rows.map(toEntry);
}

/** Counts a question the assistant could not answer; the same question asked again is counted once more. */
export async function queueQuestion(db: Executor, row: { id: string; siteId: string; question: string }, at: string) {
  await db
    .insertInto('assistant_questions')
    .values({
      id: row.id,
      site_id: row.siteId,
      question: row.question,
      asked: 1,
      first_asked_at: at,
      last_asked_at: at,
      resolved_at: null,
      entry_id: null,
    })
    .onConflict((oc) =>
      oc.columns(['site_id', 'question']).doUpdateSet({
        asked: sql`assistant_questions.asked + 1`,
        last_asked_at: at,
        // Asked again after it was dealt with: back in the queue.
        resolved_at: null,
      }),
    )
    .execute();
}

export async function openQuestions(db: Executor, siteId: string, limit: number): Promise<QueuedQuestion[]> {
  const rows = await db
    .selectFrom('assistant_questions')
    .select(['id', 'question', 'asked', 'first_asked_at', 'last_asked_at'])
    .where('site_id', '=', siteId)
    .where('resolved_at', 'is', null)
    .orderBy('asked', 'desc')
    .orderBy('last_asked_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    question: r.question,
    asked: r.asked,
    firstAskedAt: r.first_asked_at,
    lastAskedAt: r.last_asked_at,
  }));
}

export async function findQuestion(db: Executor, id: string) {
  return db.selectFrom('assistant_questions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function resolveQuestion(db: Executor, id: string, entryId: string | null, at: string) {
  await db
    .updateTable('assistant_questions')
    .set({ resolved_at: at, entry_id: entryId })
    .where('id', '=', id)
    .execute();
}
