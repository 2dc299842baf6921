import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  count,
  createUser,
  createWorld,
  signIn,
  testAppWithAdmin,
  type Session,
  type TestApp,
  type World,
} from '../../../test/helpers/app.js';

let t: TestApp;
let w: World;
let admin: Session;
let editorA: Session;
let reviewerA: Session;
let reviewerB: Session;
let newsColumn: string;
let budgetColumn: string;

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin());
  await createUser(t.services, 'editor-a', [{ siteId: w.siteId, role: 'editor', departmentId: w.deptA }]);
  await createUser(t.services, 'reviewer-a', [{ siteId: w.siteId, role: 'reviewer', departmentId: w.deptA }]);
  await createUser(t.services, 'reviewer-b', [{ siteId: w.siteId, role: 'reviewer', departmentId: w.deptB }]);
  editorA = await signIn(t.app, 'editor-a');
  reviewerA = await signIn(t.app, 'reviewer-a');
  reviewerB = await signIn(t.app, 'reviewer-b');
  const columns = (await t.app.inject({ url: `/api/v1/columns?siteId=${w.siteId}` })).json().items as {
    id: string;
    code: string;
    path: string;
  }[];
  newsColumn = columns.find((c) => c.code === 'news')?.id ?? '';
  budgetColumn = columns.find((c) => c.path === '政府信息公开/法定主动公开内容/财政预算、决算')?.id ?? '';
});
afterAll(() => t.close());

const draft = (over: Record<string, unknown> = {}) => ({
  departmentId: w.deptA,
  title: '关于做好2026年政务公开工作的通知',
  docNo: '测政办发〔2026〕12号',
  writtenOn: '2026-02-06',
  subject: '政务公开',
  keywords: ['政务公开', '通知'],
  disclosure: 'proactive',
  summary: '部署2026年政务公开重点工作。',
  bodyHtml: '<p>各单位：</p><script>alert(1)</script><p onclick="x()">现将有关事项通知如下。</p>',
  source: '测试区政府办',
  columnIds: [newsColumn, budgetColumn],
  ...over,
});

async function post(session: Session, url: string, payload: unknown = {}) {
  return t.app.inject({ method: 'POST', url, headers: session.headers, payload: payload as object });
}

async function createDraft(over: Record<string, unknown> = {}) {
  const res = await post(editorA, `/api/v1/documents?siteId=${w.siteId}`, draft(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; latest: { state: string; content: { bodyHtml: string } } }>();
}

async function approveAndPublish(id: string) {
  expect((await post(editorA, `/api/v1/documents/${id}/submit`)).statusCode).toBe(200);
  expect(
    (await post(reviewerA, `/api/v1/documents/${id}/review`, { approve: true, confidentialityReviewed: true }))
      .statusCode,
  ).toBe(200);
  const res = await post(editorA, `/api/v1/documents/${id}/publish`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('columns', () => {
  it('gives a new site the standard 政府信息公开 section, 政务动态, 通知公告 and 政策解读', async () => {
    const items = (await t.app.inject({ url: `/api/v1/columns?siteId=${w.siteId}` })).json().items as {
      path: string;
      kind: string;
      updateIntervalDays: number | null;
    }[];
    const paths = items.map((c) => c.path);
    for (const p of [
      '政府信息公开/政府信息公开指南',
      '政府信息公开/政府信息公开制度',
      '政府信息公开/法定主动公开内容',
      '政府信息公开/政府信息公开年报',
      '政府信息公开/依申请公开',
      '政务动态',
      '通知公告',
      '政策解读',
    ]) {
      expect(paths).toContain(p);
    }
    // One node per category of Art. 20 (15) and Art. 21 (7).
    expect(paths.filter((p) => p.startsWith('政府信息公开/法定主动公开内容/'))).toHaveLength(22);
    expect(items.find((c) => c.path === '政务动态')).toMatchObject({ kind: 'news', updateIntervalDays: 14 });
    expect(items.find((c) => c.path === '通知公告')).toMatchObject({ kind: 'notice', updateIntervalDays: 180 });
  });

  it('are maintained by site administrators only; standard ones cannot be deleted', async () => {
    const refused = await post(editorA, `/api/v1/columns?siteId=${w.siteId}`, { name: '专题专栏', kind: 'news' });
    expect(refused.statusCode).toBe(403);
    const made = await post(admin, `/api/v1/columns?siteId=${w.siteId}`, {
      name: '专题专栏',
      kind: 'news',
      updateIntervalDays: 30,
    });
    expect(made.statusCode).toBe(201);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/columns/${newsColumn}`, headers: admin.headers })).json()
        .error.code,
    ).toBe('COLUMN_STANDARD');
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/columns/${made.json().id}`, headers: admin.headers }))
        .statusCode,
    ).toBe(200);
  });
});

