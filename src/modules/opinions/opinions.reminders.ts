import type { Executor } from '../../db/database.js';
import { systemActor } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock/clock.js';
import { enqueue } from '../../platform/jobs/jobs.js';
import type { Mail } from '../../platform/mail/mailer.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import type { SitesService } from '../sites/sites.service.js';
import type { Milestone } from './opinions.model.js';
import type { OpinionsService } from './opinions.service.js';

export const OPINION_REMINDER_JOB = 'opinion.reminder';

/**
 * Hour-clock reminders: once when a deadline comes near (opinions.model.ts: a fifth of its time
 * before) and once when it passes, to the responsible department and the office together — an
 * hour clock leaves no time to pass a mail on.
 */
export function createOpinionReminders(deps: {
  db: Executor;
  clock: Clock;
  opinions: OpinionsService;
  sites: SitesService;
  departments: DepartmentsService;
}) {
  const { db, clock, opinions, sites, departments } = deps;
  const actor = systemActor('舆情提醒');
  return {
    async schedule(): Promise<number> {
      let queued = 0;
      for (const site of await sites.list(actor))
        for (const { item, deadline } of await opinions.dueReminders(site.id)) {
          await enqueue(db, clock, {
            kind: OPINION_REMINDER_JOB,
            key: `${OPINION_REMINDER_JOB}:${item.id}:${deadline.milestone}:${deadline.state}`,
            payload: { siteId: site.id, itemId: item.id, milestone: deadline.milestone },
          });
          queued++;
        }
      return queued;
    },

    async mail(payload: unknown): Promise<Mail | null> {
      const { siteId, itemId, milestone } = payload as { siteId: string; itemId: string; milestone: Milestone };
      const item = await opinions.get(actor, itemId);
      const deadline = item.deadlines.find((d) => d.milestone === milestone);
      if (!deadline || item.closedAt || (deadline.state !== 'due_soon' && deadline.state !== 'late')) return null;
      const site = await sites.get(siteId);
      const department = item.departmentId ? await departments.get(item.departmentId) : null;
      const to = [...new Set([department?.email, site.email].filter((e): e is string => !!e))];
      const late = deadline.state === 'late';
      return {
        to,
        subject: `舆情回应提醒：${item.levelLabel}舆情${deadline.label}${late ? '已超时' : `须于 ${deadline.dueAtChina} 前完成`}`,
        text: [
          `来源：${item.source}${item.url ? `（${item.url}）` : ''}`,
          `摘要：${item.summary}`,
          `首次发现：${item.firstSeenAtChina}（北京时间）`,
          `${deadline.label}时限：${deadline.dueAtChina}（${deadline.hours} 小时）${late ? '，已超时' : ''}`,
          `责任单位：${item.departmentName ?? '尚未指定'}`,
          '请及时登录政务公开平台处置。',
        ].join('\n'),
      };
    },
  };
}
