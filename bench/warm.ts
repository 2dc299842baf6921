/**
 * npm run bench:warm — warm portal pages on PostgreSQL against SQLite (issue 18 §4).
 *
 * For each database: a fresh demo site (`gongkai seed --demo`), one built instance with the page
 * cache on, and autocannon with 50 connections on the home page and a column page. On SQLite a
 * warm page reads its site's content version in-process; on PostgreSQL the instance keeps the
 * versions in memory, told of changes by LISTEN/NOTIFY, so neither costs a query per hit.
 * Target (2 cores, load generator on the same machine): PostgreSQL within 80% of SQLite.
 * Results are appended to bench/RESULTS.md. PostgreSQL: postgres://postgres@127.0.0.1:5432 (a
 * database of its own, dropped afterwards).
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { bin, root, serve } from './serve.js';

const SERVER = 'postgres://postgres@127.0.0.1:5432';
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const PAGES = { home: '/', column: '/news/' };

async function measure(url: string): Promise<{ rps: number; p99: number }> {
  await autocannon({ url, connections: 2, duration: 1 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: Math.round(r.requests.average), p99: r.latency.p99 };
}

async function run(kind: 'sqlite' | 'postgres'): Promise<Record<string, { rps: number; p99: number }>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-warm-'));
  const database = `gk_bench_warm_${process.pid}`;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GONGKAI_DATA_DIR: dataDir,
    GONGKAI_LOG_LEVEL: 'warn',
    PORT: '0',
  };
  const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
  if (kind === 'postgres') {
    await admin.connect();
    await admin.query(`create database ${database}`);
    env.DATABASE_URL = `${SERVER}/${database}`;
  }
  let child: ChildProcess | undefined;
  try {
    const seeded = spawnSync(process.execPath, [bin, 'seed', '--demo'], { cwd: root, env });
    if (seeded.status !== 0) throw new Error(seeded.stderr.toString());
    const instance = await serve({ ...env, GONGKAI_SEED_DEMO: 'false' });
    child = instance.child;
    const out: Record<string, { rps: number; p99: number }> = {};
    for (const [name, page] of Object.entries(PAGES)) {
      out[name] = await measure(`${instance.base}${page}`);
      console.log(`${kind} ${name}: ${out[name].rps} req/s, p99 ${out[name].p99} ms`);
    }
    return out;
  } finally {
    child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    if (kind === 'postgres') {
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: root, stdio: 'inherit' });
const sqlite = await run('sqlite');
const postgres = await run('postgres');
const rows = Object.keys(PAGES).map((name) => {
  const s = sqlite[name]!;
  const p = postgres[name]!;
  return `| ${name} | ${s.rps} | ${s.p99} ms | ${p.rps} | ${p.p99} ms | ${((p.rps / s.rps) * 100).toFixed(0)}% |`;
});
const worst = Math.min(...Object.keys(PAGES).map((n) => postgres[n]!.rps / sqlite[n]!.rps));
const report = `
## bench:warm — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}; one built instance per database, page cache on, autocannon ${CONNECTIONS} connections × ${DURATION_S} s on the same machine.

| page | SQLite req/s | SQLite p99 | PostgreSQL req/s | PostgreSQL p99 | PostgreSQL / SQLite |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Target: warm pages on PostgreSQL within 80% of SQLite — ${worst >= 0.8 ? 'met' : 'missed'} (worst ${(worst * 100).toFixed(0)}%).
`;
console.log(report);
if (!process.env.BENCH_NO_RECORD) appendFileSync(path.join(root, 'bench', 'RESULTS.md'), report);
