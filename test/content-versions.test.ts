import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentVersion,
  contentVersionListener,
  contentVersionReader,
  touchSite,
  type ContentVersions,
} from '../src/platform/cache/content-version.repository.js';
import { createSitesService } from '../src/modules/sites/sites.service.js';
import { createColumnsService } from '../src/modules/columns/columns.service.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { FixedClock } from '../src/platform/clock/clock.js';
import { freshDatabase, onPostgres } from './helpers/db.js';

/**
 * Issue 18 §4: a page served from the cache must not cost a query on either database. On
 * PostgreSQL the instance is told of every content change (LISTEN/NOTIFY) and keeps the versions
 * in memory; when that connection is lost it reads from the database until it is back.
 */
let database: Awaited<ReturnType<typeof freshDatabase>>;
const readers: ContentVersions[] = [];
const site: Record<'a' | 'b', string> = { a: '', b: '' };
beforeAll(async () => {
  database = await freshDatabase();
  const deps = { db: database.db, clock: new FixedClock(new Date('2026-03-02T00:00:00Z')) };
  const sites = createSitesService({ ...deps, columns: createColumnsService(deps) });
  for (const [key, code] of [
    ['a', '3205081001'],
    ['b', '3205081002'],
  ] as const)
    site[key] = (
      await sites.create(systemActor(), {
        name: `版本测试${key}`,
        siteCode: code,
        sponsor: '测试',
        orgCode: '',
        address: '',
        phone: '',
        email: '',
        icpNo: '',
        policeFilingNo: '',
        indexNoTemplate: '{yyyy}-{seq}',
        hosts: [],
      })
    ).id;
});
afterAll(async () => {
  for (const r of readers) await r.close();
  await database.close();
});

/** Waits (up to 5 s) until `read` answers without a round trip and with `version`. */
async function answersFromMemory(reader: ContentVersions, siteId: string, version: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const read = reader.read(siteId);
    if (typeof read === 'number' && read === version) return;
    await read;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`version ${version} of ${siteId} never answered from memory`);
}

describe(`content versions on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('answers a warm read without a query, and sees a change made by another connection', async () => {
    const reader = contentVersionReader(database);
    readers.push(reader);
    await touchSite(database.db, site.a);
    const v = await contentVersion(database.db, site.a);
    await answersFromMemory(reader, site.a, v);
    // A change committed elsewhere (another instance) is seen without asking.
    await database.db.transaction().execute((trx) => touchSite(trx, site.a));
    await answersFromMemory(reader, site.a, v + 1);
  });

  // SQLite reads its versions in-process: there is no listener to lose.
  if (onPostgres)
    it('reads from the database while its listener is lost, then listens again', async () => {
      const errors: Error[] = [];
      // A name of its own, so only this listener's connection is killed below.
      const name = `gk-listener-${process.pid}-${Date.now()}`;
      const reader = contentVersionListener(
        database.db,
        () => new pg.Client({ connectionString: database.url, application_name: name }),
        { maxRetryMs: 200, onError: (e) => void errors.push(e) },
      );
      readers.push(reader);
      await touchSite(database.db, site.b);
      const v = await contentVersion(database.db, site.b);
      await answersFromMemory(reader, site.b, v);

      // The listening connection is killed (a failover, a restart of the server).
      await sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${name}`.execute(
        database.db,
      );
      for (let i = 0; i < 100 && errors.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(errors.length, 'the listener noticed').toBeGreaterThan(0);
      // Not listening: a change it cannot hear of is read from the database, never the stale memory.
      await touchSite(database.db, site.b);
      expect(await reader.read(site.b)).toBe(v + 1);
      // Back again: from memory, and told of the next change.
      await answersFromMemory(reader, site.b, v + 1);
      await touchSite(database.db, site.b);
      await answersFromMemory(reader, site.b, v + 2);
    });
});
