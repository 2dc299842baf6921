/**
 * npm run bench:search — search quality and speed (issue 5 §6).
 *
 * Quality: the labelled set (test/fixtures/search) over the 513-document corpus, published through
 * the real import path, on SQLite (FTS5, bm25) and PostgreSQL (tsvector, ts_rank), and a naive
 * `LIKE '%query%'` baseline on the same rows, all in one run: MRR, nDCG@10, MRR per kind of
 * query, and how often the two engines agree on the first result.
 * Speed: 100,000 generated documents written into each engine's index (documents per second),
 * then p50/p95 latency of whole searches (parsing, synonyms, ranking, facets, snippets).
 * Targets: MRR ≥ 0.85; p95 ≤ 50 ms at 100,000 documents on SQLite on the 2-core machine.
 * Results are appended to bench/RESULTS.md.
 *
 * PostgreSQL: DATABASE_URL, or postgres://postgres@127.0.0.1:5432/gongkai_test (a schema of its own).
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createServices, type Services } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { inTransaction, openDatabase, type DatabaseHandle } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { systemClock } from '../src/platform/clock/clock.js';
import { searchEngine, type SearchEntry } from '../src/platform/search/engine.js';
import {
  CORPUS,
  createDepartments,
  generatedDocuments,
  loadCorpus,
  measureQuality,
  type Quality,
} from '../test/fixtures/search/corpus.js';
import { LABELLED } from '../test/fixtures/search/labelled.js';

const SCALE = Number(process.env.BENCH_SEARCH_DOCUMENTS ?? 100_000);
const ROUNDS = 5;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Kind = 'sqlite' | 'postgres';

/** A fresh, migrated database of the kind, with a site; removed by `drop()`. */
async function freshSite(kind: Kind) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-search-'));
  let database: DatabaseHandle;
  let dropSchema = async () => {};
  if (kind === 'postgres') {
    const base = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/gongkai_test';
    const schema = `bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create schema "${schema}"`);
    await admin.end();
    const url = new URL(base);
    url.searchParams.set('options', `-c search_path=${schema}`);
    database = openDatabase({ databaseUrl: url.toString(), dataDir });
    dropSchema = async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop schema "${schema}" cascade`);
      await c.end();
    };
  } else database = openDatabase({ databaseUrl: undefined, dataDir });
  await migrateToLatest(database);
  const services = createServices(
    database,
    loadConfig({ GONGKAI_DATA_DIR: dataDir, GONGKAI_LOG_LEVEL: 'silent' }),
    systemClock,
  );
  const site = await services.sites.create(systemActor('基准测试'), {
    name: '姑苏区人民政府',
    siteCode: '3205080001',
    sponsor: '姑苏区人民政府办公室',
    orgCode: '',
    address: '',
    phone: '',
    email: '',
    icpNo: '',
    policeFilingNo: '',
    indexNoTemplate: '{orgCode}/{yyyy}-{seq:05}',
    hosts: ['bench.test'],
  });
  return {
    database,
    services,
    siteId: site.id,
    drop: async () => {
      await database.close();
      await dropSchema();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The naive search many old sites have: the query as typed, anywhere in title or body, newest first. */
async function likeBaseline(database: DatabaseHandle, siteId: string, q: string): Promise<string[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  const rows = await database.db
    .selectFrom('search_entries')
    .select('url')
    .where('site_id', '=', siteId)
    .where((eb) => eb.or([eb('title', 'like', pattern), eb('body_text', 'like', pattern)]))
    .orderBy('published_at', 'desc')
    .limit(10)
    .execute();
  return rows.map((r) => r.url);
}

const searchUrls = async (services: Services, siteId: string, q: string) =>
  (await services.search.search(siteId, { q }, { log: false })).hits.map((h) => h.url);

interface QualityRun {
  engine: Quality;
  baseline: Quality;
  firstResults: Map<string, string | undefined>;
}

async function quality(kind: Kind): Promise<QualityRun> {
  const site = await freshSite(kind);
  try {
    const urls = await loadCorpus(site.services, site.siteId);
    const keyOf = new Map([...urls].map(([k, u]) => [u, k]));
    const firstResults = new Map<string, string | undefined>();
    const engine = await measureQuality(async (q) => {
      const found = await searchUrls(site.services, site.siteId, q);
      firstResults.set(q, keyOf.get(found[0] ?? ''));
      return found;
    }, urls);
    const baseline = await measureQuality((q) => likeBaseline(site.database, site.siteId, q), urls);
    return { engine, baseline, firstResults };
  } finally {
    await site.drop();
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function speed(kind: Kind) {
  const site = await freshSite(kind);
  try {
    const departments = await createDepartments(site.services, site.siteId);
    const docs = [...CORPUS, ...generatedDocuments(SCALE - CORPUS.length, 7)];
    const engine = searchEngine(site.database.db);
    const started = performance.now();
    for (let i = 0; i < docs.length; i += 1000) {
      await inTransaction(site.database.db, async (trx) => {
        for (const [j, doc] of docs.slice(i, i + 1000).entries()) {
          const entry: SearchEntry = {
            key: `document:${i + j}`,
            siteId: site.siteId,
            type: doc.interprets ? 'interpretation' : 'document',
            title: doc.title,
            url: `/documents/${i + j}`,
            departmentId: departments.get(doc.department) ?? null,
            publisher: doc.department,
            publishedAt: `${doc.publishedOn}T02:00:00.000Z`,
            validity: doc.validity ?? 'effective',
            docNo: doc.docNo ?? '',
            keywords: (doc.keywords ?? []).join(' '),
            bodyText: doc.body,
          };
          await engine.put(trx, entry);
        }
      });
    }
    const indexSeconds = (performance.now() - started) / 1000;
    if (kind === 'postgres')
      await site.database.db.executeQuery({
        sql: 'analyze search_entries',
        parameters: [],
        query: { kind: 'RawNode' },
      } as never);
    const queries = [
      ...LABELLED.map((q) => q.q),
      '政务公开',
      '食品安全 抽检',
      '2024年 工作计划',
      '低保',
      '住房公积金',
      '“工作推进会”',
    ];
    // Warm up: the first search of a site builds its "did you mean" vocabulary.
    for (const q of queries) await site.services.search.search(site.siteId, { q }, { log: false });
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++)
      for (const q of queries) {
        const t0 = performance.now();
        await site.services.search.search(site.siteId, { q }, { log: false });
        times.push(performance.now() - t0);
      }
    times.sort((a, b) => a - b);
    return {
      documents: docs.length,
      perSecond: docs.length / indexSeconds,
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      searches: times.length,
    };
  } finally {
    await site.drop();
  }
}

const f = (n: number, digits = 3) => n.toFixed(digits);

const sqliteQuality = await quality('sqlite');
const postgresQuality = await quality('postgres');
let agree = 0;
for (const q of LABELLED) if (sqliteQuality.firstResults.get(q.q) === postgresQuality.firstResults.get(q.q)) agree++;
console.log('quality done');
const sqliteSpeed = await speed('sqlite');
console.log('sqlite speed', sqliteSpeed);
const postgresSpeed = await speed('postgres');
console.log('postgres speed', postgresSpeed);

const kinds = Object.keys(sqliteQuality.engine.byKind);
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const report = `
## bench:search — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

