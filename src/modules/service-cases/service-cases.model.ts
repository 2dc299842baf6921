import type { WorkdayCalendar } from '../../platform/workdays/calendar.js';

/**
 * 办件 and 好差评 (GLOSSARY: serviceCase, committedDays, serviceRating): a case of a service item,
 * followed by its number and a private query code; its 承诺时限 runs in working days from the day it
 * was received; once finished the applicant rates it on the national five levels (国办发〔2019〕51号),
 * and a 差评 becomes a task for the department to follow up.
 */

export const CASE_CHANNELS = { counter: '窗口受理', online: '网上申报', imported: '大厅系统导入' } as const;
export type CaseChannel = keyof typeof CASE_CHANNELS;

export const CASE_RESULTS = { approved: '准予办理', refused: '不予办理' } as const;
export type CaseResult = keyof typeof CASE_RESULTS;

export const RATING_LEVELS = { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' } as const;
export type RatingLevel = 1 | 2 | 3 | 4 | 5;
/** 不满意 and 非常不满意 are 差评: each is followed up. */
export const isBadRating = (level: RatingLevel) => level <= 2;
/** What a 差评 may say was wrong; the applicant picks one or more. */
export const BAD_RATING_REASONS = [
  '办事指南不清楚',
  '材料要求多',
  '跑腿次数多',
  '办理时间长',
  '服务态度差',
  '系统不好用',
  '其他',
] as const;

export interface CaseClock {
  /** When it must be finished: `committedDays` working days after the day received; null without a commitment. */
  dueOn: string | null;
  /** Finished by `dueOn` (null while open or without a commitment). */
  onTime: boolean | null;
  /** Open past `dueOn`. */
  overdue: boolean;
  /** Working days from receipt to finishing (the day received not counted); null while open. */
  actualWorkdays: number | null;
}

export function caseClock(
  c: { receivedOn: string; committedDays: number | null; finishedOn: string | null },
  calendar: WorkdayCalendar,
  today: string,
): CaseClock {
  const dueOn = c.committedDays === null ? null : calendar.addWorkdays(c.receivedOn, c.committedDays).date;
  return {
    dueOn,
    onTime: c.finishedOn === null || dueOn === null ? null : c.finishedOn <= dueOn,
    overdue: c.finishedOn === null && dueOn !== null && today > dueOn,
    actualWorkdays: c.finishedOn === null ? null : calendar.workdaysBetween(c.receivedOn, c.finishedOn).days,
  };
}
