import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/platform/auth/actor.js';
import type { DocumentContent } from '../src/modules/documents/documents.model.js';
import { OFF_SITE } from './fixtures/hostile/redirects.js';
import { createWorld, testAppWithAdmin, type TestApp, type World } from './helpers/app.js';

/** The public portal (issue 3, website.md §1): what visitors see, and what they never see. */
let t: TestApp;
let w: World;
let host: { host: string };
let newsColumn: string;
let budgetColumn: string;
type Kind = 'published' | 'news' | 'withheld' | 'onRequest' | 'withdrawn' | 'draft' | 'repealed';
const ids = {} as Record<Kind, string>;

const actor = systemActor('测试');

function content(over: Partial<DocumentContent> = {}): DocumentContent {
  return {
    title: '测试区2026年财政预算公开',
    docNo: '测财发〔2026〕3号',
    writtenOn: '2026-02-06',
    subject: '财政',
    keywords: ['预算', '公开'],
    disclosure: 'proactive',
    validity: 'effective',
    replacedById: null,
    interpretsId: null,
    documentKind: null,
    summary: '公开2026年区级财政预算。',
    bodyHtml: '<p>根据《预算法》，现公开2026年区级财政预算。</p>',
    source: '测试区财政局',
    columnIds: [budgetColumn],
    ...over,
  };
}

/** Drafts, submits, approves and publishes through the services, as the workflow does. */
async function publish(over: Partial<DocumentContent> = {}): Promise<string> {
  const doc = await t.services.documents.create(actor, w.siteId, w.deptA, content(over));
  await t.services.documents.submit(actor, doc.id);
  await t.services.documents.review(actor, doc.id, { approve: true, confidentialityReviewed: true, note: '' });
  await t.services.documents.publish(actor, doc.id);
  return doc.id;
}

/** A portal page, through the permanent redirects of the first addresses (/documents/<id>, /columns/<id>). */
async function follow(url: string) {
  let res = await t.app.inject({ url, headers: host });
  for (let hops = 0; hops < 3 && res.statusCode === 301; hops++)
    res = await t.app.inject({ url: res.headers.location as string, headers: host });
  return res;
}

/** Where the first address of a document (or a column) sends the visitor for good. */
async function hrefOf(id: string, kind: 'documents' | 'columns' = 'documents'): Promise<string> {
  const res = await t.app.inject({ url: `/${kind}/${id}`, headers: host });
  expect(res.statusCode, res.body).toBe(301);
  return res.headers.location as string;
}

beforeAll(async () => {
  ({ t, w } = await testAppWithAdmin());
  host = { host: 'site-3205080001.test' };
  const columns = await t.services.columns.list(w.siteId);
  newsColumn = columns.find((c) => c.code === 'news')?.id ?? '';
  budgetColumn = columns.find((c) => c.name === '财政预算、决算')?.id ?? '';
  t.clock.set(new Date('2026-03-02T01:30:00.000Z'));
  ids.published = await publish();
  ids.news = await publish({
    title: '区政府召开政务公开工作会议',
    columnIds: [newsColumn],
    subject: '政务动态',
    docNo: '',
  });
  ids.withheld = await publish({ title: '不予公开的内部文件', disclosure: 'withheld' });
  ids.onRequest = await publish({ title: '依申请公开的文件', disclosure: 'on_request' });
  ids.withdrawn = await publish({ title: '已撤回的文件' });
  await t.services.documents.withdraw(actor, ids.withdrawn, '内容有误');
  ids.draft = (await t.services.documents.create(actor, w.siteId, w.deptA, content({ title: '未发布的草稿' }))).id;
  ids.repealed = await publish({ title: '已废止的旧办法', validity: 'repealed', replacedById: ids.published });
});
afterAll(() => t.close());

