import type { ExpressionBuilder } from 'kysely';
import type { Executor } from '../../db/database.js';
import type {
  Database,
  ProgressReportTable,
  WorkPlanAssignmentTable,
  WorkPlanGoalTable,
  WorkPlanItemTable,
  WorkPlanTable,
} from '../../db/schema.js';
import { chinaDate } from '../../platform/clock/clock.js';
import type { AssignmentState } from './work-plans.progress.js';

export interface Alias {
  id: string;
  departmentId: string;
  alias: string;
}

export interface Milestone {
  title: string;
  dueOn: string;
  /** The progress (%) expected by that date; a share below it once the date has passed lags. */
  progress?: number | null;
}

export interface Evidence {
  title: string;
  url: string;
}

export interface PlanRow {
  id: string;
  siteId: string;
  title: string;
  year: number;
  documentId: string | null;
  reportEveryDays: number;
  assignedAt: string | null;
  published: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface GoalRow {
  id: string;
  position: number;
  no: string;
  title: string;
  weight: number;
}
export interface TaskRow extends GoalRow {
  goalId: string;
}
export interface ItemRow {
  id: string;
  taskId: string;
  position: number;
  content: string;
  leadNames: string[];
  responsibleNames: string[];
  dueOn: string;
  milestones: Milestone[];
  weight: number;
}

export type AssignmentRole = 'lead' | 'responsible';

/** A department's share of an item, as stored. */
export interface NewAssignment {
  id: string;
  planId: string;
  itemId: string;
  departmentId: string;
  role: AssignmentRole;
  createdAt: string;
}

/** A share with where it stands — read from its reports, never stored twice. */
export interface AssignmentRow extends NewAssignment {
  /** What its last accepted report says (not started, 0 % before any). */
  state: AssignmentState;
  progress: number;
  /** China date the work was reported done, by the report that was accepted. */
  doneOn: string | null;
  /** When it last reported, accepted or not. */
  lastReportedAt: string | null;
}

export type ReportStatus = 'submitted' | 'accepted' | 'returned';

export interface ReportRow {
  id: string;
  planId: string;
  assignmentId: string;
  state: AssignmentState;
  progress: number;
  text: string;
  evidence: Evidence[];
  status: ReportStatus;
  submittedBy: string | null;
  submittedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
}

const toPlan = (r: WorkPlanTable): PlanRow => ({
  id: r.id,
  siteId: r.site_id,
  title: r.title,
  year: Number(r.year),
  documentId: r.document_id,
  reportEveryDays: Number(r.report_every_days),
  assignedAt: r.assigned_at,
  published: Boolean(Number(r.published)),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toGoal = (r: WorkPlanGoalTable): GoalRow => ({
  id: r.id,
  position: Number(r.position),
  no: r.no,
  title: r.title,
  weight: Number(r.weight),
});

const toItem = (r: WorkPlanItemTable): ItemRow => ({
  id: r.id,
  taskId: r.task_id,
  position: Number(r.position),
  content: r.content,
  leadNames: JSON.parse(r.lead_names) as string[],
  responsibleNames: JSON.parse(r.responsible_names) as string[],
  dueOn: r.due_on,
  milestones: JSON.parse(r.milestones) as Milestone[],
  weight: Number(r.weight),
});

type AssignmentSelection = WorkPlanAssignmentTable & {
  accepted_state: string | null;
  accepted_progress: number | string | null;
  accepted_at: string | null;
  last_reported_at: string | null;
};

const toAssignment = (r: AssignmentSelection): AssignmentRow => {
  const state = (r.accepted_state ?? 'not_started') as AssignmentState;
  return {
    id: r.id,
    planId: r.plan_id,
    itemId: r.item_id,
    departmentId: r.department_id,
    role: r.role as AssignmentRole,
    state,
    progress: Number(r.accepted_progress ?? 0),
    doneOn: state === 'done' && r.accepted_at ? chinaDate(new Date(r.accepted_at)) : null,
    lastReportedAt: r.last_reported_at,
    createdAt: r.created_at,
  };
};

const toReport = (r: ProgressReportTable): ReportRow => ({
  id: r.id,
  planId: r.plan_id,
  assignmentId: r.assignment_id,
  state: r.state as AssignmentState,
  progress: Number(r.progress),
  text: r.text,
  evidence: JSON.parse(r.evidence) as Evidence[],
  status: r.status as ReportStatus,
  submittedBy: r.submitted_by,
  submittedAt: r.submitted_at,
  reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at,
  reviewNote: r.review_note,
});

// ---- department aliases --------------------------------------------------------------------------

export async function listAliases(db: Executor, siteId: string): Promise<Alias[]> {
  const rows = await db
    .selectFrom('department_aliases')
    .select(['id', 'department_id', 'alias'])
    .where('site_id', '=', siteId)
    .orderBy('alias')
    .execute();
  return rows.map((r) => ({ id: r.id, departmentId: r.department_id, alias: r.alias }));
}

export async function insertAlias(
  db: Executor,
  row: { id: string; siteId: string; departmentId: string; alias: string; at: string },
): Promise<void> {
  await db
    .insertInto('department_aliases')
    .values({ id: row.id, site_id: row.siteId, department_id: row.departmentId, alias: row.alias, created_at: row.at })
    .execute();
}

export async function findAlias(db: Executor, id: string): Promise<(Alias & { siteId: string }) | undefined> {
  const r = await db.selectFrom('department_aliases').selectAll().where('id', '=', id).executeTakeFirst();
  return r && { id: r.id, siteId: r.site_id, departmentId: r.department_id, alias: r.alias };
}

export async function deleteAlias(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('department_aliases').where('id', '=', id).execute();
}

// ---- plans and their trees -----------------------------------------------------------------------

export async function insertPlan(db: Executor, plan: PlanRow): Promise<void> {
  await db
    .insertInto('work_plans')
    .values({
      id: plan.id,
      site_id: plan.siteId,
      title: plan.title,
      year: plan.year,
      document_id: plan.documentId,
      report_every_days: plan.reportEveryDays,
      assigned_at: plan.assignedAt,
      published: plan.published ? 1 : 0,
      created_at: plan.createdAt,
      updated_at: plan.updatedAt,
    })
    .execute();
}

export async function insertGoal(db: Executor, planId: string, goal: GoalRow): Promise<void> {
  await db
    .insertInto('work_plan_goals')
    .values({
      id: goal.id,
      plan_id: planId,
      position: goal.position,
      no: goal.no,
      title: goal.title,
      weight: goal.weight,
    })
    .execute();
}

export async function insertTask(db: Executor, planId: string, task: TaskRow): Promise<void> {
  await db
    .insertInto('work_plan_tasks')
    .values({
      id: task.id,
      plan_id: planId,
      goal_id: task.goalId,
      position: task.position,
      no: task.no,
      title: task.title,
      weight: task.weight,
    })
    .execute();
}

export async function insertItem(db: Executor, planId: string, item: ItemRow): Promise<void> {
  await db
    .insertInto('work_plan_items')
    .values({
      id: item.id,
      plan_id: planId,
      task_id: item.taskId,
      position: item.position,
      content: item.content,
      lead_names: JSON.stringify(item.leadNames),
      responsible_names: JSON.stringify(item.responsibleNames),
      due_on: item.dueOn,
      milestones: JSON.stringify(item.milestones),
      weight: item.weight,
    })
    .execute();
}

export async function listPlans(db: Executor, siteId: string, publishedOnly = false): Promise<PlanRow[]> {
  let q = db.selectFrom('work_plans').selectAll().where('site_id', '=', siteId);
  if (publishedOnly) q = q.where('published', '=', 1);
  return (await q.orderBy('year', 'desc').orderBy('created_at', 'desc').execute()).map(toPlan);
}

/** Sites that have any plan (the reminders walk them). */
export async function planSites(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('work_plans').select('site_id').distinct().execute();
  return rows.map((r) => r.site_id);
}

export async function findPlan(db: Executor, id: string): Promise<PlanRow | undefined> {
  const r = await db.selectFrom('work_plans').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toPlan(r);
}

export async function updatePlan(
  db: Executor,
  id: string,
  fields: Partial<Pick<WorkPlanTable, 'assigned_at' | 'published' | 'document_id' | 'report_every_days'>> & {
    updated_at: string;
  },
): Promise<void> {
  await db.updateTable('work_plans').set(fields).where('id', '=', id).execute();
}

export async function planTree(
  db: Executor,
  planId: string,
): Promise<{ goals: GoalRow[]; tasks: TaskRow[]; items: ItemRow[] }> {
  const [goals, tasks, items] = await Promise.all([
    db.selectFrom('work_plan_goals').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    db.selectFrom('work_plan_tasks').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    db.selectFrom('work_plan_items').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
  ]);
  return {
    goals: goals.map(toGoal),
    tasks: tasks.map((t) => ({ ...toGoal(t), goalId: t.goal_id })),
    items: items.map(toItem),
  };
}

/** A plan and everything under it. */
export async function deletePlan(db: Executor, planId: string): Promise<void> {
  for (const table of [
    'work_plan_reminders',
    'progress_reports',
    'work_plan_assignments',
    'work_plan_items',
    'work_plan_tasks',
    'work_plan_goals',
    'work_plan_marks',
  ] as const) {
    await db.deleteFrom(table).where('plan_id', '=', planId).execute();
  }
  await db.deleteFrom('work_plans').where('id', '=', planId).execute();
}

export async function setWeight(
  db: Executor,
  table: 'work_plan_goals' | 'work_plan_tasks',
  planId: string,
  id: string,
  weight: number,
): Promise<number> {
  const result = await db
    .updateTable(table)
    .set({ weight })
    .where('id', '=', id)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findItem(db: Executor, id: string): Promise<(ItemRow & { planId: string }) | undefined> {
  const r = await db.selectFrom('work_plan_items').selectAll().where('id', '=', id).executeTakeFirst();
  return r && { ...toItem(r), planId: r.plan_id };
}

export async function updateItem(
  db: Executor,
  id: string,
  fields: { dueOn: string; milestones: Milestone[]; weight: number },
): Promise<void> {
  await db
    .updateTable('work_plan_items')
    .set({ due_on: fields.dueOn, milestones: JSON.stringify(fields.milestones), weight: fields.weight })
    .where('id', '=', id)
    .execute();
}

// ---- assignments ------------------------------------------------------------------------------------

export async function insertAssignment(db: Executor, a: NewAssignment): Promise<void> {
  await db
    .insertInto('work_plan_assignments')
    .values({
      id: a.id,
      plan_id: a.planId,
      item_id: a.itemId,
      department_id: a.departmentId,
      role: a.role,
      created_at: a.createdAt,
    })
    .execute();
}

/** Assignments with where each stands, from its last accepted report and its last report. */
function selectAssignments(db: Executor) {
  const lastAccepted = <C extends 'state' | 'progress' | 'submitted_at'>(
    eb: ExpressionBuilder<Database & { a: WorkPlanAssignmentTable }, 'a'>,
    column: C,
  ) =>
    eb
      .selectFrom('progress_reports as r')
      .select(`r.${column}`)
      .whereRef('r.assignment_id', '=', 'a.id')
      .where('r.status', '=', 'accepted')
      .orderBy('r.submitted_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(1);
  return db
    .selectFrom('work_plan_assignments as a')
    .selectAll('a')
    .select((eb) => [
      lastAccepted(eb, 'state').as('accepted_state'),
      lastAccepted(eb, 'progress').as('accepted_progress'),
      lastAccepted(eb, 'submitted_at').as('accepted_at'),
      eb
        .selectFrom('progress_reports as r')
        .select((r) => r.fn.max('r.submitted_at').as('at'))
        .whereRef('r.assignment_id', '=', 'a.id')
        .as('last_reported_at'),
    ]);
}

export async function listAssignments(
  db: Executor,
  q: { planId?: string; itemId?: string; departmentIds?: readonly string[] },
): Promise<AssignmentRow[]> {
  let query = selectAssignments(db);
  if (q.planId) query = query.where('a.plan_id', '=', q.planId);
  if (q.itemId) query = query.where('a.item_id', '=', q.itemId);
  if (q.departmentIds) {
    if (q.departmentIds.length === 0) return [];
    query = query.where('a.department_id', 'in', [...q.departmentIds]);
  }
  return (await query.orderBy('a.created_at').orderBy('a.id').execute()).map(toAssignment);
}

export async function findAssignment(db: Executor, id: string): Promise<AssignmentRow | undefined> {
  const r = await selectAssignments(db).where('a.id', '=', id).executeTakeFirst();
  return r && toAssignment(r);
}

export async function setAssignmentRole(db: Executor, id: string, role: AssignmentRole): Promise<void> {
  await db.updateTable('work_plan_assignments').set({ role }).where('id', '=', id).execute();
}

/** Removes an assignment with its reports and reminders (the office took the department off the item). */
export async function deleteAssignment(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('work_plan_reminders').where('assignment_id', '=', id).execute();
  await db.deleteFrom('progress_reports').where('assignment_id', '=', id).execute();
  await db.deleteFrom('work_plan_assignments').where('id', '=', id).execute();
}

// ---- progress reports -----------------------------------------------------------------------------

export async function insertReport(db: Executor, r: ReportRow): Promise<void> {
  await db
    .insertInto('progress_reports')
    .values({
      id: r.id,
      plan_id: r.planId,
      assignment_id: r.assignmentId,
      state: r.state,
      progress: r.progress,
      text: r.text,
      evidence: JSON.stringify(r.evidence),
      status: r.status,
      submitted_by: r.submittedBy,
      submitted_at: r.submittedAt,
      reviewed_by: r.reviewedBy,
      reviewed_at: r.reviewedAt,
      review_note: r.reviewNote,
    })
    .execute();
}

export async function findReport(db: Executor, id: string): Promise<ReportRow | undefined> {
  const r = await db.selectFrom('progress_reports').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toReport(r);
}

export async function listReports(
  db: Executor,
  q: { planId?: string; assignmentIds?: readonly string[]; status?: ReportStatus },
): Promise<ReportRow[]> {
  let query = db.selectFrom('progress_reports').selectAll();
  if (q.planId) query = query.where('plan_id', '=', q.planId);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.assignmentIds) {
    if (q.assignmentIds.length === 0) return [];
    query = query.where('assignment_id', 'in', [...q.assignmentIds]);
  }
  return (await query.orderBy('submitted_at').orderBy('id').execute()).map(toReport);
}

export async function reviewReport(
  db: Executor,
  id: string,
  fields: { status: ReportStatus; reviewedBy: string | null; reviewedAt: string; reviewNote: string | null },
): Promise<void> {
  await db
    .updateTable('progress_reports')
    .set({
      status: fields.status,
      reviewed_by: fields.reviewedBy,
      reviewed_at: fields.reviewedAt,
      review_note: fields.reviewNote,
    })
    .where('id', '=', id)
    .execute();
}

// ---- reminders ---------------------------------------------------------------------------------------

/**
 * 督办 (`escalation`) is the overdue reminder, copied to the office; `urged` one the office sent by
 * hand, with its note.
 */
export type ReminderKind = 'due_soon' | 'lagging' | 'escalation' | 'unreported' | 'urged';

export interface Reminder {
  assignmentId: string;
  kind: ReminderKind;
  sentOn: string;
  note: string | null;
}

/** Records a reminder; false when one of its kind went to the share that day already. */
export async function insertReminder(
  db: Executor,
  r: { id: string; planId: string; assignmentId: string; kind: ReminderKind; sentOn: string; note?: string },
): Promise<boolean> {
  const result = await db
    .insertInto('work_plan_reminders')
    .values({
      id: r.id,
      plan_id: r.planId,
      assignment_id: r.assignmentId,
      kind: r.kind,
      sent_on: r.sentOn,
      note: r.note ?? null,
    })
    .onConflict((oc) => oc.columns(['assignment_id', 'kind', 'sent_on']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function listReminders(db: Executor, planId: string): Promise<Reminder[]> {
  const rows = await db
    .selectFrom('work_plan_reminders')
    .select(['assignment_id', 'kind', 'sent_on', 'note'])
    .where('plan_id', '=', planId)
    .orderBy('sent_on')
    .execute();
  return rows.map((r) => ({
    assignmentId: r.assignment_id,
    kind: r.kind as ReminderKind,
    sentOn: r.sent_on,
    note: r.note,
  }));
}

// ---- the office's marks ------------------------------------------------------------------------------

export async function listMarks(
  db: Executor,
  planId: string,
): Promise<Map<string, { adjustment: number; note: string }>> {
  const rows = await db.selectFrom('work_plan_marks').selectAll().where('plan_id', '=', planId).execute();
  return new Map(rows.map((r) => [r.department_id, { adjustment: Number(r.adjustment), note: r.note }]));
}

export async function saveMark(
  db: Executor,
  m: { planId: string; departmentId: string; adjustment: number; note: string; at: string },
): Promise<void> {
  await db
    .deleteFrom('work_plan_marks')
    .where('plan_id', '=', m.planId)
    .where('department_id', '=', m.departmentId)
    .execute();
  await db
    .insertInto('work_plan_marks')
    .values({
      plan_id: m.planId,
      department_id: m.departmentId,
      adjustment: m.adjustment,
      note: m.note,
      updated_at: m.at,
    })
    .execute();
}
