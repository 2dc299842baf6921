import { Migrator, PostgresAdapter, sql, type MigrationResultSet } from 'kysely';
import type { DatabaseHandle, Db } from './database.js';
import { migrations } from './migrations/index.js';

/**
 * On PostgreSQL the migrator is pinned to the connection's current schema: its table lookup
 * otherwise sees same-named tables in other schemas (several deployments, or test runs, sharing
 * one database) and skips creating its own.
 */
async function migrator(db: Db): Promise<Migrator> {
  const provider = { getMigrations: () => Promise.resolve(migrations) };
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return new Migrator({ db, provider });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return new Migrator({ db, provider, migrationTableSchema: rows[0]?.schema ?? 'public' });
}

/**
 * Applies pending migrations. Kysely's migrator holds a lock while it works (an advisory lock on
 * PostgreSQL, the single connection on SQLite), so several instances may start together. They run
 * without the requests' time-outs: rewriting a city's search entries (migration 0036) takes minutes.
 */
export async function migrateToLatest(database: Pick<DatabaseHandle, 'withoutTimeouts'>): Promise<string[]> {
  const result: MigrationResultSet = await database.withoutTimeouts(async (db) =>
    (await migrator(db)).migrateToLatest(),
  );
  if (result.error) throw result.error instanceof Error ? result.error : new Error('迁移失败', { cause: result.error });
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations known to the code but not yet applied to the database. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await (await migrator(db)).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
