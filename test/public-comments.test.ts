import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, createUser, signIn, testAppWithAdmin, type Session, type TestApp, type World } from './helpers/app.js';
import { documentContent } from './helpers/documents.js';
import { multipart } from './helpers/multipart.js';
import { systemActor } from '../src/platform/auth/actor.js';

/**
 * 征集意见 (issue 15 §2): the 30-day minimum for 重大行政决策, comments shown only after moderation
 * and masked, and no conclusion without the 采纳情况反馈.
 */
let t: TestApp;
let w: World;
let admin: Session;
let editorB: Session;
let id: string;
const host = { host: 'site-3205080001.test' };
const NAME = '周晓梅';
const PHONE = '13566667777';
const DIGITS = '零一二三四五六七八九';
const DRAFT = {
  title: '关于《姑苏区老旧小区加装电梯实施办法（征求意见稿）》公开征求意见',
  body: '第一条 为改善老旧小区居民出行条件……\n第二条 加装电梯应当经本单元房屋专有部分面积占比三分之二以上的业主同意。',
  departmentId: null,
  major: true,
  opensOn: '2026-03-02',
  closesOn: '2026-03-31',
};

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin({ GONGKAI_PUBLIC_FORMS_PER_MINUTE: '50' }));
  await createUser(t.services, 'editor-b', [{ siteId: w.siteId, role: 'editor', departmentId: w.deptB }]);
  editorB = await signIn(t.app, 'editor-b');
});
afterAll(() => t.close());

const api = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, ...(payload ? { payload } : {}) });

async function comment(fields: Record<string, string>) {
  // Once closed the page has no form; the question is signed alike on every public form.
  const page = (await t.app.inject({ url: `/public-comments/${id}`, headers: host })).body.includes('name="token"')
    ? (await t.app.inject({ url: `/public-comments/${id}`, headers: host })).body
    : (await t.app.inject({ url: '/messages/write', headers: host })).body;
  const token = /name="token" value="([^"]+)"/.exec(page)![1]!;
  const [, a, b] = /验证问题：(.)加(.)等于几/.exec(page)!;
  t.clock.set(new Date(t.clock.now().getTime() + 5_000));
  const { payload, headers } = multipart({
    ...fields,
    token,
    answer: String(DIGITS.indexOf(a!) + DIGITS.indexOf(b!)),
  });
  return t.app.inject({
    method: 'POST',
    url: `/public-comments/${id}/comments`,
    headers: { ...host, ...headers },
    payload,
  });
}

