import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/platform/auth/actor.js';
import { contrastWithWhite } from '../src/portal/identity.js';
import { documentContent } from './helpers/documents.js';
import { createUser, signIn, testAppWithAdmin, type Session, type TestApp, type World } from './helpers/app.js';
import { multipart } from './helpers/multipart.js';

/**
 * Each site its own (issue 17 §1): 承办单位, theme colour, 党政机关网站标识, related sites, home blocks,
 * logo and banner, 专题 pages; and the 无障碍 toolbar (§2, website.md §7) kept in cookies.
 */
let t: TestApp;
let w: World;
let admin: Session;
let editor: Session;
const host = { host: 'site-3205080001.test' };
const actor = systemActor('测试');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
let topicId: string;
let sectionId: string;
let newsId: string;

const identity = (over: object = {}) => ({
  organiser: '测试区大数据管理局',
  themeColour: '#0b4ea2',
  conacId: 'A1B2C3D4E5',
  relatedSites: [
    { name: '中国政府网', url: 'https://www.gov.cn/' },
    { name: '江苏省人民政府', url: 'https://www.jiangsu.gov.cn/' },
  ],
  homeBlocks: [],
  bannerAlt: '',
  ...over,
});

async function put(session: Session, body: object) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/v1/sites/${w.siteId}/identity`,
    headers: session.headers,
    payload: body,
  });
}
async function page(url: string, cookie = '') {
  const res = await t.app.inject({ url, headers: { ...host, ...(cookie ? { cookie } : {}) } });
  expect(res.statusCode, url).toBe(200);
  return res.body;
}

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin());
  await createUser(t.services, 'editor', [{ siteId: w.siteId, role: 'editor', departmentId: w.deptA }]);
  editor = await signIn(t.app, 'editor');
  const topic = await t.services.columns.create(actor, w.siteId, {
    parentId: null,
    name: '优化营商环境',
    kind: 'topic',
    linkUrl: '',
    updateIntervalDays: null,
    sortOrder: 0,
    description: '全区优化营商环境的政策、举措和进展。',
  });
  topicId = topic.id;
  sectionId = (
    await t.services.columns.create(actor, w.siteId, {
      parentId: topicId,
      name: '政策措施',
      kind: 'policy',
      linkUrl: '',
      updateIntervalDays: null,
      sortOrder: 0,
    })
  ).id;
  const doc = await t.services.documents.create(
    actor,
    w.siteId,
    w.deptA,
    documentContent({ title: '关于进一步优化营商环境的若干措施', columnIds: [sectionId] }),
  );
  await t.services.documents.submit(actor, doc.id);
  await t.services.documents.review(actor, doc.id, { approve: true, confidentialityReviewed: true, note: '' });
  await t.services.documents.publish(actor, doc.id);
  newsId = (await t.services.columns.list(w.siteId)).find((c) => c.code === 'news')!.id;
});
afterAll(() => t.close());

describe('门户外观与标识', () => {
  it('starts with the defaults: the platform red, no marks, the standard home blocks', async () => {
    const res = await t.app.inject({ url: `/api/v1/sites/${w.siteId}/identity`, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ themeColour: '#b0191e', organiser: '', relatedSites: [], logo: null });
    const home = await page('/');
    expect(home).not.toContain('--theme:');
    expect(home).toContain('政务动态');
  });

  it('refuses a theme colour white text cannot be read on (WCAG 2.1 AA 4.5:1, website.md §7), field by field', async () => {
    // #f0a0a0 is a light pink: white on it is about 1.9:1.
    expect(contrastWithWhite('#f0a0a0')).toBeLessThan(4.5);
    expect(contrastWithWhite('#0b4ea2')).toBeGreaterThanOrEqual(4.5);
    const res = await put(
      admin,
      identity({ themeColour: '#f0a0a0', relatedSites: [{ name: '某网站', url: 'javascript:alert(1)' }] }),
    );
    expect(res.statusCode).toBe(400);
    const details = res.json<{ error: { code: string; details: { field: string; message: string }[] } }>().error;
    expect(details.code).toBe('SITE_INVALID');
    expect(details.details.map((d) => d.field).sort()).toEqual(['relatedSites.0.url', 'themeColour']);
    expect(details.details.find((d) => d.field === 'themeColour')!.message).toMatch(/对比度为 2\.\d:1，低于 4\.5:1/);
    // Nothing was written.
    const now = await t.app.inject({ url: `/api/v1/sites/${w.siteId}/identity`, headers: admin.headers });
    expect(now.json()).toMatchObject({ themeColour: '#b0191e' });
  });

  it('is the site administrator’s to set; an editor is refused', async () => {
    expect((await put(editor, identity())).statusCode).toBe(403);
  });

  it('shows 承办单位, the 党政机关网站标识, related sites and the theme colour on every page', async () => {
    const res = await put(admin, identity());
    expect(res.statusCode, res.body).toBe(200);
    for (const url of ['/', '/sitemap', '/catalogue']) {
      const html = await page(url);
      expect(html).toContain('承办单位：测试区大数据管理局');
      expect(html).toContain('https://bszs.conac.cn/sitename?method=show&amp;id=A1B2C3D4E5');
      expect(html).toContain('<a href="https://www.gov.cn/" rel="noopener">中国政府网</a>');
      expect(html).toContain('--theme:#0b4ea2');
    }
    const audit = await t.app.inject({ url: `/api/v1/audit?siteId=${w.siteId}`, headers: admin.headers });
    expect(audit.body).toContain('site.identity.update');
  });

  it('feeds the home page from the columns the office chose, as many items as it chose', async () => {
    const bad = await put(
      admin,
      identity({ homeBlocks: [{ columnId: '0190a000-0000-7000-8000-000000000000', title: '', count: 5 }] }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe(
      'homeBlocks.0.columnId',
    );
    const res = await put(admin, identity({ homeBlocks: [{ columnId: topicId, title: '营商环境', count: 3 }] }));
    expect(res.statusCode, res.body).toBe(200);
    const home = await page('/');
    expect(home).toContain('>营商环境</a>');
    // A block lists everything filed beneath its column.
    expect(home).toContain('关于进一步优化营商环境的若干措施');
    expect(home).not.toContain('>政务动态</a></h2>');
  });

  it('takes a PNG logo and banner, serves only them, and refuses anything else', async () => {
    const upload = (kind: string, bytes: Buffer, name = 'logo.png') => {
      const body = multipart({}, { field: 'file', name, bytes });
      return t.app.inject({
        method: 'PUT',
        url: `/api/v1/sites/${w.siteId}/identity/${kind}`,
        headers: { ...admin.headers, ...body.headers },
        payload: body.payload,
      });
    };
    const html = await upload('logo', Buffer.from('<svg onload="alert(1)"></svg>'), 'logo.png');
    expect(html.statusCode).toBe(400);
    expect(html.json<{ error: { message: string } }>().error.message).toBe('网站标志（logo）只能是 PNG 或 JPEG 图片');
    expect((await upload('logo', PNG)).statusCode).toBe(200);
    expect((await put(admin, identity({ bannerAlt: '姑苏古城风貌' }))).statusCode).toBe(200);
    expect((await upload('banner', PNG, 'banner.png')).statusCode).toBe(200);
    const home = await page('/');
    expect(home).toMatch(/<img class="site-logo" src="\/site-images\/logo\?v=[0-9a-f]{12}" alt\/>/);
    expect(home).toMatch(/<img class="home-banner" src="\/site-images\/banner\?v=[0-9a-f]{12}" alt="姑苏古城风貌"\/>/);
    const logo = await t.app.inject({ url: '/site-images/logo', headers: host });
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.rawPayload.equals(PNG)).toBe(true);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/sites/${w.siteId}/identity/logo`,
      headers: admin.headers,
    });
    expect(removed.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/site-images/logo', headers: host })).statusCode).toBe(404);
    expect(await page('/')).not.toContain('site-logo');
  });

  it('keeps the identity when the site’s own facts are saved', async () => {
    const site = await t.services.sites.get(w.siteId);
    const {
      id: _id,
      identity: _identity,
      retiredAt: _r,
      retiredNotice: _n,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = site;
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/sites/${w.siteId}`,
      headers: admin.headers,
      payload: fields,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await t.services.sites.get(w.siteId)).identity.organiser).toBe('测试区大数据管理局');
  });
});

describe('专题', () => {
  it('opens as a landing page: its introduction, then each section with its latest documents', async () => {
    const html = await page(`/columns/${topicId}`);
    expect(html).toContain(
      '<div class="topic-band"><h1>优化营商环境</h1><p>全区优化营商环境的政策、举措和进展。</p></div>',
    );
    expect(html).toMatch(/<h2 id="topic-[^"]+"><a href="\/columns\/[^"]+">政策措施<\/a><\/h2>/);
    expect(html).toContain('关于进一步优化营商环境的若干措施');
    expect(html).toContain('<meta name="description" content="全区优化营商环境的政策、举措和进展。"/>');
  });

  it('is listed on the home page under 专题专栏', async () => {
    const home = await page('/');
    expect(home).toContain('专题专栏');
    expect(home).toContain(`<a href="/columns/${topicId}">优化营商环境</a>`);
    // A column that is not a 专题 is not.
    expect(home).not.toContain(`<a href="/columns/${sectionId}">政策措施</a></li>`);
    expect(newsId).toBeTruthy();
  });
});

describe('无障碍 toolbar', () => {
  it('offers high contrast, line spacing, a large cursor and reading aloud as plain links', async () => {
    const html = await page('/');
    for (const [name, label] of [
      ['contrast', '开启高对比度'],
      ['spacing', '加大行距'],
      ['cursor', '大鼠标指针'],
      ['readAloud', '开启朗读'],
    ])
      expect(html).toContain(`<a href="/preferences?${name}=1&amp;back=%2F">${label}</a>`);
    expect(html).not.toContain('read-aloud.');
  });

  it('keeps each switch in a cookie and draws the page for it, cached apart from the plain page', async () => {
    const res = await t.app.inject({ url: '/preferences?contrast=1&readAloud=1&back=%2Fsitemap', headers: host });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/sitemap');
    const cookies = res.cookies.map((c) => `${c.name}=${c.value}`).sort();
    expect(cookies).toEqual(['gk_contrast=1', 'gk_speech=1']);
    const on = await page('/sitemap', cookies.join('; '));
    expect(on).toMatch(/<html lang="zh-CN" class="high-contrast read-aloud">/);
    expect(on).toMatch(/<script src="\/assets\/read-aloud\.[0-9a-f]{12}\.js" defer><\/script>/);
    expect(on).toContain('<summary>无障碍（已开 2 项）</summary>');
    expect(on).toContain('关闭高对比度');
    const plain = await page('/sitemap');
    expect(plain).not.toContain('high-contrast');
    expect(plain).not.toContain('read-aloud.');
    const script = /src="(\/assets\/read-aloud\.[0-9a-f]{12}\.js)"/.exec(on)![1]!;
    const js = await t.app.inject({ url: script, headers: host });
    expect(js.statusCode).toBe(200);
    expect(js.body).toContain('speechSynthesis');
  });
});
