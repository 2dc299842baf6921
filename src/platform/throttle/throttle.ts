import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

/**
 * Counters kept in the database (`throttles`), so that every instance counts the same hits: a
 * request rate limit per address, sign-in failures per account, address or device. A counter
 * starts again from nothing once its window has ended.
 */
export interface Count {
  hits: number;
  /** When the counter starts again from nothing. */
  windowEnds: string;
  /** The last hit. */
  lastAt: string;
}

/**
 * Counts one more hit on `key`. A fixed window starts at the first hit; a sliding one ends
 * `windowMs` after the last (failures are forgotten after a quiet period). One statement, so
 * instances racing on a key each see their own count.
 */
export async function hit(
  db: Executor,
  key: string,
  now: Date,
  windowMs: number,
  window: 'fixed' | 'sliding' = 'fixed',
): Promise<Count> {
  const at = now.toISOString();
  const ends = new Date(now.getTime() + windowMs).toISOString();
  const expired = sql`throttles.window_ends <= ${at}`;
  const row = await db
    .insertInto('throttles')
    .values({ key, hits: 1, window_ends: ends, last_at: at })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql`case when ${expired} then 1 else throttles.hits + 1 end`,
        window_ends:
          window === 'sliding' ? ends : sql`case when ${expired} then ${ends} else throttles.window_ends end`,
        last_at: at,
      }),
    )
    .returning(['hits', 'window_ends', 'last_at'])
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), windowEnds: row.window_ends, lastAt: row.last_at };
}

/** The live counters among `keys` (those whose window has not ended). */
export async function read(db: Executor, keys: readonly string[], now: Date): Promise<Map<string, Count>> {
  if (!keys.length) return new Map();
  const rows = await db
    .selectFrom('throttles')
    .select(['key', 'hits', 'window_ends', 'last_at'])
    .where('key', 'in', [...keys])
    .where('window_ends', '>', now.toISOString())
    .execute();
  return new Map(rows.map((r) => [r.key, { hits: Number(r.hits), windowEnds: r.window_ends, lastAt: r.last_at }]));
}

/** Forgets the counters `keys`, and every counter whose key starts with one of `prefixes`. */
export async function forget(db: Executor, keys: readonly string[], prefixes: readonly string[] = []): Promise<void> {
  if (!keys.length && !prefixes.length) return;
  await db
    .deleteFrom('throttles')
    .where((eb) =>
      eb.or([
        ...(keys.length ? [eb('key', 'in', [...keys])] : []),
        // substr rather than LIKE: a key may hold % or _ (account names, addresses).
        ...prefixes.map((p) => eb(sql`substr(key, 1, ${p.length})`, '=', p)),
      ]),
    )
    .execute();
}

/** Removes counters whose window has ended; run now and then so the table holds only live ones. */
export async function purge(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('throttles').where('window_ends', '<=', now.toISOString()).execute();
}
