import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../src/db/database.js';
import { recordAudit } from '../src/platform/audit/audit.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { createDepartmentsService } from '../src/modules/departments/departments.service.js';
import { count, createUser, testAppWithAdmin, type Session, type TestApp, type World } from './helpers/app.js';

let t: TestApp;
let w: World;
let admin: Session;

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin());
});
afterAll(() => t.close());

describe('audit log', () => {
  it('records who, what, when and before/after for a mutation', async () => {
    t.clock.set(new Date('2026-03-02T02:30:03.000Z'));
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/departments/${w.deptB}`,
      headers: admin.headers,
      payload: { name: '乙局', kind: 'government', phone: '0512-66668888' },
    });
    expect(res.statusCode).toBe(200);
    const search = await t.app.inject({
      url: `/api/v1/audit?entityId=${w.deptB}&action=department.update`,
      headers: admin.headers,
    });
    expect(search.json().total).toBe(1);
    const entry = search.json().items[0];
    expect(entry).toMatchObject({
      at: '2026-03-02T02:30:03.000Z',
      actorName: 'site-admin',
      siteId: w.siteId,
      departmentId: w.deptB,
      action: 'department.update',
      entityType: 'department',
      before: { phone: '' },
      after: { phone: '0512-66668888' },
    });
    expect(entry.ip).not.toBe('');
  });

  it('never stores passwords or password hashes', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: {
        account: 'secret-test',
        name: '保密测试',
        password: 'Very-Secret-123',
        grants: [{ siteId: w.siteId, role: 'editor', departmentId: w.deptA }],
      },
    });
    const rows = await t.database.db.selectFrom('audit_log').select(['before_json', 'after_json']).execute();
    for (const r of rows) {
      expect(`${r.before_json}${r.after_json}`).not.toContain('Very-Secret-123');
      expect(`${r.before_json}${r.after_json}`).not.toContain('scrypt$');
    }
  });

  it('is searchable by text in the change', async () => {
    const res = await t.app.inject({
      url: `/api/v1/audit?q=${encodeURIComponent('0512-66668888')}`,
      headers: admin.headers,
    });
    expect(res.json().total).toBe(1);
    const none = await t.app.inject({
      url: `/api/v1/audit?q=${encodeURIComponent('100%_不存在')}`,
      headers: admin.headers,
    });
    expect(none.json().total).toBe(0);
  });

  it('has no route that changes or deletes entries', async () => {
    const openapi = (await t.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const auditPaths = Object.entries(openapi.paths).filter(([p]) => p.startsWith('/api/v1/audit'));
    expect(auditPaths.length).toBeGreaterThan(0);
    for (const [, methods] of auditPaths) expect(Object.keys(methods)).toEqual(['get']);
  });
});

describe('one transaction per mutation', () => {
  it('rolls back both the row and its audit entry when the mutation fails after writing', async () => {
    const departments = await count(t.database, 'departments');
    const audit = await count(t.database, 'audit_log');
    await expect(
      inTransaction(t.database.db, async (trx) => {
        const service = createDepartmentsService({ db: trx, clock: t.clock });
        await service.create(systemActor(), w.siteId, {
          parentId: null,
          name: '回滚测试局',
          shortName: '',
          code: null,
          kind: 'other',
          phone: '',
          fax: '',
          email: '',
          address: '',
          officeHours: '',
          sortOrder: 0,
        });
        // The department and its audit entry are written; now a later step of the same unit fails.
        await recordAudit(trx, t.clock, systemActor(), {
          action: 'x',
          entityType: 'x',
          entityId: 'x',
          siteId: 'no-such-site-is-fine',
        });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(await count(t.database, 'departments')).toBe(departments);
    expect(await count(t.database, 'audit_log')).toBe(audit);
  });

  it('leaves neither row nor audit entry when the database refuses the change', async () => {
    const departments = await count(t.database, 'departments');
    const audit = await count(t.database, 'audit_log');
    // The same name twice in one site is refused by a unique constraint in the middle of the transaction.
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/departments?siteId=${w.siteId}`,
      headers: admin.headers,
      payload: { name: '甲局', kind: 'government' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DEPARTMENT_NAME_TAKEN');
    expect(await count(t.database, 'departments')).toBe(departments);
    expect(await count(t.database, 'audit_log')).toBe(audit);
  });

  it('refuses deleting a department that users still belong to, writing nothing', async () => {
    await createUser(t.services, 'editor-b', [{ siteId: w.siteId, role: 'editor', departmentId: w.deptB }]);
    const audit = await count(t.database, 'audit_log');
    const res = await t.app.inject({ method: 'DELETE', url: `/api/v1/departments/${w.deptB}`, headers: admin.headers });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DEPARTMENT_IN_USE');
    expect(await t.database.db.selectFrom('departments').select('id').where('id', '=', w.deptB).execute()).toHaveLength(
      1,
    );
    expect(await count(t.database, 'audit_log')).toBe(audit);
  });
});
