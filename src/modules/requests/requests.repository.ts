import type { Executor } from '../../db/database.js';
import type { DisclosureRequestTable, RequestEventTable } from '../../db/schema.js';
import { REPORT_EVENT_TYPES, type RequestEvent } from './requests.case.js';
import type { Applicant } from './requests.schema.js';
import type { ApplicantKind, Channel, DeliveryForm, DeliveryMethod, OrganisationKind } from './requests.model.js';

export interface RequestRow {
  id: string;
  siteId: string;
  departmentId: string | null;
  /** Who handles it after 分办; the annual report still counts it for the agency applied to. */
  handlingDepartmentId: string | null;
  trackingNo: string;
  channel: Channel;
  receivedOn: string;
  applicantKind: ApplicantKind;
  organisationKind: OrganisationKind | null;
  applicantName: string;
  applicantKey: string;
  applicant: Applicant;
  infoTitle: string;
  infoDocNo: string;
  infoDescription: string;
  purpose: string;
  deliveryForm: DeliveryForm;
  deliveryMethod: DeliveryMethod;
  feeWaiverRequested: boolean;
  feeWaiverReason: string;
  idProofSha256: string | null;
  idProofMime: string | null;
}

export interface StoredEvent extends RequestEvent {
  seq: number;
  recordedAt: string;
}

function toRequest(r: DisclosureRequestTable): RequestRow {
  return {
    id: r.id,
    siteId: r.site_id,
    departmentId: r.department_id,
    handlingDepartmentId: r.handling_department_id,
    trackingNo: r.tracking_no,
    channel: r.channel as Channel,
    receivedOn: r.received_on,
    applicantKind: r.applicant_kind as ApplicantKind,
    organisationKind: r.organisation_kind as OrganisationKind | null,
    applicantName: r.applicant_name,
    applicantKey: r.applicant_key,
    applicant: JSON.parse(r.applicant_json) as Applicant,
    infoTitle: r.info_title,
    infoDocNo: r.info_doc_no,
    infoDescription: r.info_description,
    purpose: r.purpose,
    deliveryForm: r.delivery_form as DeliveryForm,
    deliveryMethod: r.delivery_method as DeliveryMethod,
    feeWaiverRequested: r.fee_waiver_requested === 1,
    feeWaiverReason: r.fee_waiver_reason,
    idProofSha256: r.id_proof_sha256,
    idProofMime: r.id_proof_mime,
  };
}

