import { defineErrors } from '../../platform/http/errors.js';
import type { WorkdayCalendar } from '../../platform/workdays/calendar.js';
import {
  EVENT_LABELS,
  MAX_EXTENSION_WORKDAYS,
  VETO_MONTHS,
  WATCH_DAYS_BEFORE_VETO,
  type LegalChannel,
  type MessageEventType,
  type MessageState,
  type Rating,
  STATE_LABELS,
} from './messages.model.js';
import { addDays } from '../../platform/workdays/dates.js';

/**
 * A message is its event history: its state, its department and every date are derived from the
 * events (`messageState`), and a new event is accepted only when it follows from where the message
 * stands (`checkEvent`) — the pattern of 依申请公开 (requests.case.ts).
 */
export interface MessageEvent {
  type: MessageEventType;
  /** The day it happened (China time). */
  on: string;
  /** returned, not_accepted, answer_rejected, extension_*: the reason; followed_up: what was said. */
  note?: string;
  /** accepted: to be answered the same day. */
  urgent?: boolean;
  /** assigned */
  departmentId?: string;
  /** redirected */
  channel?: LegalChannel;
  /** redirected: the standard reply sent; answer_submitted: the answer. */
  reply?: string;
  /** merged: the message this one is merged into. */
  intoId?: string;
  /** extension_requested: working days asked for. */
  days?: number;
  /** extension_decided */
  approved?: boolean;
  /** rated */
  rating?: Rating;
}

export const MessageCaseErrors = defineErrors({
  MESSAGE_EVENT_DATE: { status: 400, message: '办理日期不能早于收到留言之日或上一步，也不能晚于今天' },
  MESSAGE_EVENT_FIELD: { status: 400, message: '这一步缺少必填内容' },
  MESSAGE_EVENT_STATE: { status: 409, message: '留言当前所处环节不能进行这一步' },
  MESSAGE_RECEIVED_ONCE: { status: 409, message: '“收到留言”只在登记时记录一次' },
  MESSAGE_EXTENSION_DAYS: { status: 400, message: `延期天数为 1 至 ${MAX_EXTENSION_WORKDAYS} 个工作日` },
  MESSAGE_EXTENSION_ONCE: { status: 409, message: '每轮办理只能延期一次，且不能同时有两项延期申请' },
  MESSAGE_RATED: { status: 409, message: '本次答复已经评价过' },
});

export interface MessageCase {
  state: MessageState;
  /** The department handling it now (assigned, not returned); null while with the office. */
  departmentId: string | null;
  /** 1, or 2 after a 不满意 reopened it. */
  round: number;
  /** When the current round's answer is due; null once it is closed without one (merged, not accepted). */
  dueOn: string | null;
  /** Whether a date depends on a year whose holiday schedule is not yet published. */
  provisional: boolean;
  urgent: boolean;
  /** Working days added to the current round by approved extensions. */
  extensionDays: number;
  /** An extension asked for and not yet decided. */
  pendingExtension: { days: number; note: string } | null;
  /** The answer waiting for the office's review. */
  draft: string | null;
  /** The latest approved answer (or the standard reply of a redirection), and its day. */
  answer: string | null;
  answeredOn: string | null;
  /** The first answer's day: the day the message stopped counting towards the inspection's veto. */
  firstAnsweredOn: string | null;
  /** The current round answered by its due date (null while unanswered). */
  onTime: boolean | null;
  /** The first answer given by its due date: what 按期办结率 counts. */
  firstOnTime: boolean | null;
  closedOn: string | null;
  /** The writer's rating of the latest answer. */
  rating: Rating | null;
  /**
   * The writer's latest rating of any answer, for 满意率: a 不满意 stays counted while the
   * reopened message waits for its second answer and the writer has not rated that one.
   */
  lastRating: Rating | null;
  /** Why the department returned it, while it waits to be reassigned. */
  returnedReason: string | null;
  /** Whether it counts for the inspection: not refused as invalid, not merged into another. */
  valid: boolean;
  /** The day after which, still unanswered, it fails the website inspection (website.md §2). */
  vetoOn: string;
  /** Unanswered past its due date. */
  overdue: boolean;
  /** On the office's three-month watch list: valid, unanswered, from 30 days before the veto. */
  watch: 'veto' | 'near' | null;
}

