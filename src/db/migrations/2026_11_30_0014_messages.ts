import type { Kysely } from 'kysely';

/**
 * 互动交流 (issue 15): the mailboxes the office configures, the public messages written to them and
 * each message's event history (the 依申请公开 pattern: state derived from events).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mailboxes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    // The kind every message of the box has (咨询 …), or null when the writer chooses.
    .addColumn('kind', 'text')
    .addColumn('answer_workdays', 'integer', (c) => c.notNull())
    // Answers of this box are published when the writer agrees, unless the office says otherwise.
    .addColumn('publish_answers', 'integer', (c) => c.notNull().defaultTo(1))
    // A department's own box (部门信箱): its messages are offered to that department when transferred.
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('mailbox_id', 'text', (c) => c.notNull().references('mailboxes.id'))
    .addColumn('tracking_no', 'text', (c) => c.notNull())
    .addColumn('query_code_hash', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // The writer: never shown outside the back office, never in a log.
    .addColumn('writer_name', 'text', (c) => c.notNull())
    .addColumn('writer_json', 'text', (c) => c.notNull())
    .addColumn('consent_to_publish', 'integer', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    // Kept from the events in the same transaction, for lists and statistics: the state, the
    // department handling it, the day of its first answer and of its closing, the latest rating.
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('first_answered_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('rating', 'text')
    .addColumn('merged_into_id', 'text')
    // What the public sees once published: the texts as they passed the publication gate.
    .addColumn('published_at', 'text')
    .addColumn('public_subject', 'text')
    .addColumn('public_body', 'text')
    .addColumn('public_answer', 'text')
    .addColumn('public_department', 'text')
    .addColumn('public_answered_on', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('messages_tracking_no', ['site_id', 'tracking_no'])
    .execute();
  await db.schema.createIndex('messages_site_received').on('messages').columns(['site_id', 'received_on']).execute();
  await db.schema.createIndex('messages_site_state').on('messages').columns(['site_id', 'state']).execute();
  await db.schema.createIndex('messages_published').on('messages').columns(['site_id', 'published_at']).execute();

  await db.schema
    .createTable('message_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('message_events_seq', ['message_id', 'seq'])
    .execute();
}
