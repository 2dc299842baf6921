import type { Executor } from '../../db/database.js';
import type { Clock } from '../../platform/clock/clock.js';
import { chinaDate } from '../../platform/clock/clock.js';
import type { WorkdayCalendar } from '../../platform/workdays/calendar.js';
import { currentCalendar } from '../../platform/workdays/workdays.js';
import { COMMITMENTS_3550, type Commitment3550 } from '../service-items/service-items.model.js';
import type { ServiceItemsService } from '../service-items/service-items.service.js';
import { caseClock, RATING_LEVELS, type RatingLevel } from './service-cases.model.js';
import * as repo from './service-cases.repository.js';
import type { CaseRow } from './service-cases.repository.js';

/** A month as its first and last day. */
function monthSpan(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
const inMonth = (date: string | null, month: string) => date !== null && date.startsWith(month);
const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/**
 * The public figures of 办事服务, without anything personal: 办件结果公示 per item and month, the 3550
 * board (actual working days against the commitments, by month) and the month's 好差评.
 */
export function createServiceCaseFigures({
  db,
  clock,
  serviceItems,
}: {
  db: Executor;
  clock: Clock;
  serviceItems: ServiceItemsService;
}) {
  const today = () => chinaDate(clock.now());
  async function itemsOf(siteId: string, cases: CaseRow[]) {
    const ids = [...new Set(cases.map((c) => c.itemId))];
    const items = await Promise.all(ids.map((id) => serviceItems.publishedItem(siteId, { id })));
    return new Map(ids.map((id, i) => [id, items[i]]));
  }

  return {
    /** 办件结果公示: per item, how many were received and finished in the month, and finished on time. */
    async results(siteId: string, month: string) {
      const { from, to } = monthSpan(month);
      const [cases, calendar] = await Promise.all([repo.listCases(db, siteId, { from, to }), currentCalendar(db)]);
      const items = await itemsOf(siteId, cases);
      const rows = new Map<
        string,
        { itemName: string; itemCode: string; received: number; finished: number; onTime: number }
      >();
      for (const c of cases) {
        const item = items.get(c.itemId);
        const row = rows.get(c.itemId) ?? {
          itemName: item?.guide.name ?? '',
          itemCode: item?.code ?? '',
          received: 0,
          finished: 0,
          onTime: 0,
        };
        if (inMonth(c.receivedOn, month)) row.received += 1;
        if (inMonth(c.finishedOn, month)) {
          row.finished += 1;
          if (caseClock(c, calendar, today()).onTime !== false) row.onTime += 1;
        }
        rows.set(c.itemId, row);
      }
      const list = [...rows.values()].sort((a, b) => b.received - a.received || a.itemName.localeCompare(b.itemName));
      const sum = (k: 'received' | 'finished' | 'onTime') => list.reduce((n, r) => n + r[k], 0);
      return {
        month,
        items: list.map((r) => ({ ...r, onTimeRate: rate(r.onTime, r.finished) })),
        total: { received: sum('received'), finished: sum('finished'), onTime: sum('onTime') },
      };
    },

    /** The 3550 board: cases finished in each month of the year, their working days against the targets. */
    async board3550(siteId: string, year: number) {
      const [cases, calendar] = await Promise.all([
        repo.listCases(db, siteId, { from: `${year}-01-01`, to: `${year}-12-31` }),
        currentCalendar(db),
      ]);
      const items = await itemsOf(siteId, cases);
      const commitments = Object.keys(COMMITMENTS_3550) as Commitment3550[];
      return commitments.map((commitment) => ({
        commitment,
        label: COMMITMENTS_3550[commitment].label,
        targetDays: COMMITMENTS_3550[commitment].targetDays,
        months: Array.from({ length: 12 }, (_, i) => {
          const month = `${year}-${String(i + 1).padStart(2, '0')}`;
          const days = cases
            .filter((c) => items.get(c.itemId)?.guide.commitment3550 === commitment && inMonth(c.finishedOn, month))
            .map((c) => actualDays(c, calendar));
          return {
            month,
            finished: days.length,
            averageDays: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
            maxDays: days.length ? Math.max(...days) : null,
            overTarget: days.filter((d) => d > COMMITMENTS_3550[commitment].targetDays).length,
          };
        }),
      }));
    },

    /** The month's 好差评: each level's count, the share of good ratings, and how many 差评 were followed up. */
    async ratings(siteId: string, month: string) {
      const { from, to } = monthSpan(month);
      const cases = await repo.listCases(db, siteId, { from: addMonths(from, -12), to });
      const ratings = (
        await repo.ratingsOf(
          db,
          cases.map((c) => c.id),
        )
      ).filter((r) => inMonth(r.ratedOn, month));
      const levels = ([5, 4, 3, 2, 1] as RatingLevel[]).map((level) => ({
        level,
        label: RATING_LEVELS[level],
        count: ratings.filter((r) => r.level === level).length,
      }));
      const bad = ratings.filter((r) => r.followUpDueOn !== null);
      return {
        month,
        rated: ratings.length,
        levels,
        goodRate: rate(ratings.filter((r) => r.level >= 3).length, ratings.length),
        bad: bad.length,
        followedUp: bad.filter((r) => r.followedUpOn !== null).length,
      };
    },
  };
}

/** Working days from receipt to finishing, the receiving day not counted (a case done the same day took 0). */
function actualDays(c: CaseRow, calendar: WorkdayCalendar): number {
  return calendar.workdaysBetween(c.receivedOn, c.finishedOn!).days;
}

function addMonths(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

export type ServiceCaseFigures = ReturnType<typeof createServiceCaseFigures>;