describe('the workflow: draft → submitted → reviewed → published → withdrawn', () => {
  it('drafts with a sanitised body, only for the editor’s own department', async () => {
    const doc = await createDraft();
    expect(doc.latest.state).toBe('draft');
    expect(doc.latest.content.bodyHtml).toBe('<p>各单位：</p><p>现将有关事项通知如下。</p>');
    const other = await post(editorA, `/api/v1/documents?siteId=${w.siteId}`, draft({ departmentId: w.deptB }));
    expect(other.statusCode).toBe(403);
  });

  it('requires the confidentiality review to approve and a reason to return, from a reviewer of the publishing department', async () => {
    const { id } = await createDraft();
    expect((await post(editorA, `/api/v1/documents/${id}/submit`)).json().latest.state).toBe('submitted');
    // Under review the draft is locked.
    const locked = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/documents/${id}`,
      headers: editorA.headers,
      payload: draft({ departmentId: undefined }),
    });
    expect(locked.json().error.code).toBe('DOCUMENT_STATE');

    expect(
      (await post(reviewerB, `/api/v1/documents/${id}/review`, { approve: true, confidentialityReviewed: true }))
        .statusCode,
    ).toBe(404);
    expect(
      (await post(editorA, `/api/v1/documents/${id}/review`, { approve: true, confidentialityReviewed: true }))
        .statusCode,
    ).toBe(403);
    const noCheck = await post(reviewerA, `/api/v1/documents/${id}/review`, {
      approve: true,
      confidentialityReviewed: false,
    });
    expect(noCheck.json().error.code).toBe('DOCUMENT_REVIEW_INCOMPLETE');
    const noReason = await post(reviewerA, `/api/v1/documents/${id}/review`, {
      approve: false,
      confidentialityReviewed: true,
    });
    expect(noReason.json().error.code).toBe('DOCUMENT_REASON_REQUIRED');

    const returned = await post(reviewerA, `/api/v1/documents/${id}/review`, {
      approve: false,
      confidentialityReviewed: true,
      note: '文号有误，请核实',
    });
    expect(returned.json().latest).toMatchObject({ state: 'rejected', reviewNote: '文号有误，请核实' });

    const { departmentId: _d, ...content } = draft({ docNo: '测政办发〔2026〕13号' });
    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/documents/${id}`,
      headers: editorA.headers,
      payload: content,
    });
    expect(edited.json().latest).toMatchObject({ state: 'draft', number: 1 });
    const published = await approveAndPublish(id);
    expect(published).toMatchObject({ status: 'published', indexNo: expect.stringMatching(/^\/2026-\d{5}$/) });
    expect(published.content.docNo).toBe('测政办发〔2026〕13号');
  });

  it('numbers documents from the site template, never reusing a number', async () => {
    const first = await approveAndPublish((await createDraft({ title: '甲' })).id);
    const second = await approveAndPublish((await createDraft({ title: '乙' })).id);
    const n = (s: string) => Number(s.slice(-5));
    expect(n(second.indexNo)).toBe(n(first.indexNo) + 1);

    await post(editorA, `/api/v1/documents/${first.id}/withdraw`, { reason: '内容调整' });
    const third = await approveAndPublish((await createDraft({ title: '丙' })).id);
    expect(n(third.indexNo)).toBe(n(second.indexNo) + 1);
  });

  it('keeps the published version on the portal while an edit goes through review, with the same 索引号', async () => {
    const published = await approveAndPublish((await createDraft({ title: '原标题' })).id);
    const { departmentId: _d, ...content } = draft({ title: '修改后的标题' });
    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/documents/${published.id}`,
      headers: editorA.headers,
      payload: content,
    });
    expect(edited.json()).toMatchObject({
      status: 'published',
      content: { title: '原标题' },
      latest: { number: 2, state: 'draft' },
    });

    const republished = await approveAndPublish(published.id);
    expect(republished).toMatchObject({
      indexNo: published.indexNo,
      publishedAt: published.publishedAt,
      content: { title: '修改后的标题' },
    });
    const history = (
      await t.app.inject({ url: `/api/v1/documents/${published.id}/revisions`, headers: editorA.headers })
    ).json().items;
    expect(history.map((r: { number: number; state: string }) => [r.number, r.state])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
  });

  it('publishes at a scheduled time', async () => {
    const { id } = await createDraft({ title: '定时发布' });
    await post(editorA, `/api/v1/documents/${id}/submit`);
    await post(reviewerA, `/api/v1/documents/${id}/review`, { approve: true, confidentialityReviewed: true });
    const at = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
    const scheduled = await post(editorA, `/api/v1/documents/${id}/publish`, { at });
    expect(scheduled.json()).toMatchObject({ status: 'draft', latest: { state: 'scheduled', scheduledAt: at } });

    expect(
      await t.services.documents.publishDue({
        userId: null,
        name: '定时任务',
        isPlatformAdmin: true,
        grants: [],
        ip: '',
      }),
    ).toBe(0);
    t.clock.advanceMinutes(61);
    expect(
      await t.services.documents.publishDue({
        userId: null,
        name: '定时任务',
        isPlatformAdmin: true,
        grants: [],
        ip: '',
      }),
    ).toBe(1);
    expect((await t.app.inject({ url: `/api/v1/documents/${id}`, headers: editorA.headers })).json().status).toBe(
      'published',
    );
  });

  it('withdraws with a reason and keeps the record', async () => {
    const { id } = await approveAndPublish((await createDraft({ title: '待撤回' })).id);
    expect((await post(editorA, `/api/v1/documents/${id}/withdraw`, { reason: '' })).statusCode).toBe(400);
    const withdrawn = await post(editorA, `/api/v1/documents/${id}/withdraw`, { reason: '信息有误' });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawnReason: '信息有误' });
    const audit = await t.app.inject({ url: `/api/v1/audit?entityId=${id}`, headers: admin.headers });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'document.create',
        'document.submit',
        'document.approve',
        'document.publish',
        'document.withdraw',
      ]),
    );
  });
});

describe('the review queue and the back office list', () => {
  it('shows each reviewer what waits for them, and each document’s workflow state', async () => {
    const { id } = await createDraft({ title: '排队审核' });
    await post(editorA, `/api/v1/documents/${id}/submit`);
    const queueA = (
      await t.app.inject({ url: `/api/v1/documents/review-queue?siteId=${w.siteId}`, headers: reviewerA.headers })
    ).json().items;
    expect(queueA.map((d: { id: string }) => d.id)).toContain(id);
    const queueB = (
      await t.app.inject({ url: `/api/v1/documents/review-queue?siteId=${w.siteId}`, headers: reviewerB.headers })
    ).json().items;
    expect(queueB).toEqual([]);
    const list = (
      await t.app.inject({
        url: `/api/v1/documents?siteId=${w.siteId}&q=${encodeURIComponent('排队审核')}`,
        headers: editorA.headers,
      })
    ).json();
    expect(list.items).toEqual([expect.objectContaining({ id, latestState: 'submitted' })]);
  });
});

describe('bad input', () => {
  it('is refused per field and writes nothing', async () => {
    const before = await count(t.database, 'audit_log');
    const cases: Record<string, unknown>[] = [
      { columnIds: [] },
      { summary: '长'.repeat(101) },
      { disclosure: 'secret' },
      { writtenOn: '2026-02-30' },
      { title: '' },
      { columnIds: ['01a21fa6-0000-7000-8000-000000000000'] },
    ];
    for (const over of cases) {
      const res = await post(editorA, `/api/v1/documents?siteId=${w.siteId}`, draft(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
    }
    expect(await count(t.database, 'audit_log')).toBe(before);
  });

  it('refuses a body too deeply nested or too long once cleaned, before cleaning it (issue 13 §2)', async () => {
    const before = await count(t.database, 'audit_log');
    for (const bodyHtml of ['<p><b>'.repeat(5000), '<p>'.repeat(30_000), `<p>${'&'.repeat(120_000)}</p>`]) {
      const res = await post(editorA, `/api/v1/documents?siteId=${w.siteId}`, draft({ bodyHtml }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('DOCUMENT_BODY_TOO_COMPLEX');
    }
    expect(await count(t.database, 'audit_log')).toBe(before);
  });
});

describe('linking to public documents (政策解读, replacements)', () => {
  it('lets staff of any department find public documents of the site, and nothing unpublished', async () => {
    const published = await createDraft({ title: '测试区促进就业若干政策措施', docNo: '测政发〔2026〕7号' });
    await approveAndPublish(published.id);
    const unpublished = await createDraft({ title: '测试区促进就业若干政策措施（征求意见稿）', docNo: '' });
    const lookup = (session: Session, q: string) =>
      t.app.inject({
        url: `/api/v1/documents/lookup?siteId=${w.siteId}&q=${encodeURIComponent(q)}`,
        headers: session.headers,
      });
    // A reviewer of another department finds it by title and by 文号.
    for (const q of ['促进就业', '测政发〔2026〕7号']) {
      const res = await lookup(reviewerB, q);
      expect(res.statusCode, res.body).toBe(200);
      const ids = res.json<{ items: { id: string }[] }>().items.map((i) => i.id);
      expect(ids).toContain(published.id);
      expect(ids).not.toContain(unpublished.id);
    }
    // Staff of another site may not look; nobody may without signing in.
    const other = await createWorld(t.services, '3205089997');
    await createUser(t.services, 'elsewhere', [{ siteId: other.siteId, role: 'editor', departmentId: null }]);
    expect((await lookup(await signIn(t.app, 'elsewhere'), '促进就业')).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/v1/documents/lookup?siteId=${w.siteId}` })).statusCode).toBe(401);

    // An interpretation links to it; the link goes through review like any field.
    const interpretation = await createDraft({
      title: '《测试区促进就业若干政策措施》解读',
      docNo: '',
      interpretsId: published.id,
    });
    expect(interpretation.latest.content).toMatchObject({ interpretsId: published.id });
    const bad = await post(editorA, `/api/v1/documents?siteId=${w.siteId}`, draft({ interpretsId: 'not-an-id' }));
    expect(bad.statusCode).toBe(400);
  });
});

describe('Art. 26: 20 working days to publish proactive information', () => {
  it('lists unpublished documents near or past the limit', async () => {
    // Clock: 2026-03-02. Written 2026-02-06 → due 2026-03-12 (across 春节), 8 working days left.
    const { id } = await createDraft({ title: '临近时限', writtenOn: '2026-02-06' });
    await createDraft({ title: '尚早', writtenOn: '2026-03-01' });
    await createDraft({ title: '依申请公开的', writtenOn: '2026-01-05', disclosure: 'on_request' });
    const res = await t.app.inject({
      url: `/api/v1/documents/deadline-risks?siteId=${w.siteId}&within=10`,
      headers: editorA.headers,
    });
    const items = res.json().items as {
      document: { id: string; content: { title: string } };
      dueOn: string;
      workdaysLeft: number;
    }[];
    const mine = items.find((i) => i.document.id === id);
    expect(mine).toMatchObject({ dueOn: '2026-03-12', workdaysLeft: 8 });
    expect(items.map((i) => i.document.content.title)).not.toContain('尚早');
    expect(items.map((i) => i.document.content.title)).not.toContain('依申请公开的');
  });
});
