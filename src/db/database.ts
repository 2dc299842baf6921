import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  sql,
  type DatabaseConnection,
  type SqliteDialectConfig,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
/** What repositories accept: the database itself or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

export interface DatabaseHandle {
  readonly db: Db;
  readonly dialect: DialectName;
  /** Human-readable location for logs, without credentials. */
  readonly location: string;
  /** The SQLite connection itself, for the one hot read that cannot afford a query builder (page cache). */
  readonly sqlite: SQLite.Database | null;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  dataDir: string;
}

// PostgreSQL returns COUNT(*) and other int8 values as strings; our integers fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * SQLite transactions start with BEGIN IMMEDIATE: every transaction here writes, and taking the
 * write lock up front makes a second process wait (busy_timeout) instead of failing when its
 * snapshot turns stale. With that, migrations can run in one transaction and are serialised
 * across processes, as the advisory lock does on PostgreSQL.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class GongkaiSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }
  override createDriver() {
    return new ImmediateSqliteDriver(this.settings);
  }
  override createAdapter() {
    return new TransactionalDdlSqliteAdapter();
  }
}

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const url = new URL(options.databaseUrl);
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      dialect: 'postgres',
      sqlite: null,
      location: `postgresql://${url.hostname}:${url.port || 5432}${url.pathname}`,
      close: async function () {
        await this.db.destroy();
      },
    };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, 'gongkai.sqlite');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Another process (CLI, a second instance) may hold the write lock briefly.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return {
    db: new Kysely<Database>({ dialect: new GongkaiSqliteDialect({ database: sqlite }) }),
    dialect: 'sqlite',
    sqlite,
    location: file,
    close: async function () {
      await this.db.destroy();
    },
  };
}

/**
 * Serialises start-up work (seeding) across instances. Updating the lock row takes SQLite's write
 * lock and a PostgreSQL row lock, so the same statement works on both; the lock is held until the
 * surrounding transaction ends.
 */
export async function takeLock(trx: Transaction<Database>, name: string, at: string): Promise<void> {
  await trx.updateTable('app_locks').set({ taken_at: at }).where('name', '=', name).execute();
}

/** True when a statement failed on a unique constraint, on either database. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** True when a statement failed on a foreign key, on either database. */
export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string };
  return e?.code === '23503' || e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

/**
 * Runs `fn` in a transaction, or inside the caller's transaction when `db` already is one — so a
 * service can be composed into a larger unit of work (seeding, imports) and still commit once.
 */
export function inTransaction<T>(db: Executor, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Transaction<Database>) : db.transaction().execute(fn);
}
