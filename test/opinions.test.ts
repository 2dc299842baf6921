import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/platform/auth/actor.js';
import { count, createUser, signIn, testAppWithAdmin, type Session, type TestApp, type World } from './helpers/app.js';
import { documentContent } from './helpers/documents.js';

/**
 * 舆情回应 (issue 15 §4): hour clocks in China time (legal.md §4: 重大 5 and 24 hours, 一般 48),
 * reminders before and after them, responses linked to published documents, items imported from
 * a feed served locally, and the 政务新媒体 registry with its public list.
 */
let t: TestApp;
let w: World;
let admin: Session;
let office: Session;
let feedServer: Server;
let feedBase = '';
const actor = systemActor('测试');
const feeds: Record<string, string> = {
  '/rss.xml': `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>舆情监测</title>
    <item><guid>a-1</guid><title>网民反映山塘街游客拥堵</title><link>https://news.example.com/a-1</link>
      <description>&lt;p&gt;周末山塘街人流过大&lt;/p&gt;</description><pubDate>Mon, 02 Mar 2026 12:00:00 GMT</pubDate></item>
    <item><guid>a-2</guid><title>平江路商户投诉</title><link>https://news.example.com/a-2</link></item>
  </channel></rss>`,
  '/atom.xml': `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>新闻检索</title>
    <entry><id>urn:b-1</id><title>古城区停车难</title><link href="https://news.example.com/b-1"/><updated>2026-03-02T13:00:00Z</updated></entry>
  </feed>`,
};

beforeAll(async () => {
  feedServer = createServer((req, res) => {
    const body = feeds[req.url ?? ''];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
  ({ t, w, admin } = await testAppWithAdmin({ GONGKAI_SMTP_URL: '' }));
  await createUser(t.services, 'office', [{ siteId: w.siteId, role: 'message_handler', departmentId: null }]);
  // 22:30 on Monday 2 March 2026 in Beijing.
  t.clock.set(new Date('2026-03-02T14:30:00.000Z'));
  admin = await signIn(t.app, 'site-admin');
  office = await signIn(t.app, 'office');
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => feedServer.close(() => resolve()));
});

const api = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, ...(payload ? { payload } : {}) });

async function publishedDocument(title: string) {
  const column = (await t.services.columns.list(w.siteId)).find((c) => c.name === '通知公告')?.id ?? '';
  const doc = await t.services.documents.create(
    actor,
    w.siteId,
    w.deptA,
    documentContent({ title, bodyHtml: '<p>情况通报</p>', columnIds: [column] }),
  );
  await t.services.documents.submit(actor, doc.id);
  await t.services.documents.review(actor, doc.id, { approve: true, confidentialityReviewed: true, note: '' });
  await t.services.documents.publish(actor, doc.id);
  return doc.id;
}

