import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  count,
  createUser,
  createWorld,
  signIn,
  testApp,
  type Session,
  type TestApp,
  type World,
} from './helpers/app.js';
import { requestBody } from './helpers/requests.js';

/**
 * Department isolation (DESIGN.md: "each seeing only their own department's work unless granted
 * more"): a department's administrator or auditor cannot read or change another department's
 * private records — its users and its audit trail — nor the department itself.
 */
let t: TestApp;
let w: World;
let adminA: Session;
let auditorA: Session;
let siteAdmin: Session;
let userB: string;
let userA1: string;

beforeAll(async () => {
  t = await testApp();
  w = await createWorld(t.services);
  await createUser(t.services, 'admin-a', [{ siteId: w.siteId, role: 'site_admin', departmentId: w.deptA }]);
  await createUser(t.services, 'auditor-a', [{ siteId: w.siteId, role: 'auditor', departmentId: w.deptA }]);
  await createUser(t.services, 'site-admin', [{ siteId: w.siteId, role: 'site_admin', departmentId: null }]);
  userB = await createUser(t.services, 'editor-b', [{ siteId: w.siteId, role: 'editor', departmentId: w.deptB }]);
  userA1 = await createUser(t.services, 'editor-a1', [{ siteId: w.siteId, role: 'editor', departmentId: w.deptA1 }]);
  adminA = await signIn(t.app, 'admin-a');
  auditorA = await signIn(t.app, 'auditor-a');
  siteAdmin = await signIn(t.app, 'site-admin');
});
afterAll(() => t.close());

describe('a department administrator', () => {
  it('lists the users of their department and the units under it, not another department’s', async () => {
    const res = await t.app.inject({ url: `/api/v1/users?siteId=${w.siteId}`, headers: adminA.headers });
    expect(res.statusCode).toBe(200);
    const accounts = (res.json().items as { account: string }[]).map((u) => u.account).sort();
    expect(accounts).toEqual(['admin-a', 'auditor-a', 'editor-a1']);
  });

  it('cannot read another department’s user', async () => {
    const res = await t.app.inject({ url: `/api/v1/users/${userB}`, headers: adminA.headers });
    expect(res.statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/users/${userA1}`, headers: adminA.headers })).statusCode).toBe(200);
  });

  it('cannot change another department’s user, and nothing is written', async () => {
    const audit = await count(t.database, 'audit_log');
    const rename = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${userB}`,
      headers: adminA.headers,
      payload: { name: '改名', disabled: true },
    });
    expect(rename.statusCode).toBe(404);
    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${userB}/password`,
      headers: adminA.headers,
      payload: {},
    });
    expect(reset.statusCode).toBe(404);
    const user = await t.database.db
      .selectFrom('users')
      .select(['name', 'disabled'])
      .where('id', '=', userB)
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ name: 'editor-b', disabled: 0 });
    expect(await count(t.database, 'audit_log')).toBe(audit);
  });

  it('cannot grant a role in another department or for the whole site', async () => {
    for (const departmentId of [w.deptB, null]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: adminA.headers,
        payload: {
          account: `x-${departmentId ?? 'site'}`,
          name: '越权',
          password: 'Another-Passw0rd!',
          grants: [{ siteId: w.siteId, role: 'editor', departmentId }],
        },
      });
      expect(res.statusCode).toBe(403);
    }
    expect(await t.database.db.selectFrom('users').select('id').where('account', 'like', 'x-%').execute()).toHaveLength(
      0,
    );
  });

  it('can create a user in a unit under their department', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: adminA.headers,
      payload: {
        account: 'editor-a1-2',
        name: '下属编辑',
        password: 'Another-Passw0rd!',
        grants: [{ siteId: w.siteId, role: 'editor', departmentId: w.deptA1 }],
      },
    });
    expect(res.statusCode).toBe(201);
  });

  it('cannot edit or delete another department, but can edit their own', async () => {
    const body = { name: '乙局（改）', kind: 'government' };
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: `/api/v1/departments/${w.deptB}`,
          headers: adminA.headers,
          payload: body,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/departments/${w.deptB}`, headers: adminA.headers }))
        .statusCode,
    ).toBe(403);
    const own = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/departments/${w.deptA}`,
      headers: adminA.headers,
      payload: { ...body, name: '甲局（改）', parentId: null },
    });
    expect(own.statusCode).toBe(200);
    const moveAway = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/departments/${w.deptA1}`,
      headers: adminA.headers,
      payload: { name: '甲局下属中心', kind: 'government', parentId: w.deptB },
    });
    expect(moveAway.statusCode).toBe(403);
  });
});

