import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { dbEnv, runCli } from '../../test/helpers/cli.js';
import { freshDatabase, onPostgres } from '../../test/helpers/db.js';
import { openDatabase } from './database.js';
import { migrateToLatest, pendingMigrations } from './migrate.js';
import { migrations } from './migrations/index.js';

const handles: { close(): Promise<void> }[] = [];
afterEach(async () => {
  while (handles.length > 0) await handles.pop()?.close();
});

describe(`migrations on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('runs on the database this suite targets', async () => {
    const database = await freshDatabase({ migrate: false });
    handles.push(database);
    expect(database.dialect).toBe(onPostgres ? 'postgres' : 'sqlite');
  });

  // A migration may write a city's million rows again (0036): minutes, not the 30 s a request gets.
  if (onPostgres)
    it('runs migrations on a connection without the time-out requests have', async () => {
      const database = await freshDatabase({ migrate: false });
      handles.push(database);
      const short = openDatabase({ databaseUrl: database.url, dataDir: database.dataDir, databaseTimeoutMs: 1000 });
      handles.push(short);
      await expect(sql`select pg_sleep(1.5)`.execute(short.db)).rejects.toThrow(/timeout/);
      const { rows } = await short.withoutTimeouts((db) =>
        sql<{ ok: number }>`select 1 as ok from pg_sleep(1.5)`.execute(db),
      );
      expect(rows).toEqual([{ ok: 1 }]);
      expect(await migrateToLatest(short)).toEqual(Object.keys(migrations));
    });

  it('applies every migration to an empty database, then has nothing pending', async () => {
    const database = await freshDatabase({ migrate: false });
    handles.push(database);
    expect(await pendingMigrations(database.db)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(database)).toEqual(Object.keys(migrations));
    expect(await pendingMigrations(database.db)).toEqual([]);
    expect(await migrateToLatest(database)).toEqual([]);
    const tables = (await database.db.introspection.getTables()).map((t) => t.name);
    for (const table of [
      'sites',
      'site_hosts',
      'departments',
      'users',
      'role_grants',
      'sessions',
      'api_tokens',
      'audit_log',
      'calendar_days',
      'calendar_years',
      'app_locks',
    ]) {
      expect(tables).toContain(table);
    }
  });

  it('lets several processes migrate the same database at once', async () => {
    const database = await freshDatabase({ migrate: false });
    handles.push(database);
    const runs = await Promise.all([0, 1, 2].map(() => runCli(['migrate'], dbEnv(database))));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    // Exactly one process applied the migrations; the others found nothing left to do.
    expect(runs.filter((r) => r.stdout.includes('已执行迁移'))).toHaveLength(1);
    expect(runs.filter((r) => r.stdout.includes('已是最新版本'))).toHaveLength(2);
    expect(await pendingMigrations(database.db)).toEqual([]);
  });

  it('enforces foreign keys', async () => {
    const database = await freshDatabase();
    handles.push(database);
    await expect(
      sql`insert into site_hosts (host, site_id) values ('x.test', 'no-such-site')`.execute(database.db),
    ).rejects.toThrow();
  });
});
