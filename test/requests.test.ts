import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, createUser, signIn, testAppWithAdmin, type Session, type TestApp, type World } from './helpers/app.js';

/** 依申请公开 through the HTTP API (issue 4): registering, events, the clock, the queue, privacy. */
let t: TestApp;
let w: World;
let handlerA: Session;
let handlerB: Session;
let office: Session;

beforeAll(async () => {
  ({ t, w } = await testAppWithAdmin());
  await createUser(t.services, 'handler-a', [{ siteId: w.siteId, role: 'request_handler', departmentId: w.deptA }]);
  await createUser(t.services, 'handler-b', [{ siteId: w.siteId, role: 'request_handler', departmentId: w.deptB }]);
  await createUser(t.services, 'office', [{ siteId: w.siteId, role: 'request_handler', departmentId: null }]);
  // Monday 16 March 2026, 10:00 in Beijing.
  t.clock.set(new Date('2026-03-16T02:00:00.000Z'));
  handlerA = await signIn(t.app, 'handler-a');
  handlerB = await signIn(t.app, 'handler-b');
  office = await signIn(t.app, 'office');
});
afterAll(() => t.close());

const PHONE = '13912345678';
const ID_NUMBER = '320508199001011234';

const application = (over: Record<string, unknown> = {}) => ({
  departmentId: w.deptA,
  channel: 'registered_post',
  receivedOn: '2026-03-02',
  applicant: {
    kind: 'person',
    name: '王某',
    idNumber: ID_NUMBER,
    phone: PHONE,
    email: 'wang@example.com',
    address: '苏州市姑苏区人民路 1 号',
  },
  infoTitle: '2025年老旧小区改造项目资金使用情况',
  infoDocNo: '',
  infoDescription: '平江街道老旧小区改造的资金拨付明细',
  deliveryForm: 'paper',
  deliveryMethod: 'post',
  ...over,
});

