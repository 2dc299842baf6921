import type { Executor } from '../../db/database.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { currentCalendar } from '../../platform/workdays/workdays.js';
import type { SitesService } from '../sites/sites.service.js';
import { caseState, type CaseState } from './requests.case.js';
import * as repo from './requests.repository.js';
import type { RequestRow, StoredEvent } from './requests.repository.js';

/** Due within this many working days counts as urgent in the work queue. */
export const DUE_SOON_WORKDAYS = 3;

export interface RequestSummary extends Omit<
  RequestRow,
  'applicant' | 'applicantKey' | 'idProofSha256' | 'idProofMime'
> {
  state: CaseState['state'];
  outcome: CaseState['outcome'];
  closedOn: string | null;
  clock: CaseState['clock'];
  urgency: 'overdue' | 'due_soon' | 'paused' | 'normal' | 'closed';
  workdaysLeft: number | null;
}

/**
 * Each case as the work queue shows it: its state worked out from its events by the statutory clock
 * (requests.case.ts) as of today, how many working days are left and how urgent it is — without
 * the applicant's identity, which the caller adds where the actor may see it.
 */
export function caseSummaries({ db, clock, sites }: { db: Executor; clock: Clock; sites: Pick<SitesService, 'get'> }) {
  const today = () => chinaDate(clock.now());
  return async function derive(rows: RequestRow[]): Promise<(RequestSummary & { events: StoredEvent[] })[]> {
    const [calendar, events] = await Promise.all([
      currentCalendar(db),
      repo.eventsOf(
        db,
        rows.map((r) => r.id),
      ),
    ]);
    const settings = new Map<string, boolean>();
    for (const siteId of new Set(rows.map((r) => r.siteId)))
      settings.set(siteId, (await sites.get(siteId)).feePausesClock);
    const now = today();
    return rows.map((r) => {
      const history = (events.get(r.id) ?? []).filter((e) => e.type !== 'received');
      const s = caseState(r.receivedOn, history, calendar, now, { feePausesClock: settings.get(r.siteId) ?? true });
      const open = s.state !== 'replied' && s.state !== 'withdrawn' && s.state !== 'lapsed' && s.state !== 'archived';
      let workdaysLeft: number | null = null;
      if (open && s.clock.dueOn) {
        workdaysLeft =
          s.clock.dueOn >= now
            ? calendar.workdaysBetween(now, s.clock.dueOn).days
            : -calendar.workdaysBetween(s.clock.dueOn, now).days;
      }
      const urgency: RequestSummary['urgency'] = !open
        ? 'closed'
        : s.clock.pausedBy
          ? 'paused'
          : workdaysLeft !== null && workdaysLeft < 0
            ? 'overdue'
            : workdaysLeft !== null && workdaysLeft <= DUE_SOON_WORKDAYS
              ? 'due_soon'
              : 'normal';
      const { applicant: _a, applicantKey: _k, idProofSha256: _s, idProofMime: _m, ...fields } = r;
      return {
        ...fields,
        state: s.state,
        outcome: s.outcome,
        closedOn: s.closedOn,
        clock: s.clock,
        urgency,
        workdaysLeft,
        events: events.get(r.id) ?? [],
      };
    });
  };
}
