import { formatChinaTime } from '../../platform/clock/clock.js';

/**
 * 舆情回应 (GLOSSARY: opinionItem, response, mediaAccount): the clocks run in hours from the moment
 * the item was first seen (legal.md §4): a 重大 (major or especially major emergency) item needs
 * authoritative information within 5 hours and a press conference within 24; any other
 * government-related item a response within 48.
 */

export const LEVELS = ['major', 'general'] as const;
export type OpinionLevel = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<OpinionLevel, string> = { major: '重大', general: '一般' };

export const MILESTONES = ['authoritative', 'press_conference', 'response'] as const;
export type Milestone = (typeof MILESTONES)[number];
export const MILESTONE_LABELS: Record<Milestone, string> = {
  authoritative: '发布权威信息',
  press_conference: '召开新闻发布会',
  response: '回应',
};

/** legal.md §4, in hours from first seen. */
export const DEADLINE_HOURS: Record<OpinionLevel, Partial<Record<Milestone, number>>> = {
  major: { authoritative: 5, press_conference: 24 },
  general: { response: 48 },
};

/** How long before a deadline the holder is reminded: a fifth of the time, at least one hour. */
export const remindBeforeHours = (hours: number) => Math.max(1, Math.round(hours / 5));

export type DeadlineState = 'met' | 'met_late' | 'late' | 'due_soon' | 'pending';
export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  met: '已按时完成',
  met_late: '已完成（超时）',
  late: '已超时',
  due_soon: '即将到时',
  pending: '未到时',
};

export interface Deadline {
  milestone: Milestone;
  label: string;
  hours: number;
  /** ISO instant, and the same in China time for people (YYYY-MM-DD HH:mm). */
  dueAt: string;
  dueAtChina: string;
  remindAt: string;
  doneAt: string | null;
  state: DeadlineState;
}

/** The item's deadlines as of `now`. A 重大 item's response is its authoritative information. */
export function deadlinesOf(
  item: { level: OpinionLevel; firstSeenAt: string; done: Partial<Record<Milestone, string | null>> },
  now: Date,
): Deadline[] {
  const seen = Date.parse(item.firstSeenAt);
  return Object.entries(DEADLINE_HOURS[item.level]).map(([m, hours]) => {
    const milestone = m as Milestone;
    const due = seen + hours * 3_600_000;
    const remind = due - remindBeforeHours(hours) * 3_600_000;
    const doneAt = item.done[milestone] ?? null;
    const state: DeadlineState = doneAt
      ? Date.parse(doneAt) <= due
        ? 'met'
        : 'met_late'
      : now.getTime() > due
        ? 'late'
        : now.getTime() >= remind
          ? 'due_soon'
          : 'pending';
    return {
      milestone,
      label: MILESTONE_LABELS[milestone],
      hours: hours,
      dueAt: new Date(due).toISOString(),
      dueAtChina: formatChinaTime(new Date(due)),
      remindAt: new Date(remind).toISOString(),
      doneAt,
      state,
    };
  });
}

export const MEDIA_PLATFORMS = ['weibo', 'wechat', 'app', 'douyin', 'toutiao', 'other'] as const;
export type MediaPlatform = (typeof MEDIA_PLATFORMS)[number];
export const MEDIA_PLATFORM_LABELS: Record<MediaPlatform, string> = {
  weibo: '微博',
  wechat: '微信公众号',
  app: '移动客户端',
  douyin: '抖音',
  toutiao: '今日头条',
  other: '其他',
};
export const MEDIA_STATUSES = ['active', 'suspended', 'closed'] as const;
export type MediaStatus = (typeof MEDIA_STATUSES)[number];
export const MEDIA_STATUS_LABELS: Record<MediaStatus, string> = {
  active: '正常运维',
  suspended: '暂停更新',
  closed: '已关停',
};
