import { touchSite } from '../../platform/cache/content-version.repository.js';
import { inTransaction, isForeignKeyViolation, isUniqueViolation, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, type Actor } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import { normaliseOrganisationCode } from '../../platform/text/identifiers.js';
import { DepartmentErrors } from './departments.errors.js';
import * as repo from './departments.repository.js';
import type { Department, DepartmentFields } from './departments.repository.js';

export { DEPARTMENT_KIND_LABELS, DEPARTMENT_KINDS, type DepartmentKind } from './departments.kinds.js';
export type { Department, DepartmentFields } from './departments.repository.js';

export interface DepartmentsDeps {
  db: Executor;
  clock: Clock;
}

/** The department, its parent, … up to the root: what a department-scoped grant is checked against. */
export function pathIn(all: readonly Department[], id: string): string[] {
  const byId = new Map(all.map((d) => [d.id, d]));
  const path: string[] = [];
  for (let d = byId.get(id); d && !path.includes(d.id); d = d.parentId ? byId.get(d.parentId) : undefined) {
    path.push(d.id);
  }
  return path;
}

/** The given departments and every department under them. */
export function subtreeIn(all: readonly Department[], roots: readonly string[]): string[] {
  const out = new Set<string>(roots.filter((id) => all.some((d) => d.id === id)));
  for (let grew = true; grew;) {
    grew = false;
    for (const d of all) {
      if (d.parentId && out.has(d.parentId) && !out.has(d.id)) {
        out.add(d.id);
        grew = true;
      }
    }
  }
  return [...out];
}

function normalise(input: DepartmentFields): DepartmentFields {
  let code = input.code?.trim() || null;
  if (code) {
    const normal = normaliseOrganisationCode(code);
    if (!normal)
      throw DepartmentErrors.DEPARTMENT_CODE_INVALID(undefined, [{ field: 'code', message: `“${code}” 校验不通过` }]);
    code = normal;
  }
  return { ...input, name: input.name.trim(), shortName: input.shortName.trim(), code };
}

export function createDepartmentsService({ db, clock }: DepartmentsDeps) {
  async function checkParent(trx: Executor, siteId: string, parentId: string | null, selfId?: string): Promise<void> {
    if (parentId === null) return;
    const all = await repo.listDepartments(trx, siteId);
    const parentPath = pathIn(all, parentId);
    if (parentPath.length === 0 || (selfId !== undefined && parentPath.includes(selfId))) {
      throw DepartmentErrors.DEPARTMENT_PARENT_INVALID();
    }
  }

  function refuseUnless(actor: Actor, siteId: string, path: string[], what: string): void {
    if (!can(actor, siteId, ['site_admin'], path)) throw Errors.FORBIDDEN(`没有权限${what}`);
  }

  async function write<T>(fn: (trx: Executor) => Promise<T>): Promise<T> {
    try {
      return await inTransaction(db, fn);
    } catch (error) {
      if (isUniqueViolation(error)) {
        const message = String((error as Error).message);
        throw message.includes('code')
          ? DepartmentErrors.DEPARTMENT_CODE_TAKEN()
          : DepartmentErrors.DEPARTMENT_NAME_TAKEN();
      }
      if (isForeignKeyViolation(error)) throw DepartmentErrors.DEPARTMENT_IN_USE();
      throw error;
    }
  }

  return {
    /** Departments are public information (机构职能, 办公地址, 联系方式 — Art. 20). */
    list(siteId: string): Promise<Department[]> {
      return repo.listDepartments(db, siteId);
    },

    async get(id: string, trx: Executor = db): Promise<Department> {
      const d = await repo.findDepartment(trx, id);
      if (!d) throw Errors.NOT_FOUND('单位不存在');
      return d;
    },

    async path(siteId: string, id: string, trx: Executor = db): Promise<string[]> {
      return pathIn(await repo.listDepartments(trx, siteId), id);
    },

    async subtree(siteId: string, roots: readonly string[]): Promise<string[]> {
      return subtreeIn(await repo.listDepartments(db, siteId), roots);
    },

    async create(actor: Actor, siteId: string, raw: DepartmentFields): Promise<Department> {
      const input = normalise(raw);
      const id = newId();
      await write(async (trx) => {
        const parentPath = input.parentId ? pathIn(await repo.listDepartments(trx, siteId), input.parentId) : [];
        refuseUnless(actor, siteId, parentPath, '在此处新建单位');
        await checkParent(trx, siteId, input.parentId);
        await repo.insertDepartment(trx, id, siteId, input, clock.now().toISOString());
        await touchSite(trx, siteId);
        await recordAudit(trx, clock, actor, {
          action: 'department.create',
          entityType: 'department',
          entityId: id,
          siteId,
          departmentId: id,
          after: input,
        });
      });
      return this.get(id);
    },

    async update(actor: Actor, id: string, raw: DepartmentFields): Promise<Department> {
      const before = await this.get(id);
      const input = normalise(raw);
      await write(async (trx) => {
        const all = await repo.listDepartments(trx, before.siteId);
        refuseUnless(actor, before.siteId, pathIn(all, id), '修改该单位');
        if (input.parentId !== before.parentId) {
          // Moving a department needs authority over where it goes as well as where it is.
          refuseUnless(actor, before.siteId, input.parentId ? pathIn(all, input.parentId) : [], '将该单位移到此处');
          await checkParent(trx, before.siteId, input.parentId, id);
        }
        await repo.updateDepartment(trx, id, input, clock.now().toISOString());
        await touchSite(trx, before.siteId);
        await recordAudit(trx, clock, actor, {
          action: 'department.update',
          entityType: 'department',
          entityId: id,
          siteId: before.siteId,
          departmentId: id,
          before,
          after: input,
        });
      });
      return this.get(id);
    },

    async remove(actor: Actor, id: string): Promise<void> {
      const before = await this.get(id);
      await write(async (trx) => {
        const all = await repo.listDepartments(trx, before.siteId);
        refuseUnless(actor, before.siteId, pathIn(all, id), '删除该单位');
        if (all.some((d) => d.parentId === id)) throw DepartmentErrors.DEPARTMENT_IN_USE();
        await repo.deleteDepartment(trx, id);
        await touchSite(trx, before.siteId);
        await recordAudit(trx, clock, actor, {
          action: 'department.delete',
          entityType: 'department',
          entityId: id,
          siteId: before.siteId,
          departmentId: id,
          before,
        });
      });
    },
  };
}

export type DepartmentsService = ReturnType<typeof createDepartmentsService>;
