import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { FixedClock } from '../src/platform/clock/clock.js';
import { createWorld, testConfig } from './helpers/app.js';
import { freshDatabase } from './helpers/db.js';
import { requestBody } from './helpers/requests.js';

/**
 * Issue 18 §5: /metrics in Prometheus's format for the operations team only, and a request id on
 * every answer and every log line of a request.
 */
const TOKEN = 'metrics-token-for-the-scraper-0123';
const lines: string[] = [];
let app: Awaited<ReturnType<typeof buildApp>>['app'];
let base = '';
let close: () => Promise<void>;

beforeAll(async () => {
  const database = await freshDatabase();
  const config = { ...testConfig(database.dataDir, { GONGKAI_METRICS_TOKEN: TOKEN }), logLevel: 'info' as const };
  const clock = new FixedClock(new Date('2026-03-02T02:00:00.000Z'));
  const built = await buildApp(config, { database, clock, logStream: { write: (line) => void lines.push(line) } });
  app = built.app;
  const w = await createWorld(built.services);
  // A request received on 2 March and never answered: past its 20 working days by May.
  await built.services.requests.register(
    systemActor('测试'),
    w.siteId,
    requestBody({ departmentId: w.deptA, receivedOn: '2026-03-02' }),
  );
  clock.set(new Date('2026-05-06T02:00:00.000Z'));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  close = async () => {
    await app.close();
    await database.close();
  };
});
afterAll(() => close());

describe('/metrics', () => {
  it('counts requests by route pattern and status, page-cache hits, jobs and overdue cases', async () => {
    for (let i = 0; i < 2; i++) await fetch(`${base}/`, { headers: { host: 'site-3205080001.test' } });
    await fetch(`${base}/documents/not-an-id`, { headers: { host: 'site-3205080001.test' } });
    await fetch(`${base}/no-such-page/12345`, { headers: { host: 'site-3205080001.test' } });
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    // The route's pattern, never the address asked for.
    expect(text).toMatch(/gongkai_http_requests_total\{route="\/documents\/:id",method="GET",status="400"\} 1/);
    expect(text).toMatch(/gongkai_http_requests_total\{route="unmatched",method="GET",status="404"\} 1/);
    expect(text).not.toMatch(/not-an-id|no-such-page/);
    expect(text).toMatch(/gongkai_http_request_duration_seconds_bucket\{le="0\.005",route="\/",method="GET"\}/);
    expect(text).toMatch(/gongkai_page_cache_requests_total\{result="hit"\} 1/);
    expect(text).toMatch(/gongkai_page_cache_requests_total\{result="miss"\} 1/);
    expect(text).toMatch(/gongkai_jobs\{state="failed"\} 0/);
    expect(text).toMatch(/gongkai_overdue_cases\{module="requests",site="3205080001"\} 1/);
    expect(text).toMatch(/gongkai_overdue_cases\{module="messages",site="3205080001"\} 0/);
    expect(text).toContain('gongkai_process_resident_memory_bytes');
  });

  it('answers only the machine itself, or a scraper with the token', async () => {
    const from = (remoteAddress: string, authorization?: string) =>
      app.inject({ url: '/metrics', remoteAddress, headers: authorization ? { authorization } : {} });
    expect((await from('203.0.113.9')).statusCode).toBe(404);
    expect((await from('203.0.113.9', 'Bearer wrong-token-wrong-token-0000')).statusCode).toBe(404);
    expect((await from('203.0.113.9', `Bearer ${TOKEN}`)).statusCode).toBe(200);
  });
});

describe('request ids', () => {
  it('are on every answer, cached or not, and on every log line of the request', async () => {
    const home = await fetch(`${base}/`, { headers: { host: 'site-3205080001.test' } });
    expect(home.headers.get('x-request-id')).toMatch(/^[\w-]{36}$/);
    // The id the proxy in front gave is kept; one that is no id is replaced.
    const given = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'nginx-4f1c2a' } });
    expect(given.headers.get('x-request-id')).toBe('nginx-4f1c2a');
    const logged = lines.map((l) => JSON.parse(l) as { requestId?: string; msg?: string });
    expect(logged.filter((l) => l.requestId === 'nginx-4f1c2a').map((l) => l.msg)).toEqual([
      'incoming request',
      'request completed',
    ]);
    const odd = await fetch(`${base}/healthz`, { headers: { 'x-request-id': '<script>' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[\w-]{36}$/);
  });
});
