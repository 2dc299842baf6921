import { inTransaction } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Actor } from '../../platform/auth/actor.js';
import { chinaDate } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
import { addDays } from '../../platform/workdays/dates.js';
import type { WorkPlanContext } from './work-plans.context.js';
import { WorkPlanErrors } from './work-plans.errors.js';
import { isLagging, scoreOf, type DepartmentRecord, type Score } from './work-plans.progress.js';
import * as repo from './work-plans.repository.js';

export interface AssessmentRow extends DepartmentRecord {
  departmentId: string;
  department: string;
  note: string;
  score: Score;
  /** Where it stands today, for chasing: shares past their date and not done, shares silent too long. */
  overdueNow: number;
  /** Not yet overdue, but behind a passed milestone. */
  laggingNow: number;
  silentNow: number;
}

/** The year-end assessment and the office's own marks. */
export function planAssessment(ctx: WorkPlanContext) {
  const { db, clock, departments, deps, today, now, plan, refuseUnlessOffice } = ctx;
  const { signals } = deps;

  /** The year-end sheet: per department, what the platform knows and the score it gives; with the plan's title. */
  async function assessmentSheet(actor: Actor, planId: string): Promise<{ title: string; rows: AssessmentRow[] }> {
    const p = await plan(planId);
    refuseUnlessOffice(actor, p.siteId);
    const { items } = await repo.planTree(db, planId);
    const itemOf = new Map(items.map((i) => [i.id, i]));
    const day = today();
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
        doneOnTime: mine.filter(
          (a) => a.state === 'done' && a.doneOn && a.doneOn <= (itemOf.get(a.itemId)?.dueOn ?? ''),
        ).length,
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
      const quietSince = addDays(day, -p.reportEveryDays);
      rows.push({
        departmentId: d.id,
        department: d.name,
        note: marks.get(d.id)?.note ?? '',
        ...record,
        score: scoreOf(record),
        overdueNow: open.filter((a) => day > (itemOf.get(a.itemId)?.dueOn ?? '')).length,
        laggingNow: open.filter((a) => {
          const item = itemOf.get(a.itemId);
          return item && isLagging(item, a, day);
        }).length,
        silentNow: open.filter((a) => chinaDate(new Date(a.lastReportedAt ?? a.createdAt)) <= quietSince).length,
      });
    }
    const sorted = rows.sort((x, y) => y.score.total - x.score.total || x.department.localeCompare(y.department, 'zh'));
    return { title: p.title, rows: sorted };
  }

  return {
    assessmentSheet,

    async assessment(actor: Actor, planId: string): Promise<AssessmentRow[]> {
      return (await assessmentSheet(actor, planId)).rows;
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
  };
}
