import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createUser,
  createWorld,
  signIn,
  testAppWithAdmin,
  type Session,
  type TestApp,
  type World,
} from './helpers/app.js';
import { requestBody } from './helpers/requests.js';
import { systemActor } from '../src/platform/auth/actor.js';

/** The 工作台 (issue 17 §5): each role sees its own work, the office sees what is late everywhere. */
let t: TestApp;
let w: World;
let admin: Session;
let editor: Session;
let otherEditor: Session;
let reviewer: Session;
let handler: Session;
let auditor: Session;
let newsColumn: string;

interface Block {
  key: string;
  count: number;
  summary: string;
  page: string | null;
  items: { id: string; title: string; note: string; tone: string; page: string }[];
}

async function workbench(session: Session): Promise<Block[]> {
  const res = await t.app.inject({ url: `/api/v1/workbench?siteId=${w.siteId}`, headers: session.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ blocks: Block[] }>().blocks;
}
const blockOf = (blocks: Block[], key: string) => blocks.find((b) => b.key === key);

async function post(session: Session, url: string, payload: object = {}) {
  const res = await t.app.inject({ method: 'POST', url, headers: session.headers, payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json<{ id: string }>();
}

const draft = (title: string) => ({
  departmentId: w.deptA,
  title,
  docNo: '',
  writtenOn: null,
  subject: '政务公开',
  keywords: ['政务公开'],
  disclosure: 'proactive',
  summary: '',
  bodyHtml: '<p>正文。</p>',
  source: '甲局',
  columnIds: [newsColumn],
});

/** Moves the clock (sessions do not outlive a jump of weeks) and signs everyone in again. */
async function setClock(at: Date) {
  t.clock.set(at);
  const as = (account: string) => signIn(t.app, account);
  [admin, editor, otherEditor, reviewer, handler, auditor] = await Promise.all([
    as('site-admin'),
    as('wb-editor'),
    as('wb-editor-2'),
    as('wb-reviewer'),
    as('wb-handler'),
    as('wb-auditor'),
  ]);
}

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin());
  const grant = (role: 'editor' | 'reviewer' | 'request_handler' | 'auditor') => [
    { siteId: w.siteId, role, departmentId: w.deptA },
  ];
  await createUser(t.services, 'wb-editor', grant('editor'));
  await createUser(t.services, 'wb-editor-2', grant('editor'));
  await createUser(t.services, 'wb-reviewer', grant('reviewer'));
  await createUser(t.services, 'wb-handler', grant('request_handler'));
  await createUser(t.services, 'wb-auditor', grant('auditor'));
  await setClock(t.clock.now());
  const columns = (await t.app.inject({ url: `/api/v1/columns?siteId=${w.siteId}` })).json().items as {
    id: string;
    code: string;
  }[];
  newsColumn = columns.find((c) => c.code === 'news')!.id;
});
afterAll(() => t.close());

describe('工作台 per role', () => {
  it('shows an editor their own drafts and what the reviewer returned, with the reviewer’s note', async () => {
    const kept = await post(editor, `/api/v1/documents?siteId=${w.siteId}`, draft('关于春季防火的通知'));
    const sent = await post(editor, `/api/v1/documents?siteId=${w.siteId}`, draft('2026年第一季度财政收支情况'));
    await post(editor, `/api/v1/documents/${sent.id}/submit`);

    const queue = blockOf(await workbench(reviewer), 'reviewQueue');
    expect(queue?.items.map((i) => i.id)).toContain(sent.id);
    await post(reviewer, `/api/v1/documents/${sent.id}/review`, {
      approve: false,
      note: '请补充收支表',
      confidentialityReviewed: false,
    });

    const mine = await workbench(editor);
    expect(blockOf(mine, 'drafts')?.items.map((i) => i.id)).toEqual([kept.id]);
    expect(blockOf(mine, 'returned')?.items).toMatchObject([{ id: sent.id, note: '退回意见：请补充收支表' }]);
    // Blocks with something in them come first.
    expect(mine.findIndex((b) => b.key === 'returned')).toBeLessThan(mine.findIndex((b) => b.count === 0));
    expect(blockOf(await workbench(reviewer), 'reviewQueue')?.count).toBe(0);
    // Another editor of the same department has drafts of their own, not these.
    expect(blockOf(await workbench(otherEditor), 'drafts')?.count).toBe(0);
  });

  it('offers each role only its own blocks', async () => {
    const keys = async (s: Session) => (await workbench(s)).map((b) => b.key);
    expect(await keys(editor)).not.toContain('requests');
    expect(await keys(editor)).not.toContain('reviewQueue');
    expect(await keys(reviewer)).not.toContain('drafts');
    expect(await keys(handler)).toContain('requests');
    expect(await keys(handler)).not.toContain('inspection');
    expect(await keys(auditor)).not.toContain('officeOverdue');
    expect(await keys(admin)).toEqual(expect.arrayContaining(['officeOverdue', 'inspection', 'reviewQueue']));
  });

  it('refuses a user of another site', async () => {
    const other = await createWorld(t.services, '3205080099');
    await createUser(t.services, 'wb-stranger', [{ siteId: other.siteId, role: 'site_admin', departmentId: null }]);
    const stranger = await signIn(t.app, 'wb-stranger');
    const res = await t.app.inject({ url: `/api/v1/workbench?siteId=${w.siteId}`, headers: stranger.headers });
    expect(res.statusCode).toBe(403);
  });
});

