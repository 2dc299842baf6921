import { defineErrors } from '../../platform/http/errors.js';
import type { WorkdayCalendar } from '../../platform/workdays/calendar.js';
import { addDays } from '../../platform/workdays/dates.js';
import {
  DEFAULT_CLOCK_SETTINGS,
  MAX_EXTENSION_WORKDAYS,
  requestClock,
  type Clock,
  type ClockSettings,
} from './requests.clock.js';
import {
  EVENT_LABELS,
  EVENT_TYPES,
  type ApplicantKind,
  type OrganisationKind,
  type CaseStateName,
  type Channel,
  type EventType,
  type Outcome,
  type RemedyResult,
} from './requests.model.js';

/**
 * A case is its event history; its state and every date are derived from it (`caseState`), and a
 * new event is accepted only if it keeps the history lawful (`checkEvent`).
 */
export interface RequestEvent {
  type: EventType;
  on: string;
  note?: string;
  /** received */
  channel?: Channel;
  /** assigned */
  departmentId?: string;
  handlerId?: string | null;
  /** correction_requested: what to clarify */
  items?: string;
  /** extended: working days added; correction_requested: working days given to correct */
  days?: number;
  /** extended */
  approvedBy?: string;
  /** consultation_started */
  party?: string;
  partyKind?: 'third_party' | 'agency';
  /** fee_notice_sent */
  basis?: 'per_request' | 'per_page';
  pages?: number;
  amount?: number;
  /** replied */
  outcome?: Outcome;
  /** review_decided, lawsuit_decided */
  result?: RemedyResult;
  /** lawsuit_filed: after an administrative review, or directly */
  afterReview?: boolean;
}

/** A case as the annual report counts it: no one's identity, only what happened when. */
export interface ReportCase {
  receivedOn: string;
  applicantKind: ApplicantKind;
  organisationKind: OrganisationKind | null;
  /** Only the events of `REPORT_EVENT_TYPES`, in order. */
  events: readonly RequestEvent[];
}

/**
 * The events that can change a figure of the annual report: every type but receipt, 分办, delivery
 * and archiving, which are most of a site's events and change none. A new event type is read by
 * default; one that comes to bear on a figure must leave this exclusion.
 */
const NO_FIGURE: readonly EventType[] = ['received', 'assigned', 'delivered', 'archived'];
export const REPORT_EVENT_TYPES: readonly EventType[] = EVENT_TYPES.filter((t) => !NO_FIGURE.includes(t));

export const RequestErrors = defineErrors({
  REQUEST_EVENT_DATE: { status: 400, message: '事件日期不能早于收到申请之日或上一事件，也不能晚于今天' },
  REQUEST_EVENT_FIELD: { status: 400, message: '事件缺少必填内容' },
  REQUEST_RECEIVED_ONCE: { status: 409, message: '“收到申请”只在登记申请时记录一次' },
  REQUEST_ARCHIVED: { status: 409, message: '申请已归档，不能再记录事件' },
  REQUEST_CLOSED: { status: 409, message: '申请已答复、撤回或终止办理，不能再记录该事件' },
  REQUEST_SECOND_CORRECTION: { status: 409, message: '补正只能一次性告知（条例第三十条）' },
  REQUEST_CORRECTION_LATE: { status: 409, message: '补正通知须在收到申请之日起 7 个工作日内发出（条例第三十条）' },
  REQUEST_NO_CORRECTION: { status: 409, message: '没有等待中的补正' },
  REQUEST_CORRECTION_PERIOD: { status: 400, message: '补正期限应当合理：5 至 60 个工作日（条例第三十条）' },
  REQUEST_SECOND_EXTENSION: { status: 409, message: '答复期限只能延长一次（条例第三十三条）' },
  REQUEST_EXTENSION_TOO_LONG: { status: 400, message: '延长的期限最长不得超过 20 个工作日（条例第三十三条）' },
  REQUEST_EXTENSION_LATE: { status: 409, message: '延期须在答复期限届满前决定' },
  REQUEST_OUTCOME_REQUIRED: { status: 400, message: '答复须选择办理结果' },
  REQUEST_CONSULTATION_STATE: { status: 409, message: '征求意见尚未开始，或已有一项征求意见正在进行' },
  REQUEST_FEE_STATE: { status: 409, message: '没有待缴的收费通知，或已发出过收费通知' },
  REQUEST_NOT_REPLIED: { status: 409, message: '申请尚未答复或终止办理' },
  REQUEST_LAPSE_NOT_DUE: { status: 409, message: '申请人补正或缴费的期限尚未届满，不能以逾期为由终止办理' },
  REQUEST_REMEDY_STATE: { status: 409, message: '没有尚未审结的行政复议或行政诉讼' },
});

