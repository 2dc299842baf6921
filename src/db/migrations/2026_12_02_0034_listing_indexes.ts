import type { Kysely } from 'kysely';

/**
 * Issue 18 §8, the portal's lists at a city's scale (bench:scale, a site of 200,000 documents):
 * - the catalogue's subject filter lists a site's distinct subjects by stepping through a new index
 *   from one subject to the next (documents.repository publicFacets) instead of grouping every public
 *   document of the site (0.8 s);
 * - the filings' index on the column alone goes: the listing index (column, listed_at, document)
 *   begins with the column and serves every lookup it did, but PostgreSQL preferred the smaller one
 *   and visited every filing's row to count a catalogue node (41,000 pages against 1,000).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('documents_public_subject')
    .on('documents')
    .columns(['site_id', 'status', 'disclosure', 'subject'])
    .execute();
  await db.schema.dropIndex('document_columns_column').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('document_columns_column').on('document_columns').column('column_id').execute();
  await db.schema.dropIndex('documents_public_subject').execute();
}
