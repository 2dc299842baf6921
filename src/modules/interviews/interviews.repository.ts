import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type {
  InterviewEntryTable,
  InterviewPhotoTable,
  InterviewQuestionTable,
  InterviewTable,
} from '../../db/schema.js';

/** The interviews module's tables: the events, the public's questions, the live record and the photos. */
export type InterviewRow = Selectable<InterviewTable>;
export type QuestionRow = Selectable<InterviewQuestionTable>;

export function findInterview(db: Executor, id: string): Promise<InterviewRow | undefined> {
  return db.selectFrom('interviews').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertInterview(db: Executor, row: Insertable<InterviewTable>): Promise<void> {
  await db.insertInto('interviews').values(row).execute();
}

export async function updateInterview(db: Executor, id: string, fields: Updateable<InterviewTable>): Promise<void> {
  await db.updateTable('interviews').set(fields).where('id', '=', id).execute();
}

/** A site's events, the latest start first; only the announced ones for the portal. */
export function listInterviews(db: Executor, siteId: string, publishedOnly: boolean): Promise<InterviewRow[]> {
  return db
    .selectFrom('interviews')
    .selectAll()
    .where('site_id', '=', siteId)
    .$if(publishedOnly, (qb) => qb.where('published_at', 'is not', null))
    .orderBy('starts_at', 'desc')
    .limit(500)
    .execute();
}

/** The next number in one of an event's sequences (questions, record entries, photos). */
export async function nextSeq(
  db: Executor,
  table: 'interview_questions' | 'interview_entries' | 'interview_photos',
  interviewId: string,
): Promise<number> {
  const last = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('interview_id', '=', interviewId)
    .executeTakeFirst();
  return Number(last?.seq ?? 0) + 1;
}

// Questions ---------------------------------------------------------------------------------

export function questionsOf(db: Executor, interviewId: string): Promise<QuestionRow[]> {
  return db
    .selectFrom('interview_questions')
    .selectAll()
    .where('interview_id', '=', interviewId)
    .orderBy('seq')
    .execute();
}

/** The questions the office approved, as they were made public. */
export function approvedQuestions(
  db: Executor,
  interviewId: string,
): Promise<{ seq: number; public_body: string | null }[]> {
  return db
    .selectFrom('interview_questions')
    .select(['seq', 'public_body'])
    .where('interview_id', '=', interviewId)
    .where('state', '=', 'approved')
    .orderBy('seq')
    .execute();
}

export function findQuestion(db: Executor, id: string): Promise<QuestionRow | undefined> {
  return db.selectFrom('interview_questions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertQuestion(db: Executor, row: Insertable<InterviewQuestionTable>): Promise<void> {
  await db.insertInto('interview_questions').values(row).execute();
}

export async function updateQuestion(
  db: Executor,
  id: string,
  fields: Updateable<InterviewQuestionTable>,
): Promise<void> {
  await db.updateTable('interview_questions').set(fields).where('id', '=', id).execute();
}

// The live record ---------------------------------------------------------------------------

/** Entries after `after`, in order; at most 2,000 at a time. */
export async function entriesOf(db: Executor, interviewId: string, after = 0) {
  const rows = await db
    .selectFrom('interview_entries')
    .select(['seq', 'speaker', 'text', 'at'])
    .where('interview_id', '=', interviewId)
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(2000)
    .execute();
  return rows.map((e) => ({ seq: e.seq, speaker: e.speaker, text: e.text, at: e.at }));
}

/** Every entry of the record, for the transcript. */
export function transcriptEntries(db: Executor, interviewId: string): Promise<{ speaker: string; text: string }[]> {
  return db
    .selectFrom('interview_entries')
    .select(['speaker', 'text'])
    .where('interview_id', '=', interviewId)
    .orderBy('seq')
    .execute();
}

export async function insertEntry(db: Executor, row: Insertable<InterviewEntryTable>): Promise<void> {
  await db.insertInto('interview_entries').values(row).execute();
}

// Photos ------------------------------------------------------------------------------------

export function photosOf(db: Executor, interviewId: string) {
  return db
    .selectFrom('interview_photos')
    .select(['id', 'seq', 'caption'])
    .where('interview_id', '=', interviewId)
    .orderBy('seq')
    .execute();
}

export function photoBySeq(db: Executor, interviewId: string, seq: number) {
  return db
    .selectFrom('interview_photos')
    .select(['mime', 'sha256'])
    .where('interview_id', '=', interviewId)
    .where('seq', '=', seq)
    .executeTakeFirst();
}

export function findPhoto(db: Executor, interviewId: string, photoId: string) {
  return db
    .selectFrom('interview_photos')
    .select(['seq', 'caption'])
    .where('id', '=', photoId)
    .where('interview_id', '=', interviewId)
    .executeTakeFirst();
}

export async function insertPhoto(db: Executor, row: Insertable<InterviewPhotoTable>): Promise<void> {
  await db.insertInto('interview_photos').values(row).execute();
}

export async function deletePhoto(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('interview_photos').where('id', '=', id).execute();
}
