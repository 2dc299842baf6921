import type { Kysely } from 'kysely';

/**
 * Issue 18 §6: a platform administrator retires a site (网站关停) that has been merged into another
 * or closed. Its rows stay (the archive, the audit log, the annual reports); its portal answers with
 * the closing notice the administrator wrote.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sites').addColumn('retired_at', 'text').execute();
  await db.schema
    .alterTable('sites')
    .addColumn('retired_notice', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
