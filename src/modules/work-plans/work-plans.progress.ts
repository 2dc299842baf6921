/**
 * How far a plan has come, computed from the departments' accepted reports: each item from its
 * assignments, then item → task → goal → plan as weighted means (every weight 1 unless the office
 * sets others — the way Decidim's accountability component rolls results up).
 */

export const ASSIGNMENT_STATES = ['not_started', 'in_progress', 'done'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];
/** An item's state: an assignment's, or overdue when its date has passed before it was done. */
export type ItemState = AssignmentState | 'overdue';

export const ITEM_STATE_LABELS: Record<ItemState, string> = {
  not_started: '未开始',
  in_progress: '推进中',
  done: '已完成',
  overdue: '已逾期',
};

/** What each kind of reminder says, in its mail and beside the department's work. */
export const REMINDER_LABELS = {
  due_soon: '即将到期',
  lagging: '未达到节点进度',
  escalation: '已逾期（督办）',
  unreported: '请报送进展',
  urged: '政务公开办催办',
} as const;

export interface AssignmentStatus {
  state: AssignmentState;
  progress: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** An item is done when every department on it is done; its progress is their mean. */
export function itemStatus(
  assignments: readonly AssignmentStatus[],
  dueOn: string,
  today: string,
): { state: ItemState; progress: number } {
  if (assignments.length === 0) return { state: today > dueOn ? 'overdue' : 'not_started', progress: 0 };
  const progress = round1(assignments.reduce((sum, a) => sum + a.progress, 0) / assignments.length);
  if (assignments.every((a) => a.state === 'done')) return { state: 'done', progress };
  if (today > dueOn) return { state: 'overdue', progress };
  const started = assignments.some((a) => a.state !== 'not_started' || a.progress > 0);
  return { state: started ? 'in_progress' : 'not_started', progress };
}

/** A milestone in words: `2026-05-15 完成数据迁移（应达 50%）`. */
export function milestoneText(m: { title: string; dueOn: string; progress?: number | null }): string {
  return `${m.dueOn} ${m.title}${m.progress != null ? `（应达 ${m.progress}%）` : ''}`;
}

/**
 * The milestone a share has fallen behind (滞后): the latest one passed whose expected progress it
 * has not reached, unless it is done. Milestones without an expected progress are only dates.
 */
export function missedMilestone<M extends { dueOn: string; progress?: number | null }>(
  milestones: readonly M[],
  share: AssignmentStatus,
  today: string,
): M | null {
  if (share.state === 'done') return null;
  const missed = milestones.filter((m) => m.progress != null && m.dueOn < today && share.progress < m.progress);
  return missed.sort((a, b) => a.dueOn.localeCompare(b.dueOn)).at(-1) ?? null;
}

/** 节点滞后: behind a passed milestone while the item is not yet overdue (overdue says more). */
export function isLagging(
  item: { dueOn: string; milestones: readonly { dueOn: string; progress?: number | null }[] },
  share: AssignmentStatus,
  today: string,
): boolean {
  return today <= item.dueOn && missedMilestone(item.milestones, share, today) !== null;
}

/** The weighted mean of the parts' progress; parts weighing nothing count for nothing. */
export function rollUp(parts: readonly { weight: number; progress: number }[]): number {
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  if (total <= 0) return 0;
  return round1(parts.reduce((sum, p) => sum + p.weight * p.progress, 0) / total);
}

// ---- the year-end assessment -------------------------------------------------------------------

/** What the platform knows of one department's year. */
export interface DepartmentRecord {
  /** Items it had a share in, and of those how many it finished by their date. */
  assigned: number;
  doneOnTime: number;
  done: number;
  reportsAccepted: number;
  reportsReturned: number;
  /** Reminders sent because it was late or silent. */
  reminders: number;
  /** Disclosure requests replied to in the year, and by the deadline. */
  requestsReplied: number;
  requestsOnTime: number;
  /** 规章 and 规范性文件 published in the year, and with an interpretation. */
  policies: number;
  policiesInterpreted: number;
  /** The office's own adjustment, −20 … +20. */
  adjustment: number;
}

/**
 * The score out of 100: 50 for finishing its items on time, 20 for reports accepted as submitted,
 * 20 for replying to disclosure requests on time, 10 for interpreting the policies it issued, then
 * the office's adjustment. A measure with nothing to measure (no requests, no policies) counts in
 * full, so a department is not marked down for work it did not have.
 */
export const SCORE_WEIGHTS = { plan: 50, reports: 20, requests: 20, interpretations: 10 } as const;

export interface Score {
  plan: number;
  reports: number;
  requests: number;
  interpretations: number;
  adjustment: number;
  total: number;
}

export function scoreOf(r: DepartmentRecord): Score {
  const share = (part: number, whole: number, emptyIsFull: boolean) => (whole > 0 ? part / whole : emptyIsFull ? 1 : 0);
  const plan = round1(SCORE_WEIGHTS.plan * share(r.doneOnTime, r.assigned, true));
  const reports = round1(
    SCORE_WEIGHTS.reports * share(r.reportsAccepted, r.reportsAccepted + r.reportsReturned, r.assigned === 0),
  );
  const requests = round1(SCORE_WEIGHTS.requests * share(r.requestsOnTime, r.requestsReplied, true));
  const interpretations = round1(SCORE_WEIGHTS.interpretations * share(r.policiesInterpreted, r.policies, true));
  const total = round1(Math.min(100, Math.max(0, plan + reports + requests + interpretations + r.adjustment)));
  return { plan, reports, requests, interpretations, adjustment: r.adjustment, total };
}