/** `months` calendar months after `date`, at the month's last day when it has fewer days. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Everything about a message as of `today`. Its answer is due `answerWorkdays` working days after
 * the day it was received (that day not counted), or the day it was accepted when marked urgent;
 * approved extensions add their days. A 不满意 rating reopens it once: the department answers again
 * within the same limit, counted from the day of the rating.
 */
export function messageState(
  receivedOn: string,
  events: readonly MessageEvent[],
  calendar: WorkdayCalendar,
  today: string,
  answerWorkdays: number,
): MessageCase {
  let state: MessageState = 'received';
  let departmentId: string | null = null;
  let round = 1;
  let roundStart = receivedOn;
  let urgentOn: string | null = null;
  let extensionDays = 0;
  let pendingExtension: MessageCase['pendingExtension'] = null;
  let draft: string | null = null;
  let answer: string | null = null;
  let answeredOn: string | null = null;
  let firstAnsweredOn: string | null = null;
  let closedOn: string | null = null;
  let rating: Rating | null = null;
  let lastRating: Rating | null = null;
  let returnedReason: string | null = null;
  let valid = true;
  // The current round's deadline (an object, so that fixDue may set it from the loop's cases).
  const clock: { dueOn: string | null; provisional: boolean } = { dueOn: null, provisional: false };
  let onTime: boolean | null = null;
  let firstOnTime: boolean | null = null;

  const due = () => {
    if (urgentOn && round === 1) return { date: urgentOn, provisional: false };
    return calendar.addWorkdays(roundStart, answerWorkdays + extensionDays);
  };
  const fixDue = () => {
    const d = due();
    clock.dueOn = d.date;
    clock.provisional = d.provisional;
  };
  fixDue();

  for (const e of events) {
    switch (e.type) {
      case 'received':
        break;
      case 'accepted':
        state = 'accepted';
        if (e.urgent) urgentOn = e.on;
        fixDue();
        break;
      case 'not_accepted':
        state = 'not_accepted';
        valid = false;
        closedOn = e.on;
        clock.dueOn = null;
        break;
      case 'merged':
        state = 'merged';
        valid = false;
        closedOn = e.on;
        clock.dueOn = null;
        break;
      case 'redirected':
        state = 'redirected';
        answer = e.reply ?? null;
        answeredOn = e.on;
        firstAnsweredOn ??= e.on;
        onTime = clock.dueOn !== null && e.on <= clock.dueOn;
        firstOnTime ??= onTime;
        closedOn = e.on;
        break;
      case 'assigned':
        state = 'assigned';
        departmentId = e.departmentId ?? null;
        returnedReason = null;
        break;
      case 'returned':
        state = 'returned';
        departmentId = null;
        returnedReason = e.note ?? null;
        pendingExtension = null;
        break;
      case 'started':
        state = 'in_progress';
        break;
      case 'extension_requested':
        pendingExtension = { days: e.days ?? 0, note: e.note ?? '' };
        break;
      case 'extension_decided':
        if (e.approved && pendingExtension) extensionDays += pendingExtension.days;
        pendingExtension = null;
        fixDue();
        break;
      case 'answer_submitted':
        state = 'answer_review';
        draft = e.reply ?? null;
        break;
      case 'answer_rejected':
        state = 'in_progress';
        break;
      case 'answer_approved':
        state = 'answered';
        answer = draft;
        draft = null;
        answeredOn = e.on;
        firstAnsweredOn ??= e.on;
        onTime = clock.dueOn !== null && e.on <= clock.dueOn;
        firstOnTime ??= onTime;
        rating = null;
        break;
      case 'closed':
        state = 'closed';
        closedOn = e.on;
        break;
      case 'rated':
        rating = e.rating ?? null;
        lastRating = rating;
        // 不满意 reopens it once: back to the department that answered, a new round of the limit.
        if (rating === 'dissatisfied' && round === 1) {
          round = 2;
          roundStart = e.on;
          extensionDays = 0;
          state = 'in_progress';
          closedOn = null;
          onTime = null;
          fixDue();
        }
        break;
      case 'followed_up':
        state = 'followed_up';
        break;
    }
  }

  const unanswered = valid && firstAnsweredOn === null;
  const vetoOn = addMonths(receivedOn, VETO_MONTHS);
  const open = !['answered', 'closed', 'followed_up', 'not_accepted', 'redirected', 'merged'].includes(state);
  const overdue = open && clock.dueOn !== null && today > clock.dueOn;
  const watch = !unanswered
    ? null
    : today > vetoOn
      ? 'veto'
      : today >= addDays(vetoOn, -WATCH_DAYS_BEFORE_VETO)
        ? 'near'
        : null;
  return {
    state,
    departmentId,
    round,
    dueOn: clock.dueOn,
    provisional: clock.provisional,
    urgent: urgentOn !== null,
    extensionDays,
    pendingExtension,
    draft,
    answer,
    answeredOn,
    firstAnsweredOn,
    onTime,
    firstOnTime,
    closedOn,
    rating,
    lastRating,
    returnedReason,
    valid,
    vetoOn,
    overdue,
    watch,
  };
}

