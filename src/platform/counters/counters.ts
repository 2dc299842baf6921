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

/** The prefix of each kind of case's tracking number; the kind is also the counter's scope. */
const TRACKING_PREFIX = { request: 'YSQ', message: 'LY', service_case: 'BJ' } as const;

/**
 * The tracking number a citizen is given for a case received on `receivedOn` (YYYY-MM-DD): the
 * kind's prefix, the year and the year's running number in five digits (YSQ2026-00042 for a
 * disclosure request, LY2026-00007 for a message, BJ2026-00131 for a service case).
 */
export async function nextTrackingNo(
  db: Executor,
  siteId: string,
  kind: keyof typeof TRACKING_PREFIX,
  receivedOn: string,
): Promise<string> {
  const year = receivedOn.slice(0, 4);
  const seq = await nextNumber(db, siteId, `${kind}|${year}`);
  return `${TRACKING_PREFIX[kind]}${year}-${String(seq).padStart(5, '0')}`;
}
