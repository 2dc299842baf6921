import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';

/** Which database the suite runs on: `npm test` → SQLite, `npm run test:pg` → PostgreSQL. */
export const onPostgres = process.env.GONGKAI_TEST_DB === 'postgres';

export function testDatabaseUrl(): string {
  return process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/gongkai_test';
}

/**
 * A fresh, migrated database of its own: a temporary SQLite file, or a new schema in the
 * PostgreSQL test database — so test files run in parallel and runs never see each other's rows.
 * `close()` removes the SQLite file; the schemas go when the run ends (test/global-setup.ts).
 */
export async function freshDatabase(
  options: { migrate?: boolean } = {},
): Promise<DatabaseHandle & { url?: string; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gongkai-test-'));
  let handle: DatabaseHandle;
  let url: string | undefined;
  if (onPostgres) {
    const base = testDatabaseUrl();
    const schema = `${inject('schemaPrefix')}${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create schema "${schema}"`);
    await admin.end();
    const u = new URL(base);
    u.searchParams.set('options', `-c search_path=${schema}`);
    url = u.toString();
    handle = openDatabase({ databaseUrl: url, dataDir });
  } else {
    handle = openDatabase({ databaseUrl: undefined, dataDir });
  }
  if (options.migrate !== false) await migrateToLatest(handle);
  return {
    ...handle,
    url,
    dataDir,
    close: async () => {
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
