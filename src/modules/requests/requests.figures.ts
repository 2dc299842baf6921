import type { Executor } from '../../db/database.js';
import type { ReportCase } from './requests.case.js';
import * as repo from './requests.repository.js';
import type { RequestRow } from './requests.repository.js';
import type { RequestSummary } from './requests.summaries.js';

/** The counts other modules read from the cases (the annual report, the work plan's assessment). */
export function requestFigures(db: Executor, derive: (rows: RequestRow[]) => Promise<RequestSummary[]>) {
  return {
    /**
     * Every case addressed to one agency (or, without one, every case of the site) as the annual
     * report counts them: receipt, applicant kind and events — nothing that identifies anyone.
     */
    async reportCases(siteId: string, departmentId: string | null, trx: Executor = db): Promise<ReportCase[]> {
      return repo.reportCaseRows(trx, siteId, departmentId);
    },

    /**
     * Per handling department: the cases it replied to in the year and how many of those by the
     * deadline — one of the measures of the work-plan assessment. Counts only, nobody's details.
     */
    async repliedOnTime(siteId: string, year: number): Promise<Map<string, { replied: number; onTime: number }>> {
      const out = new Map<string, { replied: number; onTime: number }>();
      const cases = await derive(await repo.listRequests(db, { siteId, includeHandling: true }));
      for (const c of cases) {
        const department = c.handlingDepartmentId ?? c.departmentId;
        if (!department || c.state !== 'replied' || !c.closedOn?.startsWith(String(year))) continue;
        const counts = out.get(department) ?? { replied: 0, onTime: 0 };
        counts.replied++;
        if (c.clock.dueOn && c.closedOn <= c.clock.dueOn) counts.onTime++;
        out.set(department, counts);
      }
      return out;
    },
  };
}
