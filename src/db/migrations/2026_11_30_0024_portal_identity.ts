import type { Kysely } from 'kysely';

/**
 * Each site's own portal identity (issue 17 §1): 承办单位, theme colour, 党政机关网站标识, 上级/相关网站,
 * the home page's blocks, logo and banner — one JSON document per site, '{}' meaning the defaults.
 * Columns get a description, shown at the top of a 专题 (topic) page.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sites')
    .addColumn('identity_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema
    .alterTable('columns')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
