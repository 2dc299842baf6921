import cookie from '@fastify/cookie';
import Fastify from 'fastify';
import { h } from 'preact';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../../test/helpers/db.js';
import { systemActor } from '../platform/auth/actor.js';
import { contentVersion, contentVersionReader, touchSite } from '../platform/cache/content-version.repository.js';
import { FixedClock } from '../platform/clock/clock.js';
import { createSitesService } from '../modules/sites/sites.service.js';
import { createColumnsService } from '../modules/columns/columns.service.js';
import { PageCache } from '../platform/cache/page-cache.js';
import { createPageServer, pageCachingServer, type PageServer } from './serve.js';

let database: Awaited<ReturnType<typeof freshDatabase>>;
let versions: ReturnType<typeof contentVersionReader> | undefined;
const readVersion = (siteId: string) => (versions ??= contentVersionReader(database)).read(siteId);
let siteId = '';
beforeAll(async () => {
  database = await freshDatabase();
  const deps = { db: database.db, clock: new FixedClock(new Date('2026-03-02T00:00:00Z')) };
  const sites = createSitesService({ ...deps, columns: createColumnsService(deps) });
  siteId = (
    await sites.create(systemActor(), {
      name: '缓存测试',
      siteCode: '3205089999',
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
  await versions?.close();
  await database.close();
});

async function listening(pages: PageServer, counts: { served: number; renders: number }) {
  const app = Fastify({ serverFactory: pageCachingServer(pages) });
  await app.register(cookie);
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('x-frame-options', 'SAMEORIGIN');
  });
  app.get('/page', async (request, reply) => {
    counts.served++;
    reply.setCookie('gk_visit', String(counts.served));
    return pages.serve(request, reply, siteId, () => {
      counts.renders++;
      return Promise.resolve(h('p', null, `第 ${counts.renders} 次渲染`));
    });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return { app, url: `http://127.0.0.1:${address.port}/page` };
}

describe('the page server', () => {
  it('renders a page once, answers repeats before Fastify, and renders again after a change', async () => {
    const counts = { served: 0, renders: 0 };
    const { app, url } = await listening(createPageServer(database.db, readVersion), counts);
    try {
      const first = await fetch(url);
      const firstBody = await first.text();
      expect(first.headers.get('set-cookie')).toContain('gk_visit=1');
      const second = await fetch(url);
      expect(await second.text()).toBe(firstBody);
      // The repeat never reached Fastify's routing, hooks or handler …
      expect(counts).toEqual({ served: 1, renders: 1 });
      // … yet carries the same headers, except the first visitor's cookie.
      expect(second.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(second.headers.get('set-cookie')).toBeNull();
      const etag = second.headers.get('etag') ?? '';
      expect(etag).toBe(first.headers.get('etag'));

      const revalidated = await fetch(url, { headers: { 'if-none-match': etag } });
      expect(revalidated.status).toBe(304);
      expect(counts.served).toBe(1);

      // Another display variant is another page; a forwarded host is not, as proxies are not trusted here.
      await fetch(url, { headers: { cookie: 'gk_elder=1' } });
      await fetch(url, { headers: { 'x-forwarded-host': 'other.example' } });
      expect(counts.renders).toBe(2);

      await touchSite(database.db, siteId);
      // On PostgreSQL the change reaches this instance by NOTIFY, a moment after it commits.
      const changed = await contentVersion(database.db, siteId);
      await vi.waitFor(async () => expect(await readVersion(siteId)).toBe(changed));
      const third = await fetch(url);
      expect(await third.text()).toContain('第 3 次渲染');
      expect(counts.served).toBe(3);
    } finally {
      await app.close();
    }
  });

  it('without a cache renders every time', async () => {
    const counts = { served: 0, renders: 0 };
    const { app, url } = await listening(createPageServer(database.db, readVersion, null), counts);
    try {
      await fetch(url);
      await fetch(url);
      expect(counts).toEqual({ served: 2, renders: 2 });
    } finally {
      await app.close();
    }
  });
});

describe('the page cache (issue 13)', () => {
  it('keys X-Forwarded-Host only when proxies are trusted, so clients cannot make entries at will', () => {
    const request = { headers: { host: 'a.test', 'x-forwarded-host': 'made-up.test' }, url: '/p' } as never;
    expect(new PageCache().key(request, '')).toBe(
      new PageCache().key({ headers: { host: 'a.test' }, url: '/p' } as never, ''),
    );
    expect(new PageCache({ trustProxy: 1 }).key(request, '')).toContain('made-up.test');
  });

  it('holds no more than its bytes, however many pages are asked for', () => {
    const cache = new PageCache({ maxBytes: 1024 * 1024 });
    const html = 'x'.repeat(10_000);
    for (let i = 0; i < 200; i++) cache.store(`k${i}`, { siteId, version: 1, html }, {});
    let kept = 0;
    for (let i = 0; i < 200; i++) if (cache.get(`k${i}`)) kept++;
    expect(kept * (html.length * 2 + 1024)).toBeLessThanOrEqual(1024 * 1024);
    expect(cache.get('k199')).toBeDefined();
    // A page over a twentieth of the cache is answered, not kept.
    cache.store('huge', { siteId, version: 1, html: 'y'.repeat(60_000) }, {});
    expect(cache.get('huge')).toBeUndefined();
  });
});
