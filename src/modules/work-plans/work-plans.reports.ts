import { inTransaction } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { touchSite } from '../../platform/cache/content-version.repository.js';
import { can, scopeOf, type Actor, type Role } from '../../platform/auth/actor.js';
import { chinaDate } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
import type { Mail } from '../../platform/mail/mailer.js';
import { newId } from '../../platform/ids/ids.js';
import { enqueue } from '../../platform/jobs/jobs.js';
import { pathIn, type Department } from '../departments/departments.service.js';
import { OFFICE, shareView, type WorkPlanContext } from './work-plans.context.js';
import { WorkPlanErrors } from './work-plans.errors.js';
import type { AssignmentState } from './work-plans.progress.js';
import * as repo from './work-plans.repository.js';
import type { AssignmentRow, Evidence, Milestone, Reminder, ReportRow } from './work-plans.repository.js';
import type { AssignmentView } from './work-plans.service.js';

/** Who reports a department's progress, and who (in the lead department) reviews others' reports. */
const REPORTERS: Role[] = ['site_admin', 'editor', 'reviewer'];
const LEAD_REVIEWERS: Role[] = ['site_admin', 'reviewer'];

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
  latestReminder: Omit<Reminder, 'assignmentId'> | null;
}

export interface ReportForReview extends ReportRow {
  departmentId: string;
  department: string;
  itemId: string;
  content: string;
  dueOn: string;
  planTitle: string;
}

/** Mails a department that its report was returned. */
export const RETURN_JOB = 'work_plan.report_returned';

/**
 * A share's last reminder (they come in date order), unless the department has reported on a later
 * day (reminders carry only their date: one sent the day of a report stays, rather than an urge
 * sent after the report being lost).
 */
function unanswered(reminders: Reminder[], lastReportedAt: string | null) {
  const last = reminders.at(-1);
  if (!last || (lastReportedAt && chinaDate(new Date(lastReportedAt)) > last.sentOn)) return null;
  return { kind: last.kind, sentOn: last.sentOn, note: last.note };
}

/** Work a department has to act on now. */
function needsAction(w: WorkItem): boolean {
  if (w.assignment.state === 'done') return false;
  return w.latestReport?.status === 'returned' || w.latestReminder !== null || w.assignment.lagging;
}

function validEvidence(e: Evidence): boolean {
  return e.title.trim().length > 0 && /^(https?:\/\/[^\s]+|\/[^\s]*)$/.test(e.url);
}

