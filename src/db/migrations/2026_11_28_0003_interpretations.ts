import type { Kysely } from 'kysely';

// 政策解读: a document may be the interpretation of one policy document (GLOSSARY: interpretation).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('interprets_id', 'text').execute();
  await db.schema.createIndex('documents_interprets').on('documents').column('interprets_id').execute();
}