describe('names (issue 13 §9)', () => {
  it('are stored without the bidi overrides and zero-width characters that hide what they say', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/departments?siteId=${w.siteId}`,
      headers: siteAdmin.headers,
      payload: { name: '丙\u202E局\u200B', kind: 'government' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: '丙局' });
    const nul = await t.app.inject({
      method: 'POST',
      url: `/api/v1/departments?siteId=${w.siteId}`,
      headers: siteAdmin.headers,
      payload: { name: '丁\u0000局', kind: 'government' },
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error).toMatchObject({ code: 'INPUT_CONTROL_CHARACTER', details: [{ field: 'name' }] });
  });
});

describe('a department auditor', () => {
  it('reads the audit trail of their department only', async () => {
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/departments/${w.deptB}`,
      headers: siteAdmin.headers,
      payload: { name: '乙局', kind: 'government', phone: '0512-1' },
    });
    const res = await t.app.inject({ url: `/api/v1/audit?siteId=${w.siteId}&size=200`, headers: auditorA.headers });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { departmentId: string | null }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect([w.deptA, w.deptA1]).toContain(item.departmentId);

    const all = await t.app.inject({ url: `/api/v1/audit?siteId=${w.siteId}&size=200`, headers: siteAdmin.headers });
    const deptIds = new Set((all.json().items as { departmentId: string | null }[]).map((i) => i.departmentId));
    expect(deptIds.has(w.deptB)).toBe(true);
  });

  it('sees the department’s disclosure requests without the applicant’s identity or contact details (issue 13 §7)', async () => {
    const body = requestBody({
      departmentId: w.deptA,
      receivedOn: '2026-03-02',
      applicant: {
        ...requestBody({ departmentId: null, receivedOn: '2026-03-02' }).applicant,
        name: '欧阳明华',
        idNumber: '320508198001010055',
        phone: '13500005555',
        email: 'omh@example.com',
        address: '苏州市姑苏区十全街 8 号',
      },
    });
    const made = await t.app.inject({
      method: 'POST',
      url: `/api/v1/requests?siteId=${w.siteId}`,
      headers: siteAdmin.headers,
      payload: body,
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json<{ id: string }>().id;
    const list = await t.app.inject({ url: `/api/v1/requests?siteId=${w.siteId}`, headers: auditorA.headers });
    const detail = await t.app.inject({ url: `/api/v1/requests/${id}`, headers: auditorA.headers });
    expect([list.statusCode, detail.statusCode]).toEqual([200, 200]);
    for (const res of [list, detail]) {
      for (const secret of ['欧阳明华', '320508198001010055', '13500005555', 'omh@example.com', '十全街'])
        expect(res.body).not.toContain(secret);
    }
    expect(detail.json()).toMatchObject({ applicantName: '欧阳某', applicant: { name: '欧阳某' } });
    expect((await t.app.inject({ url: `/api/v1/requests/${id}/id-proof`, headers: auditorA.headers })).statusCode).toBe(
      404,
    );
    // Those handling the case see who applied.
    const handler = await t.app.inject({ url: `/api/v1/requests/${id}`, headers: siteAdmin.headers });
    expect(handler.json()).toMatchObject({ applicant: { name: '欧阳明华', phone: '13500005555' } });
  });

  it('cannot change anything', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/departments/${w.deptA}`,
      headers: auditorA.headers,
      payload: { name: '甲局', kind: 'government' },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('an editor', () => {
  it('cannot list users or read the audit log', async () => {
    const editor = await signIn(t.app, 'editor-b');
    expect((await t.app.inject({ url: `/api/v1/users?siteId=${w.siteId}`, headers: editor.headers })).statusCode).toBe(
      403,
    );
    expect((await t.app.inject({ url: `/api/v1/audit?siteId=${w.siteId}`, headers: editor.headers })).statusCode).toBe(
      403,
    );
  });
});

describe('another site', () => {
  it('is invisible to a site administrator of the first site', async () => {
    const other = await createWorld(t.services, '3205080099');
    const users = await t.app.inject({ url: `/api/v1/users?siteId=${other.siteId}`, headers: siteAdmin.headers });
    expect(users.statusCode).toBe(403);
    const edit = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/departments/${other.deptA}`,
      headers: siteAdmin.headers,
      payload: { name: '甲局', kind: 'government' },
    });
    expect(edit.statusCode).toBe(403);
    const sites = await t.app.inject({ url: '/api/v1/sites', headers: siteAdmin.headers });
    expect((sites.json().items as { id: string }[]).map((s) => s.id)).toEqual([w.siteId]);
  });
});
