import type { Executor } from '../../db/database.js';
import type { Guide, RevisionState } from './service-items.model.js';

export interface ItemRow {
  id: string;
  siteId: string;
  departmentId: string;
  implementationCode: string;
  name: string;
  publishedGuide: Guide | null;
  publishedAt: string | null;
}

export interface RevisionRow {
  id: string;
  itemId: string;
  number: number;
  state: RevisionState;
  guide: Guide;
  changeNote: string;
  reviewNote: string;
  createdBy: string | null;
  createdAt: string;
  reviewedBy: string | null;
  approvedOn: string | null;
  publishedAt: string | null;
}

type ItemRecord = {
  id: string;
  site_id: string;
  department_id: string;
  implementation_code: string;
  name: string;
  published_json: string | null;
  published_at: string | null;
};
const toItem = (r: ItemRecord): ItemRow => ({
  id: r.id,
  siteId: r.site_id,
  departmentId: r.department_id,
  implementationCode: r.implementation_code,
  name: r.name,
  publishedGuide: r.published_json ? (JSON.parse(r.published_json) as Guide) : null,
  publishedAt: r.published_at,
});
const ITEM_FIELDS = [
  'id',
  'site_id',
  'department_id',
  'implementation_code',
  'name',
  'published_json',
  'published_at',
] as const;

export async function findItem(db: Executor, id: string): Promise<ItemRow | undefined> {
  const r = await db.selectFrom('service_items').select(ITEM_FIELDS).where('id', '=', id).executeTakeFirst();
  return r && toItem(r);
}

export async function findItemByCode(db: Executor, siteId: string, code: string): Promise<ItemRow | undefined> {
  const r = await db
    .selectFrom('service_items')
    .select(ITEM_FIELDS)
    .where('site_id', '=', siteId)
    .where('implementation_code', '=', code)
    .executeTakeFirst();
  return r && toItem(r);
}

/** A site's items, optionally only those of some departments or only published ones, by name. */
export async function listItems(
  db: Executor,
  siteId: string,
  options: { departmentIds?: string[]; publishedOnly?: boolean } = {},
): Promise<ItemRow[]> {
  let q = db.selectFrom('service_items').select(ITEM_FIELDS).where('site_id', '=', siteId);
  if (options.departmentIds) {
    if (options.departmentIds.length === 0) return [];
    q = q.where('department_id', 'in', options.departmentIds);
  }
  if (options.publishedOnly) q = q.where('published_json', 'is not', null);
  return (await q.orderBy('name').orderBy('implementation_code').execute()).map(toItem);
}

