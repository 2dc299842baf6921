import { sql, type Kysely } from 'kysely';

/**
 * Issue 18 §8: a column's public list is read and counted from one index. Each filing of a document
 * under a column carries the document's publication instant while the document is public (published
 * and proactively disclosed) and null otherwise, so a column page no longer reads every document of
 * the site to count and skip: bench:scale measured page 500 of a 10,000-document column at 160 ms
 * (p50), every page paying a count that read each document's row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('document_columns').addColumn('listed_at', 'text').execute();
  await sql`
    update document_columns set listed_at = (
      select d.published_at from documents d
      where d.id = document_columns.document_id and d.status = 'published' and d.disclosure = 'proactive'
    )`.execute(db);
  await db.schema
    .createIndex('document_columns_listing')
    .on('document_columns')
    .columns(['column_id', 'listed_at', 'document_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('document_columns_listing').execute();
  await db.schema.alterTable('document_columns').dropColumn('listed_at').execute();
}