export interface CaseState {
  state: CaseStateName;
  clock: Clock;
  /** The outcome row the case counts in once closed: its reply's, or the lapse's (Art. 30, Art. 42). */
  outcome: Outcome | null;
  /** The day the case was closed: replied, withdrawn, or the day after a lapsed deadline. */
  closedOn: string | null;
  delivered: boolean;
  /** Remedies pending or decided (annual report section 四). */
  remedies: { kind: 'review' | 'lawsuit'; afterReview: boolean; filedOn: string; result: RemedyResult | null }[];
}

/** Everything about a case, as of `today`. */
export function caseState(
  receivedOn: string,
  events: readonly RequestEvent[],
  calendar: WorkdayCalendar,
  today: string,
  settings: ClockSettings = DEFAULT_CLOCK_SETTINGS,
): CaseState {
  const clock = requestClock(receivedOn, events, calendar, settings);
  const has = (type: EventType) => events.some((e) => e.type === type);
  const reply = events.find((e) => e.type === 'replied');
  const withdrawn = events.find((e) => e.type === 'withdrawn');

  let state: CaseStateName;
  let outcome: Outcome | null = null;
  let closedOn: string | null = null;
  if (reply) {
    state = 'replied';
    outcome = reply.outcome ?? null;
    closedOn = reply.on;
  } else if (withdrawn) {
    state = 'withdrawn';
    closedOn = withdrawn.on;
  } else if (clock.correctionDueOn && today > clock.correctionDueOn) {
    state = 'lapsed';
    outcome = 'other_no_correction';
    closedOn = addDays(clock.correctionDueOn, 1);
  } else if (clock.feeDueOn && today > clock.feeDueOn) {
    state = 'lapsed';
    outcome = 'other_fee_unpaid';
    closedOn = addDays(clock.feeDueOn, 1);
  } else if (clock.pausedBy === 'correction') state = 'awaiting_correction';
  else if (clock.pausedBy === 'consultation') state = 'consulting';
  else if (clock.pausedBy === 'fee') state = 'awaiting_fee';
  else state = 'processing';
  if (has('archived')) state = 'archived';

  const remedies: CaseState['remedies'] = [];
  for (const e of events) {
    if (e.type === 'review_filed' || e.type === 'lawsuit_filed') {
      remedies.push({
        kind: e.type === 'review_filed' ? 'review' : 'lawsuit',
        afterReview: e.afterReview ?? false,
        filedOn: e.on,
        result: null,
      });
    } else if (e.type === 'review_decided' || e.type === 'lawsuit_decided') {
      const kind = e.type === 'review_decided' ? 'review' : 'lawsuit';
      const pending = remedies.find((r) => r.kind === kind && r.result === null);
      if (pending) pending.result = e.result ?? 'other';
    }
  }
  return { state, clock, outcome, closedOn, delivered: has('delivered'), remedies };
}

/** What each event type must carry, beyond its date. */
const REQUIRED: Partial<Record<EventType, (keyof RequestEvent)[]>> = {
  assigned: ['departmentId'],
  correction_requested: ['items', 'days'],
  consultation_started: ['party', 'partyKind'],
  extended: ['days', 'approvedBy'],
  fee_notice_sent: ['basis'],
  review_decided: ['result'],
  lawsuit_decided: ['result'],
};

/**
 * Refuses an event that would make the history unlawful or inconsistent, with a code saying why.
 * `today` bounds the date: events are recorded when they have happened.
 */
