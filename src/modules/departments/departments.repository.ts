import type { Executor } from '../../db/database.js';
import type { DepartmentTable } from '../../db/schema.js';

import type { DepartmentKind } from './departments.kinds.js';

export interface Department {
  id: string;
  siteId: string;
  parentId: string | null;
  name: string;
  shortName: string;
  code: string | null;
  kind: DepartmentKind;
  phone: string;
  fax: string;
  email: string;
  address: string;
  officeHours: string;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}

export type DepartmentFields = Omit<Department, 'id' | 'siteId' | 'createdAt' | 'updatedAt'>;

function toDepartment(r: DepartmentTable): Department {
  return {
    id: r.id,
    siteId: r.site_id,
    parentId: r.parent_id,
    name: r.name,
    shortName: r.short_name,
    code: r.code,
    kind: r.kind as DepartmentKind,
    phone: r.phone,
    fax: r.fax,
    email: r.email,
    address: r.address,
    officeHours: r.office_hours,
    sortOrder: Number(r.sort_order),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(f: DepartmentFields) {
  return {
    parent_id: f.parentId,
    name: f.name,
    short_name: f.shortName,
    code: f.code,
    kind: f.kind,
    phone: f.phone,
    fax: f.fax,
    email: f.email,
    address: f.address,
    office_hours: f.officeHours,
    sort_order: f.sortOrder,
  };
}

export async function listDepartments(db: Executor, siteId: string): Promise<Department[]> {
  const rows = await db
    .selectFrom('departments')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
  return rows.map(toDepartment);
}

export async function findDepartment(db: Executor, id: string): Promise<Department | undefined> {
  const row = await db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toDepartment(row);
}

export async function insertDepartment(
  db: Executor,
  id: string,
  siteId: string,
  f: DepartmentFields,
  at: string,
): Promise<void> {
  await db
    .insertInto('departments')
    .values({ id, site_id: siteId, ...toRow(f), created_at: at, updated_at: at })
    .execute();
}

export async function updateDepartment(db: Executor, id: string, f: DepartmentFields, at: string): Promise<void> {
  await db
    .updateTable('departments')
    .set({ ...toRow(f), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteDepartment(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('departments').where('id', '=', id).execute();
}
