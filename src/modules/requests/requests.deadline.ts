import { Type, type Static } from '@sinclair/typebox';
import { Errors } from '../../platform/http/errors.js';
import { problemsWith } from '../../platform/http/validation.js';
import type { WorkdayCalendar } from '../../platform/workdays/calendar.js';
import { checkClockEvents } from './requests.case.js';
import { requestClock, type ClockSettings } from './requests.clock.js';
import { EVENT_TYPES } from './requests.model.js';

/** What `gongkai requests deadline` reads: a date of receipt and the clock events after it. */
const DeadlineInput = Type.Object({
  receivedOn: Type.String({ format: 'date' }),
  events: Type.Array(
    // Other fields an event may carry (outcome, party …) are accepted and do not affect the clock.
    Type.Object({
      type: Type.Union(EVENT_TYPES.map((t) => Type.Literal(t))),
      on: Type.String({ format: 'date' }),
      days: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })),
    }),
    { default: [], maxItems: 1000 },
  ),
});

/** The reply deadline for a history given as JSON text; refuses bad input with a code. */
export function deadlineFor(
  text: string,
  calendar: WorkdayCalendar,
  settings: ClockSettings,
): { dueOn: string | null; correctionNoticeDueOn: string; provisional: boolean; pausedBy: string | null } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw Errors.BAD_JSON('输入不是有效的 JSON');
  }
  const problems = problemsWith(DeadlineInput, raw);
  if (problems.length > 0) throw Errors.VALIDATION_FAILED(undefined, problems);
  const input = raw as Static<typeof DeadlineInput>;
  // Events of one day keep their given order; the history is read in date order.
  const events = [...input.events].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  checkClockEvents(input.receivedOn, events);
  const clock = requestClock(input.receivedOn, events, calendar, settings);
  return {
    dueOn: clock.dueOn,
    correctionNoticeDueOn: clock.correctionNoticeDueOn,
    provisional: clock.provisional,
    pausedBy: clock.pausedBy,
  };
}
