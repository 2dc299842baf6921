import type { Kysely } from 'kysely';

// Publishing: columns (栏目), documents (政府信息) with their revisions, and index-number counters.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('columns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('parent_id', 'text', (c) => c.references('columns.id'))
    .addColumn('code', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('link_url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('update_interval_days', 'integer')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('columns_site_code', ['site_id', 'code'])
    .execute();
  await db.schema.createIndex('columns_site_parent').on('columns').columns(['site_id', 'parent_id']).execute();

  // The document row carries the fields of its published revision, so the portal reads one row.
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('index_no', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('doc_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('written_on', 'text')
    .addColumn('published_at', 'text')
    .addColumn('subject', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('keywords', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('disclosure', 'text', (c) => c.notNull())
    .addColumn('validity', 'text', (c) => c.notNull())
    .addColumn('replaced_by_id', 'text')
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('published_revision_id', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdrawn_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('documents_site_index_no', ['site_id', 'index_no'])
    .execute();
  // Covers the portal's lists and their counts (published, proactive, newest first) without reading rows.
  await db.schema
    .createIndex('documents_public_listing')
    .on('documents')
    .columns(['site_id', 'status', 'disclosure', 'published_at', 'id'])
    .execute();
  await db.schema.createIndex('documents_department').on('documents').column('department_id').execute();

  await db.schema
    .createTable('document_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('scheduled_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('review_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('published_at', 'text')
    .addUniqueConstraint('document_revisions_number', ['document_id', 'number'])
    .execute();
  await db.schema
    .createIndex('document_revisions_state')
    .on('document_revisions')
    .columns(['state', 'scheduled_at'])
    .execute();

  // Which columns a published document is filed under (from its published revision).
  await db.schema
    .createTable('document_columns')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('column_id', 'text', (c) => c.notNull().references('columns.id'))
    .addPrimaryKeyConstraint('document_columns_pk', ['document_id', 'column_id'])
    .execute();
  await db.schema.createIndex('document_columns_column').on('document_columns').column('column_id').execute();

  // Files published with a document; the bytes live under the data directory, named by their hash.
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachments_document').on('attachments').column('document_id').execute();

  // One serial per site, year and (when the template uses it) department code.
  await db.schema
    .createTable('index_no_counters')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('index_no_counters_pk', ['site_id', 'scope'])
    .execute();

  // Bumped whenever something a site's public pages show changes; every instance's page cache
  // compares against it, so a publication on one instance is seen at once on all.
  await db.schema
    .createTable('content_versions')
    .addColumn('site_id', 'text', (c) => c.primaryKey().references('sites.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'content_versions',
    'attachments',
    'index_no_counters',
    'document_columns',
    'document_revisions',
    'documents',
    'columns',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
