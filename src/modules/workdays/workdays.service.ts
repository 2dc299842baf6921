import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock/clock.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { yearOf } from '../../platform/workdays/dates.js';
import * as repo from '../../platform/workdays/workdays.repository.js';
import { currentCalendar, type DayInfo } from '../../platform/workdays/workdays.js';

export const WorkdayErrors = defineErrors({
  CALENDAR_DATES_INVALID: { status: 400, message: '日期不属于该年份，或同一天既是放假又是上班' },
});

export interface YearSchedule {
  /** The notice the schedule comes from, e.g. 国办发明电〔2025〕7号. */
  source: string;
  /** Days off that would otherwise be working days. */
  holidays: string[];
  /** Weekend days worked (调休上班). */
  workdays: string[];
}

/**
 * The calendar is the nation's, so it is shared by every site on the platform. Platform
 * administrators and site-wide site administrators may enter or correct it.
 */
function mayEdit(actor: Actor): boolean {
  return actor.isPlatformAdmin || actor.grants.some((g) => g.role === 'site_admin' && g.departmentId === null);
}

export function createWorkdaysService({ db, clock }: { db: Executor; clock: Clock }) {
  function refuseUnlessEditor(actor: Actor): void {
    if (!mayEdit(actor)) throw Errors.FORBIDDEN('只有平台管理员或站点管理员可以维护工作日历');
  }

  return {
    calendar: () => currentCalendar(db),

    async year(year: number): Promise<{ year: number; known: boolean; source: string; days: DayInfo[] }> {
      const calendar = await currentCalendar(db);
      const entered = await repo.findYear(db, year);
      return {
        year,
        known: calendar.isKnownYear(year),
        source: entered
          ? entered.source
          : calendar.isKnownYear(year)
            ? '国务院办公厅节假日安排通知（chinese-days 数据）'
            : '法定节假日推算（未发布安排，结果为暂定）',
        days: calendar.exceptions(year),
      };
    },

    async lastKnownYear(): Promise<number> {
      return (await currentCalendar(db)).lastKnownYear();
    },

    async setYear(actor: Actor, year: number, schedule: YearSchedule): Promise<void> {
      refuseUnlessEditor(actor);
      const all = [...schedule.holidays, ...schedule.workdays];
      if (all.some((d) => yearOf(d) !== year) || new Set(all).size !== all.length)
        throw WorkdayErrors.CALENDAR_DATES_INVALID();
      const before = await repo.listDays(db, year);
      await inTransaction(db, async (trx) => {
        const days = [
          ...schedule.holidays.map((date) => ({ date, isWorkday: false, note: '放假' })),
          ...schedule.workdays.map((date) => ({ date, isWorkday: true, note: '调休上班' })),
        ].sort((a, b) => a.date.localeCompare(b.date));
        await repo.replaceYear(trx, year, schedule.source, days, actor.userId, clock.now().toISOString());
        await recordAudit(trx, clock, actor, {
          action: 'calendar.set_year',
          entityType: 'calendar_year',
          entityId: String(year),
          siteId: null,
          before,
          after: schedule,
        });
      });
    },

    async deleteYear(actor: Actor, year: number): Promise<void> {
      refuseUnlessEditor(actor);
      const before = await repo.findYear(db, year);
      if (!before) throw Errors.NOT_FOUND('该年份没有人工录入的安排');
      await inTransaction(db, async (trx) => {
        await repo.deleteYear(trx, year);
        await recordAudit(trx, clock, actor, {
          action: 'calendar.delete_year',
          entityType: 'calendar_year',
          entityId: String(year),
          siteId: null,
          before,
        });
      });
    },

    async setDay(actor: Actor, date: string, isWorkday: boolean, note: string): Promise<void> {
      refuseUnlessEditor(actor);
      const before = await repo.findDay(db, date);
      await inTransaction(db, async (trx) => {
        await repo.upsertDay(trx, { date, isWorkday, note }, actor.userId, clock.now().toISOString());
        await recordAudit(trx, clock, actor, {
          action: 'calendar.set_day',
          entityType: 'calendar_day',
          entityId: date,
          siteId: null,
          before,
          after: { date, isWorkday, note },
        });
      });
    },

    async deleteDay(actor: Actor, date: string): Promise<void> {
      refuseUnlessEditor(actor);
      const before = await repo.findDay(db, date);
      if (!before) throw Errors.NOT_FOUND('该日期没有人工设置');
      await inTransaction(db, async (trx) => {
        await repo.deleteDay(trx, date);
        await recordAudit(trx, clock, actor, {
          action: 'calendar.delete_day',
          entityType: 'calendar_day',
          entityId: date,
          siteId: null,
          before,
        });
      });
    },
  };
}

export type WorkdaysService = ReturnType<typeof createWorkdaysService>;
