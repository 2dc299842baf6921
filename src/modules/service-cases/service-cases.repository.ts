import { newId } from '../../platform/ids/ids.js';
import type { Executor } from '../../db/database.js';
import type { CaseChannel, CaseResult, RatingLevel } from './service-cases.model.js';

export interface Applicant {
  name: string;
  phone: string;
}

export interface CaseRow {
  id: string;
  siteId: string;
  itemId: string;
  departmentId: string;
  caseNo: string;
  queryCodeHash: string;
  applicant: Applicant;
  channel: CaseChannel;
  receivedOn: string;
  committedDays: number | null;
  finishedOn: string | null;
  result: CaseResult | null;
}

export interface StepRow {
  seq: number;
  name: string;
  on: string;
  note: string;
}

export interface RatingRow {
  id: string;
  caseId: string;
  level: RatingLevel;
  reasons: string[];
  comment: string;
  ratedOn: string;
  followUpDueOn: string | null;
  followedUpOn: string | null;
  followUpNote: string | null;
}

type CaseRecord = {
  id: string;
  site_id: string;
  item_id: string;
  department_id: string;
  case_no: string;
  query_code_hash: string;
  applicant_json: string;
  channel: string;
  received_on: string;
  committed_days: number | null;
  finished_on: string | null;
  result: string | null;
};
const CASE_FIELDS = [
  'id',
  'site_id',
  'item_id',
  'department_id',
  'case_no',
  'query_code_hash',
  'applicant_json',
  'channel',
  'received_on',
  'committed_days',
  'finished_on',
  'result',
] as const;
const toCase = (r: CaseRecord): CaseRow => ({
  id: r.id,
  siteId: r.site_id,
  itemId: r.item_id,
  departmentId: r.department_id,
  caseNo: r.case_no,
  queryCodeHash: r.query_code_hash,
  applicant: JSON.parse(r.applicant_json) as Applicant,
  channel: r.channel as CaseChannel,
  receivedOn: r.received_on,
  committedDays: r.committed_days === null ? null : Number(r.committed_days),
  finishedOn: r.finished_on,
  result: r.result as CaseResult | null,
});

