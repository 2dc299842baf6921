import type { Kysely } from 'kysely';

/**
 * The written sections of an annual report (issue 19): 一、总体情况, 五 and the office's part of 六,
 * kept per site, agency (department_key, '' for the government) and year, so re-drafting the report
 * keeps what the office wrote. No row means the prefilled text is used.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('annual_report_narratives')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('department_key', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('annual_report_narratives_pk', ['site_id', 'department_key', 'year', 'section'])
    .execute();
}
