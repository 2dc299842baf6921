import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { touchSite } from '../../platform/cache/content-version.repository.js';
import { can, type Actor, isOnSite } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import { isValidDate } from '../../platform/workdays/dates.js';
import type { Department, DepartmentsService } from '../departments/departments.service.js';
import type { DocumentContent } from '../documents/documents.model.js';
import type { DocumentsService } from '../documents/documents.service.js';
import { documentIdOf } from '../documents/documents.paths.js';
import type { RequestsService } from '../requests/requests.service.js';
import { planDocument } from './work-plans.document.js';
import { departmentGroup } from './work-plans.parse.js';
import { itemStatus } from './work-plans.progress.js';
import * as repo from './work-plans.repository.js';
import { planAssessment } from './work-plans.assessment.js';
import { OFFICE, type WorkPlanContext } from './work-plans.context.js';
import { WorkPlanErrors } from './work-plans.errors.js';
import { planReminders } from './work-plans.reminders.js';
import { planImport } from './work-plans.import.js';
import { progressReports } from './work-plans.reports.js';
import type { Evidence, Milestone, PlanRow } from './work-plans.repository.js';
import { planView, type ItemView, type PlanView } from './work-plans.view.js';

export type { Alias, Evidence, Milestone, PlanRow, ReportRow } from './work-plans.repository.js';
export type { AssessmentRow } from './work-plans.assessment.js';
export type { AssignmentView, GoalView, ItemView, PlanView, TaskView } from './work-plans.view.js';
export { WorkPlanErrors } from './work-plans.errors.js';
export { REMINDER_JOB, REVIEW_JOB } from './work-plans.reminders.js';
export { RETURN_JOB } from './work-plans.reports.js';
export type { ReportForReview, ReportInput, WorkItem } from './work-plans.reports.js';

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

export interface WorkPlansDeps {
  db: Executor;
  clock: Clock;
  departments: DepartmentsService;
  sites: { get(id: string): Promise<{ email: string }> };
  /** Drafts the plan's own document (it then goes through the normal review). */
  documents: {
    create(
      actor: Actor,
      siteId: string,
      departmentId: string,
      content: DocumentContent,
      alongside: (trx: Executor, id: string) => Promise<void>,
    ): Promise<{ id: string }>;
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
      // A document by its first address (/documents/<id>) or its dated one (/art/…/<id>.html).
      const id = /^\/documents\/([^/?#]+)/.exec(path)?.[1] ?? /^\/art\/\d{4}\/\d{2}\/\d{2}\/([^/?#]+)/.exec(path)?.[1];
      const documentId = id && (documentIdOf(id) ?? id);
      return !documentId || (await documents.publicDocument(siteId, documentId)) !== undefined;
    },
  };
}

/** A department's new share of an item. */
const newAssignment = (
  planId: string,
  itemId: string,
  departmentId: string,
  role: repo.AssignmentRole,
  at: string,
): repo.NewAssignment => ({ id: newId(), planId, itemId, departmentId, role, createdAt: at });

export function createWorkPlansService(deps: WorkPlansDeps) {
  const { db, clock, departments, documents, signals } = deps;
  const today = () => chinaDate(clock.now());
  const now = () => clock.now().toISOString();

  function refuseUnlessOffice(actor: Actor, siteId: string): void {
    if (!can(actor, siteId, OFFICE, [])) throw Errors.FORBIDDEN('只有政务公开办（站点管理员）可以管理工作要点');
  }
  function refuseUnlessStaff(actor: Actor, siteId: string): void {
    if (!isOnSite(actor, siteId)) throw Errors.FORBIDDEN('没有该站点的权限');
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

  const view = (p: PlanRow) => planView(db, departments, p, today());

  const ctx: WorkPlanContext = {
    deps,
    db,
    clock,
    departments,
    today,
    now,
    plan,
    refuseUnlessOffice,
    refuseUnlessStaff,
    matchNames,
  };

  const self = {
    ...progressReports(ctx),
    ...planReminders(ctx),
    ...planAssessment(ctx),
    ...planImport(ctx),

    async list(actor: Actor, siteId: string): Promise<PlanView[]> {
      refuseUnlessStaff(actor, siteId);
      return Promise.all((await repo.listPlans(db, siteId)).map(view));
    },

    async get(actor: Actor, id: string): Promise<PlanView> {
      const p = await plan(id);
      refuseUnlessStaff(actor, p.siteId);
      return view(p);
    },

    /** The office's 落实情况表: the tree, and each share's last accepted report by assignment id. */
    async progressSheet(actor: Actor, id: string): Promise<{ plan: PlanView; latest: Map<string, repo.ReportRow> }> {
      const p = await plan(id);
      refuseUnlessOffice(actor, p.siteId);
      // In the order they were submitted, so the last one of a share is the one kept.
      const accepted = await repo.listReports(db, { planId: p.id, status: 'accepted' });
      return { plan: await view(p), latest: new Map(accepted.map((r) => [r.assignmentId, r])) };
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
        (m) =>
          !m.title.trim() ||
          !isValidDate(m.dueOn) ||
          m.dueOn > input.dueOn ||
          (m.progress != null && !(Number.isInteger(m.progress) && m.progress >= 1 && m.progress <= 100)),
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
          milestones: input.milestones.map((m) => ({
            title: m.title.trim(),
            dueOn: m.dueOn,
            progress: m.progress ?? null,
          })),
          weight: input.weight,
        });
        for (const a of existing) {
          const role = wanted.get(a.departmentId);
          if (!role) await repo.deleteAssignment(trx, a.id);
          else if (role !== a.role) await repo.setAssignmentRole(trx, a.id, role);
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
      // The draft and the plan's link to it are written together.
      const draft = await documents.create(
        actor,
        p.siteId,
        departmentId,
        planDocument(await view(p)),
        async (trx, id) => {
          await repo.updatePlan(trx, planId, { document_id: id, updated_at: now() });
          await recordAudit(trx, clock, actor, {
            action: 'work_plan.document',
            entityType: 'work_plan',
            entityId: planId,
            siteId: p.siteId,
            after: { documentId: id },
          });
        },
      );
      return { id: draft.id };
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

    /**
     * How far the year's plan got, for the annual report's 六 (年度工作要点落实情况): the government's
     * whole plan, or a department's own share of it. Null when no plan of that year was imported.
     */
    async yearSummary(
      siteId: string,
      year: number,
      departmentId: string | null,
    ): Promise<{ title: string; items: number; done: number; inProgress: number; overdue: number } | null> {
      const p = (await repo.listPlans(db, siteId)).find((x) => x.year === year);
      if (!p) return null;
      const { items } = await repo.planTree(db, p.id);
      const assignments = await repo.listAssignments(db, { planId: p.id });
      const day = today();
      const summary = { title: p.title, items: 0, done: 0, inProgress: 0, overdue: 0 };
      for (const item of items) {
        const mine = assignments.filter(
          (a) => a.itemId === item.id && (departmentId === null || a.departmentId === departmentId),
        );
        if (departmentId !== null && mine.length === 0) continue;
        const { state } = itemStatus(mine, item.dueOn, day);
        summary.items++;
        if (state === 'done') summary.done++;
        else if (state === 'overdue') summary.overdue++;
        else summary.inProgress++;
      }
      return summary;
    },

    // ---- the public side ---------------------------------------------------------------------------

    /** Published plans with their overall progress (the index shows no evidence, so none is checked). */
    async publicPlans(siteId: string): Promise<PlanView[]> {
      return Promise.all((await repo.listPlans(db, siteId, true)).map(view));
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
