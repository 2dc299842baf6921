import { chinaDate } from '../../platform/clock/clock.js';

/**
 * What the website inspection would count against a site today (国办秘函〔2019〕19号,
 * reference/website.md §2): a column not updated within its interval (dynamic columns two weeks,
 * 通知公告 and 政策文件 six months), a column that should be updated and never was, and a home page
 * whose newest item is more than two weeks old. Five stale or five blank columns fail the site.
 */
export const VETO_STALE_COLUMNS = 5;
export const VETO_BLANK_COLUMNS = 5;
export const HOME_PAGE_STALE_DAYS = 14;

export interface ColumnRisk {
  columnId: string;
  path: string;
  /** stale: published in, but not within its interval; blank: never published in. */
  kind: 'stale' | 'blank';
  intervalDays: number;
  lastPublishedOn: string | null;
  daysSince: number | null;
}

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/** Columns that must be updated (an interval set) and are not, most overdue first, blank ones last. */
export function columnRisks(
  columns: readonly { id: string; path: string; updateIntervalDays: number | null }[],
  lastPublishedAt: ReadonlyMap<string, string>,
  today: string,
): ColumnRisk[] {
  const risks: ColumnRisk[] = [];
  for (const c of columns) {
    if (c.updateIntervalDays === null) continue;
    const at = lastPublishedAt.get(c.id);
    const base = { columnId: c.id, path: c.path, intervalDays: c.updateIntervalDays };
    if (!at) {
      risks.push({ ...base, kind: 'blank', lastPublishedOn: null, daysSince: null });
      continue;
    }
    const on = chinaDate(new Date(at));
    const since = daysBetween(on, today);
    if (since > c.updateIntervalDays) risks.push({ ...base, kind: 'stale', lastPublishedOn: on, daysSince: since });
  }
  const overdueBy = (r: ColumnRisk) => (r.daysSince === null ? -Infinity : r.daysSince - r.intervalDays);
  return risks.sort((a, b) => overdueBy(b) - overdueBy(a));
}

/** Days since the site's newest public document, or null when it has none. */
export function homePageAge(lastPublishedAt: ReadonlyMap<string, string>, today: string): number | null {
  const newest = [...lastPublishedAt.values()].sort().at(-1);
  return newest ? daysBetween(chinaDate(new Date(newest)), today) : null;
}