describe('a 重大 opinion item first seen at 22:00', () => {
  let id: string;

  it('shows its 5-hour and 24-hour deadlines in China time', async () => {
    const res = await api(office, 'POST', `/opinion-items?siteId=${w.siteId}`, {
      source: '微博',
      url: 'https://weibo.example.com/1',
      summary: '网传某小区燃气泄漏致多人受伤',
      firstSeenAt: '2026-03-02T22:00:00+08:00',
      level: 'major',
      departmentId: w.deptA,
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json<{ id: string }>().id;
    expect(res.json()).toMatchObject({
      firstSeenAtChina: '2026-03-02 22:00',
      levelLabel: '重大',
      deadlines: [
        { label: '发布权威信息', dueAtChina: '2026-03-03 03:00', state: 'pending' },
        { label: '召开新闻发布会', dueAtChina: '2026-03-03 22:00', state: 'pending' },
      ],
    });
    // A department may not record items; a first sighting in the future is refused.
    const editor = await createUser(t.services, 'editor-a', [
      { siteId: w.siteId, role: 'editor', departmentId: w.deptA },
    ]);
    expect(editor).toBeTruthy();
    const later = await api(office, 'POST', `/opinion-items?siteId=${w.siteId}`, {
      source: '微博',
      summary: '未来',
      firstSeenAt: '2026-03-03T22:00:00+08:00',
      level: 'general',
    });
    expect(later.json()).toMatchObject({ error: { code: 'OPINION_TIME' } });
  });

  it('is reminded an hour before the first deadline and again once it has passed', async () => {
    const site = await t.services.sites.get(w.siteId);
    const { id: _i, createdAt: _c, ...fields } = site as typeof site & { createdAt?: string };
    await t.services.sites.update(actor, w.siteId, { ...fields, email: 'gongkaiban@example.gov.cn' });
    expect(await t.jobs.opinionReminders.schedule()).toBe(0);
    // 02:00 China time: one hour to go.
    t.clock.set(new Date('2026-03-02T18:00:00.000Z'));
    expect(await t.jobs.opinionReminders.schedule()).toBe(1);
    const mail = await t.jobs.opinionReminders.mail({ siteId: w.siteId, itemId: id, milestone: 'authoritative' });
    expect(mail?.subject).toBe('舆情回应提醒：重大舆情发布权威信息须于 2026-03-03 03:00 前完成');
    expect(mail?.to).toContain('gongkaiban@example.gov.cn');
    expect(mail?.text).toContain('首次发现：2026-03-02 22:00（北京时间）');
    // 03:30: late.
    t.clock.set(new Date('2026-03-02T19:30:00.000Z'));
    expect(await t.jobs.opinionReminders.schedule()).toBe(1);
    const late = await t.jobs.opinionReminders.mail({ siteId: w.siteId, itemId: id, milestone: 'authoritative' });
    expect(late?.subject).toBe('舆情回应提醒：重大舆情发布权威信息已超时');
    // Two distinct reminders were queued (due soon, then late); the same state is not queued twice.
    await t.jobs.opinionReminders.schedule();
    expect(await count(t.database, 'jobs')).toBe(2);
  });

  it('records each step with what was published, and is closed with an evaluation', async () => {
    office = await signIn(t.app, 'office');
    const withoutDocument = await api(office, 'POST', `/opinion-items/${id}/milestones`, {
      milestone: 'authoritative',
      at: '2026-03-03T03:20:00+08:00',
    });
    expect(withoutDocument.json()).toMatchObject({ error: { code: 'OPINION_DOCUMENT' } });
    const documentId = await publishedDocument('关于某小区燃气泄漏事故的情况通报');
    const done = await api(office, 'POST', `/opinion-items/${id}/milestones`, {
      milestone: 'authoritative',
      at: '2026-03-03T03:20:00+08:00',
      documentId,
    });
    expect(done.json()).toMatchObject({ deadlines: [{ state: 'met_late' }, { state: 'pending' }] });
    expect(
      (
        await api(office, 'POST', `/opinion-items/${id}/milestones`, {
          milestone: 'response',
          at: '2026-03-03T03:30:00+08:00',
          documentId,
        })
      ).json(),
    ).toMatchObject({ error: { code: 'OPINION_MILESTONE' } });
    await api(office, 'POST', `/opinion-items/${id}/milestones`, {
      milestone: 'press_conference',
      at: '2026-03-03T03:29:00+08:00',
    });
    const closed = await api(office, 'POST', `/opinion-items/${id}/evaluation`, {
      evaluation: '权威信息发布后网上讨论明显回落',
    });
    expect(closed.json()).toMatchObject({
      deadlines: [{ state: 'met_late' }, { state: 'met' }],
      closedAt: expect.any(String),
    });
    // Nothing more is reminded.
    t.clock.set(new Date('2026-03-03T13:30:00.000Z'));
    expect(await t.jobs.opinionReminders.schedule()).toBe(0);
  });
});

describe('feeds', () => {
  it('bring each entry once, 待研判 with no clock, and record a feed that fails', async () => {
    admin = await signIn(t.app, 'site-admin');
    office = await signIn(t.app, 'office');
    for (const [name, path] of [
      ['舆情监测', '/rss.xml'],
      ['新闻检索', '/atom.xml'],
      ['失效的源', '/missing.xml'],
    ]) {
      const res = await api(admin, 'POST', `/opinion-feeds?siteId=${w.siteId}`, {
        name,
        url: `${feedBase}${path}`,
        active: true,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    expect(
      (
        await api(admin, 'POST', `/opinion-feeds?siteId=${w.siteId}`, {
          name: 'x',
          url: 'file:///etc/passwd',
          active: true,
        })
      ).statusCode,
    ).toBe(400);
    expect((await api(admin, 'POST', `/opinion-feeds/poll?siteId=${w.siteId}`)).json()).toEqual({ added: 3 });
    expect((await api(admin, 'POST', `/opinion-feeds/poll?siteId=${w.siteId}`)).json()).toEqual({ added: 0 });
    const imported = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'opinion.import')
      .execute();
    expect(imported).toHaveLength(3);
    const items = (await api(office, 'GET', `/opinion-items?siteId=${w.siteId}&open=true`)).json<{
      items: {
        source: string;
        summary: string;
        levelLabel: string;
        deadlines: unknown[];
        imported: boolean;
        firstSeenAtChina: string;
      }[];
    }>().items;
    const crowd = items.find((i) => i.summary.startsWith('网民反映山塘街游客拥堵'));
    expect(crowd).toMatchObject({ source: '舆情监测', levelLabel: '待研判', deadlines: [], imported: true });
    // The feed's HTML is read as text; the clock will run from when the entry was published.
    expect(crowd?.summary).toBe('网民反映山塘街游客拥堵\n周末山塘街人流过大');
    expect(crowd?.firstSeenAtChina).toBe('2026-03-02 20:00');
    const feedList = (await api(admin, 'GET', `/opinion-feeds?siteId=${w.siteId}`)).json<{
      items: { name: string; lastError: string | null }[];
    }>();
    expect(feedList.items.find((f) => f.name === '失效的源')?.lastError).toBe('订阅源返回 HTTP 404');
  });
});

describe('the 政务新媒体 registry', () => {
  it('is kept by the site administrator and listed on the portal without closed accounts', async () => {
    const account = {
      name: '姑苏发布',
      platform: 'wechat',
      account: 'gusufabu',
      url: '',
      departmentId: w.deptA,
      operator: '区融媒体中心',
      status: 'active',
    };
    expect((await api(office, 'POST', `/media-accounts?siteId=${w.siteId}`, account)).statusCode).toBe(403);
    expect((await api(admin, 'POST', `/media-accounts?siteId=${w.siteId}`, account)).statusCode).toBe(201);
    await api(admin, 'POST', `/media-accounts?siteId=${w.siteId}`, {
      ...account,
      name: '已关停的账号',
      status: 'closed',
    });
    const page = (await t.app.inject({ url: '/media-accounts', headers: { host: 'site-3205080001.test' } })).body;
    expect(page).toContain('姑苏发布');
    expect(page).toContain('微信公众号 · gusufabu · 主办单位 甲局 · 运维单位 区融媒体中心 · 正常运维');
    expect(page).not.toContain('已关停的账号');
  });
});