export async function insertCase(db: Executor, c: CaseRow, at: string) {
  await db
    .insertInto('service_cases')
    .values({
      id: c.id,
      site_id: c.siteId,
      item_id: c.itemId,
      department_id: c.departmentId,
      case_no: c.caseNo,
      query_code_hash: c.queryCodeHash,
      applicant_json: JSON.stringify(c.applicant),
      channel: c.channel,
      received_on: c.receivedOn,
      committed_days: c.committedDays,
      finished_on: c.finishedOn,
      result: c.result,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function finishCase(db: Executor, id: string, finishedOn: string, result: CaseResult, at: string) {
  await db
    .updateTable('service_cases')
    .set({ finished_on: finishedOn, result, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function setQueryCodeHash(db: Executor, id: string, hash: string, at: string) {
  await db.updateTable('service_cases').set({ query_code_hash: hash, updated_at: at }).where('id', '=', id).execute();
}

export async function findCase(db: Executor, id: string): Promise<CaseRow | undefined> {
  const r = await db.selectFrom('service_cases').select(CASE_FIELDS).where('id', '=', id).executeTakeFirst();
  return r && toCase(r);
}

export async function findCaseByNo(db: Executor, siteId: string, caseNo: string): Promise<CaseRow | undefined> {
  const r = await db
    .selectFrom('service_cases')
    .select(CASE_FIELDS)
    .where('site_id', '=', siteId)
    .where('case_no', '=', caseNo)
    .executeTakeFirst();
  return r && toCase(r);
}

/** Cases received or finished in a span of days (YYYY-MM-DD, inclusive), or a department's open ones. */
export async function listCases(
  db: Executor,
  siteId: string,
  q: { from?: string; to?: string; departmentIds?: string[]; limit?: number },
): Promise<CaseRow[]> {
  let query = db.selectFrom('service_cases').select(CASE_FIELDS).where('site_id', '=', siteId);
  if (q.departmentIds) {
    if (q.departmentIds.length === 0) return [];
    query = query.where('department_id', 'in', q.departmentIds);
  }
  if (q.from && q.to) {
    const { from, to } = q;
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('received_on', '>=', from), eb('received_on', '<=', to)]),
        eb.and([eb('finished_on', '>=', from), eb('finished_on', '<=', to)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('received_on', 'desc')
    .orderBy('case_no', 'desc')
    .limit(q.limit ?? 100_000)
    .execute();
  return rows.map(toCase);
}

export async function stepsOf(db: Executor, caseId: string): Promise<StepRow[]> {
  const rows = await db
    .selectFrom('service_case_steps')
    .select(['seq', 'name', 'occurred_on', 'note'])
    .where('case_id', '=', caseId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ seq: r.seq, name: r.name, on: r.occurred_on, note: r.note }));
}

export async function insertStep(
  db: Executor,
  caseId: string,
  step: Omit<StepRow, 'seq'>,
  recordedBy: string | null,
  at: string,
): Promise<void> {
  const last = await db
    .selectFrom('service_case_steps')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  await db
    .insertInto('service_case_steps')
    .values({
      id: newId(),
      case_id: caseId,
      seq: Number(last?.seq ?? 0) + 1,
      name: step.name,
      occurred_on: step.on,
      note: step.note,
      recorded_by: recordedBy,
      recorded_at: at,
    })
    .execute();
}

type RatingRecord = {
  id: string;
  case_id: string;
  level: number;
  reasons_json: string;
  comment: string;
  rated_on: string;
  follow_up_due_on: string | null;
  followed_up_on: string | null;
  follow_up_note: string | null;
};
const toRating = (r: RatingRecord): RatingRow => ({
  id: r.id,
  caseId: r.case_id,
  level: Number(r.level) as RatingLevel,
  reasons: JSON.parse(r.reasons_json) as string[],
  comment: r.comment,
  ratedOn: r.rated_on,
  followUpDueOn: r.follow_up_due_on,
  followedUpOn: r.followed_up_on,
  followUpNote: r.follow_up_note,
});
const RATING_FIELDS = [
  'id',
  'case_id',
  'level',
  'reasons_json',
  'comment',
  'rated_on',
  'follow_up_due_on',
  'followed_up_on',
  'follow_up_note',
] as const;

export async function insertRating(db: Executor, r: RatingRow) {
  await db
    .insertInto('service_ratings')
    .values({
      id: r.id,
      case_id: r.caseId,
      level: r.level,
      reasons_json: JSON.stringify(r.reasons),
      comment: r.comment,
      rated_on: r.ratedOn,
      follow_up_due_on: r.followUpDueOn,
      followed_up_on: null,
      follow_up_note: null,
      followed_up_by: null,
    })
    .execute();
}

export async function ratingOf(db: Executor, caseId: string): Promise<RatingRow | undefined> {
  const r = await db
    .selectFrom('service_ratings')
    .select(RATING_FIELDS)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return r && toRating(r);
}

/** The ratings of the given cases (chunked: a year of a hall's cases is many). */
export async function ratingsOf(db: Executor, caseIds: string[]): Promise<RatingRow[]> {
  const out: RatingRow[] = [];
  for (let i = 0; i < caseIds.length; i += 500) {
    const chunk = caseIds.slice(i, i + 500);
    if (chunk.length === 0) break;
    out.push(
      ...(await db.selectFrom('service_ratings').select(RATING_FIELDS).where('case_id', 'in', chunk).execute()).map(
        toRating,
      ),
    );
  }
  return out;
}

/** 差评 not yet followed up, of a site's cases. */
export async function openFollowUps(db: Executor, siteId: string): Promise<(RatingRow & { caseRow: CaseRow })[]> {
  const rows = await db
    .selectFrom('service_ratings')
    .innerJoin('service_cases', 'service_cases.id', 'service_ratings.case_id')
    .select([
      'service_ratings.id as rating_id',
      'service_ratings.case_id',
      'service_ratings.level',
      'service_ratings.reasons_json',
      'service_ratings.comment',
      'service_ratings.rated_on',
      'service_ratings.follow_up_due_on',
      'service_ratings.followed_up_on',
      'service_ratings.follow_up_note',
      ...CASE_FIELDS.map((f) => `service_cases.${f}` as const),
    ])
    .where('service_cases.site_id', '=', siteId)
    .where('service_ratings.follow_up_due_on', 'is not', null)
    .where('service_ratings.followed_up_on', 'is', null)
    .orderBy('service_ratings.follow_up_due_on')
    .execute();
  return rows.map((r) => ({
    ...toRating({ ...r, id: r.rating_id }),
    caseRow: toCase(r),
  }));
}

export async function recordFollowUp(db: Executor, ratingId: string, on: string, note: string, by: string | null) {
  await db
    .updateTable('service_ratings')
    .set({ followed_up_on: on, follow_up_note: note, followed_up_by: by })
    .where('id', '=', ratingId)
    .execute();
}