/** What each event must carry, beyond its date. */
const REQUIRED: Partial<Record<MessageEventType, (keyof MessageEvent)[]>> = {
  not_accepted: ['note'],
  redirected: ['channel', 'reply'],
  merged: ['intoId'],
  assigned: ['departmentId'],
  returned: ['note'],
  extension_requested: ['days', 'note'],
  extension_decided: ['approved'],
  answer_submitted: ['reply'],
  answer_rejected: ['note'],
  rated: ['rating'],
  followed_up: ['note'],
};

/** From which states each event may be recorded. */
const FROM: Record<Exclude<MessageEventType, 'received'>, readonly MessageState[]> = {
  accepted: ['received'],
  // Also once a department returns a message that reached it straight from its own box.
  not_accepted: ['received', 'returned'],
  redirected: ['received', 'accepted', 'returned'],
  merged: ['received', 'accepted', 'returned'],
  assigned: ['accepted', 'returned', 'assigned'],
  returned: ['assigned', 'in_progress'],
  started: ['assigned'],
  extension_requested: ['assigned', 'in_progress', 'answer_review'],
  extension_decided: ['assigned', 'in_progress', 'answer_review'],
  answer_submitted: ['assigned', 'in_progress'],
  answer_rejected: ['answer_review'],
  answer_approved: ['answer_review'],
  closed: ['answered'],
  rated: ['answered', 'closed', 'followed_up'],
  followed_up: ['closed'],
};

/**
 * Refuses an event that does not follow from where the message stands, with a code saying why.
 * Events are recorded when they have happened: not before the last one, not after today.
 */
export function checkEvent(
  receivedOn: string,
  history: readonly MessageEvent[],
  event: MessageEvent,
  calendar: WorkdayCalendar,
  today: string,
  answerWorkdays: number,
): void {
  const last = history.at(-1);
  if (event.on < receivedOn || (last && event.on < last.on) || event.on > today)
    throw MessageCaseErrors.MESSAGE_EVENT_DATE();
  if (event.type === 'received') throw MessageCaseErrors.MESSAGE_RECEIVED_ONCE();
  const missing = (REQUIRED[event.type] ?? []).filter(
    (f) => event[f] === undefined || (typeof event[f] === 'string' && !event[f].trim()),
  );
  if (missing.length > 0)
    throw MessageCaseErrors.MESSAGE_EVENT_FIELD(`“${EVENT_LABELS[event.type]}”缺少：${missing.join('、')}`);

  const current = messageState(receivedOn, history, calendar, event.on, answerWorkdays);
  if (!FROM[event.type].includes(current.state))
    throw MessageCaseErrors.MESSAGE_EVENT_STATE(
      `留言当前为“${STATE_LABELS[current.state]}”，不能“${EVENT_LABELS[event.type]}”`,
    );

  switch (event.type) {
    case 'extension_requested': {
      const days = event.days ?? 0;
      if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_WORKDAYS)
        throw MessageCaseErrors.MESSAGE_EXTENSION_DAYS();
      if (current.pendingExtension || current.extensionDays > 0) throw MessageCaseErrors.MESSAGE_EXTENSION_ONCE();
      break;
    }
    case 'extension_decided':
      if (!current.pendingExtension) throw MessageCaseErrors.MESSAGE_EVENT_STATE('没有待审批的延期申请');
      break;
    case 'rated':
      if (current.rating !== null) throw MessageCaseErrors.MESSAGE_RATED();
      break;
  }
}
