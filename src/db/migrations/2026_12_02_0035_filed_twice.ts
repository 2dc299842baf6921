import { sql, type Kysely } from 'kysely';

/**
 * Issue 18 §8: a catalogue node's page counts the documents filed anywhere beneath it, each once.
 * Counting distinct documents over its 60,000 filings cost 40–90 ms a page (bench:scale, a site of
 * 200,000 documents); counting the filings costs a tenth of that. So each filing says whether its
 * document is filed under another column too (`also_filed`), and only those few filings, found from
 * a small partial index, are counted distinct to take the doubles away.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('document_columns')
    .addColumn('also_filed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`
    update document_columns set also_filed = 1
    where document_id in (select document_id from document_columns group by document_id having count(*) > 1)`.execute(
    db,
  );
  await db.schema
    .createIndex('document_columns_also_filed')
    .on('document_columns')
    .columns(['column_id', 'document_id'])
    .where(sql.ref('also_filed'), '=', 1)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('document_columns_also_filed').execute();
  await db.schema.alterTable('document_columns').dropColumn('also_filed').execute();
}
