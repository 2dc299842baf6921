import type { Executor } from '../../db/database.js';
import type { SiteTable } from '../../db/schema.js';
import { parseIdentity, type SiteIdentity } from './site-identity.js';

/** Until the office sets its own: 15 working days for a 差评's follow-up (our choice, recorded in the issue-16 note). */
export const DEFAULT_FOLLOW_UP_WORKDAYS = 15;

export interface Site {
  id: string;
  name: string;
  siteCode: string;
  sponsor: string;
  orgCode: string;
  address: string;
  phone: string;
  email: string;
  icpNo: string;
  policeFilingNo: string;
  indexNoTemplate: string;
  /** Whether the time between a fee notice and payment pauses the reply clock (legal.md §1, unconfirmed: on by default). */
  feePausesClock: boolean;
  /** Working days a department has to follow up a 差评 (好差评, issue 16 §5). */
  ratingFollowUpWorkdays: number;
  /** Whether a department's annual report is reviewed by the office, not its own reviewer (issue 19 §3). */
  annualReportOfficeReview: boolean;
  hosts: string[];
  /** The portal's identity (site-identity.ts), changed on its own, never by a site update. */
  identity: SiteIdentity;
  /** When the site was retired (关停) and the notice its portal shows; null while it is open. */
  retiredAt: string | null;
  retiredNotice: string;
  createdAt: string;
  updatedAt: string;
}

export type SiteFields = Omit<
  Site,
  | 'id'
  | 'hosts'
  | 'identity'
  | 'retiredAt'
  | 'retiredNotice'
  | 'createdAt'
  | 'updatedAt'
  | 'feePausesClock'
  | 'ratingFollowUpWorkdays'
  | 'annualReportOfficeReview'
> & {
  feePausesClock?: boolean;
  ratingFollowUpWorkdays?: number;
  annualReportOfficeReview?: boolean;
};

function toSite(row: SiteTable, hosts: string[]): Site {
  return {
    id: row.id,
    name: row.name,
    siteCode: row.site_code,
    sponsor: row.sponsor,
    orgCode: row.org_code,
    address: row.address,
    phone: row.phone,
    email: row.email,
    icpNo: row.icp_no,
    policeFilingNo: row.police_filing_no,
    indexNoTemplate: row.index_no_template,
    feePausesClock: row.fee_pauses_clock === 1,
    ratingFollowUpWorkdays: Number(row.rating_follow_up_workdays),
    annualReportOfficeReview: Number(row.annual_report_office_review) === 1,
    hosts,
    identity: parseIdentity(row.identity_json),
    retiredAt: row.retired_at ?? null,
    retiredNotice: row.retired_notice ?? '',
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(
  fields: SiteFields,
): Omit<SiteTable, 'id' | 'identity_json' | 'retired_at' | 'retired_notice' | 'created_at' | 'updated_at'> {
  return {
    name: fields.name,
    site_code: fields.siteCode,
    sponsor: fields.sponsor,
    org_code: fields.orgCode,
    address: fields.address,
    phone: fields.phone,
    email: fields.email,
    icp_no: fields.icpNo,
    police_filing_no: fields.policeFilingNo,
    index_no_template: fields.indexNoTemplate,
    fee_pauses_clock: fields.feePausesClock === false ? 0 : 1,
    rating_follow_up_workdays: fields.ratingFollowUpWorkdays ?? DEFAULT_FOLLOW_UP_WORKDAYS,
    annual_report_office_review: fields.annualReportOfficeReview ? 1 : 0,
  };
}

async function hostsOf(db: Executor, siteIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (siteIds.length === 0) return map;
  const rows = await db.selectFrom('site_hosts').selectAll().where('site_id', 'in', siteIds).orderBy('host').execute();
  for (const r of rows) map.set(r.site_id, [...(map.get(r.site_id) ?? []), r.host]);
  return map;
}

export async function findSite(db: Executor, id: string): Promise<Site | undefined> {
  const row = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toSite(row, (await hostsOf(db, [id])).get(id) ?? []);
}

export async function findSiteIdByHost(db: Executor, host: string): Promise<string | undefined> {
  const row = await db.selectFrom('site_hosts').select('site_id').where('host', '=', host).executeTakeFirst();
  return row?.site_id;
}

export async function listSites(db: Executor, ids?: string[]): Promise<Site[]> {
  let q = db.selectFrom('sites').selectAll().orderBy('created_at');
  if (ids) {
    if (ids.length === 0) return [];
    q = q.where('id', 'in', ids);
  }
  const rows = await q.execute();
  const hosts = await hostsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toSite(r, hosts.get(r.id) ?? []));
}

export async function countSites(db: Executor): Promise<number> {
  const r = await db
    .selectFrom('sites')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertSite(
  db: Executor,
  id: string,
  fields: SiteFields,
  hosts: string[],
  at: string,
): Promise<void> {
  await db
    .insertInto('sites')
    .values({
      id,
      ...toRow(fields),
      identity_json: '{}',
      retired_at: null,
      retired_notice: '',
      created_at: at,
      updated_at: at,
    })
    .execute();
  await replaceHosts(db, id, hosts);
}

export async function updateSite(
  db: Executor,
  id: string,
  fields: SiteFields,
  hosts: string[],
  at: string,
): Promise<void> {
  await db
    .updateTable('sites')
    .set({ ...toRow(fields), updated_at: at })
    .where('id', '=', id)
    .execute();
  await replaceHosts(db, id, hosts);
}

/** Retires a site with its notice (retiredAt set) or opens it again (retiredAt null). */
export async function setRetirement(
  db: Executor,
  id: string,
  retiredAt: string | null,
  notice: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('sites')
    .set({ retired_at: retiredAt, retired_notice: notice, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function updateIdentity(db: Executor, id: string, identity: SiteIdentity, at: string): Promise<void> {
  await db
    .updateTable('sites')
    .set({ identity_json: JSON.stringify(identity), updated_at: at })
    .where('id', '=', id)
    .execute();
}

async function replaceHosts(db: Executor, siteId: string, hosts: string[]): Promise<void> {
  await db.deleteFrom('site_hosts').where('site_id', '=', siteId).execute();
  if (hosts.length > 0) {
    await db
      .insertInto('site_hosts')
      .values(hosts.map((host) => ({ host, site_id: siteId })))
      .execute();
  }
}
