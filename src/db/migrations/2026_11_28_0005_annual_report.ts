import type { Kysely } from 'kysely';

// The annual report's section 二: which documents are 规章 or 行政规范性文件, and the figures the
// office enters (许可、处罚、强制 decisions, fees).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('document_kind', 'text').execute();
  await db.schema
    .createTable('annual_report_figures')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    // '' for the whole government; a department id otherwise.
    .addColumn('department_key', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('figure', 'text', (c) => c.notNull())
    .addColumn('value', 'real', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('annual_report_figures_pk', ['site_id', 'department_key', 'year', 'figure'])
    .execute();
}