describe('what is late', () => {
  it('lists a request past its 20 working days for the handler and in the office’s overdue block (条例第三十三条)', async () => {
    const made = await post(
      admin,
      `/api/v1/requests?siteId=${w.siteId}`,
      requestBody({ departmentId: w.deptA, receivedOn: '2026-03-02', infoTitle: '河道整治工程验收报告' }),
    );
    const before = blockOf(await workbench(handler), 'requests')!.items.find((i) => i.id === made.id);
    expect(before?.tone).toBe('normal');
    // Received Monday 2 March 2026, counted from the next day (legal.md, 民法典 Art. 201): 20 working days end on
    // Monday 30 March; on Wednesday 1 April it is 2 working days late.
    await setClock(new Date('2026-04-01T02:00:00.000Z'));
    const late = blockOf(await workbench(handler), 'requests')!.items.find((i) => i.id === made.id);
    expect(late).toMatchObject({ tone: 'overdue', page: 'requests' });
    expect(late?.note).toContain('2026-03-30');
    expect(late?.note).toContain('超期 2 个工作日');
    const office = blockOf(await workbench(admin), 'officeOverdue');
    expect(office?.items.map((i) => i.id)).toContain(made.id);
    expect(office?.page).toBeNull();
  });
});

describe('what is late in the work plan', () => {
  it('puts a department’s share past its date in the office’s overdue block, but not one of a plan two years old', async () => {
    const actor = systemActor('测试');
    const plan = (year: number) => ({
      title: `测试区${year}年政务公开工作要点`,
      year,
      goals: [
        {
          no: '一',
          title: '加强政策解读',
          tasks: [
            {
              no: '（一）',
              title: '做好解读',
              items: [{ content: `${year}年重要政策同步解读`, lead: ['甲局'], responsible: [] }],
            },
          ],
        },
      ],
    });
    // Today is 1 April 2026 (the test above): this year's item was due yesterday.
    const current = await t.services.workPlans.importPlan(actor, w.siteId, plan(2026), { dueOn: '2026-03-31' });
    const old = await t.services.workPlans.importPlan(actor, w.siteId, plan(2024), { dueOn: '2024-06-30' });
    await t.services.workPlans.assign(actor, current.id);
    await t.services.workPlans.assign(actor, old.id);
    const office = blockOf(await workbench(admin), 'officeOverdue')!;
    const shares = office.items.filter((i) => i.page === 'workPlans');
    expect(shares.map((i) => i.title)).toEqual(['测试区2026年政务公开工作要点：2026年重要政策同步解读']);
    expect(shares[0]).toMatchObject({ tone: 'overdue' });
    expect(shares[0]!.note).toContain('完成时限 2026-03-31，已超过完成时限');
  });
});

describe('网站检查风险 (website.md §2)', () => {
  it('counts blank columns, then a news column not updated for two weeks', async () => {
    const first = blockOf(await workbench(admin), 'inspection')!;
    expect(first.items.some((i) => i.id === newsColumn && i.note.startsWith('空白栏目'))).toBe(true);
    const blank = first.items.filter((i) => i.note.startsWith('空白栏目')).length;
    expect(blank).toBeGreaterThanOrEqual(5);
    expect(first.summary).toContain('已达网站检查单项否决线');

    const doc = await post(editor, `/api/v1/documents?siteId=${w.siteId}`, draft('区政府召开常务会议'));
    await post(editor, `/api/v1/documents/${doc.id}/submit`);
    await post(reviewer, `/api/v1/documents/${doc.id}/review`, { approve: true, confidentialityReviewed: true });
    await post(editor, `/api/v1/documents/${doc.id}/publish`);
    const fresh = blockOf(await workbench(admin), 'inspection')!;
    expect(fresh.items.map((i) => i.id)).not.toContain(newsColumn);
    expect(fresh.items.map((i) => i.id)).not.toContain('home');

    // Fourteen days later it is still within the interval; on the fifteenth it is stale.
    const published = t.clock.now().getTime();
    await setClock(new Date(published + 14 * 86_400_000));
    expect(blockOf(await workbench(admin), 'inspection')!.items.map((i) => i.id)).not.toContain(newsColumn);
    await setClock(new Date(published + 15 * 86_400_000));
    const stale = blockOf(await workbench(admin), 'inspection')!;
    expect(stale.items.find((i) => i.id === newsColumn)).toMatchObject({ tone: 'overdue' });
    expect(stale.items.find((i) => i.id === newsColumn)?.note).toContain('15 天未更新');
    expect(stale.items.find((i) => i.id === 'home')?.note).toContain('已 15 天没有新信息');
  });
});
