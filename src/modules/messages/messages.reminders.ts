import type { Executor } from '../../db/database.js';
import { systemActor } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { enqueue } from '../../platform/jobs/jobs.js';
import type { Mail } from '../../platform/mail/mailer.js';
import { currentCalendar } from '../../platform/workdays/workdays.js';
import type { WorkdayCalendar } from '../../platform/workdays/calendar.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import type { SitesService } from '../sites/sites.service.js';
import type { MessageCase } from './messages.case.js';
import type { MessagesService } from './messages.service.js';

export const MESSAGE_REMINDER_JOB = 'message.reminder';

/** Reminded this many working days before the limit (and on the last day). */
export const DUE_SOON_WORKDAYS = 2;

/** States in which a message waits for an answer. */
const WAITING = new Set(['received', 'accepted', 'assigned', 'returned', 'in_progress', 'answer_review']);

export type ReminderLevel = 'due_soon' | 'overdue' | 'near' | 'veto';

/**
 * What a waiting message calls for today, most serious first: past the three-month veto of the
 * inspection (website.md §2) or within its last 30 days, past its answer limit, or close to it.
 */
export function reminderLevel(c: MessageCase, calendar: WorkdayCalendar, today: string): ReminderLevel | null {
  if (!c.valid || !WAITING.has(c.state)) return null;
  if (c.watch) return c.watch;
  if (c.overdue) return 'overdue';
  if (c.dueOn && c.dueOn >= today && calendar.workdaysBetween(today, c.dueOn).days <= DUE_SOON_WORKDAYS)
    return 'due_soon';
  return null;
}

const SUBJECTS: Record<ReminderLevel, string> = {
  due_soon: '即将到期',
  overdue: '已超期（已报公开办督办）',
  near: '将满三个月未答复',
  veto: '已超过三个月未答复（网站检查单项否决）',
};

/**
 * Reminders and escalation for messages, once a day per message through the job queue: before the
 * limit to whoever holds the message (the department it is assigned to, otherwise the office);
 * once it is late, to the office too (督办); on the three-month watch list, to both. A mail names
 * the message by its number, mailbox and dates — never the writer, nor the subject they wrote.
 */
export function createMessageReminders(deps: {
  db: Executor;
  clock: Clock;
  messages: MessagesService;
  sites: SitesService;
  departments: DepartmentsService;
}) {
  const { db, clock, messages, sites, departments } = deps;
  const actor = systemActor('留言办理提醒');
  const today = () => chinaDate(clock.now());
  return {
    /** Queues today's reminders; safe to call often, each message is reminded once a day. */
    async schedule(): Promise<number> {
      const calendar = await currentCalendar(db);
      const day = today();
      let queued = 0;
      for (const site of await sites.list(actor))
        for (const m of await messages.list(actor, site.id, { open: true })) {
          if (!reminderLevel(m.case, calendar, day)) continue;
          await enqueue(db, clock, {
            kind: MESSAGE_REMINDER_JOB,
            key: `${MESSAGE_REMINDER_JOB}:${m.id}:${day}`,
            payload: { messageId: m.id, siteId: site.id },
          });
          queued++;
        }
      return queued;
    },

    /** The job's mail, or nothing when the message no longer calls for one. */
    async mail(payload: unknown): Promise<Mail | null> {
      const { messageId, siteId } = payload as { messageId: string; siteId: string };
      const m = await messages.get(actor, messageId);
      const level = reminderLevel(m.case, await currentCalendar(db), today());
      if (!level) return null;
      const site = await sites.get(siteId);
      const department = m.case.departmentId ? await departments.get(m.case.departmentId) : null;
      const office = site.email ? [site.email] : [];
      const holder = department?.email ? [department.email] : office;
      const to = level === 'due_soon' ? holder : [...new Set([...holder, ...office])];
      return {
        to,
        subject: `留言办理提醒：${m.trackingNo} ${SUBJECTS[level]}`,
        text: [
          `留言编号：${m.trackingNo}（${m.mailboxName}）`,
          `收到日期：${m.receivedOn}`,
          `答复期限：${m.case.dueOn ?? '—'}`,
          `满三个月日期：${m.case.vetoOn}`,
          `承办单位：${m.case.departmentName ?? '尚未转办'}`,
          `办理状态：${m.case.stateLabel}`,
          '请及时登录政务公开平台办理。',
        ].join('\n'),
      };
    },
  };
}
