/**
 * 征集意见 (GLOSSARY: publicComment, comment, adoptionReport): a draft open for public comment
 * between two dates, and what became of each comment.
 */

/** 重大行政决策: the draft is open at least 30 days (重大行政决策程序暂行条例 Art. 14). */
export const MAJOR_DECISION_MIN_DAYS = 30;
/** Other drafts: at least this many days, unless the office opens it longer. */
export const DEFAULT_MIN_DAYS = 7;

export const ADOPTIONS = ['adopted', 'partly_adopted', 'not_adopted'] as const;
export type Adoption = (typeof ADOPTIONS)[number];
export const ADOPTION_LABELS: Record<Adoption, string> = {
  adopted: '采纳',
  partly_adopted: '部分采纳',
  not_adopted: '未采纳',
};

export type PublicCommentState = 'draft' | 'published' | 'concluded';
/** Where a consultation stands today, from its state and dates. */
export type Phase = 'draft' | 'upcoming' | 'open' | 'awaiting_report' | 'concluded';
export const PHASE_LABELS: Record<Phase, string> = {
  draft: '未发布',
  upcoming: '即将开始',
  open: '正在征集',
  awaiting_report: '征集已结束，采纳情况待反馈',
  concluded: '已反馈采纳情况',
};

export function phaseOf(p: { state: PublicCommentState; opensOn: string; closesOn: string }, today: string): Phase {
  if (p.state === 'draft') return 'draft';
  if (p.state === 'concluded') return 'concluded';
  if (today < p.opensOn) return 'upcoming';
  if (today <= p.closesOn) return 'open';
  return 'awaiting_report';
}

/** Days a draft is open, both ends counted (1 March to 30 March is 30 days). */
export function daysOpen(opensOn: string, closesOn: string): number {
  return Math.round((Date.parse(closesOn) - Date.parse(opensOn)) / 86_400_000) + 1;
}

export const COMMENT_STATES = ['pending', 'approved', 'rejected'] as const;
export type CommentState = (typeof COMMENT_STATES)[number];
export const COMMENT_STATE_LABELS: Record<CommentState, string> = {
  pending: '待审核',
  approved: '已公开',
  rejected: '不予公开',
};