export async function insertRequest(
  db: Executor,
  r: RequestRow & { queryCodeHash: string; createdBy: string | null },
  at: string,
): Promise<void> {
  await db
    .insertInto('disclosure_requests')
    .values({
      id: r.id,
      site_id: r.siteId,
      department_id: r.departmentId,
      handling_department_id: r.handlingDepartmentId,
      tracking_no: r.trackingNo,
      query_code_hash: r.queryCodeHash,
      channel: r.channel,
      received_on: r.receivedOn,
      applicant_kind: r.applicantKind,
      organisation_kind: r.organisationKind,
      applicant_name: r.applicantName,
      applicant_key: r.applicantKey,
      applicant_json: JSON.stringify(r.applicant),
      info_title: r.infoTitle,
      info_doc_no: r.infoDocNo,
      info_description: r.infoDescription,
      purpose: r.purpose,
      delivery_form: r.deliveryForm,
      delivery_method: r.deliveryMethod,
      fee_waiver_requested: r.feeWaiverRequested ? 1 : 0,
      fee_waiver_reason: r.feeWaiverReason,
      id_proof_sha256: r.idProofSha256,
      id_proof_mime: r.idProofMime,
      created_by: r.createdBy,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function findRequest(db: Executor, id: string): Promise<RequestRow | undefined> {
  const r = await db.selectFrom('disclosure_requests').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toRequest(r);
}

/** The application with this tracking number, and its query-code hash (for the applicant's own look-up). */
export async function findByTrackingNo(
  db: Executor,
  siteId: string,
  trackingNo: string,
): Promise<(RequestRow & { queryCodeHash: string }) | undefined> {
  const r = await db
    .selectFrom('disclosure_requests')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('tracking_no', '=', trackingNo)
    .executeTakeFirst();
  return r && { ...toRequest(r), queryCodeHash: r.query_code_hash };
}

export async function listRequests(
  db: Executor,
  q: {
    siteId: string;
    departmentIds?: (string | null)[];
    /** Also the cases these departments handle after 分办 (the work queue, not the report). */
    includeHandling?: boolean;
    receivedFrom?: string;
    receivedTo?: string;
  },
): Promise<RequestRow[]> {
  let query = db.selectFrom('disclosure_requests').selectAll().where('site_id', '=', q.siteId);
  if (q.departmentIds) {
    const ids = q.departmentIds.filter((d): d is string => d !== null);
    if (ids.length === 0) return [];
    query = q.includeHandling
      ? query.where((eb) => eb.or([eb('department_id', 'in', ids), eb('handling_department_id', 'in', ids)]))
      : query.where('department_id', 'in', ids);
  }
  if (q.receivedFrom) query = query.where('received_on', '>=', q.receivedFrom);
  if (q.receivedTo) query = query.where('received_on', '<=', q.receivedTo);
  return (await query.orderBy('received_on', 'desc').orderBy('tracking_no', 'desc').execute()).map(toRequest);
}

/** Earlier applications of the same applicant for the same information (by 文号, or else by name). */
export async function findRepeats(db: Executor, r: RequestRow): Promise<RequestRow[]> {
  let query = db
    .selectFrom('disclosure_requests')
    .selectAll()
    .where('site_id', '=', r.siteId)
    .where('applicant_key', '=', r.applicantKey)
    .where('id', '!=', r.id)
    .where('received_on', '<=', r.receivedOn);
  query = r.infoDocNo ? query.where('info_doc_no', '=', r.infoDocNo) : query.where('info_title', '=', r.infoTitle);
  return (await query.orderBy('received_on').execute()).map(toRequest);
}

/** How many applications this applicant made in the calendar month of `on`, up to and including that day. */
export async function countInMonth(db: Executor, siteId: string, applicantKey: string, on: string): Promise<number> {
  const r = await db
    .selectFrom('disclosure_requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('site_id', '=', siteId)
    .where('applicant_key', '=', applicantKey)
    .where('received_on', '>=', `${on.slice(0, 7)}-01`)
    .where('received_on', '<=', on)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Ids per statement: PostgreSQL takes at most 65,535 parameters and SQLite 32,766, and a site's
 * whole history (the annual report, the work queue) can hold more cases than that.
 */
const IDS_PER_QUERY = 10_000;

export async function eventsOf(db: Executor, requestIds: string[]): Promise<Map<string, StoredEvent[]>> {
  const map = new Map<string, StoredEvent[]>();
  for (let i = 0; i < requestIds.length; i += IDS_PER_QUERY) {
    const rows = await db
      .selectFrom('request_events')
      .selectAll()
      .where('request_id', 'in', requestIds.slice(i, i + IDS_PER_QUERY))
      .orderBy('request_id')
      .orderBy('seq')
      .execute();
    for (const r of rows) addEvent(map, r);
  }
  return map;
}

function addEvent(map: Map<string, StoredEvent[]>, r: Omit<RequestEventTable, 'id' | 'recorded_by'>): void {
  const event: StoredEvent = {
    ...(JSON.parse(r.data_json) as Omit<RequestEvent, 'type' | 'on'>),
    type: r.type as RequestEvent['type'],
    on: r.occurred_on,
    seq: Number(r.seq),
    recordedAt: r.recorded_at,
  };
  const events = map.get(r.request_id);
  if (events) events.push(event);
  else map.set(r.request_id, [event]);
}

/**
 * What the annual report counts of every case of a site (or of the agency applied to):
 * when each arrived, who applied (by kind only) and the events that bear on its figures
 * (`REPORT_EVENT_TYPES`) — two queries, whatever the number of cases, with no one's identity read.
 */
export async function reportCaseRows(
  db: Executor,
  siteId: string,
  departmentId: string | null,
): Promise<
  {
    receivedOn: string;
    applicantKind: ApplicantKind;
    organisationKind: OrganisationKind | null;
    events: RequestEvent[];
  }[]
> {
  // Neither query is sorted by the database: the figures are counts, and each case's few events
  // are put in order below — sorting ~100,000 cases and their events cost more than reading them.
  const ofSite = () =>
    db
      .selectFrom('disclosure_requests')
      .where('site_id', '=', siteId)
      .$if(departmentId !== null, (q) => q.where('department_id', '=', departmentId));
  // Receipts, deliveries, 分办 and archiving are most of a site's events and change no figure:
  // leaving them in the database halves what a large site's report reads and parses. The cases
  // are named by a subquery, not a join, so SQLite scans the events once instead of seeking them
  // case by case (0.7 s against 1.0 s at 100,000 cases). On PostgreSQL outside a transaction the
  // two queries run on two connections at once (~0.2 s less at 100,000 cases, bench:scale).
  const [cases, rows] = await Promise.all([
    ofSite().select(['id', 'received_on', 'applicant_kind', 'organisation_kind']).execute(),
    db
      .selectFrom('request_events')
      .select(['request_id', 'seq', 'type', 'occurred_on', 'data_json'])
      .where('request_id', 'in', ofSite().select('id'))
      .where('type', 'in', REPORT_EVENT_TYPES)
      .execute(),
  ]);
  // Grouped as read, then each case's few rows put in order.
  const byCase = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) {
    const list = byCase.get(r.request_id);
    if (list) list.push(r);
    else byCase.set(r.request_id, [r]);
  }
  return cases.map((c) => ({
    receivedOn: c.received_on,
    applicantKind: c.applicant_kind as ApplicantKind,
    organisationKind: c.organisation_kind as OrganisationKind | null,
    events: reportEvents(byCase.get(c.id)),
  }));
}

/** One case's events in the order they were recorded (the rules read them in that order). */
function reportEvents(
  rows: { seq: number; type: string; occurred_on: string; data_json: string }[] | undefined,
): RequestEvent[] {
  if (!rows) return [];
  if (rows.some((r, i) => i > 0 && r.seq < (rows[i - 1]?.seq ?? 0))) rows.sort((x, y) => x.seq - y.seq);
  return rows.map((r) => reportEvent(r.type, r.occurred_on, r.data_json));
}

/** An event as the report reads it; most carry no data, and parsing their `{}` is skipped. */
function reportEvent(type: string, on: string, dataJson: string): RequestEvent {
  const event = { type: type as RequestEvent['type'], on };
  return dataJson === '{}' ? event : Object.assign(JSON.parse(dataJson) as Omit<RequestEvent, 'type' | 'on'>, event);
}

export async function insertEvent(
  db: Executor,
  e: { id: string; requestId: string; seq: number; event: RequestEvent; recordedBy: string | null },
  at: string,
): Promise<void> {
  const { type, on, ...data } = e.event;
  await db
    .insertInto('request_events')
    .values({
      id: e.id,
      request_id: e.requestId,
      seq: e.seq,
      type,
      occurred_on: on,
      data_json: JSON.stringify(data),
      recorded_by: e.recordedBy,
      recorded_at: at,
    })
    .execute();
  await db
    .updateTable('disclosure_requests')
    .set({
      updated_at: at,
      ...(e.event.type === 'assigned' && e.event.departmentId ? { handling_department_id: e.event.departmentId } : {}),
    })
    .where('id', '=', e.requestId)
    .execute();
}

export interface NoticeTemplateRow {
  kind: string;
  version: number;
  title: string;
  body: string;
  createdAt: string;
}

/** The latest saved version of each kind. */
export async function latestTemplates(db: Executor, siteId: string): Promise<Map<string, NoticeTemplateRow>> {
  const map = new Map<string, NoticeTemplateRow>();
  const rows = await db
    .selectFrom('notice_templates')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy('version')
    .execute();
  for (const r of rows)
    map.set(r.kind, {
      kind: r.kind,
      version: Number(r.version),
      title: r.title,
      body: r.body,
      createdAt: r.created_at,
    });
  return map;
}

export async function templateVersions(db: Executor, siteId: string, kind: string): Promise<NoticeTemplateRow[]> {
  const rows = await db
    .selectFrom('notice_templates')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('kind', '=', kind)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    kind: r.kind,
    version: Number(r.version),
    title: r.title,
    body: r.body,
    createdAt: r.created_at,
  }));
}

export async function insertTemplate(
  db: Executor,
  t: {
    id: string;
    siteId: string;
    kind: string;
    version: number;
    title: string;
    body: string;
    createdBy: string | null;
  },
  at: string,
): Promise<void> {
  await db
    .insertInto('notice_templates')
    .values({
      id: t.id,
      site_id: t.siteId,
      kind: t.kind,
      version: t.version,
      title: t.title,
      body: t.body,
      created_by: t.createdBy,
      created_at: at,
    })
    .execute();
}