export async function insertItem(db: Executor, item: Omit<ItemRow, 'publishedGuide' | 'publishedAt'>, at: string) {
  await db
    .insertInto('service_items')
    .values({
      id: item.id,
      site_id: item.siteId,
      department_id: item.departmentId,
      implementation_code: item.implementationCode,
      name: item.name,
      published_json: null,
      published_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function updateItem(
  db: Executor,
  id: string,
  fields: { departmentId?: string; name?: string; publishedGuide?: Guide | null; publishedAt?: string | null },
  at: string,
) {
  await db
    .updateTable('service_items')
    .set({
      ...(fields.departmentId !== undefined ? { department_id: fields.departmentId } : {}),
      ...(fields.name !== undefined ? { name: fields.name } : {}),
      ...(fields.publishedGuide !== undefined
        ? { published_json: fields.publishedGuide ? JSON.stringify(fields.publishedGuide) : null }
        : {}),
      ...(fields.publishedAt !== undefined ? { published_at: fields.publishedAt } : {}),
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

type RevisionRecord = {
  id: string;
  item_id: string;
  number: number;
  state: string;
  guide_json: string;
  change_note: string;
  review_note: string;
  created_by: string | null;
  created_at: string;
  reviewed_by: string | null;
  approved_on: string | null;
  published_at: string | null;
};
const toRevision = (r: RevisionRecord): RevisionRow => ({
  id: r.id,
  itemId: r.item_id,
  number: r.number,
  state: r.state as RevisionState,
  guide: JSON.parse(r.guide_json) as Guide,
  changeNote: r.change_note,
  reviewNote: r.review_note,
  createdBy: r.created_by,
  createdAt: r.created_at,
  reviewedBy: r.reviewed_by,
  approvedOn: r.approved_on,
  publishedAt: r.published_at,
});

/** Every revision of the given items, newest first within each item. */
export async function listRevisions(db: Executor, itemIds: string[]): Promise<RevisionRow[]> {
  if (itemIds.length === 0) return [];
  const rows: RevisionRecord[] = [];
  // Chunked: a city's catalogue is thousands of items, more than one statement's parameters allow.
  for (let i = 0; i < itemIds.length; i += 500)
    rows.push(
      ...(await db
        .selectFrom('service_item_revisions')
        .selectAll()
        .where('item_id', 'in', itemIds.slice(i, i + 500))
        .orderBy('item_id')
        .orderBy('number', 'desc')
        .execute()),
    );
  return rows.map(toRevision);
}

export async function insertRevision(
  db: Executor,
  r: Omit<RevisionRow, 'reviewNote' | 'reviewedBy' | 'approvedOn' | 'publishedAt'>,
) {
  await db
    .insertInto('service_item_revisions')
    .values({
      id: r.id,
      item_id: r.itemId,
      number: r.number,
      state: r.state,
      guide_json: JSON.stringify(r.guide),
      change_note: r.changeNote,
      review_note: '',
      created_by: r.createdBy,
      created_at: r.createdAt,
      reviewed_by: null,
      approved_on: null,
      published_at: null,
    })
    .execute();
}

export async function updateRevision(
  db: Executor,
  id: string,
  fields: Partial<
    Pick<RevisionRow, 'state' | 'guide' | 'changeNote' | 'reviewNote' | 'reviewedBy' | 'approvedOn' | 'publishedAt'>
  >,
) {
  await db
    .updateTable('service_item_revisions')
    .set({
      ...(fields.state !== undefined ? { state: fields.state } : {}),
      ...(fields.guide !== undefined ? { guide_json: JSON.stringify(fields.guide) } : {}),
      ...(fields.changeNote !== undefined ? { change_note: fields.changeNote } : {}),
      ...(fields.reviewNote !== undefined ? { review_note: fields.reviewNote } : {}),
      ...(fields.reviewedBy !== undefined ? { reviewed_by: fields.reviewedBy } : {}),
      ...(fields.approvedOn !== undefined ? { approved_on: fields.approvedOn } : {}),
      ...(fields.publishedAt !== undefined ? { published_at: fields.publishedAt } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Marks every earlier published revision of the item as history. */
export async function supersedePublished(db: Executor, itemId: string, exceptId: string) {
  await db
    .updateTable('service_item_revisions')
    .set({ state: 'superseded' })
    .where('item_id', '=', itemId)
    .where('state', '=', 'published')
    .where('id', '!=', exceptId)
    .execute();
}

// —— 证明事项清单 ——

export interface CertificateRow {
  id: string;
  siteId: string;
  departmentId: string;
  name: string;
  issuer: string;
  basis: string;
  status: 'kept' | 'cancelled';
  cancelledOn: string | null;
  replacement: string | null;
  note: string;
}

export async function listCertificates(db: Executor, siteId: string): Promise<CertificateRow[]> {
  const rows = await db
    .selectFrom('certificate_requirements')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy('status', 'desc')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    siteId: r.site_id,
    departmentId: r.department_id,
    name: r.name,
    issuer: r.issuer,
    basis: r.basis,
    status: r.status as 'kept' | 'cancelled',
    cancelledOn: r.cancelled_on,
    replacement: r.replacement,
    note: r.note,
  }));
}

export async function saveCertificate(db: Executor, c: CertificateRow, isNew: boolean, at: string): Promise<void> {
  const fields = {
    department_id: c.departmentId,
    name: c.name,
    issuer: c.issuer,
    basis: c.basis,
    status: c.status,
    cancelled_on: c.cancelledOn,
    replacement: c.replacement,
    note: c.note,
    updated_at: at,
  };
  if (isNew)
    await db
      .insertInto('certificate_requirements')
      .values({ id: c.id, site_id: c.siteId, ...fields, created_at: at })
      .execute();
  else await db.updateTable('certificate_requirements').set(fields).where('id', '=', c.id).execute();
}
