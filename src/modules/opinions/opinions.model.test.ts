import { describe, expect, it } from 'vitest';
import { deadlinesOf } from './opinions.model.js';

/** legal.md §4: 重大 items 5 hours (authoritative information) and 24 hours (press conference); others 48 hours. */
describe('the hour clocks of public opinion', () => {
  // 22:00 on Friday 2 October 2026 in Beijing, during the National Day holiday: hours do not stop for holidays.
  const firstSeenAt = '2026-10-02T14:00:00.000Z';

  it('give a 重大 item first seen at 22:00 its deadlines at 03:00 and 22:00 the next day, China time', () => {
    const [authoritative, conference] = deadlinesOf(
      { level: 'major', firstSeenAt, done: {} },
      new Date('2026-10-02T14:30:00.000Z'),
    );
    expect(authoritative).toMatchObject({ label: '发布权威信息', dueAtChina: '2026-10-03 03:00', state: 'pending' });
    expect(conference).toMatchObject({ label: '召开新闻发布会', dueAtChina: '2026-10-03 22:00', state: 'pending' });
    // Reminded an hour before the 5-hour deadline, five hours before the 24-hour one.
    expect(authoritative!.remindAt).toBe('2026-10-02T18:00:00.000Z');
    expect(conference!.remindAt).toBe('2026-10-03T09:00:00.000Z');
  });

  it('are due soon from the reminder, late after the deadline, and met or met late once done', () => {
    const at = (iso: string, done = {}) => deadlinesOf({ level: 'major', firstSeenAt, done }, new Date(iso))[0]!.state;
    expect(at('2026-10-02T17:59:59.000Z')).toBe('pending');
    expect(at('2026-10-02T18:00:00.000Z')).toBe('due_soon');
    expect(at('2026-10-02T19:00:00.000Z')).toBe('due_soon');
    expect(at('2026-10-02T19:00:01.000Z')).toBe('late');
    expect(at('2026-10-03T01:00:00.000Z', { authoritative: '2026-10-02T19:00:00.000Z' })).toBe('met');
    expect(at('2026-10-03T01:00:00.000Z', { authoritative: '2026-10-02T20:00:00.000Z' })).toBe('met_late');
  });

  it('give any other item one response within 48 hours', () => {
    const deadlines = deadlinesOf({ level: 'general', firstSeenAt, done: {} }, new Date(firstSeenAt));
    expect(deadlines.map((d) => [d.label, d.dueAtChina])).toEqual([['回应', '2026-10-04 22:00']]);
  });
});
