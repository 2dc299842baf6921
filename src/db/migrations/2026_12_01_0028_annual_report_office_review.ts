import type { Kysely } from 'kysely';

/**
 * Issue 19 §3: where the site says so, a department's annual report is reviewed by the 政务公开办
 * (a site administrator) before it is published, not by the department's own reviewer. Off until
 * the office turns it on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sites')
    .addColumn('annual_report_office_review', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
