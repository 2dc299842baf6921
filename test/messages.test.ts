import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { dbEnv, runCli } from './helpers/cli.js';
import { count, createUser, signIn, testAppWithAdmin, type Session, type TestApp, type World } from './helpers/app.js';

/**
 * 互动交流 through the HTTP API (issue 15 §1): mailboxes, the closed loop of website.md §6 with
 * its roles, publication through the gate, statistics and the three-month watch list.
 */
let t: TestApp;
let w: World;
let admin: Session;
let office: Session;
let handlerA: Session;
let handlerB: Session;
let auditor: Session;
let boxId: string;

const WRITER = {
  name: '王小明',
  phone: '13912345678',
  email: 'wxm@example.com',
  address: '苏州市姑苏区十全街88号3幢201室',
};
const BODY = `我是${WRITER.name}，住十全街88号3幢201室，楼下路灯坏了两周，晚上出行不便，请尽快修复。电话${WRITER.phone}。`;

beforeAll(async () => {
  // The loop takes days of scripted time: sessions last a month here.
  ({ t, w, admin } = await testAppWithAdmin({
    GONGKAI_SESSION_IDLE_MINUTES: '1440',
    GONGKAI_SESSION_MAX_HOURS: '720',
  }));
  await createUser(t.services, 'office', [{ siteId: w.siteId, role: 'message_handler', departmentId: null }]);
  await createUser(t.services, 'handler-a', [{ siteId: w.siteId, role: 'message_handler', departmentId: w.deptA }]);
  await createUser(t.services, 'handler-b', [{ siteId: w.siteId, role: 'message_handler', departmentId: w.deptB }]);
  await createUser(t.services, 'auditor', [{ siteId: w.siteId, role: 'auditor', departmentId: null }]);
  // Monday 2 March 2026, 10:00 in Beijing.
  t.clock.set(new Date('2026-03-02T02:00:00.000Z'));
  office = await signIn(t.app, 'office');
  handlerA = await signIn(t.app, 'handler-a');
  handlerB = await signIn(t.app, 'handler-b');
  auditor = await signIn(t.app, 'auditor');
});
afterAll(() => t.close());

/** Moves the scripted clock on; sessions end after a day idle, so everyone signs in again. */
async function later(iso: string) {
  t.clock.set(new Date(iso));
  office = await signIn(t.app, 'office');
  handlerA = await signIn(t.app, 'handler-a');
  handlerB = await signIn(t.app, 'handler-b');
  auditor = await signIn(t.app, 'auditor');
}

const call = (session: Session, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });
const step = (session: Session, id: string, payload: object) =>
  call(session, 'POST', `/api/v1/messages/${id}/events`, payload);

async function write(over: object = {}) {
  return t.services.messages.submitOnline(w.siteId, {
    mailboxId: boxId,
    kind: 'complaint',
    subject: '路灯损坏',
    body: BODY,
    writer: WRITER,
    consentToPublish: true,
    ...over,
  });
}

describe('mailboxes', () => {
  it('are set up by the site administrator with their answer limit, and by no one else', async () => {
    const box = { name: '区长信箱', kind: null, answerWorkdays: 13, publishAnswers: true, departmentId: null };
    expect((await call(office, 'POST', `/api/v1/mailboxes?siteId=${w.siteId}`, box)).statusCode).toBe(403);
    const res = await call(admin, 'POST', `/api/v1/mailboxes?siteId=${w.siteId}`, box);
    expect(res.statusCode, res.body).toBe(201);
    boxId = res.json<{ id: string }>().id;
    const bad = await call(admin, 'POST', `/api/v1/mailboxes?siteId=${w.siteId}`, { ...box, answerWorkdays: -1 });
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    // Besides the standard boxes every new site starts with: no portal goes without a channel.
    const names = (await t.services.mailboxes.list(w.siteId)).map((b) => b.name);
    expect(names).toEqual(['区长信箱', '区长信箱', '我要咨询', '我要投诉', '我要建议', '网站纠错']);
    expect(await count(t.database, 'mailboxes')).toBe(6);
  });
});

