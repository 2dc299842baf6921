import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  count,
  createUser,
  signIn,
  testAppWithAdmin,
  type Session,
  type TestApp,
  type World,
} from '../../../test/helpers/app.js';

let t: TestApp;
let w: World;
let admin: Session;

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin());
  await createUser(t.services, 'editor', [{ siteId: w.siteId, role: 'editor', departmentId: w.deptA }]);
});
afterAll(() => t.close());

describe('working-day API', () => {
  it('computes deadlines for integrators', async () => {
    const res = await t.app.inject({ url: '/api/v1/workdays/add?from=2026-02-06&days=20' });
    expect(res.json()).toEqual({ date: '2026-03-12', provisional: false });
    const between = await t.app.inject({ url: '/api/v1/workdays/between?from=2025-12-31&to=2026-12-31' });
    expect(between.json()).toEqual({ days: 248, provisional: false });
    const day = await t.app.inject({ url: '/api/v1/workdays/days/2026-10-10' });
    expect(day.json()).toMatchObject({ isWorkday: true, source: 'official', name: '国庆节' });
  });

  it('shows a year’s exceptions and whether the year is known', async () => {
    const y2026 = (await t.app.inject({ url: '/api/v1/workdays/years/2026' })).json();
    expect(y2026).toMatchObject({ year: 2026, known: true, lastKnownYear: 2026 });
    expect(y2026.days).toHaveLength(19 + 6); // 19 weekday holidays and 6 adjusted weekends (legal.md §3)
    const y2027 = (await t.app.inject({ url: '/api/v1/workdays/years/2027' })).json();
    expect(y2027.known).toBe(false);
    expect(y2027.days.every((d: { provisional: boolean }) => d.provisional)).toBe(true);
  });
});

describe('entering a new year’s schedule without a release', () => {
  // A made-up 2027 schedule for the test: it is not the real one.
  const schedule = {
    source: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
    holidays: ['2027-01-01', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
    workdays: ['2027-02-06', '2027-02-20'],
  };

  it('is refused to an editor, and writes nothing', async () => {
    const editor = await signIn(t.app, 'editor');
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/workdays/years/2027',
      headers: editor.headers,
      payload: schedule,
    });
    expect(res.statusCode).toBe(403);
    expect(await count(t.database, 'calendar_days')).toBe(0);
  });

  it('refuses dates outside the year', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/workdays/years/2027',
      headers: admin.headers,
      payload: { ...schedule, holidays: ['2026-12-31'] },
    });
    expect(res.json().error.code).toBe('CALENDAR_DATES_INVALID');
  });

  it('makes the year known, changes deadlines at once, and is audited', async () => {
    const before = (await t.app.inject({ url: '/api/v1/workdays/add?from=2027-02-05&days=1' })).json();
    expect(before).toEqual({ date: '2027-02-09', provisional: true });

    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/workdays/years/2027',
      headers: admin.headers,
      payload: schedule,
    });
    expect(res.statusCode).toBe(200);

    // Saturday 2027-02-06 is now worked; 02-08..02-12 are off.
    expect((await t.app.inject({ url: '/api/v1/workdays/add?from=2027-02-05&days=1' })).json()).toEqual({
      date: '2027-02-06',
      provisional: false,
    });
    expect((await t.app.inject({ url: '/api/v1/workdays/add?from=2027-02-06&days=1' })).json()).toEqual({
      date: '2027-02-15',
      provisional: false,
    });
    const year = (await t.app.inject({ url: '/api/v1/workdays/years/2027' })).json();
    expect(year).toMatchObject({ known: true, source: schedule.source, lastKnownYear: 2027 });

    const audit = await t.app.inject({ url: '/api/v1/audit?action=calendar.set_year', headers: admin.headers });
    expect(audit.json().items[0]).toMatchObject({ entityId: '2027', after: schedule });
  });

  it('corrects and restores a single day', async () => {
    const set = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/workdays/days/2026-03-03',
      headers: admin.headers,
      payload: { isWorkday: false, note: '临时调整（测试）' },
    });
    expect(set.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/workdays/days/2026-03-03' })).json()).toMatchObject({
      isWorkday: false,
      source: 'operator',
    });
    expect(
      (await t.app.inject({ method: 'DELETE', url: '/api/v1/workdays/days/2026-03-03', headers: admin.headers }))
        .statusCode,
    ).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/workdays/days/2026-03-03' })).json()).toMatchObject({
      isWorkday: true,
      source: 'official',
    });
  });
});
