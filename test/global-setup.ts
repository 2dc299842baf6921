import pg from 'pg';
import { onPostgres, testDatabaseUrl } from './helpers/db.js';

/** Under `npm run test:pg`, makes sure the test database exists (each test file then takes its own schema). */
export default async function setup(): Promise<void> {
  if (!onPostgres) return;
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
}
