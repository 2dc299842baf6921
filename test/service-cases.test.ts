import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from './helpers/multipart.js';
import { count, createUser, signIn, testAppWithAdmin, type Session, type TestApp, type World } from './helpers/app.js';

/**
 * 办件 and 好差评 (issue 16 §4–5): a case registered at the counter, followed on the portal by its
 * number and query code, finished late across the 劳动节 holiday (reference/legal.md, 2026: 1–5 May
 * off, Saturday 9 May worked), seen late in 办件结果公示 and on the 3550 board; a 差评 becomes the
 * department's follow-up task.
 */
let t: TestApp;
let w: World;
let admin: Session;
let clerk: Session;
let otherClerk: Session;
let itemId: string;
let caseId: string;
let caseNo: string;
let queryCode: string;
const host = { host: 'site-3205080001.test' };
const APPLICANT = { name: '周慧敏', phone: '13688889999' };

const call = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, ...(payload ? { payload } : {}) });
const form = (url: string, fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { ...host, 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  });
};
async function at(iso: string) {
  t.clock.set(new Date(iso));
  admin = await signIn(t.app, 'site-admin');
  clerk = await signIn(t.app, 'clerk-a');
  otherClerk = await signIn(t.app, 'clerk-b');
}

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin({
    GONGKAI_SESSION_IDLE_MINUTES: '1440',
    GONGKAI_SESSION_MAX_HOURS: '720',
  }));
  await createUser(t.services, 'clerk-a', [{ siteId: w.siteId, role: 'service_clerk', departmentId: w.deptA }]);
  await createUser(t.services, 'clerk-b', [{ siteId: w.siteId, role: 'service_clerk', departmentId: w.deptB }]);
  const created = await call(admin, 'POST', `/service-items?siteId=${w.siteId}`, {
    departmentId: w.deptA,
    guide: {
      name: '企业设立登记',
      itemType: 'licensing',
      implementationCode: 'GS-0001',
      basis: '《中华人民共和国市场主体登记管理条例》第三条',
      conditions: '名称经自主申报，有符合规定的住所。',
      materials: [{ name: '公司登记（备案）申请书', basis: '《市场主体登记管理条例实施细则》第二十四条' }],
      steps: [{ name: '受理' }, { name: '审查', days: 2 }, { name: '发照', days: 1 }],
      legalDays: 3,
      committedDays: 3,
      fee: { standard: '不收费' },
      location: '区政务服务中心二楼',
      hours: '工作日 9:00—17:00',
      consultPhone: '0512-65000000',
      commitment3550: 'business_start',
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  itemId = created.json<{ id: string }>().id;
  for (const step of ['submission', 'review', 'publication'])
    expect(
      (await call(admin, 'POST', `/service-items/${itemId}/${step}`, step === 'review' ? { approve: true } : undefined))
        .statusCode,
    ).toBe(200);
  // Thursday 30 April 2026, 10:00 in Beijing: the day before the 劳动节 holiday.
  await at('2026-04-30T02:00:00.000Z');
});
afterAll(() => t.close());

describe('a case at the counter', () => {
  it('is registered by a window clerk of the department, with a query code shown once', async () => {
    expect(
      (await call(otherClerk, 'POST', `/service-cases?siteId=${w.siteId}`, { itemId, applicant: APPLICANT }))
        .statusCode,
    ).toBe(403);
    const res = await call(clerk, 'POST', `/service-cases?siteId=${w.siteId}`, { itemId, applicant: APPLICANT });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json<{ id: string; caseNo: string; queryCode: string; dueOn: string; applicant: object }>();
    ({ id: caseId, caseNo, queryCode } = c);
    expect(caseNo).toBe('BJ2026-00001');
    // Three working days after Thursday 30 April: 6, 7 and 8 May (1–5 May are the holiday).
    expect(c.dueOn).toBe('2026-05-08');
    expect(c.applicant).toEqual(APPLICANT);
    expect((await call(otherClerk, 'GET', `/service-cases/${caseId}`)).statusCode).toBe(404);
  });

  it('is followed on the portal by number and query code, with nothing about the applicant', async () => {
    const wrong = await form('/services/progress', { caseNo, queryCode: 'WRONG1' });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toContain('办件编号或查询码不正确');
    const page = await form('/services/progress', { caseNo, queryCode });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('2026-05-08 前（3 个工作日）');
    expect(page.body).toContain('2026-04-30 受理');
    expect(page.body).not.toContain(APPLICANT.name);
    expect(page.body).not.toContain(APPLICANT.phone);
    // Not finished: nothing to rate yet.
    expect(page.body).not.toContain('请评价这次办事');
  });

  it('gets a new query code when the applicant loses the slip; the old one stops working', async () => {
    expect((await call(otherClerk, 'POST', `/service-cases/${caseId}/query-code`)).statusCode).toBe(404);
    const reset = await call(clerk, 'POST', `/service-cases/${caseId}/query-code`);
    expect(reset.statusCode, reset.body).toBe(200);
    const fresh = reset.json<{ caseNo: string; queryCode: string }>();
    expect(fresh.caseNo).toBe(caseNo);
    expect(fresh.queryCode).not.toBe(queryCode);
    expect((await form('/services/progress', { caseNo, queryCode })).statusCode).toBe(404);
    expect((await form('/services/progress', { caseNo, queryCode: fresh.queryCode })).statusCode).toBe(200);
    const trail = await call(
      admin,
      'GET',
      `/audit?siteId=${w.siteId}&entityId=${caseId}&action=service_case.query_code_reset`,
    );
    expect(trail.json()).toMatchObject({
      items: [expect.objectContaining({ action: 'service_case.query_code_reset', actionLabel: '办件 · 重置查询码' })],
    });
    expect(trail.body).not.toContain(fresh.queryCode);
    queryCode = fresh.queryCode;
  });

  it('finished late shows late in 办件结果公示 and on the 3550 board', async () => {
    await at('2026-05-06T02:00:00.000Z');
    expect((await call(clerk, 'POST', `/service-cases/${caseId}/steps`, { name: '审查' })).statusCode).toBe(200);
    // Monday 11 May: 6, 7, 8, 9 (a Saturday worked) and 11 May — five working days against three.
    await at('2026-05-11T02:00:00.000Z');
    const done = await call(clerk, 'POST', `/service-cases/${caseId}/finish`, { result: 'approved' });
    expect(done.json()).toMatchObject({ finishedOn: '2026-05-11', onTime: false, actualWorkdays: 5 });
    const results = (await t.app.inject({ url: `/api/v1/service-cases/results?month=2026-05`, headers: host })).json();
    expect(results).toMatchObject({
      total: { received: 0, finished: 1, onTime: 0 },
      items: [{ itemName: '企业设立登记', finished: 1, onTime: 0, onTimeRate: 0 }],
    });
    const board = (await t.app.inject({ url: `/api/v1/service-cases/board-3550?year=2026`, headers: host })).json<
      { commitment: string; months: { month: string; finished: number; averageDays: number; overTarget: number }[] }[]
    >();
    expect(board.find((b) => b.commitment === 'business_start')!.months[4]).toEqual({
      month: '2026-05',
      finished: 1,
      averageDays: 5,
      maxDays: 5,
      overTarget: 1,
    });
    const page = (await t.app.inject({ url: '/services/figures?month=2026-05', headers: host })).body;
    expect(page).toContain('1 件，平均 5，最长 5，超时 1 件');
    expect(page).not.toContain(APPLICANT.name);
  });

  it('takes one rating; a 差评 asks for its reasons and becomes the department’s task, due when the office says', async () => {
    // The office gives departments 10 working days instead of the 15 a new site starts with.
    // (What the platform keeps about the site — id, times, retirement — is read, not written back.)
    const { id, createdAt, updatedAt, retiredAt, retiredNotice, ...site } = (await call(admin, 'GET', '/sites'))
      .json<{
        items: {
          id: string;
          createdAt: string;
          updatedAt: string;
          retiredAt: string | null;
          retiredNotice: string;
          ratingFollowUpWorkdays: number;
        }[];
      }>()
      .items.find((s) => s.id === w.siteId)!;
    expect([retiredAt, retiredNotice]).toEqual([null, '']);
    expect([id, site.ratingFollowUpWorkdays, createdAt <= updatedAt]).toEqual([w.siteId, 15, true]);
    const set = await call(admin, 'PUT', `/sites/${w.siteId}`, { ...site, ratingFollowUpWorkdays: 10 });
    expect(set.json(), set.body).toMatchObject({ ratingFollowUpWorkdays: 10 });
    const noReason = await form('/services/progress/rating', { caseNo, queryCode, level: '2' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('id="e-reasons">选择“不满意”或“非常不满意”时，请至少选择一项原因<');
    // What was chosen stays chosen.
    expect(noReason.body).toMatch(/value="2"[^>]*checked/);
    const rated = await form('/services/progress/rating', {
      caseNo,
      queryCode,
      level: '2',
      reasons: ['办理时间长', '跑腿次数多'],
      comment: '节后等了一周',
    });
    expect(rated.statusCode).toBe(200);
    expect(rated.body).toContain('<th scope="row">您的评价</th><td>不满意</td>');
    expect(rated.body).toContain('承办部门将核实您反映的问题，并在 2026-05-25 前整改反馈。');
    const again = await form('/services/progress/rating', { caseNo, queryCode, level: '5' });
    expect(again.body).toContain('这件事已经评价过');
    const tasks = (await call(clerk, 'GET', `/service-cases/follow-ups?siteId=${w.siteId}`)).json<{
      items: { caseNo: string; reasons: string[]; dueOn: string; late: boolean }[];
    }>().items;
    // Ten working days from Monday 11 May.
    expect(tasks).toEqual([
      expect.objectContaining({ caseNo, reasons: ['办理时间长', '跑腿次数多'], dueOn: '2026-05-25', late: false }),
    ]);
    expect((await call(otherClerk, 'GET', `/service-cases/follow-ups?siteId=${w.siteId}`)).json()).toEqual({
      items: [],
    });
    const followed = await call(clerk, 'POST', `/service-cases/${caseId}/follow-up`, {
      note: '已电话回访，节后积压已增派窗口人员',
    });
    expect(followed.json()).toMatchObject({ rating: { followedUpOn: '2026-05-11' } });
    const ratings = (await t.app.inject({ url: '/api/v1/service-cases/ratings?month=2026-05', headers: host })).json();
    expect(ratings).toMatchObject({ rated: 1, goodRate: 0, bad: 1, followedUp: 1 });
  });
});

describe('cases from the hall’s system', () => {
  const CSV = [
    '\uFEFF办件编号,实施编码,申请人,联系电话,受理日期,办结日期,办理结果',
    'GS2026-0501,GS-0001,苏州某某科技有限公司,0512-66660000,2026/5/6,2026-05-08,准予办理',
    'GS2026-0502,GS-0001,吴某,13800000000,2026年5月7日,,',
    'BJ2026-00001,GS-0001,周慧敏,13688889999,2026-04-30,2026-05-11,准予办理',
    'GS2026-0503,NO-SUCH-ITEM,张某,,2026-05-07,,',
    'GS2026-0504,GS-0001,李某,,2026-13-40,,',
  ].join('\n');
  const upload = async (text: string, name = '办件.csv') => {
    const { payload, headers } = multipart({}, { field: 'file', name, bytes: Buffer.from(text) });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/service-cases/import?siteId=${w.siteId}`,
      headers: { ...admin.headers, ...headers },
      payload,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ results: { row: number; caseNo: string; status: string; reasons: string[] }[] }>().results;
  };

  it('reports each row, adds only what is new, and records a finish the next export shows', async () => {
    const first = await upload(CSV);
    expect(first.map((r) => [r.row, r.status])).toEqual([
      [2, 'created'],
      [3, 'created'],
      [4, 'unchanged'],
      [5, 'failed'],
      [6, 'failed'],
    ]);
    expect(first[3]!.reasons).toEqual(['实施编码“NO-SUCH-ITEM”不是本站点已公开的事项']);
    expect(first[4]!.reasons).toEqual(['受理日期无法识别']);
    const before = await count(t.database, 'service_cases');
    expect((await upload(CSV)).filter((r) => r.status !== 'failed').map((r) => r.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(await count(t.database, 'service_cases')).toBe(before);
    // The next day's export shows GS2026-0502 finished: only that is written.
    const next = CSV.replace('2026年5月7日,,', '2026年5月7日,2026-05-11,不予办理');
    expect((await upload(next)).find((r) => r.caseNo === 'GS2026-0502')!.status).toBe('finished');
    const results = (await t.app.inject({ url: '/api/v1/service-cases/results?month=2026-05', headers: host })).json();
    // Received in May: 0501 and 0502; finished in May: 00001 (late), 0501 (on time), 0502 (on time).
    expect(results).toMatchObject({ total: { received: 2, finished: 3, onTime: 2 } });
  });

  it('refuses a file without the columns it needs, saying which', async () => {
    const bad = await upload('编号,事项\nX,Y');
    expect(bad).toEqual([
      {
        row: 1,
        caseNo: null,
        status: 'failed',
        reasons: ['第一行缺少列：办件编号、实施编码、申请人、联系电话、受理日期'],
      },
    ]);
  });
});
