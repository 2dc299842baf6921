import { sql, type RawBuilder } from 'kysely';
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
 * Counts one more hit on `key` in a fixed window of `windowMs` that starts at the first hit. One
 * statement, so instances racing on a key each see their own count.
 */
export async function hit(db: Executor, key: string, now: Date, windowMs: number): Promise<Count> {
  const at = now.toISOString();
  const ends = new Date(now.getTime() + windowMs).toISOString();
  const expired = sql`throttles.window_ends <= ${at}`;
  const row = await db
    .insertInto('throttles')
    .values({ key, hits: 1, window_ends: ends, last_at: at, next_at: 0 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql`case when ${expired} then 1 else throttles.hits + 1 end`,
        window_ends: sql`case when ${expired} then ${ends} else throttles.window_ends end`,
        last_at: at,
      }),
    )
    .returning(['hits', 'window_ends', 'last_at'])
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), windowEnds: row.window_ends, lastAt: row.last_at };
}

export interface Backoff {
  /** Attempts allowed before any waiting. */
  free: number;
  /** The longest wait. */
  maxDelayMs: number;
  /** Attempts are forgotten this long after the last. */
  forgetMs: number;
}

/**
 * Takes one attempt on `key` when the key allows one now: counts it and, once the free attempts
 * are used up, sets when the next is allowed — twice as long after each further attempt, up to the
 * longest wait. Counting and deciding are one conditional statement, so attempts sent at the same
 * moment (from one instance or several) cannot all slip through. Returns 0 when taken, otherwise
 * the milliseconds to wait.
 */
export async function take(db: Executor, key: string, now: Date, backoff: Backoff): Promise<number> {
  const at = now.toISOString();
  const nowMs = now.getTime();
  const ends = new Date(nowMs + backoff.forgetMs).toISOString();
  await db
    .insertInto('throttles')
    .values({ key, hits: 0, window_ends: ends, last_at: at, next_at: 0 })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const expired = sql`throttles.window_ends <= ${at}`;
  const attempt = sql`(case when ${expired} then 1 else throttles.hits + 1 end)`;
  // The wait after the n-th attempt, as a ladder both databases can compute without powers.
  const steps: RawBuilder<unknown>[] = [];
  for (let k = 0; 2 ** (k + 1) * 1000 < backoff.maxDelayMs && k < 30; k++)
    steps.push(sql`when ${attempt} = ${backoff.free + k} then ${2 ** (k + 1) * 1000}`);
  const wait = sql`case when ${attempt} < ${backoff.free} then 0 ${sql.join(steps, sql` `)} else ${backoff.maxDelayMs} end`;
  const taken = await db
    .updateTable('throttles')
    .set({
      hits: attempt as never,
      window_ends: ends,
      last_at: at,
      next_at: sql`cast(${nowMs} as bigint) + ${wait}` as never,
    })
    .where('key', '=', key)
    .where((eb) => eb.or([eb('next_at', '<=', nowMs), eb('window_ends', '<=', at)]))
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) > 0) return 0;
  const row = await db.selectFrom('throttles').select('next_at').where('key', '=', key).executeTakeFirst();
  return Math.max(1, Number(row?.next_at ?? 0) - nowMs);
}

/** Gives back one attempt (a sign-in that succeeded should not count against its address). */
export async function giveBack(db: Executor, keys: readonly string[]): Promise<void> {
  if (!keys.length) return;
  await db
    .updateTable('throttles')
    .set({ hits: sql`case when throttles.hits > 0 then throttles.hits - 1 else 0 end` as never })
    .where('key', 'in', [...keys])
    .execute();
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
