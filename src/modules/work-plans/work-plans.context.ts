import type { Executor } from '../../db/database.js';
import type { Actor, Role } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock/clock.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import { isLagging } from './work-plans.progress.js';
import type { AssignmentRow, Milestone, PlanRow } from './work-plans.repository.js';
import type { AssignmentView, NameMatch, WorkPlansDeps } from './work-plans.service.js';

/** The office (政务公开办): a site-wide administrator. */
export const OFFICE: Role[] = ['site_admin'];

/** What the parts of the work-plans service (plans, reports, reminders, assessment) share. */
export interface WorkPlanContext {
  deps: WorkPlansDeps;
  db: Executor;
  clock: Clock;
  departments: DepartmentsService;
  /** China date and instant, from the injected clock. */
  today: () => string;
  now: () => string;
  /** The plan, or NOT_FOUND. */
  plan: (id: string) => Promise<PlanRow>;
  refuseUnlessOffice: (actor: Actor, siteId: string) => void;
  refuseUnlessStaff: (actor: Actor, siteId: string) => void;
  /** Unit names as a plan writes them, matched to the site's departments by name, short name or alias. */
  matchNames: (siteId: string, names: readonly string[]) => Promise<NameMatch[]>;
}

/** A department's share as staff see it. */
export function shareView(
  a: AssignmentRow,
  department: string,
  item: { dueOn: string; milestones: Milestone[] },
  day: string,
): AssignmentView {
  return {
    id: a.id,
    departmentId: a.departmentId,
    department,
    role: a.role,
    state: a.state,
    progress: a.progress,
    doneOn: a.doneOn,
    lastReportedAt: a.lastReportedAt,
    lagging: isLagging(item, a, day),
  };
}