export function checkEvent(
  receivedOn: string,
  history: readonly RequestEvent[],
  event: RequestEvent,
  calendar: WorkdayCalendar,
  today: string,
  settings: ClockSettings = DEFAULT_CLOCK_SETTINGS,
): void {
  const last = history.at(-1);
  if (event.on < receivedOn || (last && event.on < last.on) || event.on > today)
    throw RequestErrors.REQUEST_EVENT_DATE();
  if (event.type === 'received') throw RequestErrors.REQUEST_RECEIVED_ONCE();
  if (event.type === 'replied' && !event.outcome) throw RequestErrors.REQUEST_OUTCOME_REQUIRED();
  const missing = (REQUIRED[event.type] ?? []).filter((f) => event[f] === undefined || event[f] === '');
  if (missing.length > 0)
    throw RequestErrors.REQUEST_EVENT_FIELD(`“${EVENT_LABELS[event.type]}”缺少：${missing.join('、')}`);

  const count = (type: EventType) => history.filter((e) => e.type === type).length;
  if (count('archived') > 0) throw RequestErrors.REQUEST_ARCHIVED();
  const current = caseState(receivedOn, history, calendar, event.on, settings);
  const open = current.state !== 'replied' && current.state !== 'withdrawn' && current.state !== 'lapsed';

  switch (event.type) {
    case 'replied':
      // A lapsed case may still get its notice (终止办理告知书); a replied or withdrawn one may not.
      if (current.state === 'replied' || current.state === 'withdrawn') throw RequestErrors.REQUEST_CLOSED();
      // A case is closed for want of a correction or a fee only once the applicant's time for it
      // has passed (Art. 30, Art. 42; 国办函〔2020〕109号): never while it is still running.
      if (
        event.outcome === 'other_no_correction' &&
        !(current.clock.correctionDueOn && event.on > current.clock.correctionDueOn)
      )
        throw RequestErrors.REQUEST_LAPSE_NOT_DUE(
          current.clock.correctionDueOn
            ? `申请人补正的期限至 ${current.clock.correctionDueOn} 届满，届满前不能以“逾期未补正”终止办理`
            : '没有等待申请人补正的事项，不能以“逾期未补正”终止办理',
        );
      if (event.outcome === 'other_fee_unpaid' && !(current.clock.feeDueOn && event.on > current.clock.feeDueOn))
        throw RequestErrors.REQUEST_LAPSE_NOT_DUE(
          current.clock.feeDueOn
            ? `申请人缴费的期限至 ${current.clock.feeDueOn} 届满，届满前不能以“逾期未缴费”终止办理`
            : '没有等待申请人缴纳的信息处理费，不能以“逾期未缴费”终止办理',
        );
      break;
    case 'assigned':
    case 'withdrawn':
    case 'extended':
    case 'correction_requested':
    case 'consultation_started':
    case 'fee_notice_sent':
      // A correction that arrives late, with good reason, may still revive a lapsed case; nothing else may.
      if (!open) throw RequestErrors.REQUEST_CLOSED();
      break;
    default:
      break;
  }
  switch (event.type) {
    case 'correction_requested':
      if (count('correction_requested') > 0) throw RequestErrors.REQUEST_SECOND_CORRECTION();
      if (event.on > current.clock.correctionNoticeDueOn) throw RequestErrors.REQUEST_CORRECTION_LATE();
      checkCorrectionPeriod(event.days);
      break;
    case 'correction_received':
      if (count('correction_requested') === 0 || count('correction_received') > 0 || current.state === 'replied')
        throw RequestErrors.REQUEST_NO_CORRECTION();
      break;
    case 'consultation_started':
      if (current.clock.pausedBy === 'consultation') throw RequestErrors.REQUEST_CONSULTATION_STATE();
      break;
    case 'consultation_ended':
      if (count('consultation_started') <= count('consultation_ended'))
        throw RequestErrors.REQUEST_CONSULTATION_STATE();
      break;
    case 'extended':
      if (count('extended') > 0) throw RequestErrors.REQUEST_SECOND_EXTENSION();
      if (!Number.isInteger(event.days) || (event.days ?? 0) < 1 || (event.days ?? 0) > MAX_EXTENSION_WORKDAYS)
        throw RequestErrors.REQUEST_EXTENSION_TOO_LONG();
      if (current.clock.dueOn && event.on > current.clock.dueOn) throw RequestErrors.REQUEST_EXTENSION_LATE();
      break;
    case 'fee_notice_sent':
      if (count('fee_notice_sent') > 0) throw RequestErrors.REQUEST_FEE_STATE();
      break;
    case 'fee_paid':
      if (count('fee_notice_sent') === 0 || count('fee_paid') > 0) throw RequestErrors.REQUEST_FEE_STATE();
      break;
    case 'delivered':
      if (current.state !== 'replied') throw RequestErrors.REQUEST_NOT_REPLIED();
      break;
    case 'archived':
      if (open) throw RequestErrors.REQUEST_NOT_REPLIED();
      break;
    case 'review_decided':
    case 'lawsuit_decided': {
      const kind = event.type === 'review_decided' ? 'review' : 'lawsuit';
      if (!current.remedies.some((r) => r.kind === kind && r.result === null))
        throw RequestErrors.REQUEST_REMEDY_STATE();
      break;
    }
    default:
      break;
  }
}

