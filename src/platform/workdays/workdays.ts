import type { Executor } from '../../db/database.js';
import { WorkdayCalendar } from './calendar.js';
import { loadOverrides } from './workdays.repository.js';

export { WorkdayCalendar } from './calendar.js';
export type { DateResult, CountResult, DayInfo } from './calendar.js';

/**
 * The calendar as it stands now: the official schedules plus whatever operators entered. Read
 * from the database on each call (a few rows), so every instance sees an edit at once.
 */
export async function currentCalendar(db: Executor): Promise<WorkdayCalendar> {
  return new WorkdayCalendar(await loadOverrides(db));
}
