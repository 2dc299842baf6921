import { sql, type Kysely } from 'kysely';

/**
 * Issue 18 §8: a site's 规章 and 规范性文件 (the annual report's section 二, the work plan's
 * interpretation measure) are found from a small partial index instead of reading every document
 * of the platform: bench:scale measured section 二 at 1.6–2.6 s on a site of 200,000 documents
 * (3,000 of them policies) among 1,000,000, a sequential scan of the whole table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('documents_kind')
    .on('documents')
    .columns(['site_id', 'department_id'])
    .where(sql.ref('document_kind'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('documents_kind').execute();
}
