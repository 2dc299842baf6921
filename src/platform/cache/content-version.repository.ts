import type { Database as SQLiteDatabase } from 'better-sqlite3';
import type pg from 'pg';
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

/** Reads a site's content version; `close` stops whatever keeps it current. */
export interface ContentVersions {
  read(siteId: string): number | Promise<number>;
  close(): Promise<void>;
}

/**
 * Reads a site's content version on every cached-page hit. On SQLite it is one prepared statement
 * on the connection, answered synchronously (a read inside another request's open transaction can
 * only see a newer version, which merely renders the page again). On PostgreSQL the versions are
 * kept in memory, told of every change (contentVersionListener); without a listener, a query.
 */
export function contentVersionReader(
  handle: { db: Executor; sqlite: SQLiteDatabase | null; newClient?: (() => pg.Client) | null },
  onError?: (error: Error) => void,
): ContentVersions {
  if (handle.sqlite) {
    const statement = handle.sqlite.prepare<[string], number>('select version from content_versions where site_id = ?');
    statement.pluck();
    return { read: (siteId) => statement.get(siteId) ?? 0, close: () => Promise.resolve() };
  }
  if (handle.newClient) return contentVersionListener(handle.db, handle.newClient, { onError });
  return { read: (siteId) => contentVersion(handle.db, siteId), close: () => Promise.resolve() };
}

/**
 * Ends a listener's connection whatever state it is in. It keeps an 'error' listener: an error
 * from a client without one would end the process.
 */
function retire(client: pg.Client): Promise<void> {
  client.removeAllListeners();
  client.on('error', () => undefined);
  return client.end().catch(() => undefined);
}

export interface ListenerOptions {
  /** How often every version is read again, in case a notice was missed. */
  pollMs?: number;
  /** Longest wait before reconnecting a lost listener (doubling from one second). */
  maxRetryMs?: number;
  onError?: (error: Error) => void;
}

/**
 * PostgreSQL: the versions in memory, kept current by LISTEN on `gongkai_content` (a trigger
 * announces each change when it commits, migration 0026), so a warm page costs no round trip.
 * A version is trusted only while the listener is connected: when the connection drops, the
 * memory is emptied and reads go to the database until it is back; a poll reads every version
 * again now and then, and a version only ever grows.
 */
export function contentVersionListener(
  db: Executor,
  newClient: () => pg.Client,
  options: ListenerOptions = {},
): ContentVersions {
  const versions = new Map<string, number>();
  let listening = false;
  let closed = false;
  let client: pg.Client | undefined;
  let retryMs = 1000;
  let retryTimer: NodeJS.Timeout | undefined;
  const keep = (siteId: string, version: number) => {
    if (listening && version > (versions.get(siteId) ?? -1)) versions.set(siteId, version);
  };
  const lost = (error?: Error) => {
    if (error) options.onError?.(error);
    listening = false;
    versions.clear();
    const gone = client;
    client = undefined;
    if (gone) void retire(gone);
    if (!closed && !retryTimer) {
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        void connect();
      }, retryMs);
      retryTimer.unref();
      retryMs = Math.min(retryMs * 2, options.maxRetryMs ?? 30_000);
    }
  };
  async function connect(): Promise<void> {
    const c = newClient();
    client = c;
    c.on('error', (error) => lost(error));
    c.on('end', () => client === c && lost(new Error('content-version listener disconnected')));
    c.on('notification', (n) => {
      const [siteId, version] = (n.payload ?? '').split(':');
      if (siteId && version) keep(siteId, Number(version));
    });
    try {
      await c.connect();
      await c.query('listen gongkai_content');
      if (closed) return void (await c.end());
      listening = true;
      retryMs = 1000;
    } catch (error) {
      if (client === c) lost(error as Error);
    }
  }
  const poll = setInterval(() => {
    if (!listening) return;
    void db
      .selectFrom('content_versions')
      .select(['site_id', 'version'])
      .execute()
      .then((rows) => rows.forEach((r) => keep(r.site_id, Number(r.version))))
      .catch((error: Error) => options.onError?.(error));
  }, options.pollMs ?? 30_000);
  poll.unref();
  void connect();
  return {
    read(siteId) {
      const known = listening ? versions.get(siteId) : undefined;
      if (known !== undefined) return known;
      return contentVersion(db, siteId).then((version) => {
        keep(siteId, version);
        return version;
      });
    },
    async close() {
      closed = true;
      clearInterval(poll);
      clearTimeout(retryTimer);
      listening = false;
      const c = client;
      client = undefined;
      if (c) await retire(c);
    },
  };
}
