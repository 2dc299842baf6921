import { sql, type Kysely } from 'kysely';

/**
 * Issue 18 §6, 一稿多发: a document published on one site of the platform and also published on
 * other sites. Each other site holds a copy — its own row, 索引号, department and columns, so its
 * portal, catalogue, search and sitemap need nothing new — that points at the source document and
 * is kept in step with it (a new revision of the source republishes the copies; withdrawing the
 * source withdraws them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('documents')
    .addColumn('syndicated_from_id', 'text', (c) => c.references('documents.id'))
    .execute();
  // One copy per site: two requests at the same moment cannot both make one.
  await db.schema
    .createIndex('documents_syndicated_from')
    .on('documents')
    .columns(['syndicated_from_id', 'site_id'])
    .unique()
    .where(sql.ref('syndicated_from_id'), 'is not', null)
    .execute();
}
