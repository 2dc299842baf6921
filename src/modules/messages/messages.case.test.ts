import { describe, expect, it } from 'vitest';
import { WorkdayCalendar } from '../../platform/workdays/calendar.js';
import { addMonths, checkEvent, messageState, type MessageEvent } from './messages.case.js';

/** The official 2026 schedule (legal.md §3) is built into the calendar; no operator overrides. */
const calendar = new WorkdayCalendar();
const TODAY = '2026-12-31';

/** Applies events one by one through the rules, as the API does. */
function run(receivedOn: string, events: MessageEvent[], limit = 13, today = TODAY) {
  const done: MessageEvent[] = [];
  for (const e of events) {
    checkEvent(receivedOn, done, e, calendar, today, limit);
    done.push(e);
  }
  return messageState(receivedOn, done, calendar, today, limit);
}

function refusal(receivedOn: string, events: MessageEvent[], next: MessageEvent, limit = 13): string {
  try {
    run(receivedOn, [...events, next], limit);
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'accepted';
}

const accepted: MessageEvent = { type: 'accepted', on: '2026-03-02' };
const assigned: MessageEvent = { type: 'assigned', on: '2026-03-02', departmentId: 'd1' };

describe('a message’s answer limit in working days (legal.md §3, website.md §6)', () => {
  it('runs across the 2026 National Day holidays and the Saturday worked after them', () => {
    // Received Wednesday 30 September 2026: 1–2 and 5–7 October are holidays, 10 October is worked.
    expect(run('2026-09-30', [], 3).dueOn).toBe('2026-10-10');
    expect(run('2026-09-30', [], 13).dueOn).toBe('2026-10-23');
  });

  it('runs across the 2026 Spring Festival, counting the Saturday worked before it', () => {
    // Received Friday 13 February: 14 February is worked, 16–20 and 23 February are holidays.
    expect(run('2026-02-13', [], 3).dueOn).toBe('2026-02-25');
  });

  it('is the day of acceptance when the office marks a message urgent', () => {
    expect(run('2026-03-02', [{ type: 'accepted', on: '2026-03-03', urgent: true }]).dueOn).toBe('2026-03-03');
  });

  it('grows by an approved extension and not by a refused one', () => {
    const asked: MessageEvent = { type: 'extension_requested', on: '2026-03-05', days: 5, note: '需现场核查' };
    const base = run('2026-03-02', [accepted, assigned]).dueOn;
    expect(base).toBe('2026-03-19');
    expect(
      run('2026-03-02', [accepted, assigned, asked, { type: 'extension_decided', on: '2026-03-05', approved: true }])
        .dueOn,
    ).toBe('2026-03-26');
    expect(
      run('2026-03-02', [accepted, assigned, asked, { type: 'extension_decided', on: '2026-03-05', approved: false }])
        .dueOn,
    ).toBe(base);
  });

  it('is overdue the day after it is due while unanswered', () => {
    expect(run('2026-03-02', [accepted, assigned], 13, '2026-03-19').overdue).toBe(false);
    expect(run('2026-03-02', [accepted, assigned], 13, '2026-03-20').overdue).toBe(true);
  });
});

describe('the closed loop (website.md §6)', () => {
  const loop: MessageEvent[] = [
    accepted,
    assigned,
    { type: 'returned', on: '2026-03-03', note: '不属于本单位职责' },
    { type: 'assigned', on: '2026-03-03', departmentId: 'd2' },
    { type: 'started', on: '2026-03-04' },
    { type: 'answer_submitted', on: '2026-03-05', reply: '已安排维修。' },
    { type: 'answer_rejected', on: '2026-03-05', note: '请写明完成时间' },
    { type: 'answer_submitted', on: '2026-03-06', reply: '已安排维修，3月20日前完成。' },
    { type: 'answer_approved', on: '2026-03-06' },
    { type: 'closed', on: '2026-03-06' },
  ];

  it('goes from receipt through a return, a reassignment and a rejected draft to a closed, on-time answer', () => {
    const m = run('2026-03-02', loop);
    expect(m).toMatchObject({
      state: 'closed',
      departmentId: 'd2',
      answer: '已安排维修，3月20日前完成。',
      answeredOn: '2026-03-06',
      onTime: true,
      closedOn: '2026-03-06',
      watch: null,
    });
  });

  it('keeps the reason of a return while the message waits for the office', () => {
    const m = run('2026-03-02', loop.slice(0, 3));
    expect(m).toMatchObject({ state: 'returned', departmentId: null, returnedReason: '不属于本单位职责' });
  });

  it('reopens once on 不满意, with a new limit from the rating, and not a second time', () => {
    const reopened = run('2026-03-02', [...loop, { type: 'rated', on: '2026-03-09', rating: 'dissatisfied' }]);
    expect(reopened).toMatchObject({ state: 'in_progress', round: 2, departmentId: 'd2', dueOn: '2026-03-26' });
    const again = [
      ...loop,
      { type: 'rated', on: '2026-03-09', rating: 'dissatisfied' } as MessageEvent,
      { type: 'answer_submitted', on: '2026-03-10', reply: '已于3月10日修复。' } as MessageEvent,
      { type: 'answer_approved', on: '2026-03-10' } as MessageEvent,
      { type: 'closed', on: '2026-03-10' } as MessageEvent,
      { type: 'rated', on: '2026-03-11', rating: 'dissatisfied' } as MessageEvent,
    ];
    expect(run('2026-03-02', again)).toMatchObject({ state: 'closed', round: 2, rating: 'dissatisfied' });
    // Answered again but not yet rated again: the first 不满意 still counts for 满意率.
    expect(run('2026-03-02', again.slice(0, -2))).toMatchObject({ rating: null, lastRating: 'dissatisfied' });
  });

  it('closes a message for a legal channel with its standard reply, answered for the inspection', () => {
    const m = run('2026-03-02', [
      { type: 'redirected', on: '2026-03-03', channel: 'petition', reply: '请通过信访渠道提出。' },
    ]);
    expect(m).toMatchObject({ state: 'redirected', valid: true, firstAnsweredOn: '2026-03-03', onTime: true });
  });

  it('does not count a duplicate or an invalid message for the inspection', () => {
    expect(run('2026-03-02', [{ type: 'merged', on: '2026-03-03', intoId: 'm1' }])).toMatchObject({
      valid: false,
      watch: null,
    });
    expect(run('2026-03-02', [{ type: 'not_accepted', on: '2026-03-03', note: '无实质内容' }])).toMatchObject({
      valid: false,
    });
  });
});

describe('the three-month watch list (website.md §2)', () => {
  it('counts calendar months, at the month’s end when it is shorter', () => {
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('shows an unanswered valid message from 30 days before the veto, and as a veto after it', () => {
    const state = (today: string) => run('2026-03-02', [accepted, assigned], 13, today).watch;
    expect(state('2026-05-02')).toBe(null);
    expect(state('2026-05-03')).toBe('near');
    expect(state('2026-06-02')).toBe('near');
    expect(state('2026-06-03')).toBe('veto');
  });

  it('takes a message off the list once it is answered, even late', () => {
    const late = [
      accepted,
      assigned,
      { type: 'answer_submitted', on: '2026-06-10', reply: '答复' } as MessageEvent,
      { type: 'answer_approved', on: '2026-06-10' } as MessageEvent,
    ];
    expect(run('2026-03-02', late)).toMatchObject({ watch: null, onTime: false });
  });
});

describe('steps that do not follow are refused with a code', () => {
  const cases: [string, MessageEvent[], MessageEvent, string][] = [
    ['a transfer before acceptance', [], assigned, 'MESSAGE_EVENT_STATE'],
    [
      'a return without a reason',
      [accepted, assigned],
      { type: 'returned', on: '2026-03-03', note: ' ' },
      'MESSAGE_EVENT_FIELD',
    ],
    [
      'an answer approved before one is submitted',
      [accepted, assigned],
      { type: 'answer_approved', on: '2026-03-03' },
      'MESSAGE_EVENT_STATE',
    ],
    [
      'a step dated before the last',
      [accepted, { type: 'assigned', on: '2026-03-04', departmentId: 'd1' }],
      { type: 'started', on: '2026-03-03' },
      'MESSAGE_EVENT_DATE',
    ],
    [
      'a step dated in the future',
      [accepted],
      { type: 'assigned', on: '2027-01-04', departmentId: 'd1' },
      'MESSAGE_EVENT_DATE',
    ],
    ['a second receipt', [], { type: 'received', on: '2026-03-02' }, 'MESSAGE_RECEIVED_ONCE'],
    [
      'an extension of 21 working days',
      [accepted, assigned],
      { type: 'extension_requested', on: '2026-03-03', days: 21, note: '复杂' },
      'MESSAGE_EXTENSION_DAYS',
    ],
    [
      'a second extension in one round',
      [
        accepted,
        assigned,
        { type: 'extension_requested', on: '2026-03-03', days: 5, note: '复杂' },
        { type: 'extension_decided', on: '2026-03-03', approved: true },
      ],
      { type: 'extension_requested', on: '2026-03-04', days: 5, note: '仍复杂' },
      'MESSAGE_EXTENSION_ONCE',
    ],
    [
      'a decision with no extension asked',
      [accepted, assigned],
      { type: 'extension_decided', on: '2026-03-03', approved: true },
      'MESSAGE_EVENT_STATE',
    ],
    [
      'a rating before an answer',
      [accepted, assigned],
      { type: 'rated', on: '2026-03-03', rating: 'satisfied' },
      'MESSAGE_EVENT_STATE',
    ],
    [
      'a follow-up before closing',
      [accepted, assigned],
      { type: 'followed_up', on: '2026-03-03', note: '电话回访' },
      'MESSAGE_EVENT_STATE',
    ],
  ];
  it.each(cases)('%s', (_, history, next, code) => {
    expect(refusal('2026-03-02', history, next)).toBe(code);
  });

  it('refuses a second rating of the same answer', () => {
    const answered = [
      accepted,
      assigned,
      { type: 'answer_submitted', on: '2026-03-03', reply: '答复' } as MessageEvent,
      { type: 'answer_approved', on: '2026-03-03' } as MessageEvent,
      { type: 'rated', on: '2026-03-04', rating: 'satisfied' } as MessageEvent,
    ];
    expect(refusal('2026-03-02', answered, { type: 'rated', on: '2026-03-05', rating: 'dissatisfied' })).toBe(
      'MESSAGE_RATED',
    );
  });
});
