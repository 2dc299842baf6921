import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { onPostgres, testDatabaseUrl } from './helpers/db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** What this run's PostgreSQL schemas are named with (test/helpers/db.ts). */
    schemaPrefix: string;
  }
}

/**
 * Under `npm run test:pg`, makes sure the test database exists (each test file then takes its own
 * schemas) and drops this run's schemas when it ends. Not sooner: files run side by side, and a schema
 * dropped while another file migrates fails that migration (the migrator's catalogue query asks
 * has_schema_privilege of every schema it lists, and one gone by then is an error).
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!onPostgres) return undefined;
  const prefix = `t_${Date.now().toString(36)}_`;
  project.provide('schemaPrefix', prefix);
  const url = new URL(testDatabaseUrl());
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  return async () => {
    const test = new pg.Client({ connectionString: testDatabaseUrl() });
    await test.connect();
    try {
      const { rows } = await test.query<{ name: string }>(
        'select nspname as name from pg_namespace where starts_with(nspname, $1)',
        [prefix],
      );
      for (const schema of rows) await test.query(`drop schema ${pg.escapeIdentifier(schema.name)} cascade`);
    } finally {
      await test.end();
    }
  };
}
