import type { MessageCase } from './messages.case.js';
import { MESSAGE_KINDS } from './messages.model.js';
import type { MessageRow } from './messages.repository.js';
import type { Statistics } from './messages.schema.js';

/**
 * A month's figures as the portal publishes them (website.md §6): messages received in the month
 * (and how many of them were valid), messages first answered in the month (办结), how many of those
 * by their due date (按期办结率), and the writers' latest ratings of those messages (满意率: 满意 and 基本满意
 * over all rated; a 不满意 counts until the writer rates the second answer). Rates are null when there is nothing to divide.
 */
export function monthlyStatistics(month: string, cases: readonly { row: MessageRow; case: MessageCase }[]): Statistics {
  const inMonth = (date: string | null) => date !== null && date.slice(0, 7) === month;
  const received = cases.filter((c) => inMonth(c.row.receivedOn));
  const closed = cases.filter((c) => c.case.valid && inMonth(c.case.firstAnsweredOn));
  const onTime = closed.filter((c) => c.case.firstOnTime === true);
  const rated = closed.filter((c) => c.case.lastRating !== null);
  const satisfied = rated.filter((c) => c.case.lastRating !== 'dissatisfied');
  const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);
  return {
    month,
    received: received.length,
    valid: received.filter((c) => c.case.valid).length,
    closed: closed.length,
    closedOnTime: onTime.length,
    onTimeRate: rate(onTime.length, closed.length),
    rated: rated.length,
    satisfied: satisfied.length,
    satisfactionRate: rate(satisfied.length, rated.length),
    byKind: MESSAGE_KINDS.map((kind) => ({ kind, received: received.filter((c) => c.row.kind === kind).length })),
  };
}
