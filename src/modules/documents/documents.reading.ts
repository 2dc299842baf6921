import type { Executor } from '../../db/database.js';
import { isOnSite, scopeOf, type Actor } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
import { currentCalendar } from '../../platform/workdays/workdays.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import { REVIEWERS, type DocumentAccess } from './documents.access.js';
import type { RevisionState } from './documents.model.js';
import * as repo from './documents.repository.js';
import type { DocumentRow, RevisionRow } from './documents.repository.js';

/** Art. 26: information is published within 20 working days of being formed or changed. */
export const PROACTIVE_DISCLOSURE_WORKDAYS = 20;

export interface DocumentDetail extends DocumentRow {
  columnIds: string[];
  latest: RevisionRow;
}

export interface DeadlineRisk {
  document: DocumentRow;
  state: RevisionState;
  dueOn: string;
  provisional: boolean;
  /** Working days left; negative when overdue. */
  workdaysLeft: number;
}

/** What staff read in the back office: a document, its revisions, lists, queues and deadlines. */
export function documentReading({
  db,
  clock,
  departments,
  access,
}: {
  db: Executor;
  clock: Clock;
  departments: Pick<DepartmentsService, 'subtree'>;
  access: DocumentAccess;
}) {
  const reading = {
    async get(actor: Actor, id: string): Promise<DocumentDetail> {
      const { doc, latest } = await access.loadVisible(actor, id);
      return { ...doc, columnIds: await repo.columnIdsOf(db, id), latest };
    },

    async revisions(actor: Actor, id: string): Promise<RevisionRow[]> {
      await access.loadVisible(actor, id);
      return repo.listRevisions(db, id);
    },

    /** The back office list: everything in the actor's departments, newest first, with each one's workflow state. */
    async list(
      actor: Actor,
      siteId: string,
      filters: Omit<repo.DocumentQuery, 'siteId' | 'departmentIds' | 'publicOnly'>,
    ) {
      const { total, rows } = await repo.queryDocuments(db, {
        ...filters,
        siteId,
        departmentIds: await access.visibleDepartments(actor, siteId),
      });
      const states = await repo.latestStates(
        db,
        rows.map((r) => r.id),
      );
      return { total, rows: rows.map((r) => ({ ...r, latestState: states.get(r.id) ?? 'draft' })) };
    },

    /**
     * Public documents of the whole site by title, 文号 or 索引号 — what an editor of any department
     * may link to (the policy an interpretation explains, what replaces a repealed document).
     */
    async lookupPublic(actor: Actor, siteId: string, q: { text: string; id?: string }): Promise<DocumentRow[]> {
      if (!isOnSite(actor, siteId)) throw Errors.FORBIDDEN('没有该站点的权限');
      return repo.lookupPublic(db, siteId, { text: q.text.trim(), id: q.id }, 20);
    },

    /** What waits for this reviewer: submitted revisions of the departments they review for. */
    async reviewQueue(actor: Actor, siteId: string): Promise<DocumentDetail[]> {
      const scope = scopeOf(actor, siteId, REVIEWERS);
      const departmentIds = scope === 'site' ? undefined : await departments.subtree(siteId, scope);
      const ids = await repo.submittedDocumentIds(db, siteId, departmentIds);
      return Promise.all(ids.map((id) => reading.get(actor, id)));
    },

    /** The actor's own drafts and the revisions returned to them, newest first (the 工作台). */
    async authorWork(actor: Actor, siteId: string): Promise<RevisionRow[]> {
      if (!actor.userId || !isOnSite(actor, siteId)) return [];
      return repo.openRevisionsOf(db, siteId, actor.userId);
    },

    /**
     * Unpublished proactive documents and their Art. 26 deadline: 20 working days after the
     * information was formed (成文日期). Sorted by what is due first.
     */
    async deadlineRisks(actor: Actor, siteId: string, withinWorkdays = 5): Promise<DeadlineRisk[]> {
      const { rows } = await reading.list(actor, siteId, { status: 'draft', limit: 10_000, offset: 0 });
      const calendar = await currentCalendar(db);
      const today = chinaDate(clock.now());
      const risks: DeadlineRisk[] = [];
      for (const doc of rows) {
        if (doc.content.disclosure !== 'proactive' || !doc.content.writtenOn) continue;
        const due = calendar.addWorkdays(doc.content.writtenOn, PROACTIVE_DISCLOSURE_WORKDAYS);
        const left =
          due.date >= today
            ? calendar.workdaysBetween(today, due.date).days
            : -calendar.workdaysBetween(due.date, today).days;
        if (left > withinWorkdays) continue;
        risks.push({
          document: doc,
          state: doc.latestState,
          dueOn: due.date,
          provisional: due.provisional,
          workdaysLeft: left,
        });
      }
      return risks.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    },
  };
  return reading;
}
