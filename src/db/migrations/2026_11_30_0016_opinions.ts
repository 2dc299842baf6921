import type { Kysely } from 'kysely';

/**
 * 舆情回应 (issue 15 §4): public-opinion items with their hour clocks, the feeds they may be imported
 * from, and the registry of 政务新媒体 accounts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('opinion_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('last_polled_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('opinion_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    // An instant (ISO, UTC): the clocks run in hours from it.
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    // null until the office has judged an imported item: no clock runs before that.
    .addColumn('level', 'text')
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('authoritative_at', 'text')
    .addColumn('authoritative_document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('press_conference_at', 'text')
    .addColumn('response_at', 'text')
    .addColumn('response_document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('evaluation', 'text')
    .addColumn('closed_at', 'text')
    // Where an imported item came from, so a feed's entry is taken once.
    .addColumn('feed_id', 'text', (c) => c.references('opinion_feeds.id'))
    .addColumn('feed_guid', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('opinion_items_feed_guid', ['feed_id', 'feed_guid'])
    .execute();
  await db.schema.createIndex('opinion_items_site').on('opinion_items').columns(['site_id', 'closed_at']).execute();

  await db.schema
    .createTable('media_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    // 主办: the department that owns it; 运维: who runs it day to day.
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('operator', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