describe('a consultation', () => {
  it('of a 重大行政决策 is open at least 30 days', async () => {
    const short = await api(admin, 'POST', `/public-comments?siteId=${w.siteId}`, { ...DRAFT, closesOn: '2026-03-30' });
    expect(short.json()).toMatchObject({
      error: { code: 'PUBLIC_COMMENT_TOO_SHORT', message: expect.stringContaining('不少于 30 天') },
    });
    expect(await count(t.database, 'public_comments')).toBe(0);
    const res = await api(admin, 'POST', `/public-comments?siteId=${w.siteId}`, DRAFT);
    expect(res.statusCode, res.body).toBe(201);
    id = res.json<{ id: string }>().id;
    // A draft is nowhere on the portal.
    expect((await t.app.inject({ url: `/public-comments/${id}`, headers: host })).statusCode).toBe(404);
    expect((await api(editorB, 'GET', `/public-comments/${id}`)).statusCode).toBe(404);
    const published = await api(admin, 'POST', `/public-comments/${id}/publication`, {});
    expect(published.json()).toMatchObject({ phase: 'open', phaseLabel: '正在征集' });
    expect((await t.app.inject({ url: '/messages', headers: host })).body).toContain(`/public-comments/${id}`);
  });

  it('takes comments on the portal with plain messages at the fields, and shows none before moderation', async () => {
    const empty = await comment({ body: '', name: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('id="e-body">请填写意见内容<');
    expect(empty.body).toContain('id="e-name">请填写姓名<');
    expect(await count(t.database, 'comments')).toBe(0);
    const res = await comment({
      body: `我是${NAME}，住3楼，建议第二条改为三分之二以上业主同意且受影响的一楼住户给予补偿。电话${PHONE}`,
      name: NAME,
      phone: PHONE,
    });
    expect(res.statusCode).toBe(201);
    expect(res.body).toContain('意见已提交');
    await comment({ body: '支持加装电梯，建议政府补贴比例提高到40%。', name: '王五', phone: '' });
    const page = (await t.app.inject({ url: `/public-comments/${id}`, headers: host })).body;
    expect(page).toContain('收到意见</th><td>2 条');
    expect(page).toContain('暂无公开的意见');
    expect(page).not.toContain('一楼住户');
  });

  it('shows a comment once moderated, masked through the gate', async () => {
    const detail = (await api(admin, 'GET', `/public-comments/${id}`)).json<{ items: { id: string }[] }>();
    const [first, second] = detail.items;
    const unmasked = await api(admin, 'POST', `/comments/${first!.id}/moderation`, {
      decision: 'approve',
      publicBody: `我是赵六，身份证号320508198001010055，建议补偿一楼住户。`,
    });
    expect(unmasked.json()).toMatchObject({ error: { code: 'PUBLICATION_FINDINGS' } });
    const draft = (await api(admin, 'GET', `/comments/${first!.id}/moderation-draft`)).json<{ publicBody: string }>();
    expect(draft.publicBody).not.toContain(NAME);
    expect(draft.publicBody).not.toContain(PHONE);
    expect(
      (await api(admin, 'POST', `/comments/${first!.id}/moderation`, { decision: 'approve', ...draft })).statusCode,
    ).toBe(200);
    await api(admin, 'POST', `/comments/${second!.id}/moderation`, {
      decision: 'approve',
      publicBody: '支持加装电梯，建议政府补贴比例提高到40%。',
    });
    const page = (await t.app.inject({ url: `/public-comments/${id}`, headers: host })).body;
    expect(page).toContain('一楼住户给予补偿');
    for (const secret of [NAME, PHONE]) expect(page).not.toContain(secret);
  });

  it('cannot be concluded before it closes, nor without the adoption of every comment shown', async () => {
    const summary = { summary: '共收到意见 2 条，经研究，采纳 1 条，未采纳 1 条。' };
    expect((await api(admin, 'POST', `/public-comments/${id}/conclusion`, summary)).json()).toMatchObject({
      error: { code: 'PUBLIC_COMMENT_STILL_OPEN' },
    });
    t.clock.set(new Date('2026-04-01T02:00:00.000Z'));
    admin = await signIn(t.app, 'site-admin');
    // Closed: no more comments.
    const late = await comment({ body: '迟到的意见', name: '李四' });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('不在意见征集期内');
    expect((await api(admin, 'GET', `/public-comments?siteId=${w.siteId}`)).json()).toMatchObject({
      items: [{ phase: 'awaiting_report', phaseLabel: '征集已结束，采纳情况待反馈' }],
    });
    const missing = await api(admin, 'POST', `/public-comments/${id}/conclusion`, summary);
    expect(missing.json()).toMatchObject({
      error: { code: 'PUBLIC_COMMENT_ADOPTION_MISSING', message: '第 1、2 条意见还没有填写采纳情况' },
    });
    const detail = (await api(admin, 'GET', `/public-comments/${id}`)).json<{ items: { id: string }[] }>();
    const [first, second] = detail.items;
    expect(
      (await api(admin, 'PUT', `/comments/${first!.id}/adoption`, { adoption: 'not_adopted' })).json(),
    ).toMatchObject({
      error: { code: 'PUBLIC_COMMENT_REASON' },
    });
    await api(admin, 'PUT', `/comments/${first!.id}/adoption`, {
      adoption: 'not_adopted',
      reason: '补偿标准由业主协商确定，不宜在办法中统一规定。',
    });
    await api(admin, 'PUT', `/comments/${second!.id}/adoption`, { adoption: 'adopted' });
    const done = await api(admin, 'POST', `/public-comments/${id}/conclusion`, summary);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ phase: 'concluded' });
    const page = (await t.app.inject({ url: `/public-comments/${id}`, headers: host })).body;
    expect(page).toContain('采纳情况反馈');
    expect(page).toContain('其中采纳 1 条，部分采纳 0 条，未采纳 1 条');
    expect(page).toContain('补偿标准由业主协商确定');

    // The document finally adopted is linked at its dated address.
    const actor = systemActor('测试');
    const news = (await t.services.columns.list(w.siteId)).find((c) => c.code === 'news')!;
    const doc = await t.services.documents.create(
      actor,
      w.siteId,
      w.deptA,
      documentContent({ title: '测试区既有住宅加装电梯补助办法', columnIds: [news.id] }),
    );
    await t.services.documents.submit(actor, doc.id);
    await t.services.documents.review(actor, doc.id, { approve: true, confidentialityReviewed: true, note: '' });
    await t.services.documents.publish(actor, doc.id);
    const linked = await api(admin, 'PUT', `/public-comments/${id}/final-document`, { documentId: doc.id });
    expect(linked.statusCode, linked.body).toBe(200);
    const after = (await t.app.inject({ url: `/public-comments/${id}`, headers: host })).body;
    expect(after).toMatch(
      new RegExp(
        `最终出台的文件：<a href="/art/\\d{4}/\\d{2}/\\d{2}/${doc.id}\\.html">测试区既有住宅加装电梯补助办法</a>`,
      ),
    );
  });
});
