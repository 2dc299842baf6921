/**
 * npm run bench:portal — portal speed (issue 3 §6).
 *
 * Seeds 10,000 published documents into a fresh SQLite database, starts the platform twice (page
 * cache on for the warm runs, off for the cold ones) and a bare node:http server that serves the
 * same bytes from memory, each in its own process, then measures a document page and a column
 * page with autocannon. Prints requests/s and p50/p99 latency and appends them to bench/RESULTS.md.
 * Targets on the 2-core machine: warm pages ≥ 60% of the bare server's throughput; cold document
 * pages p99 ≤ 25 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createServices } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { inTransaction, openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { systemClock } from '../src/platform/clock/clock.js';
import { documentHref } from '../src/modules/documents/documents.paths.js';
import { seedDemoIfEmpty } from '../src/seed/demo.js';

const DOCUMENTS = 10_000;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 10;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function seed(dataDir: string): Promise<{ documentPath: string; columnPath: string }> {
  const config = loadConfig({ GONGKAI_DATA_DIR: dataDir, GONGKAI_LOG_LEVEL: 'silent' });
  const database = openDatabase(config);
  await migrateToLatest(database);
  await seedDemoIfEmpty({ database, clock: systemClock, config });
  const services = createServices(database, config, systemClock);
  const actor = systemActor('基准测试');
  const site = (await services.sites.list(actor))[0];
  if (!site) throw new Error('no site');
  const columns = await services.columns.list(site.id);
  const departments = await services.departments.list(site.id);
  const targets = columns.filter((c) => c.kind === 'news' || c.kind === 'notice' || c.kind === 'policy');
  const started = Date.now();
  let documentPath = '';
  await inTransaction(database.db, async (trx) => {
    const { documents } = createServices({ db: trx, dialect: database.dialect }, config, systemClock);
    for (let i = 0; i < DOCUMENTS; i++) {
      const column = targets[i % targets.length];
      const dept = departments[i % departments.length];
      if (!column || !dept) throw new Error('demo site incomplete');
      const day = new Date(Date.UTC(2016, 0, 1) + i * 8 * 3_600_000);
      const doc = await documents.importPublished(actor, site.id, {
        departmentId: dept.id,
        publishedAt: day.toISOString(),
        indexNo: null,
        content: {
          title: `${dept.shortName}关于做好第${i + 1}项政务公开工作的通知`,
          docNo: `姑政办发〔${day.getUTCFullYear()}〕${(i % 300) + 1}号`,
          writtenOn: day.toISOString().slice(0, 10),
          subject: ['政务公开', '财政', '城乡建设', '社会保障'][i % 4] ?? '',
          keywords: ['政务公开', '通知'],
          disclosure: 'proactive',
          validity: 'effective',
          replacedById: null,
          interpretsId: null,
          documentKind: null,
          summary: '根据区政府工作部署，现就有关事项通知如下。',
          bodyHtml:
            '<p>各街道、区各有关单位：</p>' +
            '<p>为深入贯彻落实《中华人民共和国政府信息公开条例》，进一步做好政务公开工作，现就有关事项通知如下。</p>'.repeat(
              12,
            ),
          source: dept.shortName,
          columnIds: [column.id],
        },
      });
      if (i === DOCUMENTS / 2 && doc) documentPath = documentHref(doc);
    }
  });
  console.log(`seeded ${DOCUMENTS} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await database.close();
  return { documentPath, columnPath: '/news/' };
}

function start(
  args: string[],
  env: Record<string, string>,
  pattern: RegExp,
): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m?.[1]) resolve({ child, port: Number(m[1]) });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
}

async function measure(name: string, url: string): Promise<Row> {
  // A short warm-up so the first requests' one-off costs do not count.
  await autocannon({ url, connections: 2, duration: 1 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  const row = { name, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99 };
  console.log(`${name.padEnd(28)} ${String(row.rps).padStart(7)} req/s   p50 ${row.p50} ms   p99 ${row.p99} ms`);
  return row;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-'));
  const children: ChildProcess[] = [];
  try {
    const { documentPath, columnPath } = await seed(dataDir);
    const env = { GONGKAI_DATA_DIR: dataDir, GONGKAI_LOG_LEVEL: 'warn', PORT: '0', GONGKAI_SEED_DEMO: 'false' };
    const ready = /门户网站：http:\/\/[^:]+:(\d+)\//;
    const warm = await start(['bin/gongkai', 'serve'], { ...env, GONGKAI_PAGE_CACHE: 'true' }, ready);
    children.push(warm.child);
    const cold = await start(['bin/gongkai', 'serve'], { ...env, GONGKAI_PAGE_CACHE: 'false' }, ready);
    children.push(cold.child);

    // The addresses pages live at (an old /documents/<id> or /columns/<id> only redirects).
    const paths = { document: documentPath, column: columnPath };
    const bytes: Record<string, string> = {};
    for (const p of Object.values(paths)) bytes[p] = await (await fetch(`http://127.0.0.1:${warm.port}${p}`)).text();
    const pagesFile = path.join(dataDir, 'pages.json');
    writeFileSync(pagesFile, JSON.stringify(bytes));
    const bare = await start(['bench/bare-server.mjs', pagesFile], {}, /listening (\d+)/);
    children.push(bare.child);

    const rows: Row[] = [];
    for (const [kind, p] of Object.entries(paths)) {
      rows.push(await measure(`bare node:http ${kind}`, `http://127.0.0.1:${bare.port}${p}`));
      rows.push(await measure(`${kind} page warm`, `http://127.0.0.1:${warm.port}${p}`));
      rows.push(await measure(`${kind} page cold`, `http://127.0.0.1:${cold.port}${p}`));
    }
    const find = (name: string) => rows.find((r) => r.name === name);
    const ratio = (kind: string) => (find(`${kind} page warm`)?.rps ?? 0) / (find(`bare node:http ${kind}`)?.rps ?? 1);
    const verdicts = [
      `document warm / bare = ${(ratio('document') * 100).toFixed(0)}% (target ≥ 60%)`,
      `column warm / bare = ${(ratio('column') * 100).toFixed(0)}% (target ≥ 60%)`,
      `document cold p99 = ${find('document page cold')?.p99} ms (target ≤ 25 ms)`,
    ];
    for (const v of verdicts) console.log(v);

    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
    const table = rows.map((r) => `| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} |`).join('\n');
    appendFileSync(
      path.join(root, 'bench', 'RESULTS.md'),
      `\n## bench:portal — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\nMachine: ${machine}. SQLite, ${DOCUMENTS} documents, autocannon ${CONNECTIONS} connections × ${DURATION_S} s per row, servers in their own processes.\n\n| run | req/s | p50 ms | p99 ms |\n| --- | ---: | ---: | ---: |\n${table}\n\n${verdicts.map((v) => `- ${v}`).join('\n')}\n`,
    );
  } finally {
    for (const c of children) c.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// BENCH_SEED_DIR=dir seeds a data directory and stops, for profiling a server against the same data.
if (process.env.BENCH_SEED_DIR) await seed(process.env.BENCH_SEED_DIR);
else await main();
