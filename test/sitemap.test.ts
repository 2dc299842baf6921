import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitemapXml } from '../src/modules/sites/sites.sitemap.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { createWorld, testApp, type TestApp, type World } from './helpers/app.js';
import { documentContent } from './helpers/documents.js';

/**
 * Issue 18 §6: a sitemap file lists at most 50,000 addresses (sitemaps.org); past that the site's
 * /sitemap.xml is an index of numbered files that together list every page and public document
 * once. Tried here with files of 10 addresses.
 */
let t: TestApp;
let w: World;
const actor = systemActor('测试');
const host = { host: 'site-3205080001.test' };
const base = 'http://site-3205080001.test:3000';

beforeAll(async () => {
  t = await testApp();
  w = await createWorld(t.services);
  const news = (await t.services.columns.list(w.siteId)).find((c) => c.code === 'news')?.id ?? '';
  for (let i = 0; i < 25; i++)
    await t.services.documents.importPublished(actor, w.siteId, {
      departmentId: w.deptA,
      publishedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      indexNo: null,
      content: documentContent({ title: `第${i + 1}号通知`, writtenOn: '2026-01-01', columnIds: [news] }),
    });
});
afterAll(() => t.close());

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

describe('the sitemap', () => {
  it('is one file while the site has few addresses', async () => {
    const res = await t.app.inject({ url: '/sitemap.xml', headers: host });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<urlset');
    expect(locs(res.body).filter((l) => l.includes('/art/'))).toHaveLength(25);
    expect((await t.app.inject({ url: '/sitemap-2.xml', headers: host })).statusCode).toBe(404);
  });

  it('becomes an index of files that list every address once, none over the limit', async () => {
    const deps = { columns: t.services.columns, documents: t.services.documents };
    const index = (await sitemapXml(deps, w.siteId, base, undefined, 10))!;
    expect(index).toContain('<sitemapindex');
    const files = locs(index);
    const pages = (await sitemapXml(deps, w.siteId, base, 1, 1_000_000))!;
    const everything = locs(pages);
    expect(files).toEqual(
      Array.from({ length: Math.ceil(everything.length / 10) }, (_, i) => `${base}/sitemap-${i + 1}.xml`),
    );
    const listed: string[] = [];
    for (let part = 1; part <= files.length; part++) {
      const xml = (await sitemapXml(deps, w.siteId, base, part, 10))!;
      expect(locs(xml).length).toBeLessThanOrEqual(10);
      listed.push(...locs(xml));
    }
    expect(listed).toEqual(everything);
    expect(await sitemapXml(deps, w.siteId, base, files.length + 1, 10)).toBeUndefined();
  });
});
