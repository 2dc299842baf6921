import type { Database as SQLiteDatabase } from 'better-sqlite3';
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

/**
 * Reads a site's content version on every cached-page hit. On SQLite it is one prepared statement
 * on the connection, answered synchronously (a read inside another request's open transaction can
 * only see a newer version, which merely renders the page again). On PostgreSQL it is a query.
 */
export function contentVersionReader(handle: {
  db: Executor;
  sqlite: SQLiteDatabase | null;
}): (siteId: string) => number | Promise<number> {
  if (!handle.sqlite) return (siteId) => contentVersion(handle.db, siteId);
  const statement = handle.sqlite.prepare<[string], number>('select version from content_versions where site_id = ?');
  statement.pluck();
  return (siteId) => statement.get(siteId) ?? 0;
}
