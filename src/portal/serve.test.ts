import cookie from '@fastify/cookie';
import Fastify from 'fastify';
import { h } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/helpers/db.js';
import { systemActor } from '../platform/auth/actor.js';
import { touchSite } from '../platform/cache/content-version.repository.js';
import { FixedClock } from '../platform/clock/clock.js';
import { createSitesService } from '../modules/sites/sites.service.js';
import { createPageServer } from './serve.js';

let database: Awaited<ReturnType<typeof freshDatabase>>;
let siteId = '';
beforeAll(async () => {
  database = await freshDatabase();
  const sites = createSitesService({ db: database.db, clock: new FixedClock(new Date('2026-03-02T00:00:00Z')) });
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
afterAll(() => database.close());

describe('the page server', () => {
  it('renders a page once, answers repeats from the cache, and renders again after a change', async () => {
    const pages = createPageServer(database.db);
    let renders = 0;
    let served = 0;
    const app = Fastify();
    await app.register(cookie);
    app.get('/page', async (request, reply) => {
      if (await pages.tryCached(request, reply)) return reply;
      served++;
      return pages.serve(request, reply, siteId, () => {
        renders++;
        return Promise.resolve(h('p', null, `第 ${renders} 次渲染`));
      });
    });
    const first = await app.inject({ url: '/page' });
    const second = await app.inject({ url: '/page' });
    expect(second.body).toBe(first.body);
    // The repeat never reaches the rendering path at all.
    expect(served).toBe(1);
    expect(renders).toBe(1);
    await touchSite(database.db, siteId);
    const third = await app.inject({ url: '/page' });
    expect(renders).toBe(2);
    expect(third.body).toContain('第 2 次渲染');
    await app.close();
  });
});