async function register(session: Session, over: Record<string, unknown> = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/requests?siteId=${w.siteId}`,
    headers: session.headers,
    payload: application(over),
  });
}

async function event(session: Session, id: string, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: `/api/v1/requests/${id}/events`, headers: session.headers, payload });
}

describe('registering an application received by post', () => {
  it('gives a tracking number and a query code, and starts the clock from the Art. 31 date', async () => {
    const res = await register(handlerA);
    expect(res.statusCode, res.body).toBe(201);
    const { id, trackingNo, queryCode } = res.json<{ id: string; trackingNo: string; queryCode: string }>();
    expect(trackingNo).toMatch(/^YSQ2026-\d{5}$/);
    expect(queryCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    const detail = (await t.app.inject({ url: `/api/v1/requests/${id}`, headers: handlerA.headers })).json();
    expect(detail).toMatchObject({
      state: 'processing',
      channel: 'registered_post',
      receivedOn: '2026-03-02',
      clock: { dueOn: '2026-03-30', correctionNoticeDueOn: '2026-03-11', provisional: false },
      // 16 March to 30 March: 10 working days left.
      urgency: 'normal',
      workdaysLeft: 10,
      applicant: { phone: PHONE },
    });
  });

  it('refuses bad input with a code and writes nothing', async () => {
    const before = await count(t.database, 'disclosure_requests');
    const audit = await count(t.database, 'audit_log');
    const cases: [Record<string, unknown>, string][] = [
      [{ infoTitle: '' }, 'VALIDATION_FAILED'],
      [{ channel: 'pigeon' }, 'VALIDATION_FAILED'],
      [{ receivedOn: '2026-03-17' }, 'REQUEST_RECEIVED_DATE'],
      [{ applicant: { ...application().applicant, kind: 'organisation' } }, 'REQUEST_ORGANISATION_KIND'],
      [
        {
          applicant: {
            ...application().applicant,
            kind: 'organisation',
            organisationKind: 'business',
            // The check character of 91320508MA1XXXXXX is 0.
            idNumber: '91320508MA1XXXXXX1',
          },
        },
        'REQUEST_CREDIT_CODE',
      ],
    ];
    for (const [over, code] of cases) {
      const res = await register(handlerA, over);
      expect(res.json<{ error: { code: string } }>().error.code, JSON.stringify(over)).toBe(code);
    }
    expect(await count(t.database, 'disclosure_requests')).toBe(before);
    expect(await count(t.database, 'audit_log')).toBe(audit);
  });

  it('lets a department handle only its own applications', async () => {
    expect((await register(handlerB)).statusCode).toBe(403);
    const { id } = (await register(handlerA)).json<{ id: string }>();
    expect((await t.app.inject({ url: `/api/v1/requests/${id}`, headers: handlerB.headers })).statusCode).toBe(404);
    expect((await event(handlerB, id, { type: 'replied', on: '2026-03-16', outcome: 'disclosed' })).statusCode).toBe(
      404,
    );
    // The 政务公开办 sees every department's cases.
    expect((await t.app.inject({ url: `/api/v1/requests/${id}`, headers: office.headers })).statusCode).toBe(200);
  });
});

describe('分办', () => {
  it('lets the office assign a government-level application to a department, which then handles it', async () => {
    const { id } = (await register(office, { departmentId: null })).json<{ id: string }>();
    expect((await t.app.inject({ url: `/api/v1/requests/${id}`, headers: handlerB.headers })).statusCode).toBe(404);
    const assigned = await event(office, id, { type: 'assigned', on: '2026-03-03', departmentId: w.deptB });
    expect(assigned.json()).toMatchObject({ departmentId: null, handlingDepartmentId: w.deptB });
    const queue = (
      await t.app.inject({ url: `/api/v1/requests?siteId=${w.siteId}&open=true`, headers: handlerB.headers })
    ).json<{ items: { id: string }[] }>().items;
    expect(queue.map((i) => i.id)).toContain(id);
    expect((await event(handlerB, id, { type: 'replied', on: '2026-03-16', outcome: 'disclosed' })).statusCode).toBe(
      200,
    );
    // Department A's handler still does not see it.
    expect((await t.app.inject({ url: `/api/v1/requests/${id}`, headers: handlerA.headers })).statusCode).toBe(404);
  });
});

describe('events', () => {
  it('follow the rules of the 条例, refusing what breaks them with a code and writing nothing', async () => {
    const { id } = (await register(handlerA)).json<{ id: string }>();
    const ok = async (payload: Record<string, unknown>) => {
      const res = await event(handlerA, id, payload);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ state: string; clock: { dueOn: string | null } }>();
    };
    await ok({ type: 'assigned', on: '2026-03-03', departmentId: w.deptA });
    const extended = await ok({ type: 'extended', on: '2026-03-16', days: 15, approvedBy: '区财政局局长' });
    // 30 March + 15 working days, 清明 (6 April) not counted.
    expect(extended.clock.dueOn).toBe('2026-04-21');

    const events = await count(t.database, 'request_events');
    const audit = await count(t.database, 'audit_log');
    const refusals: [Record<string, unknown>, string][] = [
      [{ type: 'extended', on: '2026-03-16', days: 5, approvedBy: '区财政局局长' }, 'REQUEST_SECOND_EXTENSION'],
      [{ type: 'replied', on: '2026-03-16' }, 'REQUEST_OUTCOME_REQUIRED'],
      [{ type: 'replied', on: '2026-03-16', outcome: 'leaked' }, 'VALIDATION_FAILED'],
      [{ type: 'correction_requested', on: '2026-03-16', items: '请说明', days: 10 }, 'REQUEST_CORRECTION_LATE'],
      [{ type: 'fee_paid', on: '2026-03-16' }, 'REQUEST_FEE_STATE'],
      [{ type: 'fee_notice_sent', on: '2026-03-16', basis: 'per_page', pages: 30 }, 'REQUEST_FEE_NONE'],
      [{ type: 'delivered', on: '2026-03-16' }, 'REQUEST_NOT_REPLIED'],
      [{ type: 'received', on: '2026-03-16' }, 'VALIDATION_FAILED'],
      [{ type: 'assigned', on: '2026-03-17', departmentId: w.deptA }, 'REQUEST_EVENT_DATE'],
    ];
    for (const [payload, code] of refusals) {
      const res = await event(handlerA, id, payload);
      expect(res.json<{ error: { code: string } }>().error?.code, JSON.stringify(payload)).toBe(code);
    }
    expect(await count(t.database, 'request_events')).toBe(events);
    expect(await count(t.database, 'audit_log')).toBe(audit);

    const fee = await event(handlerA, id, { type: 'fee_notice_sent', on: '2026-03-16', basis: 'per_page', pages: 150 });
    // 70 pages at 10 元 and 50 at 20 元 (国办函〔2020〕109号).
    expect(fee.json<{ events: { type: string; amount?: number }[] }>().events.at(-1)).toMatchObject({
      type: 'fee_notice_sent',
      amount: 1700,
    });
    expect(fee.json()).toMatchObject({ state: 'awaiting_fee', urgency: 'paused', clock: { dueOn: null } });
    await ok({ type: 'fee_paid', on: '2026-03-16' });
    const replied = await ok({ type: 'replied', on: '2026-03-16', outcome: 'partially_disclosed' });
    expect(replied.state).toBe('replied');
    await ok({ type: 'delivered', on: '2026-03-16' });
    await ok({ type: 'archived', on: '2026-03-16' });
    const after = await event(handlerA, id, { type: 'review_filed', on: '2026-03-16' });
    expect(after.json<{ error: { code: string } }>().error.code).toBe('REQUEST_ARCHIVED');
  });
});

describe('the work queue', () => {
  it('puts overdue cases first, then those due within 3 working days, with paused ones after', async () => {
    const overdue = (await register(handlerA, { receivedOn: '2026-02-05' })).json<{ id: string }>().id;
    const soon = (await register(handlerA, { receivedOn: '2026-02-13' })).json<{ id: string }>().id;
    const paused = (await register(handlerA, { receivedOn: '2026-03-13' })).json<{ id: string }>().id;
    await event(handlerA, paused, {
      type: 'consultation_started',
      on: '2026-03-16',
      party: '某公司',
      partyKind: 'third_party',
    });
    const items = (
      await t.app.inject({ url: `/api/v1/requests?siteId=${w.siteId}&open=true`, headers: handlerA.headers })
    ).json<{
      items: { id: string; urgency: string; workdaysLeft: number | null }[];
    }>().items;
    const position = (id: string) => items.findIndex((i) => i.id === id);
    // Received 5 Feb: due 11 March (春节 16–23 Feb not counted, Saturday 14 Feb worked), 3 working days ago.
    expect(items.find((i) => i.id === overdue)).toMatchObject({ urgency: 'overdue', workdaysLeft: -3 });
    // Received 13 Feb: due 19 March, 3 working days after 16 March.
    expect(items.find((i) => i.id === soon)).toMatchObject({ urgency: 'due_soon', workdaysLeft: 3 });
    expect(position(overdue)).toBeLessThan(position(soon));
    expect(items.find((i) => i.id === paused)).toMatchObject({ urgency: 'paused', workdaysLeft: null });
    expect(position(soon)).toBeLessThan(position(paused));
    // Another department's handler sees none of them.
    const other = (await t.app.inject({ url: `/api/v1/requests?siteId=${w.siteId}`, headers: handlerB.headers })).json<{
      items: { id: string }[];
    }>().items;
    expect(other.map((i) => i.id)).not.toContain(overdue);
  });
});

describe('Art. 44', () => {
  it('suggests proactive disclosure of information asked for three or more times', async () => {
    const title = '2025年区级单位公务用车购置情况';
    for (let i = 0; i < 3; i++) await register(handlerA, { infoTitle: title, receivedOn: '2026-03-0' + String(2 + i) });
    for (let i = 0; i < 2; i++) await register(handlerA, { infoTitle: '2025年区级单位公务接待情况' });
    const res = await t.app.inject({
      url: `/api/v1/requests/proactive-suggestions?siteId=${w.siteId}`,
      headers: office.headers,
    });
    const items = res.json<{ items: { infoTitle: string; requests: number }[] }>().items;
    expect(items.find((i) => i.infoTitle === title)).toMatchObject({ requests: 3 });
    // Asked for twice only: not yet a candidate.
    expect(items.some((i) => i.infoTitle === '2025年区级单位公务接待情况')).toBe(false);
  });

  it('flags a repeated application by the same applicant for the same information', async () => {
    const first = (await register(handlerA, { infoTitle: '护城河整治工程招标文件', receivedOn: '2026-03-02' })).json<{
      id: string;
    }>();
    const again = (await register(handlerA, { infoTitle: '护城河整治工程招标文件', receivedOn: '2026-03-10' })).json<{
      id: string;
    }>();
    const detail = (await t.app.inject({ url: `/api/v1/requests/${again.id}`, headers: handlerA.headers })).json<{
      repeats: { id: string }[];
    }>();
    expect(detail.repeats.map((r) => r.id)).toEqual([first.id]);
  });
});

describe('privacy', () => {
  it('keeps identity numbers and contact details out of the audit log', async () => {
    await register(handlerA);
    const rows = await t.database.db.selectFrom('audit_log').select(['before_json', 'after_json']).execute();
    const text = JSON.stringify(rows);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(ID_NUMBER);
  });
});
