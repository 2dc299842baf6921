import type { Kysely } from 'kysely';

/**
 * 办事服务 (issue 16): 政务服务事项 with their 办事指南 kept as revisions — drafted, reviewed,
 * approved and then published, so each guide can show its 修订记录 and an approved change can be
 * watched until it is public (within 1 working day, seed 二(五)).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('service_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('implementation_code', 'text', (c) => c.notNull())
    // The newest revision's name, for lists and sorting.
    .addColumn('name', 'text', (c) => c.notNull())
    // What the portal shows: the published guide (JSON) and when; null until first published.
    .addColumn('published_json', 'text')
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('service_items_code', ['site_id', 'implementation_code'])
    .execute();
  await db.schema
    .createIndex('service_items_department')
    .on('service_items')
    .columns(['site_id', 'department_id'])
    .execute();

  await db.schema
    .createTable('service_item_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('service_items.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    // draft · submitted · returned · approved · published · superseded
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('guide_json', 'text', (c) => c.notNull())
    .addColumn('change_note', 'text', (c) => c.notNull())
    .addColumn('review_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
    // The China date of approval: publication is due within 1 working day of it.
    .addColumn('approved_on', 'text')
    .addColumn('published_at', 'text')
    .addUniqueConstraint('service_item_revisions_number', ['item_id', 'number'])
    .execute();
}