describe('the closed loop (website.md §6)', () => {
  let id: string;
  let trackingNo: string;
  let queryCode: string;

  it('gives the writer a tracking number and a private query code', async () => {
    ({ id, trackingNo, queryCode } = await write());
    expect(trackingNo).toMatch(/^LY2026-\d{5}$/);
    const status = await t.services.messages.publicStatus(w.siteId, trackingNo, queryCode);
    expect(status).toMatchObject({
      state: 'received',
      stateLabel: '已收到，待受理',
      dueOn: '2026-03-19',
      answer: null,
    });
    await expect(t.services.messages.publicStatus(w.siteId, trackingNo, 'WRONGCODE')).rejects.toMatchObject({
      code: 'MESSAGE_NOT_FOUND',
    });
  });

  it('is dispatched by the office only, and a department sees only what it is given', async () => {
    // Not yet the department's: it does not exist for it.
    expect((await step(handlerA, id, { type: 'accepted' })).statusCode).toBe(404);
    expect((await call(handlerA, 'GET', `/api/v1/messages/${id}`)).statusCode).toBe(404);
    const accepted = await step(office, id, { type: 'accepted' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ actions: ['assigned', 'redirected', 'merged'] });
    const assigned = await step(office, id, { type: 'assigned', departmentId: w.deptA });
    expect(assigned.json()).toMatchObject({ case: { state: 'assigned', departmentName: '甲局' } });
    const queueA = await call(handlerA, 'GET', `/api/v1/messages?siteId=${w.siteId}`);
    expect(queueA.json<{ items: { id: string }[] }>().items.map((m) => m.id)).toEqual([id]);
    const queueB = await call(handlerB, 'GET', `/api/v1/messages?siteId=${w.siteId}`);
    expect(queueB.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('may be returned by the department with a reason and reassigned by the office', async () => {
    expect((await step(handlerA, id, { type: 'returned' })).json()).toMatchObject({
      error: { code: 'MESSAGE_EVENT_FIELD' },
    });
    const returned = await step(handlerA, id, { type: 'returned', note: '路灯由乙局管理' });
    expect(returned.statusCode, returned.body).toBe(200);
    const detail = (await call(office, 'GET', `/api/v1/messages/${id}`)).json();
    expect(detail).toMatchObject({ case: { state: 'returned', returnedReason: '路灯由乙局管理', departmentId: null } });
    // Returned, it is with the office again: the department still sees it but can act on it no longer.
    expect((await step(handlerA, id, { type: 'started' })).statusCode).toBe(403);
    expect((await step(office, id, { type: 'assigned', departmentId: w.deptB })).statusCode).toBe(200);
  });

  it('is answered by the department and reviewed by the office before the writer sees it', async () => {
    expect((await step(handlerB, id, { type: 'started' })).statusCode).toBe(200);
    const submitted = await step(handlerB, id, { type: 'answer_submitted', reply: '已安排维修。' });
    expect(submitted.json()).toMatchObject({ case: { state: 'answer_review', draft: '已安排维修。' } });
    // The department cannot approve its own answer.
    expect((await step(handlerB, id, { type: 'answer_approved' })).statusCode).toBe(403);
    expect((await t.services.messages.publicStatus(w.siteId, trackingNo, queryCode)).answer).toBe(null);
    await step(office, id, { type: 'answer_rejected', note: '请写明完成时间' });
    await later('2026-03-04T02:00:00.000Z');
    await step(handlerB, id, { type: 'answer_submitted', reply: '已安排维修，3月6日前修复。' });
    const approved = await step(office, id, { type: 'answer_approved' });
    expect(approved.json()).toMatchObject({
      case: { state: 'answered', answer: '已安排维修，3月6日前修复。', answeredOn: '2026-03-04', onTime: true },
    });
    await step(office, id, { type: 'closed' });
    const status = await t.services.messages.publicStatus(w.siteId, trackingNo, queryCode);
    expect(status).toMatchObject({
      stateLabel: '已办结',
      answer: '已安排维修，3月6日前修复。',
      department: '乙局',
      mayRate: true,
    });
  });

  it('reopens once when the writer is not satisfied, and the second answer closes it', async () => {
    const rated = await t.services.messages.rate(w.siteId, trackingNo, queryCode, 'dissatisfied', '灯还是不亮');
    expect(rated).toMatchObject({ reopened: true, mayRate: false, answer: '已安排维修，3月6日前修复。' });
    const detail = (await call(handlerB, 'GET', `/api/v1/messages/${id}`)).json();
    expect(detail).toMatchObject({ case: { state: 'in_progress', round: 2, dueOn: '2026-03-23' } });
    await step(handlerB, id, { type: 'answer_submitted', reply: '已更换灯具，3月5日恢复照明。' });
    await step(office, id, { type: 'answer_approved' });
    await step(office, id, { type: 'closed' });
    const second = await t.services.messages.rate(w.siteId, trackingNo, queryCode, 'satisfied', '');
    expect(second).toMatchObject({ rating: 'satisfied', reopened: true, stateLabel: '已办结' });
    await expect(t.services.messages.rate(w.siteId, trackingNo, queryCode, 'dissatisfied', '')).rejects.toMatchObject({
      code: 'MESSAGE_RATED',
    });
    expect((await step(office, id, { type: 'followed_up', note: '电话回访，满意' })).json()).toMatchObject({
      case: { state: 'followed_up' },
    });
  });

  it('shows an auditor the history but not who wrote', async () => {
    const detail = (await call(auditor, 'GET', `/api/v1/messages/${id}`)).json();
    expect(detail).toMatchObject({
      writerName: '王某',
      writer: { phone: '（仅办理人员可见）', email: '', address: '' },
    });
    expect(JSON.stringify(detail)).not.toContain(WRITER.phone);
    expect(detail.actions).toEqual([]);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['after_json'])
      .where('entity_type', '=', 'message')
      .execute();
    const logged = JSON.stringify(audit);
    expect(logged).not.toContain(WRITER.name);
    expect(logged).not.toContain(WRITER.phone);
  });

  it('is published only through the gate: masked, with the writer nowhere on the portal', async () => {
    const raw = { subject: '路灯损坏', body: BODY, answer: '已更换灯具，3月5日恢复照明。' };
    const refused = await call(office, 'PUT', `/api/v1/messages/${id}/publication`, raw);
    expect(refused.json()).toMatchObject({ error: { code: 'PUBLICATION_FINDINGS' } });
    expect(await t.services.messages.published(w.siteId, { page: 1, pageSize: 10 })).toMatchObject({ total: 0 });
    const draft = (await call(office, 'GET', `/api/v1/messages/${id}/publication-draft`)).json<typeof raw>();
    expect(draft.body).not.toContain(WRITER.name);
    expect(draft.body).not.toContain(WRITER.phone);
    expect(draft.body).not.toContain('3幢201室');
    const published = await call(office, 'PUT', `/api/v1/messages/${id}/publication`, draft);
    expect(published.statusCode, published.body).toBe(200);
    const list = await t.services.messages.published(w.siteId, { page: 1, pageSize: 10 });
    expect(list.total).toBe(1);
    expect(list.items[0]!.publication).toMatchObject({ department: '乙局', answeredOn: '2026-03-04' });
    const shown = JSON.stringify(list);
    for (const secret of [WRITER.name, WRITER.phone, WRITER.email, '3幢201室']) expect(shown).not.toContain(secret);
    // A department handler may not publish; the office may withdraw.
    expect((await call(handlerB, 'PUT', `/api/v1/messages/${id}/publication`, draft)).json()).toMatchObject({
      error: { code: 'MESSAGE_NOT_PUBLISHABLE' },
    });
    await call(office, 'DELETE', `/api/v1/messages/${id}/publication`);
    expect((await t.services.messages.published(w.siteId, { page: 1, pageSize: 10 })).total).toBe(0);
    await call(office, 'PUT', `/api/v1/messages/${id}/publication`, draft);
  });

  it('is never published without the writer’s consent', async () => {
    const { id: other } = await write({ consentToPublish: false });
    await step(office, other, { type: 'accepted' });
    await step(office, other, { type: 'assigned', departmentId: w.deptA });
    await step(handlerA, other, { type: 'answer_submitted', reply: '答复' });
    await step(office, other, { type: 'answer_approved' });
    const res = await call(office, 'PUT', `/api/v1/messages/${other}/publication`, {
      subject: '路灯',
      body: '路灯',
      answer: '答复',
    });
    expect(res.json()).toMatchObject({ error: { code: 'MESSAGE_NOT_PUBLISHABLE' } });
  });
});

describe('duplicates, legal channels and bad steps', () => {
  it('merges a duplicate into the first message, whose answer the writer then sees', async () => {
    const first = await write({ subject: '噪音扰民' });
    const dup = await write({ subject: '噪音扰民（重复）' });
    const merged = await step(office, dup.id, { type: 'merged', intoTrackingNo: first.trackingNo.toLowerCase() });
    expect(merged.json()).toMatchObject({ case: { state: 'merged', valid: false }, mergedInto: first.trackingNo });
    expect((await step(office, first.id, { type: 'merged', intoTrackingNo: first.trackingNo })).json()).toMatchObject({
      error: { code: 'MESSAGE_MERGE_TARGET' },
    });
    await step(office, first.id, { type: 'accepted' });
    await step(office, first.id, { type: 'assigned', departmentId: w.deptA });
    await step(handlerA, first.id, { type: 'answer_submitted', reply: '已约谈施工单位。' });
    await step(office, first.id, { type: 'answer_approved' });
    const status = await t.services.messages.publicStatus(w.siteId, dup.trackingNo, dup.queryCode);
    expect(status).toMatchObject({ stateLabel: '已与相同诉求的留言合并办理', answer: '已约谈施工单位。' });
  });

  it('redirects a message that belongs to a legal channel with the standard reply', async () => {
    const m = await write({ subject: '要求公开征收补偿方案' });
    const res = await step(office, m.id, { type: 'redirected', channel: 'disclosure_request' });
    expect(res.json()).toMatchObject({ case: { state: 'redirected', valid: true } });
    const status = await t.services.messages.publicStatus(w.siteId, m.trackingNo, m.queryCode);
    expect(status.answer).toContain('政府信息公开条例');
  });

  it('refuses a step out of order or with bad input, with a code, writing nothing', async () => {
    const m = await write();
    const before = await count(t.database, 'message_events');
    const cases: [object, string][] = [
      [{ type: 'assigned', departmentId: w.deptA }, 'MESSAGE_EVENT_STATE'],
      [{ type: 'received' }, 'VALIDATION_FAILED'],
      [{ type: 'accepted', on: '2026-02-01' }, 'MESSAGE_EVENT_DATE'],
      [{ type: 'accepted', on: '2099-01-01' }, 'MESSAGE_EVENT_DATE'],
      [{ type: 'not_accepted' }, 'MESSAGE_EVENT_FIELD'],
      [{ type: 'accepted', unknown: 1 }, 'VALIDATION_FAILED'],
    ];
    for (const [payload, code] of cases) {
      const res = await step(office, m.id, payload);
      expect(res.json(), JSON.stringify(payload)).toMatchObject({ error: { code } });
    }
    await step(office, m.id, { type: 'accepted' });
    const other = await step(office, m.id, { type: 'assigned', departmentId: '00000000-0000-7000-8000-000000000000' });
    expect(other.json()).toMatchObject({ error: { code: 'MESSAGE_DEPARTMENT' } });
    expect(await count(t.database, 'message_events')).toBe(before + 1);
  });
});

describe('clocks, the watch list and statistics', () => {
  it('puts an unanswered message on the watch list 30 days before three months, and a veto after', async () => {
    // Thursday 5 March (the clock only moves forward: sign-in throttles count in real time).
    await later('2026-03-05T02:00:00.000Z');
    const m = await write({ subject: '长期未答复' });
    await step(office, m.id, { type: 'accepted' });
    await step(office, m.id, { type: 'assigned', departmentId: w.deptA });
    const watched = async () =>
      (await call(office, 'GET', `/api/v1/messages?siteId=${w.siteId}&watch=true`))
        .json<{ items: { trackingNo: string; case: { watch: string | null; overdue: boolean } }[] }>()
        .items.find((x) => x.trackingNo === m.trackingNo);
    // Due on 24 March (13 working days), overdue the day after.
    await later('2026-03-25T02:00:00.000Z');
    expect(await watched()).toBe(undefined);
    const queue = (await call(office, 'GET', `/api/v1/messages?siteId=${w.siteId}&open=true`)).json<{
      items: { trackingNo: string; case: { overdue: boolean } }[];
    }>();
    expect(queue.items.find((x) => x.trackingNo === m.trackingNo)?.case.overdue).toBe(true);
    await later('2026-05-05T02:00:00.000Z');
    expect(await watched()).toBe(undefined);
    await later('2026-05-06T02:00:00.000Z');
    expect((await watched())?.case.watch).toBe('near');
    await later('2026-06-05T02:00:00.000Z');
    expect((await watched())?.case.watch).toBe('near');
    await later('2026-06-06T02:00:00.000Z');
    expect((await watched())?.case.watch).toBe('veto');
    // The department sees its own message on its watch list; another department does not.
    const forB = (await call(handlerB, 'GET', `/api/v1/messages?siteId=${w.siteId}&watch=true`)).json<{
      items: { trackingNo: string }[];
    }>();
    expect(forB.items.map((x) => x.trackingNo)).not.toContain(m.trackingNo);
    expect((await t.services.messages.overdue(w.siteId)).map((o) => o.trackingNo)).toContain(m.trackingNo);
    await step(handlerA, m.id, { type: 'answer_submitted', reply: '迟到的答复' });
    await step(office, m.id, { type: 'answer_approved' });
    expect(await watched()).toBe(undefined);
  });

  it('counts a month: received, valid, answered, on time, satisfaction', async () => {
    const res = await call(office, 'GET', `/api/v1/messages/statistics?siteId=${w.siteId}&month=2026-03`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    // March: 7 messages were written; the duplicate is not valid. Answered in March: the street
    // light (on time, satisfied after reopening), the unconsented one, the noise and the redirection.
    expect(s).toMatchObject({ month: '2026-03', received: 7, valid: 6, closed: 4, closedOnTime: 4, onTimeRate: 1 });
    expect(s).toMatchObject({ rated: 1, satisfied: 1, satisfactionRate: 1 });
    const june = (await call(office, 'GET', `/api/v1/messages/statistics?siteId=${w.siteId}&month=2026-06`)).json();
    expect(june).toMatchObject({ received: 0, closed: 1, closedOnTime: 0, onTimeRate: 0, satisfactionRate: null });
  });

  it('gives the year as a spreadsheet with a row per month and the year’s sum', async () => {
    const res = await call(office, 'GET', `/api/v1/messages/statistics/xlsx?siteId=${w.siteId}&year=2026`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows = book.getWorksheet('留言办理统计')!.getSheetValues();
    const march = rows.find((r) => Array.isArray(r) && r[1] === '2026-03') as unknown[];
    expect(march.slice(1, 6)).toEqual(['2026-03', 7, 6, 4, 4]);
    const year = rows.find((r) => Array.isArray(r) && r[1] === '全年') as unknown[];
    expect(year.slice(1, 6)).toEqual(['全年', 7, 6, 5, 4]);
  });

  it('lists for the operator what is late, with `gongkai messages overdue --json`, failing on a veto', async () => {
    // The command runs on the real clock (late 2026): every message still unanswered from March is past the veto.
    const r = await runCli(['messages', 'overdue', '--json'], dbEnv(t.database));
    expect(r.code, r.stderr).toBe(1);
    const items = JSON.parse(r.stdout) as { trackingNo: string; watch: string | null }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((m) => m.watch === 'veto')).toBe(true);
    expect(r.stdout).not.toContain(WRITER.name);
    expect(r.stdout).not.toContain(WRITER.phone);
  });
});

describe('a department’s own box (部门信箱)', () => {
  it('goes straight to that department, which may give it back for the office to refuse', async () => {
    const box = {
      name: '区住建委信箱',
      kind: 'inquiry',
      answerWorkdays: 5,
      publishAnswers: true,
      departmentId: w.deptA,
    };
    admin = await signIn(t.app, 'site-admin');
    const created = await call(admin, 'POST', `/api/v1/mailboxes?siteId=${w.siteId}`, box);
    expect(created.statusCode, created.body).toBe(201);
    const { id } = await write({ mailboxId: created.json<{ id: string }>().id, kind: undefined });
    const seen = (await call(handlerA, 'GET', `/api/v1/messages/${id}`)).json<{
      case: { state: string; departmentName: string | null };
      actions: string[];
      events: { type: string; note: string | null }[];
    }>();
    expect(seen.case).toMatchObject({ state: 'assigned', departmentName: expect.any(String) });
    expect(seen.events.map((e) => e.type)).toEqual(['received', 'accepted', 'assigned']);
    expect(seen.events[2]!.note).toBe('写给“区住建委信箱”，直接转交');
    expect(seen.actions).toContain('returned');
    // Another department does not see it at all.
    expect((await call(handlerB, 'GET', `/api/v1/messages/${id}`)).statusCode).toBe(404);
    expect((await step(handlerA, id, { type: 'returned', note: '内容为广告，不属于本部门' })).statusCode).toBe(200);
    const back = (await call(office, 'GET', `/api/v1/messages/${id}`)).json<{ actions: string[] }>();
    expect(back.actions).toContain('not_accepted');
    const refused = await step(office, id, { type: 'not_accepted', note: '广告信息，不予受理' });
    expect(refused.json<{ case: { state: string; valid: boolean } }>().case).toMatchObject({
      state: 'not_accepted',
      valid: false,
    });
  });
});
