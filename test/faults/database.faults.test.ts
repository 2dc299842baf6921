import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db.js';
import { startInstance, type Instance } from '../helpers/instance.js';
import { TcpProxy } from './tcp-proxy.js';
import { client, type Client } from './client.js';
import { FAULTS_SECRET, prepareSite } from './setup.js';

/**
 * Issue 13 §1: a database that drops, restarts or hangs costs requests, never the process. A real
 * server process reaches PostgreSQL through a proxy the test controls; its backends are killed with
 * pg_terminate_backend (as a restart or failover does), its link is cut, its database stops
 * answering. Throughout, the process stays up, /healthz answers, requests get their answer or a
 * 503 in Chinese, and once the database is back it serves again by itself within seconds — with
 * nothing half-written.
 */
const APP = `gongkai-faults-${process.pid}`;
let database: Awaited<ReturnType<typeof freshDatabase>>;
let proxy: TcpProxy;
let instance: Instance;
let http: Client;
let admin: pg.Client;
let siteId: string;

const terminateBackends = async () =>
  (
    await admin.query<{ n: string }>(
      'select count(pg_terminate_backend(pid)) as n from pg_stat_activity where application_name = $1',
      [APP],
    )
  ).rows[0]?.n;

beforeAll(async () => {
  database = await freshDatabase();
  ({ siteId } = await prepareSite(database));

  const direct = new URL(database.url!);
  proxy = new TcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  await proxy.start();
  const viaProxy = new URL(direct);
  viaProxy.port = String(proxy.port);
  viaProxy.searchParams.set('application_name', APP);
  instance = await startInstance({
    DATABASE_URL: viaProxy.toString(),
    GONGKAI_DATA_DIR: database.dataDir,
    GONGKAI_SEED_DEMO: 'false',
    GONGKAI_DB_TIMEOUT_SECONDS: '2',
    GONGKAI_SESSION_SECRET: FAULTS_SECRET,
  });
  http = await client(instance.base, 'office');
  admin = new pg.Client({ connectionString: direct.toString() });
  await admin.connect();
});

afterAll(async () => {
  instance?.child.kill('SIGTERM');
  await admin?.end();
  await proxy?.close();
  await database?.close();
});

/** Polls until the instance is ready again; returns how long it took. */
async function recovery(limitMs = 15_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const ready = await http.get('/readyz').catch(() => null);
    if (ready?.status === 200) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`not ready after ${limitMs} ms:\n${instance.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every answer during a fault: served, or refused with 503 in Chinese — never a 500, never a hang. */
function expectServedOrUnavailable(res: { status: number; body: string }, what: string) {
  expect([200, 201, 503], `${what}: ${res.status} ${res.body.slice(0, 200)}`).toContain(res.status);
  if (res.status === 503) expect(res.body, what).toMatch(/数据库|暂时/);
}

const newDepartment = (name: string) => http.post(`/api/v1/departments?siteId=${siteId}`, { name, kind: 'government' });

describe('a PostgreSQL database that goes away', () => {
  it('survives its idle connections being killed, and serves the next request', async () => {
    expect((await http.get('/')).status).toBe(200);
    expect(Number(await terminateBackends())).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(instance.alive()).toBe(true);
    expect((await http.get('/healthz')).status).toBe(200);
    await recovery();
    expect((await http.get(`/api/v1/departments?siteId=${siteId}`)).status).toBe(200);
  });

  it('survives every backend being terminated again and again under load, writing nothing by halves', async () => {
    const answers: Promise<{ status: number; body: string; what: string }>[] = [];
    const started = Date.now();
    let round = 0;
    while (Date.now() - started < 6000) {
      round++;
      for (let i = 0; i < 4; i++) {
        answers.push(http.get('/').then((r) => ({ ...r, what: 'GET /' })));
        answers.push(newDepartment(`故障测试单位${round}-${i}`).then((r) => ({ ...r, what: 'POST department' })));
      }
      if (round % 3 === 0) await terminateBackends();
      await new Promise((r) => setTimeout(r, 150));
    }
    for (const a of await Promise.all(answers)) expectServedOrUnavailable(a, a.what);
    expect(instance.alive()).toBe(true);
    await recovery();
    // Every department that exists was written with its audit entry, and no audit entry without it.
    const rows = await admin.query<{ departments: string; audited: string; orphans: string }>(
      `select (select count(*) from departments where name like '故障测试单位%') as departments,
              (select count(*) from departments d where d.name like '故障测试单位%' and exists
                 (select 1 from audit_log a where a.entity_id = d.id and a.action = 'department.create')) as audited,
              (select count(*) from audit_log a where a.action = 'department.create' and not exists
                 (select 1 from departments d where d.id = a.entity_id)) as orphans`,
    );
    const { departments, audited, orphans } = rows.rows[0]!;
    expect(Number(departments)).toBeGreaterThan(0);
    expect(Number(audited)).toBe(Number(departments));
    expect(Number(orphans)).toBe(0);
  });

  it('survives a cut link', async () => {
    proxy.cut();
    const after = await http.get(`/api/v1/departments?siteId=${siteId}`);
    expectServedOrUnavailable(after, 'after the cut');
    expect(instance.alive()).toBe(true);
    await recovery();
  });

  it('answers 503 in bounded time while the database hangs, /healthz all along, and recovers when it answers again', async () => {
    proxy.pause();
    try {
      const health = await http.timed('/healthz');
      expect(health.status).toBe(200);
      expect(health.ms).toBeLessThan(1000);

      const ready = await http.timed('/readyz');
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body)).toMatchObject({
        error: { code: 'UNAVAILABLE', message: expect.stringContaining('没有应答') },
      });
      expect(ready.ms).toBeLessThan(5000);

      const [page, api] = await Promise.all([http.timed('/'), http.timed(`/api/v1/departments?siteId=${siteId}`)]);
      for (const res of [page, api]) {
        expect(res.status).toBe(503);
        // Connection (2 s) and statement (2 s + 1) time-outs bound the wait, with room for the page cache's own read.
        expect(res.ms).toBeLessThan(12_000);
      }
      expect(page.body).toContain('数据库暂时无法访问');
      expect(JSON.parse(api.body).error.code).toBe('UNAVAILABLE');
      expect(instance.alive()).toBe(true);
    } finally {
      proxy.resume();
    }
    expect(await recovery()).toBeLessThan(15_000);
    expect((await http.get('/')).status).toBe(200);
  });
});
