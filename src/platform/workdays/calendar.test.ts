import { describe, expect, it } from 'vitest';
import { WorkdayCalendar, statutoryHolidays } from './calendar.js';
import { addDays, datesInYear, weekday } from './dates.js';

/**
 * shared/reference/legal.md §3, the table of official schedules, transcribed literally:
 * weekday holidays (Mon–Fri not worked), weekend days worked (调休上班), working days in the year.
 */
const SCHEDULES: Record<number, { holidays: string; worked: string; total: number }> = {
  2024: {
    holidays: '01-01, 02-12..02-16, 04-04, 04-05, 05-01..05-03, 06-10, 09-16, 09-17, 10-01..10-04, 10-07',
    worked: '02-04, 02-18, 04-07, 04-28, 05-11, 09-14, 09-29, 10-12',
    total: 251,
  },
  2025: {
    holidays: '01-01, 01-28..01-31, 02-03, 02-04, 04-04, 05-01, 05-02, 05-05, 06-02, 10-01..10-03, 10-06..10-08',
    worked: '01-26, 02-08, 04-27, 09-28, 10-11',
    total: 248,
  },
  2026: {
    holidays: '01-01, 01-02, 02-16..02-20, 02-23, 04-06, 05-01, 05-04, 05-05, 06-19, 09-25, 10-01, 10-02, 10-05..10-07',
    worked: '01-04, 02-14, 02-28, 05-09, 09-20, 10-10',
    total: 248,
  },
};

function expand(year: number, list: string): string[] {
  return list.split(',').flatMap((part) => {
    const [from, to] = part.trim().split('..');
    const out = [`${year}-${from}`];
    if (to) while (out[out.length - 1] !== `${year}-${to}`) out.push(addDays(out[out.length - 1] ?? '', 1));
    return out;
  });
}

const calendar = new WorkdayCalendar();

describe('official schedules 2024–2026 (legal.md §3)', () => {
  for (const [y, s] of Object.entries(SCHEDULES)) {
    const year = Number(y);
    const holidays = expand(year, s.holidays);
    const worked = expand(year, s.worked);

    it(`${year}: every weekday holiday is a day off`, () => {
      for (const d of holidays) {
        expect(weekday(d), d).toBeGreaterThanOrEqual(1);
        expect(calendar.isWorkday(d), d).toBe(false);
      }
    });

    it(`${year}: every adjusted weekend day (调休) is a working day`, () => {
      for (const d of worked) {
        expect([0, 6], d).toContain(weekday(d));
        expect(calendar.isWorkday(d), d).toBe(true);
      }
    });

    it(`${year}: no other day differs from Monday–Friday, and the year has ${s.total} working days`, () => {
      const exceptions = calendar.exceptions(year).map((d) => d.date);
      expect(exceptions.sort()).toEqual([...holidays, ...worked].sort());
      expect(datesInYear(year).filter((d) => calendar.isWorkday(d))).toHaveLength(s.total);
      expect(calendar.workdaysBetween(`${year - 1}-12-31`, `${year}-12-31`)).toEqual({
        days: s.total,
        provisional: false,
      });
    });

    it(`${year}: the day before each holiday span counts the first working day after it as day 1`, () => {
      const spans = s.holidays.split(',').map((p) => p.trim().split('..'));
      for (const [from, to] of spans) {
        const start = `${year}-${from}`;
        const end = `${year}-${to ?? from}`;
        const { date } = calendar.addWorkdays(addDays(start, -1), 1);
        expect(date > end, `${start}..${end} → ${date}`).toBe(true);
        for (let d = addDays(end, 1); d < date; d = addDays(d, 1)) expect(calendar.isWorkday(d)).toBe(false);
      }
    });
  }
});

