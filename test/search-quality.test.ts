import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createWorld, testApp, testConfig, type TestApp } from './helpers/app.js';
import { onPostgres } from './helpers/db.js';
import { CORPUS, loadCorpus, measureQuality } from './fixtures/search/corpus.js';
import { LABELLED } from './fixtures/search/labelled.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Issue 5 §6 on the suite's database: the labelled set over the 513-document corpus. The full
 * measurement (both engines, the LIKE baseline, 100,000 documents) is `npm run bench:search`.
 */
let t: TestApp;
let siteId: string;
let urls: Map<string, string>;

const topUrls = async (app: TestApp['services'], site: string, q: string) =>
  (await app.search.search(site, { q }, { log: false })).hits.map((h) => h.url);

beforeAll(async () => {
  t = await testApp();
  siteId = (await createWorld(t.services)).siteId;
  urls = await loadCorpus(t.services, siteId);
}, 120_000);
afterAll(() => t.close());

describe('search quality on the labelled set', () => {
  it(`has at least 60 queries over at least 500 documents`, () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(60);
    expect(CORPUS.length).toBeGreaterThanOrEqual(500);
    for (const q of LABELLED) for (const key of q.relevant) expect(urls.has(key), key).toBe(true);
  });

  it('finds the right document first: MRR ≥ 0.85', async () => {
    const quality = await measureQuality((q) => topUrls(t.services, siteId, q), urls);
    expect(quality.mrr, JSON.stringify(quality.misses)).toBeGreaterThanOrEqual(0.85);
    expect(quality.ndcg10).toBeGreaterThanOrEqual(0.8);
    // Exact titles and 文号 are never missed.
    expect(quality.byKind.doc_no?.mrr).toBe(1);
    expect(quality.byKind.title?.mrr).toBe(1);
  });

  // Under `npm run test:pg`: the same corpus on SQLite as well, to compare the engines.
  if (onPostgres)
    it('gives the same first result as the SQLite engine', async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'gongkai-sqlite-'));
      const database = openDatabase({ databaseUrl: undefined, dataDir });
      await migrateToLatest(database);
      const other = await buildApp(testConfig(dataDir), { database, clock: t.clock });
      try {
        const otherSite = (await createWorld(other.services)).siteId;
        const otherUrls = await loadCorpus(other.services, otherSite);
        const keyOf = (map: Map<string, string>) => new Map([...map].map(([k, u]) => [u, k]));
        const [here, there] = [keyOf(urls), keyOf(otherUrls)];
        let same = 0;
        for (const q of LABELLED) {
          const a = here.get((await topUrls(t.services, siteId, q.q))[0] ?? '');
          const b = there.get((await topUrls(other.services, otherSite, q.q))[0] ?? '');
          if (a === b) same++;
        }
        // Ranking functions differ (ts_rank vs bm25); the first result agrees on nearly every query.
        expect(same / LABELLED.length).toBeGreaterThanOrEqual(0.9);
      } finally {
        await other.app.close();
        await database.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }, 120_000);
});