describe('readable addresses (issue 17 §3)', () => {
  it('puts a document at the day it was published and a column at its codes; old addresses redirect for good', async () => {
    // Published 2 March 2026 at 09:30 China time.
    const href = await hrefOf(ids.published);
    expect(href).toBe(`/art/2026/03/02/${ids.published}.html`);
    expect((await t.app.inject({ url: href, headers: host })).statusCode).toBe(200);
    const print = await t.app.inject({ url: `/documents/${ids.published}?print=1`, headers: host });
    expect(print.headers.location).toBe(`${href}?print=1`);
    // A wrong day in the address is corrected; an unknown id is not found.
    const wrongDay = await t.app.inject({ url: `/art/2025/01/01/${ids.published}.html`, headers: host });
    expect([wrongDay.statusCode, wrongDay.headers.location]).toEqual([301, href]);
    const unknown = `/art/2026/03/02/00000000-0000-4000-8000-000000000000.html`;
    expect((await t.app.inject({ url: unknown, headers: host })).statusCode).toBe(404);

    expect(await hrefOf(budgetColumn, 'columns')).toBe('/openness/statutory/art20-7/');
    const page2 = await t.app.inject({ url: `/columns/${newsColumn}?page=2`, headers: host });
    expect([page2.statusCode, page2.headers.location]).toEqual([301, '/news/?page=2']);
    expect((await t.app.inject({ url: '/news/', headers: host })).body).toContain('区政府召开政务公开工作会议');
    // A path of codes that is no column is the ordinary not-found page, as is an API path.
    expect((await t.app.inject({ url: '/openness/no-such/', headers: host })).statusCode).toBe(404);
    const api = await t.app.inject({ url: '/api/v1/no/such/thing', headers: host });
    expect([api.statusCode, api.json().error.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('describes every page for search engines: a document by its summary, other pages by page and site', async () => {
    const doc = (await follow(`/documents/${ids.published}`)).body;
    expect(doc).toContain('<meta name="description" content="公开2026年区级财政预算。"/>');
    const home = (await t.app.inject({ url: '/', headers: host })).body;
    expect(home).toMatch(/<meta name="description" content="测试区人民政府。主办单位：[^"]+"\/>/);
  });

  it('has a 网站地图 with every column at its address, linked from every page’s footer', async () => {
    const map = (await t.app.inject({ url: '/sitemap', headers: host })).body;
    expect(map).toContain('<h1>网站地图</h1>');
    expect(map).toContain('href="/openness/statutory/art20-7/">财政预算、决算</a>');
    expect(map).toContain('href="/catalogue"');
    const home = (await t.app.inject({ url: '/', headers: host })).body;
    expect(home).toContain('<a href="/sitemap">网站地图</a>');
  });

  it('gives the new addresses in the sitemap, the feeds and search results', async () => {
    const sitemap = (await t.app.inject({ url: '/sitemap.xml', headers: host })).body;
    expect(sitemap).toContain(`/art/2026/03/02/${ids.published}.html`);
    expect(sitemap).toContain('/openness/statutory/art20-7/');
    expect(sitemap).not.toContain('/documents/');
    const feed = (await t.app.inject({ url: `/columns/${newsColumn}/feed.xml`, headers: host })).body;
    expect(feed).toContain(`/art/2026/03/02/${ids.news}.html`);
    const search = await t.services.search.search(w.siteId, { q: '财政预算' }, { log: false });
    expect(JSON.stringify(search)).toContain(`/art/2026/03/02/${ids.published}.html`);
  });
});

describe('the document page', () => {
  it('shows every catalogue field, the source, views, QR code and meta tags', async () => {
    const res = await follow(`/documents/${ids.published}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    const doc = await t.services.documents.get(actor, ids.published);
    for (const [label, value] of [
      ['索引号', doc.indexNo ?? 'missing'],
      ['发布机构', '甲局'],
      ['成文日期', '2026-02-06'],
      ['文号', '测财发〔2026〕3号'],
      ['主题分类', '财政'],
      ['有效性', '有效'],
      ['发布日期', '2026-03-02'],
    ]) {
      expect(html).toContain(`<th scope="row">${label}</th><td>${value}</td>`);
    }
    expect(html).toContain('发布时间：2026-03-02 09:30');
    expect(html).toContain('来源：测试区财政局');
    expect(html).toMatch(/访问量：\d+/);
    expect(html).toContain('<svg');
    expect(html).toContain('扫一扫在手机打开当前页');
    for (const meta of [
      'SiteName',
      'SiteIDCode',
      'ColumnName',
      'ArticleTitle',
      'PubDate',
      'ContentSource',
      'Keywords',
      'Description',
    ]) {
      expect(html).toContain(`<meta name="${meta}"`);
    }
    expect(html).toContain('<meta name="PubDate" content="2026-03-02 09:30"/>');
  });

  it('counts views, written in batches', async () => {
    await t.services.documents.flushViews();
    const views = (await t.services.documents.get(actor, ids.published)).views;
    await follow(`/documents/${ids.published}`);
    await follow(`/documents/${ids.published}`);
    await t.services.documents.flushViews();
    expect((await t.services.documents.get(actor, ids.published)).views).toBe(views + 2);
  });

  it('marks a repealed document and links what replaces it', async () => {
    const html = (await follow(`/documents/${ids.repealed}`)).body;
    expect(html).toContain('本文件已废止');
    expect(html).toContain(`href="${await hrefOf(ids.published)}"`);
  });

  it('has a print view without navigation', async () => {
    const html = (await follow(`/documents/${ids.published}?print=1`)).body;
    expect(html).toContain('class="print"');
    expect(html).not.toContain('主导航');
  });
});

describe('政策解读', () => {
  it('links a policy and its public interpretations both ways, and never shows a hidden one', async () => {
    const columns = await t.services.columns.list(w.siteId);
    const interpretationsColumn = columns.find((c) => c.code === 'interpretations')?.id ?? '';
    const common = { columnIds: [interpretationsColumn], docNo: '', subject: '政策解读', interpretsId: ids.published };
    const shown = await publish({ ...common, title: '图解：2026年区级预算怎么花' });
    const hidden = await publish({ ...common, title: '内部解读口径', disclosure: 'withheld' });
    const ofWithdrawn = await publish({ ...common, title: '已撤回文件的解读', interpretsId: ids.withdrawn });

    const policy = (await follow(`/documents/${ids.published}`)).body;
    expect(policy).toContain('<h2 id="interpretations-heading">政策解读</h2>');
    expect(policy).toContain(`href="${await hrefOf(shown)}"`);
    expect(policy).not.toContain(hidden);
    expect(policy).not.toContain('内部解读口径');

    const interpretation = (await follow(`/documents/${shown}`)).body;
    expect(interpretation).toContain(`解读文件：<a href="${await hrefOf(ids.published)}">测试区2026年财政预算公开</a>`);
    // A withdrawn policy is not named, even from its interpretation.
    const orphan = (await follow(`/documents/${ofWithdrawn}`)).body;
    expect(orphan).not.toContain('解读文件');
    expect(orphan).not.toContain(ids.withdrawn);

    const home = (await t.app.inject({ url: '/', headers: host })).body;
    expect(home).toContain('图解：2026年区级预算怎么花');
  });

  it('refuses an interpretation of a document that does not exist, belongs to another site or is itself', async () => {
    const other = await createWorld(t.services, '3205089998');
    const otherColumn = (await t.services.columns.list(other.siteId)).find((c) => c.code === 'news')?.id ?? '';
    const foreign = await t.services.documents.create(
      actor,
      other.siteId,
      other.deptA,
      content({ columnIds: [otherColumn] }),
    );
    for (const interpretsId of ['01a21fa6-0000-7000-8000-000000000000', foreign.id]) {
      await expect(
        t.services.documents.create(actor, w.siteId, w.deptA, content({ interpretsId })),
      ).rejects.toMatchObject({ code: 'DOCUMENT_INTERPRETS_INVALID' });
    }
    const self = await t.services.documents.create(actor, w.siteId, w.deptA, content({ title: '自我解读' }));
    await expect(
      t.services.documents.edit(actor, self.id, content({ title: '自我解读', interpretsId: self.id })),
    ).rejects.toMatchObject({ code: 'DOCUMENT_INTERPRETS_INVALID' });
  });
});

describe('what the public never sees', () => {
  for (const kind of ['withheld', 'onRequest', 'withdrawn', 'draft'] as const) {
    it(`answers 404 for a ${kind} document`, async () => {
      const res = await follow(`/documents/${ids[kind]}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('测试区2026年');
    });
  }

  it('keeps them out of column pages, the catalogue, feeds and the sitemap', async () => {
    const pages = [
      await hrefOf(budgetColumn, 'columns'),
      '/catalogue',
      `/columns/${budgetColumn}/feed.xml`,
      '/sitemap.xml',
      '/',
    ];
    for (const url of pages) {
      const body = (await t.app.inject({ url, headers: host })).body;
      for (const hidden of ['withheld', 'onRequest', 'withdrawn', 'draft'] as const) {
        expect(body, `${url} shows ${hidden}`).not.toContain(ids[hidden]);
      }
    }
    expect((await t.app.inject({ url: '/sitemap.xml', headers: host })).body).toContain(await hrefOf(ids.published));
    expect((await t.app.inject({ url: `/columns/${budgetColumn}/feed.xml`, headers: host })).body).toContain(
      '测试区2026年财政预算公开',
    );
  });
});

describe('lists', () => {
  it('show the home page blocks and the 政府信息公开 entry', async () => {
    const html = (await t.app.inject({ url: '/', headers: host })).body;
    expect(html).toContain('区政府召开政务公开工作会议');
    expect(html).toContain('政府信息公开指南');
    expect(html).toContain('href="/catalogue"');
  });

  it('list a catalogue node’s documents and its sub-columns', async () => {
    const columns = await t.services.columns.list(w.siteId);
    const statutory = columns.find((c) => c.code === 'statutory')?.id;
    const html = (await follow(`/columns/${statutory}`)).body;
    expect(html).toContain('财政预算、决算');
    expect(html).toContain('测试区2026年财政预算公开');
  });

  it('browse the catalogue by department, subject, year and validity', async () => {
    const bySubject = (await t.app.inject({ url: '/catalogue?subject=政务动态', headers: host })).body;
    expect(bySubject).toContain('区政府召开政务公开工作会议');
    expect(bySubject).not.toContain('测试区2026年财政预算公开');
    const byValidity = (await t.app.inject({ url: '/catalogue?validity=repealed', headers: host })).body;
    expect(byValidity).toContain('已废止的旧办法');
    expect(byValidity).not.toContain('区政府召开政务公开工作会议');
    const byYear = (await t.app.inject({ url: '/catalogue?year=2025', headers: host })).body;
    expect(byYear).toContain('共 0 条');
    const byDept = (await t.app.inject({ url: `/catalogue?department=${w.deptB}`, headers: host })).body;
    expect(byDept).toContain('共 0 条');
  });

  it('page through a column', async () => {
    for (let i = 0; i < 21; i++) await publish({ title: `动态第${i}条`, columnIds: [newsColumn], docNo: '' });
    const first = (await t.app.inject({ url: '/news/', headers: host })).body;
    expect(first).toContain('第 1 页 / 共 2 页');
    expect(first).toContain('href="/news/?page=2"');
    const second = (await t.app.inject({ url: '/news/?page=2', headers: host })).body;
    expect(second).toContain('第 2 页 / 共 2 页');
  });
});

describe('the page cache', () => {
  it('answers a repeat visit with 304 and serves the same bytes until something changes', async () => {
    const first = await t.app.inject({ url: '/news/', headers: host });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"/);
    expect(first.headers['last-modified']).toBeDefined();
    const again = await t.app.inject({ url: '/news/', headers: { ...host, 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('is retired on every instance as soon as a document is published or withdrawn', async () => {
    const { buildApp } = await import('../src/app.js');
    const { app: other } = await buildApp(t.config, { database: t.database, clock: t.clock });
    try {
      const before = await other.inject({ url: '/news/', headers: host });
      expect(before.body).not.toContain('新发布的会议消息');
      // Published through the first instance's services; the second instance's cache must notice.
      const id = await publish({ title: '新发布的会议消息', columnIds: [newsColumn], docNo: '' });
      const after = await other.inject({
        url: '/news/',
        headers: { ...host, 'if-none-match': before.headers.etag as string },
      });
      expect(after.statusCode).toBe(200);
      expect(after.body).toContain('新发布的会议消息');
      await t.services.documents.withdraw(actor, id, '测试撤回');
      expect((await other.inject({ url: '/news/', headers: host })).body).not.toContain('新发布的会议消息');
      expect((await other.inject({ url: `/documents/${id}`, headers: host })).statusCode).toBe(404);
    } finally {
      await other.close();
    }
  });

  it('serves the stylesheet under a content hash, cacheable for a year', async () => {
    const html = (await t.app.inject({ url: '/', headers: host })).body;
    const href = /<link rel="stylesheet" href="(\/assets\/portal\.[0-9a-f]{12}\.css)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    const css = await t.app.inject({ url: href ?? '' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.body).toContain('html.elder');
  });

  it('keeps elder-mode and normal pages apart', async () => {
    const normal = await t.app.inject({ url: '/catalogue', headers: host });
    const elder = await t.app.inject({ url: '/catalogue', headers: { ...host, cookie: 'gk_elder=1' } });
    expect(normal.body).not.toContain('class="elder"');
    expect(elder.body).toContain('class="elder"');
  });
});

describe('host names (issue 13 §9)', () => {
  it('serves a site only under its own host names', async () => {
    for (const name of ['evil.example', 'evil.example:3000', 'site-3205080001.test.evil.example']) {
      const res = await t.app.inject({ url: '/', headers: { host: name } });
      expect(res.statusCode, name).toBe(404);
      expect(res.body).toContain('该域名未绑定任何站点');
    }
    expect((await t.app.inject({ url: '/', headers: { host: 'SITE-3205080001.test:8080' } })).statusCode).toBe(200);
    // This platform holds two sites by now, so loopback names choose none either (a platform with
    // one site serves it on localhost, as the demo and most tests do).
    expect((await t.app.inject({ url: '/', headers: { host: 'localhost' } })).statusCode).toBe(404);
  });

  it('makes absolute links in the sitemap and feeds from the configured public address, never the Host header', async () => {
    for (const headers of [host, { ...host, 'x-forwarded-host': 'evil.example' }]) {
      for (const url of ['/sitemap.xml', `/columns/${budgetColumn}/feed.xml`]) {
        const res = await t.app.inject({ url, headers });
        expect(res.statusCode).toBe(200);
        expect(res.body).not.toContain('evil.example');
        // The public URL (http://127.0.0.1:3000 in tests) is not one of the site's hosts: its first host is used.
        expect(res.body).toContain(`http://${host.host}:3000/`);
      }
    }
  });
});

describe('elder mode and text size', () => {
  it('are switched by plain links and kept in a cookie', async () => {
    const res = await t.app.inject({
      url: `/preferences?elder=1&back=${encodeURIComponent('/catalogue')}`,
      headers: host,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/catalogue');
    const cookie = res.cookies.find((c) => c.name === 'gk_elder');
    expect(cookie?.value).toBe('1');
    const page = await t.app.inject({ url: '/', headers: { ...host, cookie: 'gk_elder=1' } });
    expect(page.body).toContain('<html lang="zh-CN" class="elder">');
    expect(page.body).toContain('退出适老版');
  });

  it('never redirect off the site, however the address is written (issue 13 §3)', async () => {
    for (const back of OFF_SITE) {
      const res = await t.app.inject({ url: `/preferences?largeText=1&back=${back}`, headers: host });
      expect([303, 400], back).toContain(res.statusCode);
      if (res.statusCode === 400) {
        expect(res.body, back).toContain('控制字符');
        continue;
      }
      const location = res.headers.location as string;
      // Read as the browser reads it: it must stay on this site.
      expect(new URL(location, `http://${host.host}/`).host, `${back} → ${location}`).toBe(host.host);
    }
  });

  it('keep a same-site path with any characters, percent-encoded, never a server error', async () => {
    for (const [back, expected] of [
      ['/search%3Fq%3D%E5%85%AC%E5%BC%80', '/search?q=%E5%85%AC%E5%BC%80'],
      ['/columns/%E6%94%BF%E5%8A%A1', '/columns/%E6%94%BF%E5%8A%A1'],
      ['/%F0%9F%98%80', '/%F0%9F%98%80'],
    ] as const) {
      const res = await t.app.inject({ url: `/preferences?elder=1&back=${back}`, headers: host });
      expect(res.statusCode, back).toBe(303);
      expect(res.headers.location).toBe(expected);
    }
    const bad = await t.app.inject({ url: '/preferences?elder=1&back=/%00x', headers: host });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('控制字符');
  });
});

describe('政府信息公开指南', () => {
  it('is published for each department with its contact details and the statutory time limits', async () => {
    await t.services.departments.update(actor, w.deptA, {
      parentId: null,
      name: '甲局',
      shortName: '',
      code: null,
      kind: 'government',
      phone: '0512-65000001',
      fax: '0512-65000002',
      email: 'gk@jia.example.gov.cn',
      address: '示例路 8 号',
      officeHours: '工作日 9:00—17:00',
      sortOrder: 0,
    });
    const html = (await t.app.inject({ url: `/guides/${w.deptA}`, headers: host })).body;
    for (const text of [
      '甲局政府信息公开指南',
      '0512-65000001',
      '0512-65000002',
      'gk@jia.example.gov.cn',
      '示例路 8 号',
      '20 个工作日',
      '60 日',
      '6 个月',
    ]) {
      expect(html).toContain(text);
    }
  });
});