describe('counting working days', () => {
  it('does not count the trigger day (民法典 Art. 201)', () => {
    // Monday 2026-03-02: day 1 is Tuesday.
    expect(calendar.addWorkdays('2026-03-02', 1)).toEqual({ date: '2026-03-03', provisional: false });
  });

  it('makes the next working day day 1 when the trigger falls on a rest day', () => {
    // Received Saturday 2026-03-07 → day 1 is Monday 03-09.
    expect(calendar.addWorkdays('2026-03-07', 1).date).toBe('2026-03-09');
  });

  it('counts across 国庆 with the adjusted Saturday 2026-10-10 worked', () => {
    // 2026-09-30 (Wed): 10-01..10-07 off except none worked; 10-08 (Thu) day 1, 10-09 day 2, Sat 10-10 day 3.
    expect(calendar.addWorkdays('2026-09-30', 3).date).toBe('2026-10-10');
  });

  it('gives the Art. 33 twenty-working-day reply date across 春节 2026', () => {
    // Received Fri 2026-02-06. Working days: 02-09..02-13 (5), Sat 02-14 (6), 02-24..02-27 (10),
    // Sat 02-28 (11), 03-02..03-06 (16), 03-09..03-12 (20).
    expect(calendar.addWorkdays('2026-02-06', 20)).toEqual({ date: '2026-03-12', provisional: false });
  });

  it('counts between two dates as after A up to and including B', () => {
    expect(calendar.workdaysBetween('2026-03-02', '2026-03-06').days).toBe(4);
    expect(calendar.workdaysBetween('2026-03-06', '2026-03-02').days).toBe(0);
    expect(calendar.workdaysBetween('2026-03-02', '2026-03-02').days).toBe(0);
  });

  it('returns the trigger day itself for zero days and refuses negative counts', () => {
    expect(calendar.addWorkdays('2026-03-07', 0).date).toBe('2026-03-07');
    expect(() => calendar.addWorkdays('2026-03-07', -1)).toThrow(RangeError);
  });
});

describe('years without a published schedule', () => {
  it('marks a deadline that runs into the next year as provisional', () => {
    const result = calendar.addWorkdays('2026-12-20', 20);
    expect(result.provisional).toBe(true);
    expect(calendar.addWorkdays('2026-12-01', 5).provisional).toBe(false);
  });

  it('still keeps the statutory holidays: 元旦, 春节 (除夕–初三), 清明, 劳动节, 端午, 中秋, 国庆', () => {
    const h = statutoryHolidays(2027);
    // 2027: 春节 (正月初一) is 02-06, 清明 04-05, 端午 06-09, 中秋 09-15.
    expect([...h.keys()]).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
    expect(calendar.day('2027-02-05')).toMatchObject({
      isWorkday: false,
      source: 'statutory',
      provisional: true,
      name: '春节',
    });
    expect(calendar.isWorkday('2027-02-09')).toBe(true);
  });
});

describe('operator-entered schedules', () => {
  it('lets a newly published year replace the provisional guess and become known', () => {
    const entered = new WorkdayCalendar({
      years: new Map([[2027, '国务院办公厅关于2027年部分节假日安排的通知（测试）']]),
      days: new Map([
        ['2027-02-09', false],
        ['2027-02-20', true],
      ]),
    });
    expect(entered.isKnownYear(2027)).toBe(true);
    expect(entered.lastKnownYear()).toBe(2027);
    expect(entered.isWorkday('2027-02-09')).toBe(false);
    expect(entered.isWorkday('2027-02-20')).toBe(true);
    // The statutory guess no longer applies once the year is entered: 2027-02-05 is a plain Friday.
    expect(entered.day('2027-02-05')).toMatchObject({ isWorkday: true, provisional: false });
    expect(entered.addWorkdays('2026-12-20', 20).provisional).toBe(false);
  });

  it('lets a single day be corrected inside an official year', () => {
    const corrected = new WorkdayCalendar({ years: new Map(), days: new Map([['2026-03-03', false]]) });
    expect(corrected.day('2026-03-03')).toMatchObject({ isWorkday: false, source: 'operator', provisional: false });
    expect(corrected.addWorkdays('2026-03-02', 1).date).toBe('2026-03-04');
  });
});
