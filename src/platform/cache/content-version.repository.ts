import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

/** Marks a site's public content as changed; call it in the transaction of the change. */
export async function touchSite(db: Executor, siteId: string): Promise<void> {
  await db
    .insertInto('content_versions')
    .values({ site_id: siteId, version: 1 })
    .onConflict((oc) => oc.column('site_id').doUpdateSet({ version: sql`content_versions.version + 1` }))
    .execute();
}

export async function contentVersion(db: Executor, siteId: string): Promise<number> {
  const row = await db
    .selectFrom('content_versions')
    .select('version')
    .where('site_id', '=', siteId)
    .executeTakeFirst();
  return row ? Number(row.version) : 0;
}
