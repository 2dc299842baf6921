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
  // The tables as filed: frozen when the report is drafted as a document, so next year's 二 is
  // checked against what was filed, and the document is not published if its figures have moved.
  await db.schema
    .createTable('annual_report_snapshots')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('department_key', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('report_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('annual_report_snapshots_pk', ['site_id', 'department_key', 'year'])
    .execute();
  await db.schema
    .createIndex('annual_report_snapshots_document')
    .on('annual_report_snapshots')
    .column('document_id')
    .execute();
}
