import type { WorkdayCalendar } from '../../platform/workdays/calendar.js';
import type { EventType } from './requests.model.js';

/**
 * The statutory clock of an application (legal.md §1, Arts 30–33, 42), a pure function of its
 * date of receipt and its events:
 *
 * - the reply is due 20 working days after receipt (the day of receipt itself not counted);
 * - `correction_received` restarts that count from the day the corrected application arrived;
 *   while a correction is awaited the reply date is not yet fixed;
 * - working days strictly after `consultation_started` up to and including `consultation_ended`
 *   do not count, nor (a setting, default on) those after `fee_notice_sent` up to and including
 *   `fee_paid`; while such a pause is open the reply date is not yet fixed;
 * - `extended` adds its working days (at most 20, once);
 * - the 补正 notice is due 7 working days after receipt; the applicant's correction period is the
 *   `days` of `correction_requested` (working days after the notice); an unpaid fee lapses 20
 *   working days after the fee notice.
 *
 * A date that depends on a year whose holiday schedule is not yet published is provisional.
 */
export interface ClockEvent {
  type: EventType;
  on: string;
  /** Working days: of an extension, or of the correction period given to the applicant. */
  days?: number;
}

export interface ClockSettings {
  /** Whether the time between a fee notice and the payment pauses the reply clock (legal.md: unconfirmed, default on). */
  feePausesClock: boolean;
}

export const DEFAULT_CLOCK_SETTINGS: ClockSettings = { feePausesClock: true };

export const REPLY_WORKDAYS = 20;
export const MAX_EXTENSION_WORKDAYS = 20;
export const CORRECTION_NOTICE_WORKDAYS = 7;
export const FEE_PAYMENT_WORKDAYS = 20;

export interface Clock {
  /** The day the reply count runs from: receipt, or the corrected application's arrival. */
  countsFrom: string;
  /** The reply deadline; null while it cannot be fixed (a correction awaited, a pause open). */
  dueOn: string | null;
  correctionNoticeDueOn: string;
  /** The applicant's correction deadline, when a correction was requested and not yet received. */
  correctionDueOn: string | null;
  /** The payment deadline, when a fee notice was sent and not yet paid. */
  feeDueOn: string | null;
  /** What holds the clock now, if anything. */
  pausedBy: 'correction' | 'consultation' | 'fee' | null;
  extensionDays: number;
  /** Working days the count has been paused so far (closed pauses). */
  pausedWorkdays: number;
  provisional: boolean;
}

interface Pause {
  kind: 'consultation' | 'fee';
  /** Days strictly after `from` … */
  from: string;
  /** … up to and including `to`; open while null. */
  to: string | null;
}

function pausesOf(events: readonly ClockEvent[], settings: ClockSettings): Pause[] {
  const pauses: Pause[] = [];
  let consultation: Pause | null = null;
  let fee: Pause | null = null;
  for (const e of events) {
    if (e.type === 'consultation_started' && !consultation) {
      consultation = { kind: 'consultation', from: e.on, to: null };
      pauses.push(consultation);
    } else if (e.type === 'consultation_ended' && consultation) {
      consultation.to = e.on;
      consultation = null;
    } else if (e.type === 'fee_notice_sent' && settings.feePausesClock && !fee) {
      fee = { kind: 'fee', from: e.on, to: null };
      pauses.push(fee);
    } else if (e.type === 'fee_paid' && fee) {
      fee.to = e.on;
      fee = null;
    }
  }
  return pauses;
}

const inPause = (date: string, p: Pause) => date > p.from && (p.to === null || date <= p.to);

export function requestClock(
  receivedOn: string,
  events: readonly ClockEvent[],
  calendar: WorkdayCalendar,
  settings: ClockSettings = DEFAULT_CLOCK_SETTINGS,
): Clock {
  let provisional = false;
  const add = (from: string, days: number) => {
    const r = calendar.addWorkdays(from, days);
    provisional ||= r.provisional;
    return r.date;
  };

  const correctionNoticeDueOn = add(receivedOn, CORRECTION_NOTICE_WORKDAYS);
  const requested = events.find((e) => e.type === 'correction_requested');
  const corrected = events.find((e) => e.type === 'correction_received');
  const extensionDays = events.find((e) => e.type === 'extended')?.days ?? 0;
  const feeNotice = events.find((e) => e.type === 'fee_notice_sent');
  const feePaid = events.some((e) => e.type === 'fee_paid');
  const countsFrom = corrected?.on ?? receivedOn;

  const correctionDueOn = requested && !corrected ? add(requested.on, requested.days ?? 0) : null;
  const feeDueOn = feeNotice && !feePaid ? add(feeNotice.on, FEE_PAYMENT_WORKDAYS) : null;
  const pauses = pausesOf(events, settings);

  // Walk the working days after the start, skipping paused ones, until the period is used up.
  let dueOn: string | null = null;
  let pausedWorkdays = 0;
  let pausedBy: Clock['pausedBy'] = requested && !corrected ? 'correction' : null;
  if (!pausedBy && pauses.length === 0) {
    // Nothing to skip: the period is plain working days, which the calendar remembers.
    dueOn = add(countsFrom, REPLY_WORKDAYS + extensionDays);
  } else if (!pausedBy) {
    const needed = REPLY_WORKDAYS + extensionDays;
    let date = countsFrom;
    for (let counted = 0; counted < needed;) {
      date = calendar.nextDay(date);
      const info = calendar.day(date);
      provisional ||= info.provisional;
      if (!info.isWorkday) continue;
      const pause = pauses.find((p) => inPause(date, p));
      if (!pause) counted++;
      else if (pause.to === null) {
        pausedBy = pause.kind;
        break;
      } else pausedWorkdays++;
    }
    // A pause opened after the deadline had passed is never reached: the clock already ran out.
    if (!pausedBy) dueOn = date;
  }

  return {
    countsFrom,
    dueOn,
    correctionNoticeDueOn,
    correctionDueOn,
    feeDueOn,
    pausedBy,
    extensionDays,
    pausedWorkdays,
    provisional,
  };
}