/**
 * Art. 30 asks for a reasonable period to correct; fewer than five working days is not one (and
 * would let a case be closed as （六）1 almost at once), more than sixty keeps a case open for a quarter.
 */
export const MIN_CORRECTION_WORKDAYS = 5;
export const MAX_CORRECTION_WORKDAYS = 60;

function checkCorrectionPeriod(days: number | undefined): void {
  if (!Number.isInteger(days) || (days ?? 0) < MIN_CORRECTION_WORKDAYS || (days ?? 0) > MAX_CORRECTION_WORKDAYS)
    throw RequestErrors.REQUEST_CORRECTION_PERIOD();
}

/**
 * The rules the clock itself depends on, for histories given whole (the `requests deadline`
 * command): dates not before receipt, one correction and its arrival after it, one extension of
 * 1–20 working days, consultations and fees closed only after they were opened.
 */
export function checkClockEvents(receivedOn: string, events: readonly RequestEvent[]): void {
  const seen = (type: EventType, before: number) => events.slice(0, before).filter((e) => e.type === type).length;
  events.forEach((e, i) => {
    if (e.on < receivedOn || (i > 0 && e.on < (events[i - 1]?.on ?? e.on))) throw RequestErrors.REQUEST_EVENT_DATE();
    if (e.type === 'received') throw RequestErrors.REQUEST_RECEIVED_ONCE();
    if (e.type === 'correction_requested' && seen('correction_requested', i) > 0)
      throw RequestErrors.REQUEST_SECOND_CORRECTION();
    if (e.type === 'correction_requested') checkCorrectionPeriod(e.days);
    if (
      e.type === 'correction_received' &&
      (seen('correction_requested', i) === 0 || seen('correction_received', i) > 0)
    )
      throw RequestErrors.REQUEST_NO_CORRECTION();
    if (e.type === 'extended') {
      if (seen('extended', i) > 0) throw RequestErrors.REQUEST_SECOND_EXTENSION();
      if (!Number.isInteger(e.days) || (e.days ?? 0) < 1 || (e.days ?? 0) > MAX_EXTENSION_WORKDAYS)
        throw RequestErrors.REQUEST_EXTENSION_TOO_LONG();
    }
    if (e.type === 'consultation_started' && seen('consultation_started', i) > seen('consultation_ended', i))
      throw RequestErrors.REQUEST_CONSULTATION_STATE();
    if (e.type === 'consultation_ended' && seen('consultation_started', i) <= seen('consultation_ended', i))
      throw RequestErrors.REQUEST_CONSULTATION_STATE();
    if (e.type === 'fee_notice_sent' && seen('fee_notice_sent', i) > 0) throw RequestErrors.REQUEST_FEE_STATE();
    if (e.type === 'fee_paid' && (seen('fee_notice_sent', i) === 0 || seen('fee_paid', i) > 0))
      throw RequestErrors.REQUEST_FEE_STATE();
  });
}
