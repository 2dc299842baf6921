import { inTransaction } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Actor } from '../../platform/auth/actor.js';
import { chinaDate } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
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
    async reminderMail(payload: unknown): Promise<{ to: string[]; subject: string; text: string } | null> {
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
