import { describe, expect, it } from 'vitest';
import { WorkdayCalendar } from '../../platform/workdays/calendar.js';
import { caseState, checkEvent, type RequestEvent } from './requests.case.js';

const calendar = new WorkdayCalendar();
const RECEIVED = '2026-03-02';
const TODAY = '2026-06-30';

/** Applies events one by one through the rules, as the API does. */
function history(events: RequestEvent[]): RequestEvent[] {
  const done: RequestEvent[] = [];
  for (const e of events) {
    checkEvent(RECEIVED, done, e, calendar, TODAY);
    done.push(e);
  }
  return done;
}

const refused = (events: RequestEvent[], next: RequestEvent) => {
  const done = history(events);
  try {
    checkEvent(RECEIVED, done, next, calendar, TODAY);
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'accepted';
};

describe('events that break the rules are refused with a code', () => {
  const reply: RequestEvent = { type: 'replied', on: '2026-03-20', outcome: 'disclosed' };
  const cases: [string, RequestEvent[], RequestEvent, string][] = [
    [
      'a second correction (Art. 30: one single notice)',
      [{ type: 'correction_requested', on: '2026-03-04', items: '请说明文件名称', days: 10 }],
      { type: 'correction_requested', on: '2026-03-05', items: '再说明', days: 5 },
      'REQUEST_SECOND_CORRECTION',
    ],
    [
      'a correction notice after 7 working days',
      [],
      { type: 'correction_requested', on: '2026-03-12', items: '请说明', days: 10 },
      'REQUEST_CORRECTION_LATE',
    ],
    [
      'a second extension (Art. 33: once)',
      [{ type: 'extended', on: '2026-03-20', days: 10, approvedBy: '张主任' }],
      { type: 'extended', on: '2026-03-23', days: 5, approvedBy: '张主任' },
      'REQUEST_SECOND_EXTENSION',
    ],
    [
      'an extension over 20 working days',
      [],
      { type: 'extended', on: '2026-03-20', days: 21, approvedBy: '张主任' },
      'REQUEST_EXTENSION_TOO_LONG',
    ],
    [
      'an extension decided after the deadline',
      [],
      { type: 'extended', on: '2026-03-31', days: 10, approvedBy: '张主任' },
      'REQUEST_EXTENSION_LATE',
    ],
    ['a reply without an outcome', [], { type: 'replied', on: '2026-03-20' }, 'REQUEST_OUTCOME_REQUIRED'],
    ['a second reply', [reply], { ...reply, on: '2026-03-21' }, 'REQUEST_CLOSED'],
    [
      'anything after archiving',
      [reply, { type: 'archived', on: '2026-03-25' }],
      { type: 'delivered', on: '2026-03-26' },
      'REQUEST_ARCHIVED',
    ],
    ['archiving an open case', [], { type: 'archived', on: '2026-03-20' }, 'REQUEST_NOT_REPLIED'],
    ['delivery before a reply', [], { type: 'delivered', on: '2026-03-20' }, 'REQUEST_NOT_REPLIED'],
    [
      'ending a consultation never started',
      [],
      { type: 'consultation_ended', on: '2026-03-20' },
      'REQUEST_CONSULTATION_STATE',
    ],
    ['a payment without a fee notice', [], { type: 'fee_paid', on: '2026-03-20' }, 'REQUEST_FEE_STATE'],
    ['an event before the previous one', [reply], { type: 'delivered', on: '2026-03-19' }, 'REQUEST_EVENT_DATE'],
    ['an event in the future', [], { type: 'assigned', on: '2026-07-01', departmentId: 'x' }, 'REQUEST_EVENT_DATE'],
    ['a consultation without its party', [], { type: 'consultation_started', on: '2026-03-05' }, 'REQUEST_EVENT_FIELD'],
    [
      'a review decided that was never filed',
      [reply],
      { type: 'review_decided', on: '2026-04-01', result: 'upheld' },
      'REQUEST_REMEDY_STATE',
    ],
    [
      'a correction period too short to be reasonable (Art. 30)',
      [],
      { type: 'correction_requested', on: '2026-03-03', items: '请说明', days: 0 },
      'REQUEST_CORRECTION_PERIOD',
    ],
    // Issue 13 §10: a lapse is recorded only once the applicant's time has run out. 10 working days
    // from 4 March 2026 end on 18 March; 20 working days from 4 March end on 1 April.
    [
      '（六）1 while the time to correct is still running',
      [{ type: 'correction_requested', on: '2026-03-04', items: '请说明', days: 10 }],
      { type: 'replied', on: '2026-03-18', outcome: 'other_no_correction' },
      'REQUEST_LAPSE_NOT_DUE',
    ],
    [
      '（六）1 when no correction was asked for',
      [],
      { type: 'replied', on: '2026-03-20', outcome: 'other_no_correction' },
      'REQUEST_LAPSE_NOT_DUE',
    ],
    [
      '（六）1 after the correction arrived',
      [
        { type: 'correction_requested', on: '2026-03-04', items: '请说明', days: 10 },
        { type: 'correction_received', on: '2026-03-06' },
      ],
      { type: 'replied', on: '2026-03-25', outcome: 'other_no_correction' },
      'REQUEST_LAPSE_NOT_DUE',
    ],
    [
      '（六）2 while the time to pay is still running',
      [{ type: 'fee_notice_sent', on: '2026-03-04', basis: 'per_page', pages: 120 }],
      { type: 'replied', on: '2026-04-01', outcome: 'other_fee_unpaid' },
      'REQUEST_LAPSE_NOT_DUE',
    ],
    [
      '（六）2 after the fee was paid',
      [
        { type: 'fee_notice_sent', on: '2026-03-04', basis: 'per_page', pages: 120 },
        { type: 'fee_paid', on: '2026-03-10' },
      ],
      { type: 'replied', on: '2026-04-10', outcome: 'other_fee_unpaid' },
      'REQUEST_LAPSE_NOT_DUE',
    ],
  ];
  for (const [name, before, next, code] of cases) {
    it(name, () => expect(refused(before, next)).toBe(code));
  }

  it('accepts a lawful history', () => {
    expect(
      refused(
        [
          { type: 'assigned', on: '2026-03-02', departmentId: 'd1', handlerId: null },
          { type: 'correction_requested', on: '2026-03-04', items: '请说明所需信息的文号', days: 10 },
          { type: 'correction_received', on: '2026-03-10' },
          { type: 'consultation_started', on: '2026-03-12', party: '某公司', partyKind: 'third_party' },
          { type: 'consultation_ended', on: '2026-03-27' },
          { type: 'extended', on: '2026-04-01', days: 10, approvedBy: '张主任' },
          { type: 'replied', on: '2026-04-20', outcome: 'partially_disclosed' },
          { type: 'delivered', on: '2026-04-21' },
          { type: 'review_filed', on: '2026-05-06' },
        ],
        { type: 'review_decided', on: '2026-06-20', result: 'upheld' },
      ),
    ).toBe('accepted');
  });
});

describe('a lapse once its time has run out', () => {
  it('is recorded the working day after the last day to correct or to pay', () => {
    expect(
      refused([{ type: 'correction_requested', on: '2026-03-04', items: '请说明', days: 10 }], {
        type: 'replied',
        on: '2026-03-19',
        outcome: 'other_no_correction',
      }),
    ).toBe('accepted');
    expect(
      refused([{ type: 'fee_notice_sent', on: '2026-03-04', basis: 'per_page', pages: 120 }], {
        type: 'replied',
        on: '2026-04-02',
        outcome: 'other_fee_unpaid',
      }),
    ).toBe('accepted');
  });
});

describe('the state derived from the history', () => {
  it('closes a case whose correction period ran out, in （六）1', () => {
    const events = history([{ type: 'correction_requested', on: '2026-03-04', items: '请说明', days: 10 }]);
    // 10 working days after 4 March is 18 March: awaited until then, closed the day after.
    expect(caseState(RECEIVED, events, calendar, '2026-03-18').state).toBe('awaiting_correction');
    expect(caseState(RECEIVED, events, calendar, '2026-03-19')).toMatchObject({
      state: 'lapsed',
      outcome: 'other_no_correction',
      closedOn: '2026-03-19',
    });
  });

  it('closes a case whose fee went unpaid for 20 working days, in （六）2', () => {
    const events = history([{ type: 'fee_notice_sent', on: '2026-03-04', basis: 'per_page', pages: 120 }]);
    expect(caseState(RECEIVED, events, calendar, '2026-04-01').state).toBe('awaiting_fee');
    expect(caseState(RECEIVED, events, calendar, '2026-04-02')).toMatchObject({
      state: 'lapsed',
      outcome: 'other_fee_unpaid',
    });
  });

  it('tracks replies, withdrawals, archiving and remedies', () => {
    const replied = history([
      { type: 'replied', on: '2026-03-20', outcome: 'withheld_process_info' },
      { type: 'lawsuit_filed', on: '2026-04-10', afterReview: false },
    ]);
    expect(caseState(RECEIVED, replied, calendar, TODAY)).toMatchObject({
      state: 'replied',
      outcome: 'withheld_process_info',
      closedOn: '2026-03-20',
      remedies: [{ kind: 'lawsuit', afterReview: false, result: null }],
    });
    expect(caseState(RECEIVED, history([{ type: 'withdrawn', on: '2026-03-05' }]), calendar, TODAY).state).toBe(
      'withdrawn',
    );
  });
});
