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
  /** PostgreSQL: a new connection of its own outside the pool (to LISTEN), with the pool's settings. */
  readonly newClient: (() => pg.Client) | null;
  /** Hears of connections lost while idle (a restart, a failover, a cut link), for the log. */
  onConnectionError(listener: (error: Error) => void): void;
  /**
   * Runs `fn` on a connection without the time-outs requests have (PostgreSQL): a migration that
   * writes a city's million rows again takes minutes. SQLite has none; `fn` gets `db`.
   */
  withoutTimeouts<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  /**
   * How long one statement may take, and (capped at 5 s) how long to wait for a connection, before
   * the request fails with 503 rather than hanging: a database that stops answering must cost
   * requests, not the process. Default 30 s.
   */
  databaseTimeoutMs?: number;
}

/**
 * A PostgreSQL pool that survives its database going away. node-postgres emits 'error' on the
 * pool for an idle connection that dies, and on a checked-out client between queries; without a
 * listener either ends the process. Here both are heard (and reported), the dead connection is
 * dropped by the pool, and the next query opens a new one. Statement, read and connect time-outs
 * bound every wait, so a database that hangs makes requests fail, not pile up forever.
 */
function resilientPool(url: string, timeoutMs: number, report: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: Math.min(timeoutMs, 5000),
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs + 1000,
    // A new connection is slow at first: its server process loads the catalogue for each table it
    // touches (4 ms against 0.3 ms for a document read, bench:scale's database) and maps the shared
    // buffers it reads afresh. Closing idle connections after 30 s made a quiet site pay that on
    // nearly every visit; ten idle connections held for ten minutes cost the server little.
    idleTimeoutMillis: 10 * 60_000,
    // Idle connections never keep a finished command's process alive.
    allowExitOnIdle: true,
    keepAlive: true,
  });
  pool.on('error', report);
  pool.on('connect', (client) => client.on('error', report));
  return pool;
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
  const listeners = new Set<(error: Error) => void>();
  const onConnectionError = (listener: (error: Error) => void) => void listeners.add(listener);
  if (options.databaseUrl) {
    const pool = resilientPool(options.databaseUrl, options.databaseTimeoutMs ?? 30_000, (error) => {
      for (const listener of listeners) listener(error);
    });
    const url = new URL(options.databaseUrl);
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      dialect: 'postgres',
      sqlite: null,
      newClient: () => new pg.Client({ connectionString: options.databaseUrl, keepAlive: true }),
      location: `postgresql://${url.hostname}:${url.port || 5432}${url.pathname}`,
      onConnectionError,
      async withoutTimeouts(fn) {
        const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 1 });
        // (A connection lost while idle is reported, not left to end the process.)
        pool.on('error', (error) => listeners.forEach((listener) => listener(error)));
        const own = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
        try {
          return await fn(own);
        } finally {
          await own.destroy();
        }
      },
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
    newClient: null,
    location: file,
    onConnectionError,
    withoutTimeouts: function (fn) {
      return fn(this.db);
    },
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

const UNAVAILABLE_CODES = new Set([
  // node: the server cannot be reached or the link broke
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL: shutting down or starting up, too many connections, a statement over its time
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '57014',
  // SQLite: another process held the write lock past the busy time-out
  'SQLITE_BUSY',
]);

/**
 * Whether an error means the database is away or overloaded rather than that the request was
 * wrong: such a request is answered 503 (try again), not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('08')) return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|Connection ended|connection error/i.test(
    message,
  );
}

/**
 * Runs `fn` in a transaction, or inside the caller's transaction when `db` already is one — so a
 * service can be composed into a larger unit of work (seeding, imports) and still commit once.
 */
export function inTransaction<T>(db: Executor, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Transaction<Database>) : db.transaction().execute(fn);
}