/** Progress reports: a department reports on its share, the lead department or the office reviews. */
export function progressReports(ctx: WorkPlanContext) {
  const { db, clock, departments, deps, now, today, plan, refuseUnlessStaff } = ctx;

  /**
   * Who may review a report: the office, or the lead department of the item for others' reports.
   * `itemShares` are the item's assignments; `all` the site's departments (for department scopes).
   */
  function mayReview(
    actor: Actor,
    siteId: string,
    assignment: AssignmentRow,
    itemShares: readonly AssignmentRow[],
    all: readonly Department[],
  ): boolean {
    if (can(actor, siteId, OFFICE, [])) return true;
    if (assignment.role === 'lead') return false;
    return itemShares.some(
      (l) =>
        l.role === 'lead' &&
        l.departmentId !== assignment.departmentId &&
        can(actor, siteId, LEAD_REVIEWERS, pathIn(all, l.departmentId)),
    );
  }

  return {
    /**
     * A department's shares of every plan of the site, with its latest report and unanswered
     * reminder on each: first what needs it to act (a returned report, a reminder, a missed
     * milestone), then by date.
     */
    async myWork(actor: Actor, siteId: string): Promise<WorkItem[]> {
      refuseUnlessStaff(actor, siteId);
      const scope = scopeOf(actor, siteId, REPORTERS);
      const all = await departments.list(siteId);
      const departmentIds = scope === 'site' ? all.map((d) => d.id) : await departments.subtree(siteId, scope);
      const names = new Map(all.map((d) => [d.id, d.name]));
      const day = today();
      const out: WorkItem[] = [];
      for (const p of await repo.listPlans(db, siteId)) {
        const mine = await repo.listAssignments(db, { planId: p.id, departmentIds });
        if (mine.length === 0) continue;
        const { items } = await repo.planTree(db, p.id);
        const reports = await repo.listReports(db, { assignmentIds: mine.map((a) => a.id) });
        const reminders = await repo.listReminders(db, p.id);
        for (const a of mine) {
          const item = items.find((i) => i.id === a.itemId);
          if (!item) continue;
          out.push({
            assignment: shareView(a, names.get(a.departmentId) ?? '', item, day),
            planId: p.id,
            planTitle: p.title,
            itemId: item.id,
            content: item.content,
            dueOn: item.dueOn,
            milestones: item.milestones,
            latestReport: reports.filter((r) => r.assignmentId === a.id).at(-1) ?? null,
            latestReminder: unanswered(
              reminders.filter((r) => r.assignmentId === a.id),
              a.lastReportedAt,
            ),
          });
        }
      }
      return out.sort((x, y) => Number(needsAction(y)) - Number(needsAction(x)) || x.dueOn.localeCompare(y.dueOn));
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
      const all = await departments.list(siteId);
      const names = new Map(all.map((d) => [d.id, d.name]));
      const out: ReportForReview[] = [];
      for (const p of await repo.listPlans(db, siteId)) {
        const pending = await repo.listReports(db, { planId: p.id, status: 'submitted' });
        if (pending.length === 0) continue;
        const { items } = await repo.planTree(db, p.id);
        const assignments = await repo.listAssignments(db, { planId: p.id });
        for (const r of pending) {
          const a = assignments.find((x) => x.id === r.assignmentId);
          const item = a && items.find((i) => i.id === a.itemId);
          const itemShares = assignments.filter((x) => x.itemId === a?.itemId);
          if (!a || !item || !mayReview(actor, siteId, a, itemShares, all)) continue;
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
      const itemShares = a ? await repo.listAssignments(db, { itemId: a.itemId }) : [];
      if (!a || !mayReview(actor, p.siteId, a, itemShares, await departments.list(p.siteId))) {
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
        if (p.published) await touchSite(trx, p.siteId);
        // The department learns of a return by mail too: it has to report again.
        if (status === 'returned') await enqueue(trx, clock, { kind: RETURN_JOB, payload: { reportId: r.id } });
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

    /** The mail telling a department its report was returned, and why. */
    async returnMail(payload: unknown): Promise<Mail | null> {
      const r = await repo.findReport(db, (payload as { reportId: string }).reportId);
      const a = r && (await repo.findAssignment(db, r.assignmentId));
      const item = a && (await repo.findItem(db, a.itemId));
      if (!r || r.status !== 'returned' || !a || !item) return null;
      const p = await plan(r.planId);
      const department = await departments.get(a.departmentId);
      return {
        to: [department.email].filter(Boolean),
        subject: `工作要点进展被退回——${p.title}`,
        text: [
          `${department.name}：`,
          `贵单位${chinaDate(new Date(r.submittedAt))}报送的进展被退回，请修改后重新报送。`,
          `退回理由：${r.reviewNote ?? ''}`,
          `工作内容：${item.content}`,
          `报送内容：${r.text}`,
          '请登录政务公开平台“工作要点—本单位任务”重新报送。',
        ].join('\n'),
      };
    },

    /**
     * The reports on one share, oldest first: for its department, and for whoever reviews them
     * (the item's lead department, the office) — not for other departments, which may not read
     * each other's unaccepted reports.
     */
    async reports(actor: Actor, assignmentId: string): Promise<ReportRow[]> {
      const a = await repo.findAssignment(db, assignmentId);
      const siteId = a ? (await plan(a.planId)).siteId : '';
      const all = a ? await departments.list(siteId) : [];
      const itemShares = a ? await repo.listAssignments(db, { itemId: a.itemId }) : [];
      if (
        !a ||
        !(can(actor, siteId, REPORTERS, pathIn(all, a.departmentId)) || mayReview(actor, siteId, a, itemShares, all))
      )
        throw Errors.NOT_FOUND('工作任务不存在');
      return repo.listReports(db, { assignmentIds: [a.id] });
    },
  };
}
