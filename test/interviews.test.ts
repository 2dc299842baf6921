import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, createUser, signIn, testAppWithAdmin, type Session, type TestApp, type World } from './helpers/app.js';
import { multipart } from './helpers/multipart.js';

/**
 * 在线访谈 · 新闻发布会 (issue 15 §3): scheduled with guests named in their duties, questions
 * collected beforehand and shown once moderated and masked, the text record published live (the
 * page reads fully without JavaScript, and a JSON route feeds the script that updates it).
 */
let t: TestApp;
let w: World;
let office: Session;
let id: string;
const host = { host: 'site-3205080001.test' };
const DIGITS = '零一二三四五六七八九';

beforeAll(async () => {
  ({ t, w } = await testAppWithAdmin({ GONGKAI_PUBLIC_FORMS_PER_MINUTE: '50' }));
  await createUser(t.services, 'office', [{ siteId: w.siteId, role: 'message_handler', departmentId: null }]);
  office = await signIn(t.app, 'office');
});
afterAll(() => t.close());

const api = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: office.headers, ...(payload ? { payload } : {}) });

async function ask(fields: Record<string, string>) {
  const page = (await t.app.inject({ url: '/messages/write', headers: host })).body;
  const token = /name="token" value="([^"]+)"/.exec(page)![1]!;
  const [, a, b] = /验证问题：(.)加(.)等于几/.exec(page)!;
  t.clock.set(new Date(t.clock.now().getTime() + 5_000));
  const { payload, headers } = multipart({ ...fields, token, answer: String(DIGITS.indexOf(a!) + DIGITS.indexOf(b!)) });
  return t.app.inject({
    method: 'POST',
    url: `/interviews/${id}/questions`,
    headers: { ...host, ...headers },
    payload,
  });
}

