import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * What an instance measures for the operations team, in Prometheus's text format at /metrics
 * (docs/operations.md): requests by route and status with their latency, the page cache's hits,
 * the job queue, and the cases past their statutory limit. Each instance has its own registry.
 */
export interface Metrics {
  registry: Registry;
  /** A portal page answered from the cache before routing (true) or rendered (false). */
  pageCache(hit: boolean): void;
}

/** Figures read from the database when scraped; kept for a minute so scrapes stay cheap. */
export interface MetricSources {
  /** Jobs waiting (or retrying) and jobs that gave up. */
  jobs(): Promise<{ queued: number; failed: number }>;
  /** Open cases past their statutory limit, by module and site. */
  overdue(): Promise<{ module: string; site: string; count: number }[]>;
}

const SOURCE_TTL_MS = 60_000;

export function createMetrics(sources: MetricSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'gongkai_' });
  const cache = new Counter({
    name: 'gongkai_page_cache_requests_total',
    help: 'Portal pages answered from the page cache (hit) or rendered (miss)',
    labelNames: ['result'],
    registers: [registry],
  });

  let read:
    | {
        at: number;
        value: Promise<[Awaited<ReturnType<MetricSources['jobs']>>, Awaited<ReturnType<MetricSources['overdue']>>]>;
      }
    | undefined;
  const current = () => {
    if (!read || Date.now() - read.at > SOURCE_TTL_MS) {
      const value = Promise.all([sources.jobs(), sources.overdue()]);
      read = { at: Date.now(), value };
      // A failed read is not kept: the next scrape tries again.
      value.catch(() => (read = undefined));
    }
    return read.value;
  };
  new Gauge({
    name: 'gongkai_jobs',
    help: 'Background jobs: queued (waiting or retrying) and failed (gave up after five attempts)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const [jobs] = await current();
      this.set({ state: 'queued' }, jobs.queued);
      this.set({ state: 'failed' }, jobs.failed);
    },
  });
  new Gauge({
    name: 'gongkai_overdue_cases',
    help: 'Open cases past their statutory limit (依申请公开, 留言), by module and site (网站标识码)',
    labelNames: ['module', 'site'],
    registers: [registry],
    async collect() {
      const [, overdue] = await current();
      this.reset();
      for (const o of overdue) this.set({ module: o.module, site: o.site }, o.count);
    },
  });
  return { registry, pageCache: (hit) => cache.inc({ result: hit ? 'hit' : 'miss' }) };
}

/**
 * Counts every routed request by its route's pattern (never the raw address, which would hold
 * ids and make a series per document), method and status, with its duration; and answers
 * /metrics to the machine itself or to whoever presents the metrics token — to nobody else.
 */
export function registerMetrics(app: FastifyInstance, metrics: Metrics, token: string | undefined): void {
  const requests = new Counter({
    name: 'gongkai_http_requests_total',
    help: 'HTTP requests answered, by route pattern, method and status',
    labelNames: ['route', 'method', 'status'],
    registers: [metrics.registry],
  });
  const duration = new Histogram({
    name: 'gongkai_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern and method',
    labelNames: ['route', 'method'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metrics.registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ route, method: request.method, status: String(reply.statusCode) });
    duration.observe({ route, method: request.method }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!mayScrape(request, token))
      return reply.code(404).send({ error: { code: 'NOT_FOUND', message: '页面不存在' } });
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (token && given) {
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }
  // Without a token, only a scraper on the machine itself (as the trusted proxies report it).
  return ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(request.ip);
}
