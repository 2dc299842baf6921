import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

/**
 * The next running number of a site within a scope (索引号 per year, 申请编号 per year …). Every
 * per-site counter lives in one table; the upsert takes the row lock, so numbers are never reused.
 */
export async function nextNumber(db: Executor, siteId: string, scope: string): Promise<number> {
  const row = await db
    .insertInto('index_no_counters')
    .values({ site_id: siteId, scope, last_seq: 1 })
    .onConflict((oc) => oc.columns(['site_id', 'scope']).doUpdateSet({ last_seq: sql`index_no_counters.last_seq + 1` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}