describe('a press conference', () => {
  it('is scheduled with its guests and announced through the gate', async () => {
    const res = await api('POST', `/interviews?siteId=${w.siteId}`, {
      kind: 'press_conference',
      title: '2026年老旧小区改造新闻发布会',
      summary: '介绍今年老旧小区改造计划。',
      // 15:00 on Tuesday 3 March in Beijing; the test clock stands at 10:00 on the 2nd.
      startsAt: '2026-03-03T15:00:00+08:00',
      guests: [
        { name: '张建国', title: '区住建委主任', spokesperson: false },
        { name: '李红', title: '区政府新闻发言人', spokesperson: true },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json<{ id: string }>().id;
    expect((await t.app.inject({ url: `/interviews/${id}`, headers: host })).statusCode).toBe(404);
    const published = await api('POST', `/interviews/${id}/publication`, {});
    expect(published.json()).toMatchObject({ phase: 'upcoming', startsAtChina: '2026-03-03 15:00' });
    const list = (await t.app.inject({ url: '/interviews', headers: host })).body;
    expect(list).toContain('2026年老旧小区改造新闻发布会');
    expect(list).toContain('区政府新闻发言人 李红');
  });

  it('collects questions beforehand and shows them only once moderated, masked', async () => {
    const empty = await ask({ body: '', name: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('id="e-body">请填写问题<');
    expect(await count(t.database, 'interview_questions')).toBe(0);
    expect(
      (
        await ask({
          body: '我是陈东，住十全街，电话13900001111，请问加装电梯补贴多少？',
          name: '陈东',
          phone: '13900001111',
        })
      ).statusCode,
    ).toBe(201);
    let page = (await t.app.inject({ url: `/interviews/${id}`, headers: host })).body;
    expect(page).toContain('暂无公开的提问');
    const [question] = (await api('GET', `/interviews/${id}`)).json<{ questions: { id: string }[] }>().questions;
    const draft = (await api('GET', `/interview-questions/${question!.id}/moderation-draft`)).json<{
      publicBody: string;
    }>();
    expect(draft.publicBody).not.toContain('陈东');
    expect(draft.publicBody).not.toContain('13900001111');
    expect(
      (await api('POST', `/interview-questions/${question!.id}/moderation`, { decision: 'approve', ...draft }))
        .statusCode,
    ).toBe(200);
    page = (await t.app.inject({ url: `/interviews/${id}`, headers: host })).body;
    expect(page).toContain('请问加装电梯补贴多少');
    expect(page).not.toContain('陈东');
  });

  it('is recorded live, read without JavaScript and fed to the page by a JSON route', async () => {
    const early = await api('POST', `/interviews/${id}/entries`, { speaker: '主持人', text: '各位好' });
    expect(early.json()).toMatchObject({ error: { code: 'INTERVIEW_NOT_LIVE' } });
    t.clock.set(new Date('2026-03-03T07:00:00.000Z'));
    office = await signIn(t.app, 'office');
    await api('POST', `/interviews/${id}/entries`, { speaker: '主持人', text: '各位记者朋友，发布会现在开始。' });
    const page = (await t.app.inject({ url: `/interviews/${id}`, headers: host })).body;
    expect(page).toContain('各位记者朋友，发布会现在开始。');
    expect(page).toMatch(/data-live-entries="\/api\/v1\/interviews\/[^"]+\/entries"/);
    expect(page).toMatch(/<script src="\/assets\/interview\.[0-9a-f]+\.js" defer/);
    await api('POST', `/interviews/${id}/entries`, {
      speaker: '区住建委主任 张建国',
      text: '今年计划改造老旧小区35个。',
    });
    const audited = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'interview.entry')
      .execute();
    expect(audited).toHaveLength(2);
    const fresh = await t.app.inject({ url: `/api/v1/interviews/${id}/entries?after=1`, headers: host });
    expect(fresh.json()).toEqual({
      phase: 'live',
      entries: [{ seq: 2, speaker: '区住建委主任 张建国', text: '今年计划改造老旧小区35个。', at: expect.any(String) }],
    });
    // Ended, the record stays as the transcript; no more questions are taken.
    expect((await api('POST', `/interviews/${id}/end`)).json()).toMatchObject({ phase: 'ended' });
    const after = (await t.app.inject({ url: `/interviews/${id}`, headers: host })).body;
    expect(after).toContain('文字实录');
    expect(after).not.toContain('data-live-entries');
    expect(after).not.toContain('我要提问');
    const late = await ask({ body: '还能提问吗？', name: '王五' });
    expect(late.statusCode).toBe(409);
  });

  it('shows its photos with their captions, and files the transcript as a document once', async () => {
    const PNG = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const photo = (caption: string, bytes: Buffer) => {
      const { payload, headers } = multipart({ caption }, { field: 'file', name: 'photo.png', bytes });
      return t.app.inject({
        method: 'POST',
        url: `/api/v1/interviews/${id}/photos`,
        headers: { ...office.headers, ...headers },
        payload,
      });
    };
    expect((await photo('发布会现场', Buffer.from('not a picture'))).json()).toMatchObject({
      error: { code: 'INTERVIEW_PHOTO' },
    });
    // A caption is published text: a citizen's mobile number in it is stopped by the gate.
    expect((await photo('现场咨询电话13900001111', PNG)).json()).toMatchObject({
      error: { code: 'PUBLICATION_FINDINGS' },
    });
    expect(await count(t.database, 'interview_photos')).toBe(0);
    const added = await photo('发布会现场', PNG);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<{ photos: { seq: number; caption: string }[] }>().photos).toEqual([
      { id: expect.any(String), seq: 1, caption: '发布会现场' },
    ]);
    const page = (await t.app.inject({ url: `/interviews/${id}`, headers: host })).body;
    expect(page).toContain(`<img src="/interviews/${id}/photos/1" alt="发布会现场"`);
    const served = await t.app.inject({ url: `/interviews/${id}/photos/1`, headers: host });
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.rawPayload.equals(PNG)).toBe(true);
    expect((await t.app.inject({ url: `/interviews/${id}/photos/2`, headers: host })).statusCode).toBe(404);

    // Filing a document takes an editor of the department it is filed under.
    const news = (await t.services.columns.list(w.siteId)).find((c) => c.name === '政务动态')!;
    const target = { departmentId: w.deptA, columnId: news.id };
    expect((await api('POST', `/interviews/${id}/transcript`, target)).statusCode).toBe(403);
    await createUser(t.services, 'office-editor', [
      { siteId: w.siteId, role: 'message_handler', departmentId: null },
      { siteId: w.siteId, role: 'editor', departmentId: w.deptA },
    ]);
    const editor = await signIn(t.app, 'office-editor');
    const file = (body: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/interviews/${id}/transcript`,
        headers: editor.headers,
        payload: body,
      });
    const filed = await file(target);
    expect(filed.statusCode, filed.body).toBe(201);
    const { documentId } = filed.json<{ documentId: string }>();
    const doc = await t.app.inject({ url: `/api/v1/documents/${documentId}`, headers: editor.headers });
    expect(doc.json()).toMatchObject({
      status: 'draft',
      content: { title: '2026年老旧小区改造新闻发布会（文字实录）' },
    });
    const body = doc.json<{ content: { bodyHtml: string } }>().content.bodyHtml;
    expect(body).toContain('<strong>区住建委主任 张建国：</strong>今年计划改造老旧小区35个。');
    expect(body).toContain('请问加装电梯补贴多少');
    expect(body).not.toContain('陈东');
    expect((await file(target)).json()).toMatchObject({ error: { code: 'INTERVIEW_TRANSCRIPT_FILED' } });
    expect((await api('GET', `/interviews/${id}`)).json()).toMatchObject({ transcriptDocumentId: documentId });
  });
});
