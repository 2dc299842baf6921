import type { Executor } from '../../db/database.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import { shareView } from './work-plans.context.js';
import { itemStatus, rollUp, type AssignmentState, type ItemState } from './work-plans.progress.js';
import * as repo from './work-plans.repository.js';
import type { Evidence, Milestone, PlanRow } from './work-plans.repository.js';

/** A plan as the office, the departments and the portal read it: goals → tasks → items → shares. */
export interface AssignmentView {
  id: string;
  departmentId: string;
  department: string;
  role: repo.AssignmentRole;
  state: AssignmentState;
  progress: number;
  doneOn: string | null;
  lastReportedAt: string | null;
  lagging: boolean;
}
export interface ItemView {
  id: string;
  content: string;
  lead: string[];
  responsible: string[];
  dueOn: string;
  milestones: Milestone[];
  weight: number;
  state: ItemState;
  progress: number;
  lagging: boolean;
  assignments: AssignmentView[];
  evidence: Evidence[];
}
export interface TaskView {
  id: string;
  no: string;
  title: string;
  weight: number;
  progress: number;
  items: ItemView[];
}
export interface GoalView {
  id: string;
  no: string;
  title: string;
  weight: number;
  progress: number;
  tasks: TaskView[];
}
export interface PlanView extends PlanRow {
  progress: number;
  counts: Record<ItemState, number>;
  goals: GoalView[];
}

/** The tree with every item's state and progress, rolled up to tasks, goals and the plan. */
export async function planView(
  db: Executor,
  departments: DepartmentsService,
  p: PlanRow,
  day: string,
): Promise<PlanView> {
  const { goals, tasks, items } = await repo.planTree(db, p.id);
  const assignments = await repo.listAssignments(db, { planId: p.id });
  const accepted = await repo.listReports(db, { planId: p.id, status: 'accepted' });
  const names = new Map((await departments.list(p.siteId)).map((d) => [d.id, d.name]));
  const counts: Record<ItemState, number> = { not_started: 0, in_progress: 0, done: 0, overdue: 0 };
  const itemViews = new Map<string, ItemView[]>();
  for (const item of items) {
    const mine = assignments.filter((a) => a.itemId === item.id);
    const status = itemStatus(mine, item.dueOn, day);
    const shares = mine.map((a) => shareView(a, names.get(a.departmentId) ?? '', item, day));
    counts[status.state]++;
    const ids = new Set(mine.map((a) => a.id));
    const evidence = accepted.filter((r) => ids.has(r.assignmentId)).flatMap((r) => r.evidence);
    const list = itemViews.get(item.taskId) ?? [];
    list.push({
      id: item.id,
      content: item.content,
      lead: item.leadNames,
      responsible: item.responsibleNames,
      dueOn: item.dueOn,
      milestones: item.milestones,
      weight: item.weight,
      ...status,
      lagging: shares.some((a) => a.lagging),
      assignments: shares,
      evidence: evidence.filter((e, i) => evidence.findIndex((x) => x.url === e.url) === i),
    });
    itemViews.set(item.taskId, list);
  }
  const goalViews = goals.map((g) => {
    const taskViews = tasks
      .filter((t) => t.goalId === g.id)
      .map((t) => {
        const its = itemViews.get(t.id) ?? [];
        return { id: t.id, no: t.no, title: t.title, weight: t.weight, progress: rollUp(its), items: its };
      });
    return { id: g.id, no: g.no, title: g.title, weight: g.weight, progress: rollUp(taskViews), tasks: taskViews };
  });
  return { ...p, progress: rollUp(goalViews), counts, goals: goalViews };
}
