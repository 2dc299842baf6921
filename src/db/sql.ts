import { PostgresAdapter, sql, type Compilable, type Expression, type SqlBool } from 'kysely';
import type { Executor } from './database.js';

/**
 * Case-insensitive "contains" that behaves the same on SQLite and PostgreSQL: explicit ESCAPE
 * (SQLite has no default escape character) and lower() on both sides (PostgreSQL's LIKE is
 * case-sensitive, SQLite's is not).
 */
export function contains(column: Expression<string | null>, text: string): Expression<SqlBool> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  return sql<SqlBool>`lower(${column}) like ${pattern} escape '\\'`;
}

/**
 * Runs a short read without PostgreSQL's parallel workers. A scan of a few hundred thousand index
 * entries is large enough for the planner to split it between workers, but each worker is a new
 * server process: counting a city site's 200,000 public documents on bench:scale's 2-core machine
 * took 36–49 ms with two workers and 9 ms without (2026-12-03). Inside a transaction, or on SQLite,
 * the query runs as it is.
 */
export async function withoutParallelWorkers<R>(db: Executor, query: Compilable<R>): Promise<R[]> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter) || db.isTransaction)
    return (await db.executeQuery(query.compile())).rows;
  return db.transaction().execute(async (trx) => {
    await sql`set local max_parallel_workers_per_gather = 0`.execute(trx);
    return (await trx.executeQuery(query.compile())).rows;
  });
}
