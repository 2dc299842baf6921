import type { Kysely } from 'kysely';

/**
 * 征集意见 (issue 15 §2): a draft open for public comment between two dates, the comments on it
 * (shown only after moderation, as masked), and its 采纳情况反馈 (adoption report).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('public_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // 重大行政决策: open at least 30 days (重大行政决策程序暂行条例 Art. 14).
    .addColumn('major', 'integer', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    // draft → published → concluded (with its adoption report); open or closed follows from the dates.
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('adoption_summary', 'text')
    .addColumn('concluded_at', 'text')
    .addColumn('final_document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('public_comments_site')
    .on('public_comments')
    .columns(['site_id', 'state', 'closes_on'])
    .execute();

  await db.schema
    .createTable('comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('public_comment_id', 'text', (c) => c.notNull().references('public_comments.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    // The writer: never shown outside the back office, never in a log.
    .addColumn('writer_json', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    // pending → approved (shown as `public_body`, which passed the publication gate) or rejected.
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('public_body', 'text')
    .addColumn('moderation_note', 'text')
    .addColumn('moderated_by', 'text', (c) => c.references('users.id'))
    .addColumn('moderated_at', 'text')
    // adopted · partly_adopted · not_adopted, with the reason the adoption report gives.
    .addColumn('adoption', 'text')
    .addColumn('adoption_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('comments_seq', ['public_comment_id', 'seq'])
    .execute();
}
