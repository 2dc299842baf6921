import { inTransaction, isUniqueViolation, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { touchSite } from '../../platform/cache/content-version.repository.js';
import { can, scopeOf, sitesOf, type Actor, type Role } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import { enqueue } from '../../platform/jobs/jobs.js';
import { isValidDate } from '../../platform/workdays/dates.js';
import type { Department, DepartmentsService } from '../departments/departments.service.js';
import type { DocumentContent } from '../documents/documents.model.js';
import type { DocumentsService } from '../documents/documents.service.js';
import type { RequestsService } from '../requests/requests.service.js';
import { planDocument } from './work-plans.document.js';
import { pathIn } from '../departments/departments.service.js';
import { departmentGroup, type ParsedPlan } from './work-plans.parse.js';
import {
  itemStatus,
  rollUp,
  scoreOf,
  type AssignmentState,
  type DepartmentRecord,
  type ItemState,
  type Score,
} from './work-plans.progress.js';
import * as repo from './work-plans.repository.js';
import type { AssignmentRow, Evidence, Milestone, PlanRow, ReminderKind, ReportRow } from './work-plans.repository.js';

export type { Alias, Evidence, Milestone, PlanRow, ReportRow } from './work-plans.repository.js';

export const WorkPlanErrors = defineErrors({
  PLAN_EMPTY: { status: 400, message: '没有读出任何目标和任务' },
  PLAN_YEAR_MISSING: { status: 400, message: '标题中没有年份，请指定完成期限' },
  PLAN_UNKNOWN_DEPARTMENTS: { status: 422, message: '以下单位在本站点找不到，请先新建单位或添加别名' },
  PLAN_NOT_ASSIGNED: { status: 409, message: '工作要点尚未分解下达' },
  PLAN_REPORT_INVALID: { status: 400, message: '进展报送内容不完整或前后矛盾' },
  PLAN_REPORT_PENDING: { status: 409, message: '上一次报送的进展尚未审核' },
  PLAN_REPORT_REVIEWED: { status: 409, message: '该进展已审核' },
  PLAN_RETURN_REASON_REQUIRED: { status: 400, message: '退回须说明理由' },
  PLAN_ITEM_INVALID: { status: 400, message: '工作事项的期限、节点或单位不正确' },
  PLAN_MARK_INVALID: { status: 400, message: '公开办评分须在 −20 至 +20 之间，有加减分时须说明理由' },
  PLAN_ALIAS_TAKEN: { status: 409, message: '该别名已对应其他单位' },
  PLAN_DOCUMENT_INVALID: { status: 400, message: '须关联本站点已公开的信息' },
  PLAN_IN_USE: { status: 409, message: '已有单位报送进展的工作要点不能删除' },
  PLAN_EXISTS: { status: 409, message: '本站点已有同名的工作要点' },
});

/** The office (政务公开办): a site-wide administrator. */
const OFFICE: Role[] = ['site_admin'];
/** Who reports a department's progress, and who (in the lead department) reviews others' reports. */
const REPORTERS: Role[] = ['site_admin', 'editor', 'reviewer'];
const LEAD_REVIEWERS: Role[] = ['site_admin', 'reviewer'];
export const REMINDER_JOB = 'work_plan.reminder';
/** Days before a date when the departments still working on it are reminded. */
export const DUE_SOON_DAYS = 7;
/** An overdue share is chased again after this many days. */
export const OVERDUE_EVERY_DAYS = 7;

export interface AssignmentView {
  id: string;
  departmentId: string;
  department: string;
  role: repo.AssignmentRole;
  state: AssignmentState;
  progress: number;
  doneOn: string | null;
  lastReportedAt: string | null;
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

export interface ImportSummary {
  id: string;
  title: string;
  year: number;
  goals: number;
  tasks: number;
  items: number;
}

export interface NameMatch {
  name: string;
  /** The departments the name stands for: one, or every (competent) department for a group. */
  departments: { id: string; name: string }[];
  group: 'all' | 'competent' | null;
}

export interface ReportInput {
  state: AssignmentState;
  progress: number;
  text: string;
  evidence: Evidence[];
}

export interface WorkItem {
  assignment: AssignmentView;
  planId: string;
  planTitle: string;
  itemId: string;
  content: string;
  dueOn: string;
  milestones: Milestone[];
  latestReport: ReportRow | null;
}

export interface ReportForReview extends ReportRow {
  departmentId: string;
  department: string;
  itemId: string;
  content: string;
  dueOn: string;
  planTitle: string;
}

export interface AssessmentRow extends DepartmentRecord {
  departmentId: string;
  department: string;
  note: string;
  score: Score;
  /** Where it stands today, for chasing: shares past their date and not done, shares silent too long. */
  overdueNow: number;
  silentNow: number;
}

export interface WorkPlansDeps {
  db: Executor;
  clock: Clock;
  departments: DepartmentsService;
  sites: { get(id: string): Promise<{ email: string }> };
  /** Drafts the plan's own document (it then goes through the normal review). */
  documents: {
    create(actor: Actor, siteId: string, departmentId: string, content: DocumentContent): Promise<{ id: string }>;
  };
  /**
   * The checks before publication (personal information, 错敏字) for what the progress page shows:
   * the plan's text and the titles of evidence. Throws to refuse.
   */
  checkText?: (db: Executor, siteId: string, fields: { field: string; text: string }[]) => Promise<void>;
  /** Per department, what other modules know of the year (see the assessment). */
  signals: {
    repliedOnTime(siteId: string, year: number): Promise<Map<string, { replied: number; onTime: number }>>;
    interpretedPolicies(siteId: string, year: number): Promise<Map<string, { policies: number; interpreted: number }>>;
    /** Whether a URL of the site points at a public page (evidence on the public page is checked). */
    isPublicPath(siteId: string, path: string): Promise<boolean>;
  };
}

/** What the work plans learn from the other modules, for the assessment and the public page. */
export function workPlanSignals(
  documents: Pick<DocumentsService, 'interpretedPolicies' | 'publicDocument'>,
  requests: Pick<RequestsService, 'repliedOnTime'>,
): WorkPlansDeps['signals'] {
  return {
    repliedOnTime: (siteId, year) => requests.repliedOnTime(siteId, year),
    interpretedPolicies: (siteId, year) => documents.interpretedPolicies(siteId, year),
    // Site pages are public, except documents not (or no longer) published and the back office.
    isPublicPath: async (siteId, path) => {
      if (/^\/(admin|api)(\/|$)/.test(path)) return false;
      const document = /^\/documents\/([^/?#]+)/.exec(path);
      return !document?.[1] || (await documents.publicDocument(siteId, document[1])) !== undefined;
    },
  };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A department's new share of an item: nothing reported yet. */
const newAssignment = (
  planId: string,
  itemId: string,
  departmentId: string,
  role: repo.AssignmentRole,
  at: string,
): AssignmentRow => ({
  id: newId(),
  planId,
  itemId,
  departmentId,
  role,
  state: 'not_started',
  progress: 0,
  doneOn: null,
  lastReportedAt: null,
  createdAt: at,
});

function validEvidence(e: Evidence): boolean {
  return e.title.trim().length > 0 && /^(https?:\/\/[^\s]+|\/[^\s]*)$/.test(e.url);
}

export function createWorkPlansService(deps: WorkPlansDeps) {
  const { db, clock, departments, sites, documents, signals } = deps;
  const today = () => chinaDate(clock.now());
  const now = () => clock.now().toISOString();

  function refuseUnlessOffice(actor: Actor, siteId: string): void {
    if (!can(actor, siteId, OFFICE, [])) throw Errors.FORBIDDEN('只有政务公开办（站点管理员）可以管理工作要点');
  }
  function refuseUnlessStaff(actor: Actor, siteId: string): void {
    if (!actor.isPlatformAdmin && !sitesOf(actor).includes(siteId)) throw Errors.FORBIDDEN();
  }
  async function plan(id: string): Promise<PlanRow> {
    const found = await repo.findPlan(db, id);
    if (!found) throw Errors.NOT_FOUND('工作要点不存在');
    return found;
  }

  /** Names as the plan writes them, matched to the site's departments by name, short name or alias. */
  async function matchNames(siteId: string, names: readonly string[]): Promise<NameMatch[]> {
    const all = await departments.list(siteId);
    const aliases = await repo.listAliases(db, siteId);
    const byName = new Map<string, Department>();
    for (const d of all) {
      byName.set(d.name, d);
      if (d.shortName) byName.set(d.shortName, d);
    }
    for (const a of aliases) {
      const d = all.find((x) => x.id === a.departmentId);
      if (d) byName.set(a.alias, d);
    }
    return [...new Set(names)].map((name) => {
      const group = departmentGroup(name);
      if (group) {
        const members = all.filter((d) => group === 'all' || d.kind === 'government');
        return { name, group, departments: members.map((d) => ({ id: d.id, name: d.name })) };
      }
      const d = byName.get(name);
      return { name, group: null, departments: d ? [{ id: d.id, name: d.name }] : [] };
    });
  }

  const namesIn = (parsed: ParsedPlan) =>
    parsed.goals.flatMap((g) => g.tasks.flatMap((t) => t.items.flatMap((i) => [...i.lead, ...i.responsible])));

  /** The tree with every item's state and progress, rolled up to tasks, goals and the plan. */
  async function view(p: PlanRow): Promise<PlanView> {
    const { goals, tasks, items } = await repo.planTree(db, p.id);
    const assignments = await repo.listAssignments(db, { planId: p.id });
    const accepted = await repo.listReports(db, { planId: p.id, status: 'accepted' });
    const names = new Map((await departments.list(p.siteId)).map((d) => [d.id, d.name]));
    const day = today();
    const counts: Record<ItemState, number> = { not_started: 0, in_progress: 0, done: 0, overdue: 0 };
    const itemViews = new Map<string, ItemView[]>();
    for (const item of items) {
      const mine = assignments.filter((a) => a.itemId === item.id);
      const status = itemStatus(mine, item.dueOn, day);
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
        assignments: mine.map((a) => ({
          id: a.id,
          departmentId: a.departmentId,
          department: names.get(a.departmentId) ?? '',
          role: a.role,
          state: a.state,
          progress: a.progress,
          doneOn: a.doneOn,
          lastReportedAt: a.lastReportedAt,
        })),
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

  /** Who may review a report: the office, or the lead department of the item for others' reports. */
  async function mayReview(actor: Actor, siteId: string, assignment: AssignmentRow): Promise<boolean> {
    if (can(actor, siteId, OFFICE, [])) return true;
    if (assignment.role === 'lead') return false;
    const all = await departments.list(siteId);
    const leads = (await repo.listAssignments(db, { itemId: assignment.itemId })).filter((a) => a.role === 'lead');
    return leads.some(
      (l) =>
        l.departmentId !== assignment.departmentId && can(actor, siteId, LEAD_REVIEWERS, pathIn(all, l.departmentId)),
    );
  }

  const self = {
    async list(actor: Actor, siteId: string): Promise<PlanView[]> {
      refuseUnlessStaff(actor, siteId);
      return Promise.all((await repo.listPlans(db, siteId)).map(view));
    },

    async get(actor: Actor, id: string): Promise<PlanView> {
      const p = await plan(id);
      refuseUnlessStaff(actor, p.siteId);
      return view(p);
    },

    /** What an import would do: the tree and how each unit name matches (unknown ones have no departments). */
    async preview(actor: Actor, siteId: string, parsed: ParsedPlan): Promise<{ plan: ParsedPlan; names: NameMatch[] }> {
      refuseUnlessOffice(actor, siteId);
      return { plan: parsed, names: await matchNames(siteId, namesIn(parsed)) };
    },

    /** Saves a parsed plan; every unit name must match a department, a group or an alias. */
    async importPlan(
      actor: Actor,
      siteId: string,
      parsed: ParsedPlan,
      options: { dueOn?: string } = {},
    ): Promise<ImportSummary> {
      refuseUnlessOffice(actor, siteId);
      const items = parsed.goals.flatMap((g) => g.tasks.flatMap((t) => t.items));
      if (items.length === 0) throw WorkPlanErrors.PLAN_EMPTY();
      const dueOn = options.dueOn ?? (parsed.year ? `${parsed.year}-12-31` : undefined);
      if (!dueOn || !isValidDate(dueOn)) throw WorkPlanErrors.PLAN_YEAR_MISSING();
      const year = parsed.year ?? Number(dueOn.slice(0, 4));
      const unknown = (await matchNames(siteId, namesIn(parsed))).filter((m) => m.departments.length === 0 && !m.group);
      if (unknown.length) {
        throw WorkPlanErrors.PLAN_UNKNOWN_DEPARTMENTS(
          `以下单位在本站点找不到，请先新建单位或添加别名：${unknown.map((u) => u.name).join('、')}`,
          unknown.map((u) => ({ field: 'department', message: u.name })),
        );
      }
      const title = parsed.title || `${year}年政务公开工作要点`;
      // The same file imported twice would be chased twice.
      if ((await repo.listPlans(db, siteId)).some((p) => p.title === title)) throw WorkPlanErrors.PLAN_EXISTS();
      // The plan's text is shown on the portal as it is imported.
      await deps.checkText?.(
        db,
        siteId,
        parsed.goals.flatMap((g) => [
          { field: `目标${g.no}`, text: g.title },
          ...g.tasks.flatMap((t) => [
            { field: `任务${t.no}`, text: t.title },
            ...t.items.map((i) => ({ field: `任务${t.no}的工作事项`, text: i.content })),
          ]),
        ]),
      );
      const id = newId();
      const at = now();
      let taskCount = 0;
      await inTransaction(db, async (trx) => {
        await repo.insertPlan(trx, {
          id,
          siteId,
          title,
          year,
          documentId: null,
          reportEveryDays: 30,
          assignedAt: null,
          published: false,
          createdAt: at,
          updatedAt: at,
        });
        let position = 0;
        for (const goal of parsed.goals) {
          const goalId = newId();
          await repo.insertGoal(trx, id, {
            id: goalId,
            position: position++,
            no: goal.no,
            title: goal.title,
            weight: 1,
          });
          for (const task of goal.tasks) {
            const taskId = newId();
            taskCount++;
            await repo.insertTask(trx, id, {
              id: taskId,
              goalId,
              position: position++,
              no: task.no,
              title: task.title,
              weight: 1,
            });
            for (const item of task.items) {
              await repo.insertItem(trx, id, {
                id: newId(),
                taskId,
                position: position++,
                content: item.content,
                leadNames: item.lead,
                responsibleNames: item.responsible,
                dueOn,
                milestones: [],
                weight: 1,
              });
            }
          }
        }
        await recordAudit(trx, clock, actor, {
          action: 'work_plan.import',
          entityType: 'work_plan',
          entityId: id,
          siteId,
          after: { title: parsed.title, year, goals: parsed.goals.length, tasks: taskCount, items: items.length },
        });
      });
      return { id, title, year, goals: parsed.goals.length, tasks: taskCount, items: items.length };
    },

    /**
     * Hands every item out: its lead departments and its responsible ones (groups expanded to their
     * departments, leads not repeated) each get their share. Run again after the office changed
     * names or aliases, it adds what is missing and changes nothing already there.
     */
    async assign(actor: Actor, planId: string): Promise<{ created: number }> {
      const p = await plan(planId);
      refuseUnlessOffice(actor, p.siteId);
      const { items } = await repo.planTree(db, planId);
      const matches = new Map(
        (
          await matchNames(
            p.siteId,
            items.flatMap((i) => [...i.leadNames, ...i.responsibleNames]),
          )
        ).map((m) => [m.name, m]),
      );
      const ids = (names: string[]) => [
        ...new Set(names.flatMap((n) => matches.get(n)?.departments.map((d) => d.id) ?? [])),
      ];
      const existing = await repo.listAssignments(db, { planId });
      const at = now();
      let created = 0;
      await inTransaction(db, async (trx) => {
        for (const item of items) {
          const lead = ids(item.leadNames);
          const responsible = ids(item.responsibleNames).filter((d) => !lead.includes(d));
          for (const [role, list] of [
            ['lead', lead],
            ['responsible', responsible],
          ] as const) {
            for (const departmentId of list) {
              if (existing.some((a) => a.itemId === item.id && a.departmentId === departmentId)) continue;
              await repo.insertAssignment(trx, newAssignment(planId, item.id, departmentId, role, at));
              created++;
            }
          }
        }
        await repo.updatePlan(trx, planId, { assigned_at: p.assignedAt ?? at, updated_at: at });
        await recordAudit(trx, clock, actor, {
          action: 'work_plan.assign',
          entityType: 'work_plan',
          entityId: planId,
          siteId: p.siteId,
          after: { created },
        });
      });
      return { created };
    },

    /** How much goals and tasks count when progress rolls up (every weight is 1 until set). */
    async setWeights(
      actor: Actor,
      planId: string,
      input: { goals: { id: string; weight: number }[]; tasks: { id: string; weight: number }[] },
    ): Promise<PlanView> {
      const p = await plan(planId);
      refuseUnlessOffice(actor, p.siteId);
      const all = [...input.goals, ...input.tasks];
      if (all.some((w) => !(w.weight >= 0 && w.weight <= 100)))
        throw WorkPlanErrors.PLAN_ITEM_INVALID('权重须在 0 至 100 之间');
      await inTransaction(db, async (trx) => {
        for (const [table, list] of [
          ['work_plan_goals', input.goals],
          ['work_plan_tasks', input.tasks],
        ] as const) {
          for (const w of list) {
            if ((await repo.setWeight(trx, table, planId, w.id, w.weight)) !== 1)
              throw WorkPlanErrors.PLAN_ITEM_INVALID('目标或任务不属于该工作要点');
          }
        }
        if (p.published) await touchSite(trx, p.siteId);
        await recordAudit(trx, clock, actor, {
          action: 'work_plan.weights',
          entityType: 'work_plan',
          entityId: planId,
          siteId: p.siteId,
          after: input,
        });
      });
      return view(p);
    },

    /** The office changes an item's date, milestones, weight or departments (a department's reports go with it). */
    async updateItem(
      actor: Actor,
      itemId: string,
      input: { dueOn: string; milestones: Milestone[]; weight: number; lead: string[]; responsible: string[] },
    ): Promise<ItemView> {
      const item = await repo.findItem(db, itemId);
      if (!item) throw Errors.NOT_FOUND('工作事项不存在');
      const p = await plan(item.planId);
      refuseUnlessOffice(actor, p.siteId);
      const siteDepartments = new Set((await departments.list(p.siteId)).map((d) => d.id));
      const wanted = new Map<string, repo.AssignmentRole>();
      input.responsible.forEach((d) => wanted.set(d, 'responsible'));
      input.lead.forEach((d) => wanted.set(d, 'lead'));
      const badMilestone = input.milestones.some(
        (m) => !m.title.trim() || !isValidDate(m.dueOn) || m.dueOn > input.dueOn,
      );
      if (
        !isValidDate(input.dueOn) ||
        badMilestone ||
        !(input.weight >= 0) ||
        [...wanted.keys()].some((d) => !siteDepartments.has(d))
      ) {
        throw WorkPlanErrors.PLAN_ITEM_INVALID();
      }
      const existing = await repo.listAssignments(db, { itemId });
      const at = now();
      await inTransaction(db, async (trx) => {
        await repo.updateItem(trx, itemId, {
          dueOn: input.dueOn,
          milestones: input.milestones.map((m) => ({ title: m.title.trim(), dueOn: m.dueOn })),
          weight: input.weight,
        });
        for (const a of existing) {
          const role = wanted.get(a.departmentId);
          if (!role) await repo.deleteAssignment(trx, a.id);
          else if (role !== a.role) await repo.updateAssignment(trx, a.id, { role });
        }
        if (p.assignedAt) {
          for (const [departmentId, role] of wanted) {
            if (existing.some((a) => a.departmentId === departmentId)) continue;
            await repo.insertAssignment(trx, newAssignment(p.id, itemId, departmentId, role, at));
          }
        }
        await recordAudit(trx, clock, actor, {
          action: 'work_plan.item.update',
          entityType: 'work_plan_item',
          entityId: itemId,
          siteId: p.siteId,
          before: {
            dueOn: item.dueOn,
            milestones: item.milestones,
            weight: item.weight,
            departments: existing.map((a) => [a.departmentId, a.role]),
          },
          after: { ...input },
        });
      });
      const fresh = await view(p);
      const found = fresh.goals.flatMap((g) => g.tasks.flatMap((t) => t.items)).find((i) => i.id === itemId);
      if (!found) throw Errors.NOT_FOUND('工作事项不存在');
      return found;
    },

    /** A department's shares of every plan of the site, with its latest report on each. */
    async myWork(actor: Actor, siteId: string): Promise<WorkItem[]> {
      refuseUnlessStaff(actor, siteId);
      const scope = scopeOf(actor, siteId, REPORTERS);
      const all = await departments.list(siteId);
      const departmentIds = scope === 'site' ? all.map((d) => d.id) : await departments.subtree(siteId, scope);
      const names = new Map(all.map((d) => [d.id, d.name]));
      const out: WorkItem[] = [];
      for (const p of await repo.listPlans(db, siteId)) {
        const mine = await repo.listAssignments(db, { planId: p.id, departmentIds });
        if (mine.length === 0) continue;
        const { items } = await repo.planTree(db, p.id);
        const reports = await repo.listReports(db, { assignmentIds: mine.map((a) => a.id) });
        for (const a of mine) {
          const item = items.find((i) => i.id === a.itemId);
          if (!item) continue;
          out.push({
            assignment: { ...a, department: names.get(a.departmentId) ?? '' },
            planId: p.id,
            planTitle: p.title,
            itemId: item.id,
            content: item.content,
            dueOn: item.dueOn,
            milestones: item.milestones,
            latestReport: reports.filter((r) => r.assignmentId === a.id).at(-1) ?? null,
          });
        }
      }
      return out.sort((x, y) => x.dueOn.localeCompare(y.dueOn));
    },

    /** A department reports on its share of an item; the report waits for the lead department or the office. */
    async report(actor: Actor, assignmentId: string, input: ReportInput): Promise<ReportRow> {
      const a = await repo.findAssignment(db, assignmentId);
      if (!a) throw Errors.NOT_FOUND('工作任务不存在');
      const p = await plan(a.planId);
      if (!can(actor, p.siteId, REPORTERS, await departments.path(p.siteId, a.departmentId))) {
        throw Errors.FORBIDDEN('只能报送本单位承担事项的进展');
      }
      const text = input.text.trim();
      const consistent =
        Number.isInteger(input.progress) &&
        input.progress >= 0 &&
        input.progress <= 100 &&
        (input.state === 'done') === (input.progress === 100) &&
        (input.state !== 'not_started' || input.progress === 0);
      if (!consistent || text.length < 2 || !input.evidence.every(validEvidence)) {
        throw WorkPlanErrors.PLAN_REPORT_INVALID(
          !consistent ? '进度与状态不一致：已完成须为 100%，未开始须为 0%' : undefined,
        );
      }
      // Evidence titles are links on the public page once the report is accepted.
      await deps.checkText?.(
        db,
        p.siteId,
        input.evidence.map((e) => ({ field: `佐证“${e.url}”`, text: e.title })),
      );
      const pending = await repo.listReports(db, { assignmentIds: [a.id], status: 'submitted' });
      if (pending.length) throw WorkPlanErrors.PLAN_REPORT_PENDING();
      const report: ReportRow = {
        id: newId(),
        planId: p.id,
        assignmentId: a.id,
        state: input.state,
        progress: input.progress,
        text,
        evidence: input.evidence.map((e) => ({ title: e.title.trim(), url: e.url })),
        status: 'submitted',
        submittedBy: actor.userId,
        submittedAt: now(),
        reviewedBy: null,
        reviewedAt: null,
        reviewNote: null,
      };
      await inTransaction(db, async (trx) => {
        await repo.insertReport(trx, report);
        await repo.updateAssignment(trx, a.id, { last_reported_at: report.submittedAt });
        await recordAudit(trx, clock, actor, {
          action: 'work_plan.report',
          entityType: 'progress_report',
          entityId: report.id,
          siteId: p.siteId,
          departmentId: a.departmentId,
          after: { assignmentId: a.id, state: report.state, progress: report.progress },
        });
      });
      return report;
    },

    /** Reports waiting for this reviewer: the office sees all, a lead department its items' others. */
    async reviewQueue(actor: Actor, siteId: string): Promise<ReportForReview[]> {
      refuseUnlessStaff(actor, siteId);
      const names = new Map((await departments.list(siteId)).map((d) => [d.id, d.name]));
      const out: ReportForReview[] = [];
      for (const p of await repo.listPlans(db, siteId)) {
        const pending = await repo.listReports(db, { planId: p.id, status: 'submitted' });
        if (pending.length === 0) continue;
        const { items } = await repo.planTree(db, p.id);
        const assignments = await repo.listAssignments(db, { planId: p.id });
        for (const r of pending) {
          const a = assignments.find((x) => x.id === r.assignmentId);
          const item = a && items.find((i) => i.id === a.itemId);
          if (!a || !item || !(await mayReview(actor, siteId, a))) continue;
          out.push({
            ...r,
            departmentId: a.departmentId,
            department: names.get(a.departmentId) ?? '',
            itemId: item.id,
            content: item.content,
            dueOn: item.dueOn,
            planTitle: p.title,
          });
        }
      }
      return out;
    },

    /** Accepts a report (the department's share takes its state and progress) or returns it with a reason. */
    async review(
      actor: Actor,
      reportId: string,
      input: { decision: 'accept' | 'return'; note: string },
    ): Promise<ReportRow> {
      const r = await repo.findReport(db, reportId);
      if (!r) throw Errors.NOT_FOUND('进展报送不存在');
      const a = await repo.findAssignment(db, r.assignmentId);
      const p = await plan(r.planId);
      if (!a || !(await mayReview(actor, p.siteId, a))) {
        throw Errors.FORBIDDEN('只有牵头单位或政务公开办可以审核进展');
      }
      if (r.status !== 'submitted') throw WorkPlanErrors.PLAN_REPORT_REVIEWED();
      const note = input.note.trim();
      if (input.decision === 'return' && !note) throw WorkPlanErrors.PLAN_RETURN_REASON_REQUIRED();
      const status = input.decision === 'accept' ? 'accepted' : 'returned';
      const at = now();
      await inTransaction(db, async (trx) => {
        await repo.reviewReport(trx, r.id, {
          status,
          reviewedBy: actor.userId,
          reviewedAt: at,
          reviewNote: note || null,
        });
        if (status === 'accepted') {
          await repo.updateAssignment(trx, a.id, {
            state: r.state,
            progress: r.progress,
            // Done on the day the department said so, not the day someone got round to accepting it.
            done_on: r.state === 'done' ? chinaDate(new Date(r.submittedAt)) : null,
          });
        }
        if (p.published) await touchSite(trx, p.siteId);
        await recordAudit(trx, clock, actor, {
          action: status === 'accepted' ? 'work_plan.report.accept' : 'work_plan.report.return',
          entityType: 'progress_report',
          entityId: r.id,
          siteId: p.siteId,
          departmentId: a.departmentId,
          before: { status: r.status },
          after: { status, note },
        });
      });
      return { ...r, status, reviewedBy: actor.userId, reviewedAt: at, reviewNote: note || null };
    },

    /** The reports on one share, oldest first. */
    async reports(actor: Actor, assignmentId: string): Promise<ReportRow[]> {
      const a = await repo.findAssignment(db, assignmentId);
      if (!a) throw Errors.NOT_FOUND('工作任务不存在');
      refuseUnlessStaff(actor, (await plan(a.planId)).siteId);
      return repo.listReports(db, { assignmentIds: [a.id] });
    },

    /**
     * Today's reminders for every assigned plan: shares due within a week (the item's date or a
     * milestone), overdue ones (again every week, copied to the office as 督办), and departments
     * silent for longer than the plan's reporting period. Each is recorded and mailed by a job.
     */
    async remind(): Promise<number> {
      const day = today();
      let sent = 0;
      for (const siteId of await repo.planSites(db)) {
        for (const p of await repo.listPlans(db, siteId)) {
          // Last year's plan is still chased into the new year; older ones are history.
          if (!p.assignedAt || p.year < Number(day.slice(0, 4)) - 1) continue;
          const { items } = await repo.planTree(db, p.id);
          const assignments = await repo.listAssignments(db, { planId: p.id });
          const reminders = await repo.listReminders(db, p.id);
          const due: { a: AssignmentRow; kind: ReminderKind }[] = [];
          for (const a of assignments) {
            const item = items.find((i) => i.id === a.itemId);
            if (!item || a.state === 'done') continue;
            const last = (kind: ReminderKind) =>
              reminders.filter((r) => r.assignmentId === a.id && r.kind === kind).at(-1)?.sentOn ?? null;
            const next = [...item.milestones.map((m) => m.dueOn), item.dueOn].filter((d) => d >= day).sort()[0];
            if (day > item.dueOn) {
              const previous = last('overdue');
              if (!previous || addDays(previous, OVERDUE_EVERY_DAYS) <= day) due.push({ a, kind: 'overdue' });
            } else if (next && addDays(day, DUE_SOON_DAYS) >= next) {
              const previous = last('due_soon');
              if (!previous || previous < addDays(next, -DUE_SOON_DAYS)) due.push({ a, kind: 'due_soon' });
            } else {
              const since = chinaDate(new Date(a.lastReportedAt ?? p.assignedAt));
              const previous = last('unreported');
              const quietSince = previous && previous > since ? previous : since;
              if (addDays(quietSince, p.reportEveryDays) <= day) due.push({ a, kind: 'unreported' });
            }
          }
          if (due.length === 0) continue;
          await inTransaction(db, async (trx) => {
            for (const { a, kind } of due) {
              if (
                !(await repo.insertReminder(trx, { id: newId(), planId: p.id, assignmentId: a.id, kind, sentOn: day }))
              )
                continue;
              await enqueue(trx, clock, { kind: REMINDER_JOB, payload: { assignmentId: a.id, kind } });
              sent++;
            }
          });
        }
      }
      return sent;
    },

    /** What a reminder says and to whom: the department's mailbox; overdue ones also the office's. */
    async reminderMail(payload: unknown): Promise<{ to: string[]; subject: string; text: string } | null> {
      const { assignmentId, kind } = payload as { assignmentId: string; kind: ReminderKind };
      const a = await repo.findAssignment(db, assignmentId);
      const item = a && (await repo.findItem(db, a.itemId));
      if (!a || !item || a.state === 'done') return null;
      const p = await plan(a.planId);
      const department = await departments.get(a.departmentId);
      const site = await sites.get(p.siteId);
      const what = { due_soon: '即将到期', overdue: '已逾期（督办）', unreported: '请报送进展' }[kind];
      const to = [department.email, ...(kind === 'overdue' && site.email ? [site.email] : [])].filter(Boolean);
      return {
        to,
        subject: `工作要点提醒：${what}——${p.title}`,
        text: [
          `${department.name}：`,
          `《${p.title}》中贵单位${a.role === 'lead' ? '牵头' : '承担'}的工作事项${what}。`,
          `工作内容：${item.content}`,
          `完成期限：${item.dueOn}${item.milestones.length ? `；节点：${item.milestones.map((m) => `${m.dueOn} ${m.title}`).join('；')}` : ''}`,
          `当前进度：${a.progress}%${a.lastReportedAt ? `，最近一次报送 ${chinaDate(new Date(a.lastReportedAt))}` : '，尚未报送进展'}。`,
          '请登录政务公开平台报送进展。',
        ].join('\n'),
      };
    },

    /** The year-end sheet: per department, what the platform knows and the score it gives. */
    async assessment(actor: Actor, planId: string): Promise<AssessmentRow[]> {
      const p = await plan(planId);
      refuseUnlessOffice(actor, p.siteId);
      const { items } = await repo.planTree(db, planId);
      const dueOf = new Map(items.map((i) => [i.id, i.dueOn]));
      const assignments = await repo.listAssignments(db, { planId });
      const reports = await repo.listReports(db, { planId });
      const reminders = await repo.listReminders(db, planId);
      const marks = await repo.listMarks(db, planId);
      const requests = await signals.repliedOnTime(p.siteId, p.year);
      const policies = await signals.interpretedPolicies(p.siteId, p.year);
      const rows: AssessmentRow[] = [];
      for (const d of await departments.list(p.siteId)) {
        const mine = assignments.filter((a) => a.departmentId === d.id);
        if (mine.length === 0) continue;
        const ids = new Set(mine.map((a) => a.id));
        const theirs = reports.filter((r) => ids.has(r.assignmentId));
        const record: DepartmentRecord = {
          assigned: mine.length,
          done: mine.filter((a) => a.state === 'done').length,
          doneOnTime: mine.filter((a) => a.state === 'done' && a.doneOn && a.doneOn <= (dueOf.get(a.itemId) ?? ''))
            .length,
          reportsAccepted: theirs.filter((r) => r.status === 'accepted').length,
          reportsReturned: theirs.filter((r) => r.status === 'returned').length,
          reminders: reminders.filter((r) => ids.has(r.assignmentId)).length,
          requestsReplied: requests.get(d.id)?.replied ?? 0,
          requestsOnTime: requests.get(d.id)?.onTime ?? 0,
          policies: policies.get(d.id)?.policies ?? 0,
          policiesInterpreted: policies.get(d.id)?.interpreted ?? 0,
          adjustment: marks.get(d.id)?.adjustment ?? 0,
        };
        const open = mine.filter((a) => a.state !== 'done');
        const quietSince = addDays(today(), -p.reportEveryDays);
        rows.push({
          departmentId: d.id,
          department: d.name,
          note: marks.get(d.id)?.note ?? '',
          ...record,
          score: scoreOf(record),
          overdueNow: open.filter((a) => today() > (dueOf.get(a.itemId) ?? '')).length,
          silentNow: open.filter((a) => chinaDate(new Date(a.lastReportedAt ?? a.createdAt)) <= quietSince).length,
        });
      }
      return rows.sort((x, y) => y.score.total - x.score.total || x.department.localeCompare(y.department, 'zh'));
    },

    /** The office's own mark for a department: an adjustment of −20 … +20 with its reason. */
    async setMark(
      actor: Actor,
      planId: string,
      departmentId: string,
      input: { adjustment: number; note: string },
    ): Promise<void> {
      const p = await plan(planId);
      refuseUnlessOffice(actor, p.siteId);
      const note = input.note.trim();
      if (!(input.adjustment >= -20 && input.adjustment <= 20) || (input.adjustment !== 0 && !note)) {
        throw WorkPlanErrors.PLAN_MARK_INVALID();
      }
      const department = await departments.get(departmentId);
      if (department.siteId !== p.siteId) throw Errors.NOT_FOUND('单位不存在');
      await inTransaction(db, async (trx) => {
        const before = (await repo.listMarks(trx, planId)).get(departmentId) ?? null;
        await repo.saveMark(trx, { planId, departmentId, adjustment: input.adjustment, note, at: now() });
        await recordAudit(trx, clock, actor, {
          action: 'work_plan.mark',
          entityType: 'work_plan',
          entityId: planId,
          siteId: p.siteId,
          departmentId,
          before,
          after: { adjustment: input.adjustment, note },
        });
      });
    },

    /** Shows (or hides) the plan's progress page, linked to the plan's own published document. */
    async publish(
      actor: Actor,
      planId: string,
      input: { published: boolean; documentId: string | null; reportEveryDays: number },
    ): Promise<PlanRow> {
      const p = await plan(planId);
      refuseUnlessOffice(actor, p.siteId);
      const linked = input.documentId !== null && input.documentId === p.documentId;
      if (input.documentId && !linked && !(await signals.isPublicPath(p.siteId, `/documents/${input.documentId}`))) {
        throw WorkPlanErrors.PLAN_DOCUMENT_INVALID();
      }
      if (!Number.isInteger(input.reportEveryDays) || input.reportEveryDays < 7 || input.reportEveryDays > 366) {
        throw Errors.VALIDATION_FAILED('报送周期须为 7 至 366 天');
      }
      const at = now();
      await inTransaction(db, async (trx) => {
        await repo.updatePlan(trx, planId, {
          published: input.published ? 1 : 0,
          document_id: input.documentId,
          report_every_days: input.reportEveryDays,
          updated_at: at,
        });
        await touchSite(trx, p.siteId);
        await recordAudit(trx, clock, actor, {
          action: 'work_plan.publish',
          entityType: 'work_plan',
          entityId: planId,
          siteId: p.siteId,
          before: { published: p.published, documentId: p.documentId, reportEveryDays: p.reportEveryDays },
          after: input,
        });
      });
      return plan(planId);
    },

    /**
     * Drafts the plan as a document of the given department (the office's usually), to be
     * reviewed and published like any other; the plan links to it, the portal once it is public.
     */
    async draftDocument(actor: Actor, planId: string, departmentId: string): Promise<{ id: string }> {
      const p = await plan(planId);
      refuseUnlessOffice(actor, p.siteId);
      const draft = await documents.create(actor, p.siteId, departmentId, planDocument(await view(p)));
      await inTransaction(db, async (trx) => {
        await repo.updatePlan(trx, planId, { document_id: draft.id, updated_at: now() });
        await recordAudit(trx, clock, actor, {
          action: 'work_plan.document',
          entityType: 'work_plan',
          entityId: planId,
          siteId: p.siteId,
          after: { documentId: draft.id },
        });
      });
      return draft;
    },

    /** Deletes a plan imported by mistake: allowed until a department has reported on it. */
    async remove(actor: Actor, planId: string): Promise<void> {
      const p = await plan(planId);
      refuseUnlessOffice(actor, p.siteId);
      if ((await repo.listReports(db, { planId })).length > 0) throw WorkPlanErrors.PLAN_IN_USE();
      await inTransaction(db, async (trx) => {
        await repo.deletePlan(trx, planId);
        if (p.published) await touchSite(trx, p.siteId);
        await recordAudit(trx, clock, actor, {
          action: 'work_plan.delete',
          entityType: 'work_plan',
          entityId: planId,
          siteId: p.siteId,
          before: { title: p.title, year: p.year },
        });
      });
    },

    // ---- aliases --------------------------------------------------------------------------------

    async aliases(actor: Actor, siteId: string): Promise<repo.Alias[]> {
      refuseUnlessStaff(actor, siteId);
      return repo.listAliases(db, siteId);
    },

    async addAlias(actor: Actor, siteId: string, input: { alias: string; departmentId: string }): Promise<repo.Alias> {
      refuseUnlessOffice(actor, siteId);
      const alias = input.alias.trim();
      const department = await departments.get(input.departmentId);
      if (department.siteId !== siteId || alias.length < 2)
        throw Errors.VALIDATION_FAILED('别名至少 2 个字，且须对应本站点的单位');
      const row = { id: newId(), alias, departmentId: department.id };
      try {
        await inTransaction(db, async (trx) => {
          await repo.insertAlias(trx, { ...row, siteId, at: now() });
          await recordAudit(trx, clock, actor, {
            action: 'department.alias.add',
            entityType: 'department',
            entityId: department.id,
            siteId,
            departmentId: department.id,
            after: { alias },
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw WorkPlanErrors.PLAN_ALIAS_TAKEN();
        throw error;
      }
      return row;
    },

    async removeAlias(actor: Actor, id: string): Promise<void> {
      const alias = await repo.findAlias(db, id);
      if (!alias) throw Errors.NOT_FOUND('别名不存在');
      refuseUnlessOffice(actor, alias.siteId);
      await inTransaction(db, async (trx) => {
        await repo.deleteAlias(trx, id);
        await recordAudit(trx, clock, actor, {
          action: 'department.alias.remove',
          entityType: 'department',
          entityId: alias.departmentId,
          siteId: alias.siteId,
          departmentId: alias.departmentId,
          before: { alias: alias.alias },
        });
      });
    },

    // ---- the public side ---------------------------------------------------------------------------

    async publicPlans(siteId: string): Promise<PlanView[]> {
      return Promise.all((await repo.listPlans(db, siteId, true)).map((p) => self.publicPlan(siteId, p.id))).then(
        (list) => list.filter((p): p is PlanView => p !== undefined),
      );
    },

    /** A published plan as anyone may see it: evidence only from accepted reports and only where it is public. */
    async publicPlan(siteId: string, id: string): Promise<PlanView | undefined> {
      const p = await repo.findPlan(db, id);
      if (!p || p.siteId !== siteId || !p.published) return undefined;
      const v = await view(p);
      if (v.documentId && !(await signals.isPublicPath(siteId, `/documents/${v.documentId}`))) v.documentId = null;
      for (const item of v.goals.flatMap((g) => g.tasks.flatMap((t) => t.items))) {
        const kept: Evidence[] = [];
        for (const e of item.evidence) {
          if (/^https?:\/\//.test(e.url) || (await signals.isPublicPath(siteId, e.url))) kept.push(e);
        }
        item.evidence = kept;
      }
      return v;
    },
  };
  return self;
}

export type WorkPlansService = ReturnType<typeof createWorkPlansService>;
