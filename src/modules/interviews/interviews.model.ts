/**
 * 在线访谈 · 新闻发布会 (GLOSSARY: interview, pressConference, spokesperson): a scheduled event with
 * its guests, questions the public sends beforehand, and the text record published as it happens.
 */
export const INTERVIEW_KINDS = ['interview', 'press_conference'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];
export const INTERVIEW_KIND_LABELS: Record<InterviewKind, string> = {
  interview: '在线访谈',
  press_conference: '新闻发布会',
};

export type InterviewPhase = 'draft' | 'upcoming' | 'live' | 'ended';
export const INTERVIEW_PHASE_LABELS: Record<InterviewPhase, string> = {
  draft: '未发布',
  upcoming: '预告',
  live: '正在直播',
  ended: '已结束',
};

export function interviewPhase(
  i: { publishedAt: string | null; startsAt: string; endedAt: string | null },
  now: Date,
): InterviewPhase {
  if (!i.publishedAt) return 'draft';
  if (i.endedAt) return 'ended';
  return now.getTime() < Date.parse(i.startsAt) ? 'upcoming' : 'live';
}

export interface Guest {
  name: string;
  /** The duty the guest speaks in, e.g. 区住建委主任. */
  title: string;
  /** 新闻发言人 (the first spokesperson of a body, or its spokesperson for the event). */
  spokesperson: boolean;
}
