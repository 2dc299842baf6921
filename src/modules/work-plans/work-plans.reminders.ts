import { inTransaction } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Actor } from '../../platform/auth/actor.js';
import { chinaDate } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
import type { Mail } from '../../platform/mail/mailer.js';
import { newId } from '../../platform/ids/ids.js';
import { enqueue } from '../../platform/jobs/jobs.js';
import { addDays } from '../../platform/workdays/dates.js';
import type { WorkPlanContext } from './work-plans.context.js';
import { WorkPlanErrors } from './work-plans.errors.js';
import { milestoneText, missedMilestone, REMINDER_LABELS } from './work-plans.progress.js';
import * as repo from './work-plans.repository.js';
import type { AssignmentRow, ReminderKind } from './work-plans.repository.js';

export const REMINDER_JOB = 'work_plan.reminder';
/** Days before a date when the departments still working on it are reminded. */
export const DUE_SOON_DAYS = 7;
/** An overdue share is chased again after this many days. */
export const OVERDUE_EVERY_DAYS = 7;
/** A report waiting this many days for its review gets its reviewer reminded, once a day. */
export const REVIEW_WAIT_DAYS = 3;
export const REVIEW_JOB = 'work_plan.review_reminder';

/** Chasing: who is reminded of what, and what the mail says. */
export function planReminders(ctx: WorkPlanContext) {
  const { db, clock, departments, today, plan, refuseUnlessOffice } = ctx;
  const { sites } = ctx.deps;
  return {
    /**
     * Today's reminders for every assigned plan: shares due within a week (the item's date or a
     * milestone), shares found behind a milestone's expected progress (once per milestone),
     * overdue ones (again every week, copied to the office as 督办), and departments silent for
     * longer than the plan's reporting period. Each is recorded and mailed by a job.
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
            const missed = missedMilestone(item.milestones, a, day);
            const lagged = last('lagging');
            if (day > item.dueOn) {
              const previous = last('escalation');
              if (!previous || addDays(previous, OVERDUE_EVERY_DAYS) <= day) due.push({ a, kind: 'escalation' });
            } else if (missed && (!lagged || lagged <= missed.dueOn)) {
              // Once for each milestone missed, the first day the share is found behind it.
              due.push({ a, kind: 'lagging' });
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

    /**
     * Reviewers are chased too: reports waiting three days or more are listed, once a day, to the
     * lead department that reviews them, or to the office for leads' reports and items without a
     * lead. A report stuck in review would otherwise hold back a department that did report.
     */
    async remindReviewers(): Promise<number> {
      const day = today();
      let queued = 0;
      for (const siteId of await repo.planSites(db)) {
        // Reviewer ('' for the office) → the reports waiting for it.
        const waiting = new Map<string, string[]>();
        for (const p of await repo.listPlans(db, siteId)) {
          const pending = (await repo.listReports(db, { planId: p.id, status: 'submitted' })).filter(
            (r) => chinaDate(new Date(r.submittedAt)) <= addDays(day, -REVIEW_WAIT_DAYS),
          );
          if (pending.length === 0) continue;
          const assignments = await repo.listAssignments(db, { planId: p.id });
          for (const r of pending) {
            const a = assignments.find((x) => x.id === r.assignmentId);
            if (!a) continue;
            const leads = assignments
              .filter((x) => a.role !== 'lead' && x.itemId === a.itemId && x.role === 'lead')
              .map((x) => x.departmentId);
            for (const reviewer of leads.length ? leads : [''])
              waiting.set(reviewer, [...(waiting.get(reviewer) ?? []), r.id]);
          }
        }
        if (waiting.size === 0) continue;
        await inTransaction(db, async (trx) => {
          for (const [reviewer, reportIds] of waiting) {
            const key = `${REVIEW_JOB}:${siteId}:${reviewer || 'office'}:${day}`;
            const payload = { siteId, departmentId: reviewer || null, reportIds };
            if (await enqueue(trx, clock, { kind: REVIEW_JOB, key, payload })) queued++;
          }
        });
      }
      return queued;
    },

    /** What a reviewer's reminder says: the reports still waiting, to its mailbox (the office's for the office). */
    async reviewMail(payload: unknown): Promise<Mail | null> {
      const { siteId, departmentId, reportIds } = payload as {
        siteId: string;
        departmentId: string | null;
        reportIds: string[];
      };
      const lines: string[] = [];
      for (const id of reportIds) {
        const r = await repo.findReport(db, id);
        const a = r && r.status === 'submitted' && (await repo.findAssignment(db, r.assignmentId));
        const item = a && (await repo.findItem(db, a.itemId));
        if (!r || !a || !item) continue;
        const p = await plan(r.planId);
        const from = await departments.get(a.departmentId);
        const content = item.content.length > 60 ? `${item.content.slice(0, 60)}…` : item.content;
        lines.push(
          `${lines.length + 1}. ${from.name} ${chinaDate(new Date(r.submittedAt))} 报送（《${p.title}》）：${content}`,
        );
      }
      if (lines.length === 0) return null;
      const reviewer = departmentId ? await departments.get(departmentId) : null;
      const to = reviewer ? reviewer.email : (await sites.get(siteId)).email;
      return {
        to: [to].filter(Boolean),
        subject: `工作要点进展待审核：${lines.length} 条`,
        text: [
          `${reviewer?.name ?? '政务公开办'}：`,
          `以下工作要点进展报送已等待审核 ${REVIEW_WAIT_DAYS} 天以上，请登录政务公开平台“工作要点—待审核进展”审核：`,
          ...lines,
        ].join('\n'),
      };
    },

    /**
     * The office chases one department's share by hand (催办), with its own words: recorded with
     * the reminders, mailed to the department, audited. Once a day per share.
     */
    async urge(actor: Actor, assignmentId: string, input: { note: string }): Promise<{ sentOn: string }> {
      const a = await repo.findAssignment(db, assignmentId);
      if (!a) throw Errors.NOT_FOUND('工作任务不存在');
      const p = await plan(a.planId);
      refuseUnlessOffice(actor, p.siteId);
      const note = input.note.trim();
      if (note.length < 2) throw WorkPlanErrors.PLAN_URGE_INVALID();
      if (a.state === 'done') throw WorkPlanErrors.PLAN_URGE_INVALID('该单位已完成这项工作');
      const sentOn = today();
      await inTransaction(db, async (trx) => {
        const reminder = { id: newId(), planId: p.id, assignmentId: a.id, kind: 'urged' as const, sentOn, note };
        if (!(await repo.insertReminder(trx, reminder))) throw WorkPlanErrors.PLAN_URGED_TODAY();
        await enqueue(trx, clock, { kind: REMINDER_JOB, payload: { assignmentId: a.id, kind: 'urged', note } });
        await recordAudit(trx, clock, actor, {
          action: 'work_plan.urge',
          entityType: 'work_plan_assignment',
          entityId: a.id,
          siteId: p.siteId,
          departmentId: a.departmentId,
          after: { note },
        });
      });
      return { sentOn };
    },

    /** What a reminder says and to whom: the department's mailbox; an escalation (督办) also the office's. */
    async reminderMail(payload: unknown): Promise<Mail | null> {
      const { assignmentId, kind, note } = payload as { assignmentId: string; kind: ReminderKind; note?: string };
      const a = await repo.findAssignment(db, assignmentId);
      const item = a && (await repo.findItem(db, a.itemId));
      if (!a || !item || a.state === 'done') return null;
      const p = await plan(a.planId);
      const department = await departments.get(a.departmentId);
      const site = await sites.get(p.siteId);
      const what = REMINDER_LABELS[kind];
      const to = [department.email, ...(kind === 'escalation' && site.email ? [site.email] : [])].filter(Boolean);
      return {
        to,
        subject: `工作要点提醒：${what}——${p.title}`,
        text: [
          `${department.name}：`,
          kind === 'urged'
            ? `政务公开办就《${p.title}》中贵单位${a.role === 'lead' ? '牵头' : '承担'}的工作事项催办：${note ?? ''}`
            : `《${p.title}》中贵单位${a.role === 'lead' ? '牵头' : '承担'}的工作事项${what}。`,
          `工作内容：${item.content}`,
          `完成期限：${item.dueOn}${item.milestones.length ? `；节点：${item.milestones.map(milestoneText).join('；')}` : ''}`,
          `当前进度：${a.progress}%${a.lastReportedAt ? `，最近一次报送 ${chinaDate(new Date(a.lastReportedAt))}` : '，尚未报送进展'}。`,
          '请登录政务公开平台报送进展。',
        ].join('\n'),
      };
    },
  };
}
