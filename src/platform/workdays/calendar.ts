import chineseDays from 'chinese-days';
import { addDays, datesInYear, weekday, yearOf } from './dates.js';

// The package is a UMD bundle: its functions are reachable only through the default export.
const { getDayDetail, getSolarDateFromLunar, getSolarTermDate } = chineseDays;

/**
 * 工作日 (reference/legal.md §3): Monday–Friday outside the official holiday spans, plus the weekend
 * days the State Council notice marks as 上班 (调休).
 *
 * Where each day's answer comes from, first match wins:
 *  1. a day an operator set in the back office (calendar_days);
 *  2. for a year whose schedule an operator entered (calendar_years): Monday–Friday, the entered
 *     days having been applied in step 1 — so an entered year fully replaces the package's data;
 *  3. for a year the `chinese-days` package knows: its official schedule;
 *  4. otherwise the statutory holidays of 《全国年节及纪念日放假办法》 (元旦, 春节 除夕–初三, 清明, 劳动节
 *     5/1–5/2, 端午, 中秋, 国庆 10/1–10/3) without any 调休 — and every result that relies on such a
 *     day is marked provisional, because the real schedule is not yet published.
 */
export interface CalendarOverrides {
  /** Years whose whole official schedule an operator entered, with the notice it came from. */
  readonly years: ReadonlyMap<number, string>;
  /** Single days an operator set: date → is a working day. */
  readonly days: ReadonlyMap<string, boolean>;
}

export const NO_OVERRIDES: CalendarOverrides = { years: new Map(), days: new Map() };

export type DaySource = 'operator' | 'official' | 'statutory';

export interface DayInfo {
  date: string;
  isWorkday: boolean;
  source: DaySource;
  /** The holiday or adjustment name when there is one, e.g. 春节 / 春节调休上班. */
  name: string;
  provisional: boolean;
}

export interface DateResult {
  date: string;
  provisional: boolean;
}

export interface CountResult {
  days: number;
  provisional: boolean;
}

/** Years for which the package carries an official schedule; it names 元旦 on 1 January of each. */
const PACKAGE_YEARS: ReadonlySet<number> = (() => {
  const years = new Set<number>();
  for (let y = 2000; y <= 2100; y++) {
    if (getDayDetail(`${y}-01-01`).name.includes('元旦')) years.add(y);
  }
  return years;
})();

const statutoryCache = new Map<number, Map<string, string>>();

/** The statutory holidays of a year (dates → name), computed from the lunar calendar. */
export function statutoryHolidays(year: number): ReadonlyMap<string, string> {
  let days = statutoryCache.get(year);
  if (days) return days;
  days = new Map<string, string>();
  const lunar = (md: string) => getSolarDateFromLunar(`${year}-${md}`).date;
  const springFestival = lunar('01-01');
  days.set(`${year}-01-01`, '元旦');
  days.set(addDays(springFestival, -1), '春节');
  for (let i = 0; i < 3; i++) days.set(addDays(springFestival, i), '春节');
  days.set(getSolarTermDate(year, 4, 'pure_brightness'), '清明节');
  days.set(`${year}-05-01`, '劳动节');
  days.set(`${year}-05-02`, '劳动节');
  days.set(lunar('05-05'), '端午节');
  days.set(lunar('08-15'), '中秋节');
  for (const d of ['10-01', '10-02', '10-03']) days.set(`${year}-${d}`, '国庆节');
  statutoryCache.set(year, days);
  return days;
}

const isWeekday = (date: string) => {
  const w = weekday(date);
  return w >= 1 && w <= 5;
};

export class WorkdayCalendar {
  constructor(private readonly overrides: CalendarOverrides = NO_OVERRIDES) {}

  // A calendar answers from fixed overrides, so each day is worked out once per calendar: the
  // annual report asks about the same few hundred days for every one of a site's cases, and the
  // package's lookup and the date arithmetic cost ~3 µs a time (bench:scale, 100,000 cases).
  private readonly known = new Map<string, DayInfo>();
  private readonly following = new Map<string, string>();
  /** Working days added → from → the result. */
  private readonly added = new Map<number, Map<string, DateResult>>();

  /** The calendar day after `date` (remembered, like `day`). */
  nextDay(date: string): string {
    let next = this.following.get(date);
    if (next === undefined) this.following.set(date, (next = addDays(date, 1)));
    return next;
  }

  /** True when the year's official schedule is known (from the package or entered by an operator). */
  isKnownYear(year: number): boolean {
    return this.overrides.years.has(year) || PACKAGE_YEARS.has(year);
  }

  /** The last year whose schedule is known. */
  lastKnownYear(): number {
    return Math.max(...PACKAGE_YEARS, ...this.overrides.years.keys());
  }

  day(date: string): DayInfo {
    let info = this.known.get(date);
    if (info === undefined) this.known.set(date, (info = this.work(date)));
    return info;
  }

  private work(date: string): DayInfo {
    const year = yearOf(date);
    const override = this.overrides.days.get(date);
    if (override !== undefined) {
      return { date, isWorkday: override, source: 'operator', name: '', provisional: !this.isKnownYear(year) };
    }
    if (this.overrides.years.has(year)) {
      return { date, isWorkday: isWeekday(date), source: 'operator', name: '', provisional: false };
    }
    if (PACKAGE_YEARS.has(year)) {
      const detail = getDayDetail(date);
      // The package names holidays "English,中文,n"; plain days carry a weekday name.
      const name = detail.name.includes(',') ? (detail.name.split(',')[1] ?? '') : '';
      return { date, isWorkday: detail.work, source: 'official', name, provisional: false };
    }
    const holiday = statutoryHolidays(year).get(date);
    return {
      date,
      isWorkday: isWeekday(date) && holiday === undefined,
      source: 'statutory',
      name: holiday ?? '',
      provisional: true,
    };
  }

  isWorkday(date: string): boolean {
    return this.day(date).isWorkday;
  }

  /**
   * The Nth working day after `from`. The trigger day itself is never counted (民法典 Art. 201):
   * counting starts the next day, and a trigger on a non-working day makes the next working day
   * day 1. `days = 0` returns `from` itself.
   */
  addWorkdays(from: string, days: number): DateResult {
    if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a non-negative integer');
    // Remembered like the days: a report asks for the same few periods from the same dates per case.
    let byFrom = this.added.get(days);
    if (byFrom === undefined) this.added.set(days, (byFrom = new Map<string, DateResult>()));
    let result = byFrom.get(from);
    if (result === undefined) byFrom.set(from, (result = this.walkWorkdays(from, days)));
    // A copy, so that no caller can change what the next one is told.
    return { ...result };
  }

  private walkWorkdays(from: string, days: number): DateResult {
    let date = from;
    let provisional = false;
    for (let counted = 0; counted < days;) {
      date = this.nextDay(date);
      const info = this.day(date);
      provisional ||= info.provisional;
      if (info.isWorkday) counted++;
    }
    return { date, provisional };
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  workdaysBetween(from: string, to: string): CountResult {
    let days = 0;
    let provisional = false;
    for (let date = this.nextDay(from); date <= to; date = this.nextDay(date)) {
      const info = this.day(date);
      provisional ||= info.provisional;
      if (info.isWorkday) days++;
    }
    return { days, provisional };
  }

  /** Every day of a year that differs from the plain Monday–Friday rule. */
  exceptions(year: number): DayInfo[] {
    return datesInYear(year)
      .map((d) => this.day(d))
      .filter((info) => info.isWorkday !== isWeekday(info.date));
  }
}