Machine: ${machine}. Labelled set: ${LABELLED.length} queries over ${CORPUS.length} documents (test/fixtures/search).

| | MRR | nDCG@10 | ${kinds.map((k) => `MRR ${k}`).join(' | ')} |
| --- | ---: | ---: | ${kinds.map(() => '---:').join(' | ')} |
| SQLite FTS5 (bm25) | ${f(sqliteQuality.engine.mrr)} | ${f(sqliteQuality.engine.ndcg10)} | ${kinds.map((k) => f(sqliteQuality.engine.byKind[k]?.mrr ?? 0, 2)).join(' | ')} |
| PostgreSQL tsvector (ts_rank) | ${f(postgresQuality.engine.mrr)} | ${f(postgresQuality.engine.ndcg10)} | ${kinds.map((k) => f(postgresQuality.engine.byKind[k]?.mrr ?? 0, 2)).join(' | ')} |
| naive LIKE baseline | ${f(sqliteQuality.baseline.mrr)} | ${f(sqliteQuality.baseline.ndcg10)} | ${kinds.map((k) => f(sqliteQuality.baseline.byKind[k]?.mrr ?? 0, 2)).join(' | ')} |

- The engines give the same first result for ${agree} of ${LABELLED.length} queries.
- Not first on SQLite (rank, 0 = not in the top 10): ${sqliteQuality.engine.misses.map((m) => `${m.q} (${m.rank})`).join('、') || 'none'}.
- Not first on PostgreSQL: ${postgresQuality.engine.misses.map((m) => `${m.q} (${m.rank})`).join('、') || 'none'}.

| engine | documents | indexed per second | searches | p50 ms | p95 ms |
| --- | ---: | ---: | ---: | ---: | ---: |
| SQLite | ${sqliteSpeed.documents} | ${sqliteSpeed.perSecond.toFixed(0)} | ${sqliteSpeed.searches} | ${f(sqliteSpeed.p50, 1)} | ${f(sqliteSpeed.p95, 1)} |
| PostgreSQL | ${postgresSpeed.documents} | ${postgresSpeed.perSecond.toFixed(0)} | ${postgresSpeed.searches} | ${f(postgresSpeed.p50, 1)} | ${f(postgresSpeed.p95, 1)} |

- Targets: MRR ≥ 0.85 (SQLite ${f(sqliteQuality.engine.mrr)}, PostgreSQL ${f(postgresQuality.engine.mrr)}); SQLite p95 ≤ 50 ms at 100,000 documents (${f(sqliteSpeed.p95, 1)} ms).
`;
console.log(report);
if (!process.env.BENCH_NO_RECORD) appendFileSync(path.join(root, 'bench', 'RESULTS.md'), report);
