import { describe, expect, it } from 'vitest';
import { WorkdayCalendar } from '../../platform/workdays/calendar.js';
import { requestClock, type ClockEvent } from './requests.clock.js';
import { perPageFee, perRequestFee } from './requests.fees.js';

/**
 * The reply clock against dates worked out by hand from legal.md §3 (the 2024–2026 holiday spans
 * and adjusted weekends) and the rules of §1 (Arts 30–33, 42). Each row says how it was counted.
 */
const calendar = new WorkdayCalendar();

interface Row {
  name: string;
  receivedOn: string;
  events?: ClockEvent[];
  feePausesClock?: boolean;
  dueOn: string | null;
  correctionNoticeDueOn: string;
  provisional?: boolean;
}

const rows: Row[] = [
  {
    name: 'a plain month: 20 working days after Monday 2 March 2026',
    receivedOn: '2026-03-02',
    dueOn: '2026-03-30',
    correctionNoticeDueOn: '2026-03-11',
  },
  {
    name: '国庆 2024: Sunday 29 Sep and Saturday 12 Oct are worked, 1–4 and 7 Oct are not',
    receivedOn: '2024-09-27',
    dueOn: '2024-10-30',
    correctionNoticeDueOn: '2024-10-12',
  },
  {
    name: '春节 2025: Sunday 26 Jan and Saturday 8 Feb are worked, 28 Jan – 4 Feb are not',
    receivedOn: '2025-01-24',
    dueOn: '2025-02-27',
    correctionNoticeDueOn: '2025-02-10',
  },
  {
    name: 'received on a holiday (Sunday 15 Feb 2026, 春节): day 1 is the next working day, 24 Feb; Saturday 28 Feb is worked',
    receivedOn: '2026-02-15',
    dueOn: '2026-03-20',
    correctionNoticeDueOn: '2026-03-03',
  },
  {
    name: 'correction restarts the count on the day the corrected application arrives (清明 6 Apr 2026 not counted)',
    receivedOn: '2026-03-02',
    events: [
      { type: 'correction_requested', on: '2026-03-05', days: 10 },
      { type: 'correction_received', on: '2026-03-16' },
    ],
    dueOn: '2026-04-14',
    correctionNoticeDueOn: '2026-03-11',
  },
  {
    name: 'consultation: the 8 working days after 10 Mar up to and including 20 Mar do not count',
    receivedOn: '2026-03-02',
    events: [
      { type: 'consultation_started', on: '2026-03-10' },
      { type: 'consultation_ended', on: '2026-03-20' },
    ],
    dueOn: '2026-04-10',
    correctionNoticeDueOn: '2026-03-11',
  },
  {
    name: 'fee notice to payment pauses the clock across 中秋 and 国庆 2026 (5 working days paused)',
    receivedOn: '2026-09-21',
    events: [
      { type: 'fee_notice_sent', on: '2026-09-24' },
      { type: 'fee_paid', on: '2026-10-09' },
    ],
    dueOn: '2026-11-02',
    correctionNoticeDueOn: '2026-10-08',
  },
  {
    name: 'the same with the fee setting off: the payment period counts (Saturday 10 Oct worked)',
    receivedOn: '2026-09-21',
    events: [
      { type: 'fee_notice_sent', on: '2026-09-24' },
      { type: 'fee_paid', on: '2026-10-09' },
    ],
    feePausesClock: false,
    dueOn: '2026-10-26',
    correctionNoticeDueOn: '2026-10-08',
  },
  {
    name: 'an extension of 20 adds 20 working days (40 in all)',
    receivedOn: '2026-03-02',
    events: [{ type: 'extended', on: '2026-03-25', days: 20 }],
    dueOn: '2026-04-28',
    correctionNoticeDueOn: '2026-03-11',
  },
  {
    name: '劳动节 and 端午 2024 with a consultation and an extension of 10 (Sunday 28 Apr and Saturday 11 May worked)',
    receivedOn: '2024-04-30',
    events: [
      { type: 'consultation_started', on: '2024-05-06' },
      { type: 'consultation_ended', on: '2024-05-13' },
      { type: 'extended', on: '2024-05-20', days: 10 },
    ],
    dueOn: '2024-06-24',
    correctionNoticeDueOn: '2024-05-13',
  },
  {
    name: 'running into 2027, whose schedule is not published: 元旦 assumed, the date provisional',
    receivedOn: '2026-12-15',
    dueOn: '2027-01-13',
    correctionNoticeDueOn: '2026-12-24',
    provisional: true,
  },
  {
    name: 'a correction awaited: the reply date is not fixed until it arrives',
    receivedOn: '2026-03-02',
    events: [{ type: 'correction_requested', on: '2026-03-04', days: 10 }],
    dueOn: null,
    correctionNoticeDueOn: '2026-03-11',
  },
  {
    name: 'a consultation still open: the clock is held',
    receivedOn: '2026-03-02',
    events: [{ type: 'consultation_started', on: '2026-03-10' }],
    dueOn: null,
    correctionNoticeDueOn: '2026-03-11',
  },
  {
    name: 'a pause opened after the deadline passed does not revive it',
    receivedOn: '2026-03-02',
    events: [{ type: 'consultation_started', on: '2026-04-01' }],
    dueOn: '2026-03-30',
    correctionNoticeDueOn: '2026-03-11',
  },
];

describe('the reply clock (Arts 30–33, 42; legal.md §3)', () => {
  for (const row of rows) {
    it(row.name, () => {
      const clock = requestClock(row.receivedOn, row.events ?? [], calendar, {
        feePausesClock: row.feePausesClock ?? true,
      });
      expect(clock.dueOn).toBe(row.dueOn);
      expect(clock.correctionNoticeDueOn).toBe(row.correctionNoticeDueOn);
      expect(clock.provisional).toBe(row.provisional ?? false);
    });
  }

  it('tells the applicant’s correction and payment deadlines, and what holds the clock', () => {
    const waiting = requestClock(
      '2026-03-02',
      [{ type: 'correction_requested', on: '2026-03-04', days: 10 }],
      calendar,
    );
    // 10 working days after 4 March.
    expect(waiting).toMatchObject({ correctionDueOn: '2026-03-18', pausedBy: 'correction' });
    const fee = requestClock('2026-03-02', [{ type: 'fee_notice_sent', on: '2026-03-04' }], calendar);
    // 20 working days after 4 March, 清明 (6 April) not counted.
    expect(fee).toMatchObject({ feeDueOn: '2026-04-01', pausedBy: 'fee', dueOn: null });
  });
});

describe('信息处理费 (国办函〔2020〕109号)', () => {
  it('per request: ten a month free, then 100 元, rising 100 元 with every further ten from the 31st', () => {
    expect([1, 10, 11, 30, 31, 40, 41, 50, 51].map(perRequestFee)).toEqual([0, 0, 100, 100, 200, 200, 300, 300, 400]);
  });

  it('per page, by the part in each band: 30 free, then 10, 20 and 40 元 a page', () => {
    expect([0, 30, 31, 100, 101, 200, 201, 250].map(perPageFee)).toEqual([0, 0, 10, 700, 720, 2700, 2740, 4700]);
  });
});
