import type { Kysely } from 'kysely';

/**
 * 在线访谈 and 新闻发布会 (issue 15 §3): scheduled events with their guests, questions collected
 * beforehand (shown once moderated and masked), and the text record published live.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('interviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    // interview 在线访谈 · press_conference 新闻发布会
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    // [{ name, title, spokesperson }]: officials named in their duties.
    .addColumn('guests_json', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interviews_site').on('interviews').columns(['site_id', 'starts_at']).execute();

  await db.schema
    .createTable('interview_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('interview_id', 'text', (c) => c.notNull().references('interviews.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('writer_json', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('public_body', 'text')
    .addColumn('moderated_by', 'text', (c) => c.references('users.id'))
    .addColumn('moderated_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('interview_questions_seq', ['interview_id', 'seq'])
    .execute();

  await db.schema
    .createTable('interview_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('interview_id', 'text', (c) => c.notNull().references('interviews.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('speaker', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addUniqueConstraint('interview_entries_seq', ['interview_id', 'seq'])
    .execute();
}
