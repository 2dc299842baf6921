import type { Kysely } from 'kysely';

/**
 * The searches the office lets the public see as 热门搜索 (issue 13 §6): a phrase is shown only
 * once someone in the office approved it, so no visitor can put words on every page.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('search_hot_queries')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_hot_queries_pk', ['site_id', 'query'])
    .execute();
}
