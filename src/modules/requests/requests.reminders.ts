import type { Executor } from '../../db/database.js';
import { systemActor } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { enqueue } from '../../platform/jobs/jobs.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import type { SitesService } from '../sites/sites.service.js';
import type { RequestsService } from './requests.service.js';

export const REMINDER_JOB = 'request.reminder';

/**
 * Deadline reminders: once a day for every open case that is overdue or due within 3 working
 * days, a mail to the handling department's address (after 分办 the assigned one; the site's for
 * the government's own cases).
 * The mail names the case, the information and the dates — never the applicant.
 */
export function createReminders(deps: {
  db: Executor;
  clock: Clock;
  requests: RequestsService;
  sites: SitesService;
  departments: DepartmentsService;
  mailer: Mailer;
}) {
  const { db, clock, requests, sites, departments, mailer } = deps;
  const actor = systemActor('办理提醒');
  return {
    /** Queues today's reminders; safe to call often, each case is reminded once a day. */
    async schedule(): Promise<number> {
      const today = chinaDate(clock.now());
      let queued = 0;
      for (const site of await sites.list(actor)) {
        for (const c of await requests.list(actor, site.id, { open: true })) {
          if (c.urgency !== 'overdue' && c.urgency !== 'due_soon') continue;
          await enqueue(db, clock, {
            kind: REMINDER_JOB,
            key: `${REMINDER_JOB}:${c.id}:${today}`,
            payload: { requestId: c.id },
          });
          queued++;
        }
      }
      return queued;
    },

    /** The job: sends one case's reminder if it is still urgent. */
    async send(payload: unknown): Promise<void> {
      const { requestId } = payload as { requestId: string };
      const c = await requests.get(actor, requestId);
      if (c.urgency !== 'overdue' && c.urgency !== 'due_soon') return;
      const site = await sites.get(c.siteId);
      const handler = c.handlingDepartmentId ?? c.departmentId;
      const to = handler ? (await departments.get(handler)).email : site.email;
      const when =
        c.urgency === 'overdue'
          ? `已超过答复期限 ${-(c.workdaysLeft ?? 0)} 个工作日`
          : `将于 ${c.clock.dueOn} 到期（剩 ${c.workdaysLeft} 个工作日）`;
      await mailer.send({
        to: to ? [to] : [],
        subject: `依申请公开办理提醒：${c.trackingNo}${c.urgency === 'overdue' ? ' 已超期' : ' 即将到期'}`,
        text: [
          `申请编号：${c.trackingNo}`,
          `所需信息：${c.infoTitle}`,
          `收到申请日期：${c.receivedOn}`,
          `答复期限：${c.clock.dueOn ?? '—'}${c.clock.provisional ? '（暂定）' : ''}，${when}。`,
          '请及时登录政务公开平台办理。',
        ].join('\n'),
      });
    },
  };
}
