import type { Executor } from '../../db/database.js';
import type { ColumnTable } from '../../db/schema.js';
import type { ColumnKind } from './columns.standard.js';

export interface Column {
  id: string;
  siteId: string;
  parentId: string | null;
  code: string | null;
  name: string;
  kind: ColumnKind;
  linkUrl: string;
  updateIntervalDays: number | null;
  sortOrder: number;
  /** What the column is about: the introduction at the top of a 专题 page. */
  description: string;
  createdAt: string;
  updatedAt: string;
}

export type ColumnFields = Pick<
  Column,
  'parentId' | 'name' | 'kind' | 'linkUrl' | 'updateIntervalDays' | 'sortOrder'
> & {
  description?: string;
};

function toColumn(r: ColumnTable): Column {
  return {
    id: r.id,
    siteId: r.site_id,
    parentId: r.parent_id,
    code: r.code,
    name: r.name,
    kind: r.kind as ColumnKind,
    linkUrl: r.link_url,
    updateIntervalDays: r.update_interval_days === null ? null : Number(r.update_interval_days),
    sortOrder: Number(r.sort_order),
    description: r.description,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function listColumns(db: Executor, siteId: string): Promise<Column[]> {
  const rows = await db
    .selectFrom('columns')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy('sort_order')
    .orderBy('created_at')
    .execute();
  return rows.map(toColumn);
}

export async function findColumn(db: Executor, id: string): Promise<Column | undefined> {
  const r = await db.selectFrom('columns').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toColumn(r);
}

export async function insertColumn(
  db: Executor,
  c: ColumnFields & { id: string; siteId: string; code: string | null },
  at: string,
): Promise<void> {
  await db
    .insertInto('columns')
    .values({
      id: c.id,
      site_id: c.siteId,
      parent_id: c.parentId,
      code: c.code,
      name: c.name,
      kind: c.kind,
      link_url: c.linkUrl,
      update_interval_days: c.updateIntervalDays,
      sort_order: c.sortOrder,
      description: c.description ?? '',
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function updateColumn(db: Executor, id: string, c: ColumnFields, at: string): Promise<void> {
  await db
    .updateTable('columns')
    .set({
      parent_id: c.parentId,
      name: c.name,
      kind: c.kind,
      link_url: c.linkUrl,
      update_interval_days: c.updateIntervalDays,
      sort_order: c.sortOrder,
      description: c.description ?? '',
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteColumn(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('columns').where('id', '=', id).execute();
}
