import type { Executor } from '../../db/database.js';
import type { CalendarOverrides } from './calendar.js';

export interface CalendarDayRow {
  date: string;
  isWorkday: boolean;
  note: string;
}

export interface CalendarYearRow {
  year: number;
  source: string;
  updatedAt: string;
}

export async function loadOverrides(db: Executor): Promise<CalendarOverrides> {
  const [years, days] = await Promise.all([
    db.selectFrom('calendar_years').select(['year', 'source']).execute(),
    db.selectFrom('calendar_days').select(['date', 'is_workday']).execute(),
  ]);
  return {
    years: new Map(years.map((y) => [Number(y.year), y.source])),
    days: new Map(days.map((d) => [d.date, d.is_workday === 1])),
  };
}

export async function listYears(db: Executor): Promise<CalendarYearRow[]> {
  const rows = await db.selectFrom('calendar_years').selectAll().orderBy('year').execute();
  return rows.map((r) => ({ year: Number(r.year), source: r.source, updatedAt: r.updated_at }));
}

export async function listDays(db: Executor, year: number): Promise<CalendarDayRow[]> {
  const rows = await db
    .selectFrom('calendar_days')
    .selectAll()
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .orderBy('date')
    .execute();
  return rows.map((r) => ({ date: r.date, isWorkday: r.is_workday === 1, note: r.note }));
}

export async function findYear(db: Executor, year: number): Promise<CalendarYearRow | undefined> {
  const r = await db.selectFrom('calendar_years').selectAll().where('year', '=', year).executeTakeFirst();
  return r && { year: Number(r.year), source: r.source, updatedAt: r.updated_at };
}

export async function findDay(db: Executor, date: string): Promise<CalendarDayRow | undefined> {
  const r = await db.selectFrom('calendar_days').selectAll().where('date', '=', date).executeTakeFirst();
  return r && { date: r.date, isWorkday: r.is_workday === 1, note: r.note };
}

export async function replaceYear(
  db: Executor,
  year: number,
  source: string,
  days: CalendarDayRow[],
  by: string | null,
  at: string,
): Promise<void> {
  await deleteDaysOfYear(db, year);
  if (days.length > 0) {
    await db
      .insertInto('calendar_days')
      .values(
        days.map((d) => ({
          date: d.date,
          is_workday: d.isWorkday ? 1 : 0,
          note: d.note,
          updated_by: by,
          updated_at: at,
        })),
      )
      .execute();
  }
  await db.deleteFrom('calendar_years').where('year', '=', year).execute();
  await db.insertInto('calendar_years').values({ year, source, updated_by: by, updated_at: at }).execute();
}

export async function deleteYear(db: Executor, year: number): Promise<void> {
  await deleteDaysOfYear(db, year);
  await db.deleteFrom('calendar_years').where('year', '=', year).execute();
}

async function deleteDaysOfYear(db: Executor, year: number): Promise<void> {
  await db
    .deleteFrom('calendar_days')
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .execute();
}

export async function upsertDay(db: Executor, day: CalendarDayRow, by: string | null, at: string): Promise<void> {
  await db.deleteFrom('calendar_days').where('date', '=', day.date).execute();
  await db
    .insertInto('calendar_days')
    .values({ date: day.date, is_workday: day.isWorkday ? 1 : 0, note: day.note, updated_by: by, updated_at: at })
    .execute();
}

export async function deleteDay(db: Executor, date: string): Promise<void> {
  await db.deleteFrom('calendar_days').where('date', '=', date).execute();
}
