import { touchSite } from '../../platform/cache/content-version.repository.js';
import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { nextNumber } from '../../platform/counters/counters.js';
import type { Actor, Role } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import type { FileStore } from '../../platform/files/files.js';
import { searchEngine } from '../../platform/search/engine.js';
import type { ColumnsService } from '../columns/columns.service.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import { formatIndexNo } from '../sites/index-number.js';
import type { SitesService } from '../sites/sites.service.js';
import { documentAccess, EDITORS, PUBLISHERS, REVIEWERS } from './documents.access.js';
import { contentCleaner } from './documents.content.js';
import type { DocumentContent, RevisionState } from './documents.model.js';
import { documentReading, type DocumentDetail } from './documents.reading.js';
import * as repo from './documents.repository.js';
import { documentKey, documentSearchEntry, isSearchable } from './documents.search.js';
import type { DocumentRow, RevisionRow } from './documents.repository.js';
import { documentAttachments } from './documents.attachments.js';
import { DocumentErrors } from './documents.errors.js';
import { documentFigures } from './documents.figures.js';
import { documentPortal } from './documents.portal.js';
import { documentSyndication, type SyndicationTarget } from './documents.syndication.js';

export type { DocumentRow, RevisionRow } from './documents.repository.js';

export { DocumentErrors } from './documents.errors.js';
export { PROACTIVE_DISCLOSURE_WORKDAYS, type DeadlineRisk, type DocumentDetail } from './documents.reading.js';

export interface ImportInput {
  departmentId: string;
  content: DocumentContent;
  publishedAt: string;
  indexNo: string | null;
}

export interface DocumentsDeps {
  db: Executor;
  clock: Clock;
  sites: Pick<SitesService, 'get'>;
  departments: Pick<DepartmentsService, 'get' | 'list' | 'path' | 'subtree'>;
  columns: Pick<ColumnsService, 'list'>;
  /** Where attachment bytes are kept; needed only by the attachment methods. */
  files?: FileStore;
  maxAttachmentBytes?: number;
  /** Checks other modules add before a document is published or scheduled (e.g. the annual report's). */
  publishChecks?: ((db: Executor, doc: DocumentRow) => Promise<void>)[];
  /**
   * Checks of the content itself (personal information, 错敏字) when a revision is submitted and
   * when it is published or scheduled; each throws to refuse.
   */
  contentChecks?: ((db: Executor, doc: DocumentRow, content: DocumentContent) => Promise<void>)[];
  /** Checks of who may review a document beyond the reviewer's role (e.g. the annual report's office review). */
  reviewChecks?: ((db: Executor, actor: Actor, doc: DocumentRow) => Promise<void>)[];
}

export function createDocumentsService({
  db,
  clock,
  sites,
  departments,
  columns: siteColumns,
  files,
  maxAttachmentBytes = 20 * 1024 * 1024,
  publishChecks = [],
  contentChecks = [],
  reviewChecks = [],
}: DocumentsDeps) {
  const access = documentAccess(db, departments);
  const { refuseUnless, loadVisible } = access;
  const clean = contentCleaner(siteColumns);

  /** The 索引号 for a first publication: from the site's template, skipping any number an import already holds. */
  async function assignIndexNo(trx: Executor, doc: DocumentRow, publishedAt: string): Promise<string> {
    const site = await sites.get(doc.siteId, trx);
    const dept = await departments.get(doc.departmentId, trx);
    const year = Number(chinaDate(new Date(publishedAt)).slice(0, 4));
    const deptCode = dept.code ?? '';
    const scope = site.indexNoTemplate.includes('{deptCode}') ? `${year}|${deptCode}` : String(year);
    for (;;) {
      const seq = await nextNumber(trx, doc.siteId, scope);
      const indexNo = formatIndexNo(site.indexNoTemplate, { orgCode: site.orgCode, deptCode, year, seq });
      if (!(await repo.indexNoTaken(trx, doc.siteId, indexNo))) return indexNo;
    }
  }

  /** Puts the document in the search index as it now stands, or takes it out; in the change's transaction. */
  async function updateSearchIndex(trx: Executor, id: string): Promise<void> {
    const doc = await repo.findDocument(trx, id);
    const engine = searchEngine(trx);
    if (!doc || !isSearchable(doc)) return engine.remove(trx, documentKey(id));
    const publisher = await departments.get(doc.departmentId, trx);
    await engine.put(trx, documentSearchEntry(doc, publisher.name));
  }

  /** Makes a revision public: content onto the document, columns filed, 索引号 on first publication. */
  async function publishRevision(
    trx: Executor,
    actor: Actor,
    doc: DocumentRow,
    revision: RevisionRow,
    at: string,
  ): Promise<void> {
    const publishedAt = doc.publishedAt ?? at;
    const indexNo = doc.indexNo ?? (await assignIndexNo(trx, doc, publishedAt));
    await repo.supersedePublished(trx, doc.id, at);
    await repo.updateRevision(trx, revision.id, { state: 'published', publishedAt: at, scheduledAt: null }, at);
    const { columnIds, ...content } = revision.content;
    await repo.setPublished(trx, doc.id, { content, revisionId: revision.id, indexNo, publishedAt }, at);
    await repo.replaceDocumentColumns(trx, doc.id, columnIds, content.disclosure === 'proactive' ? publishedAt : null);
    await updateSearchIndex(trx, doc.id);
    await touchSite(trx, doc.siteId);
    await recordAudit(trx, clock, actor, {
      action: 'document.publish',
      entityType: 'document',
      entityId: doc.id,
      siteId: doc.siteId,
      departmentId: doc.departmentId,
      after: { revision: revision.number, indexNo, title: content.title },
    });
    // A copy has no copies of its own; an original's copies on other sites follow it.
    if (!doc.syndicatedFromId) await syndication.syncCopies(trx, actor, doc, revision, at);
  }

  /** Takes a document off its site's portal, search and columns; the record and its 索引号 stay. */
  async function takeOff(trx: Executor, actor: Actor, doc: DocumentRow, reason: string, at: string): Promise<void> {
    await repo.setWithdrawn(trx, doc.id, reason, at);
    await updateSearchIndex(trx, doc.id);
    await touchSite(trx, doc.siteId);
    await recordAudit(trx, clock, actor, {
      action: 'document.withdraw',
      entityType: 'document',
      entityId: doc.id,
      siteId: doc.siteId,
      departmentId: doc.departmentId,
      after: { reason },
    });
  }

  async function transition(
    actor: Actor,
    id: string,
    roles: Role[],
    what: string,
    from: RevisionState[],
    apply: (trx: Executor, doc: DocumentRow, latest: RevisionRow, at: string) => Promise<void>,
  ): Promise<DocumentDetail> {
    const { doc, latest } = await loadVisible(actor, id);
    await refuseUnless(actor, doc, roles, what);
    // A copy's content is the source's: only withdrawal (not a transition) is its site's own act.
    if (doc.syndicatedFromId) throw DocumentErrors.DOCUMENT_SYNDICATED_COPY();
    if (!from.includes(latest.state)) throw DocumentErrors.DOCUMENT_STATE();
    await inTransaction(db, async (trx) => {
      // Re-read inside the transaction so two reviewers cannot both act on the same revision.
      const current = await repo.latestRevision(trx, id);
      if (!current || current.id !== latest.id || current.state !== latest.state) throw DocumentErrors.DOCUMENT_STATE();
      await apply(trx, doc, current, clock.now().toISOString());
    });
    return reading.get(actor, id);
  }

  const portal = documentPortal(db, departments);
  const reading = documentReading({ db, clock, departments, access });
  const syndication = documentSyndication({
    db,
    clock,
    sites,
    departments,
    publishers: PUBLISHERS,
    loadVisible,
    refuseUnless,
    clean,
    async checkBeforePublishing(trx, doc) {
      for (const check of publishChecks) await check(trx, doc);
    },
    publishRevision,
    takeOff,
  });

  const service = {
    ...documentAttachments({
      db,
      clock,
      files,
      maxAttachmentBytes,
      editors: EDITORS,
      loadVisible,
      refuseUnless,
      publicDocument: (siteId, id) => portal.publicDocument(siteId, id),
      afterChange: (trx, doc) => syndication.syncAttachments(trx, doc),
    }),
    ...documentFigures(db),
    ...portal,
    syndicate: (actor: Actor, id: string, targets: SyndicationTarget[]) => syndication.syndicate(actor, id, targets),
    syndications: (actor: Actor, id: string) => syndication.syndications(actor, id),
    ...reading,

    /** Drafts a document; `alongside` writes what belongs with it (a link to it) in the same transaction. */
    async create(
      actor: Actor,
      siteId: string,
      departmentId: string,
      raw: DocumentContent,
      alongside?: (trx: Executor, id: string) => Promise<void>,
    ): Promise<DocumentDetail> {
      const dept = await departments.get(departmentId).catch(() => undefined);
      if (!dept || dept.siteId !== siteId) throw DocumentErrors.DOCUMENT_PUBLISHER_INVALID();
      await refuseUnless(actor, { siteId, departmentId }, EDITORS, '为该单位起草信息');
      const id = newId();
      await inTransaction(db, async (trx) => {
        const content = await clean(trx, siteId, raw);
        const at = clock.now().toISOString();
        await repo.insertDocument(trx, { id, siteId, departmentId, content }, at);
        await repo.insertRevision(
          trx,
          { id: newId(), documentId: id, number: 1, state: 'draft', content, createdBy: actor.userId },
          at,
        );
        await recordAudit(trx, clock, actor, {
          action: 'document.create',
          entityType: 'document',
          entityId: id,
          siteId,
          departmentId,
          after: content,
        });
        await alongside?.(trx, id);
      });
      return reading.get(actor, id);
    },

    /**
     * Saves an edit. A draft or a returned revision is edited in place; editing a published
     * document starts a new revision, while the published one stays on the portal until the new
     * one has been reviewed and published. A revision under review cannot be edited.
     */
    async edit(actor: Actor, id: string, raw: DocumentContent): Promise<DocumentDetail> {
      return transition(
        actor,
        id,
        EDITORS,
        '修改该信息',
        ['draft', 'rejected', 'published', 'superseded'],
        async (trx, doc, latest, at) => {
          const content = await clean(trx, doc.siteId, raw, id);
          if (latest.state === 'draft' || latest.state === 'rejected') {
            await repo.updateRevision(trx, latest.id, { content, state: 'draft' }, at);
          } else {
            await repo.insertRevision(
              trx,
              {
                id: newId(),
                documentId: id,
                number: latest.number + 1,
                state: 'draft',
                content,
                createdBy: actor.userId,
              },
              at,
            );
          }
          const { columnIds: _columns, ...fields } = content;
          await repo.setDraftContent(trx, id, fields, at);
          await recordAudit(trx, clock, actor, {
            action: 'document.edit',
            entityType: 'document',
            entityId: id,
            siteId: doc.siteId,
            departmentId: doc.departmentId,
            before: latest.content,
            after: content,
          });
        },
      );
    },

    async submit(actor: Actor, id: string): Promise<DocumentDetail> {
      return transition(actor, id, EDITORS, '提交该信息', ['draft', 'rejected'], async (trx, doc, latest, at) => {
        for (const check of contentChecks) await check(trx, doc, latest.content);
        await repo.updateRevision(
          trx,
          latest.id,
          { state: 'submitted', submittedBy: actor.userId, submittedAt: at },
          at,
        );
        await recordAudit(trx, clock, actor, {
          action: 'document.submit',
          entityType: 'document',
          entityId: id,
          siteId: doc.siteId,
          departmentId: doc.departmentId,
          after: { revision: latest.number },
        });
      });
    },

    /**
     * 保密审查 and content review (Art. 17) by a reviewer of the publishing department. Approval
     * requires the confidentiality review to be confirmed; a return requires the reason.
     */
    async review(
      actor: Actor,
      id: string,
      decision: { approve: boolean; confidentialityReviewed: boolean; note: string },
    ): Promise<DocumentDetail> {
      if (decision.approve && !decision.confidentialityReviewed) throw DocumentErrors.DOCUMENT_REVIEW_INCOMPLETE();
      if (!decision.approve && !decision.note.trim()) throw DocumentErrors.DOCUMENT_REASON_REQUIRED('退回时请填写理由');
      return transition(actor, id, REVIEWERS, '审核该信息', ['submitted'], async (trx, doc, latest, at) => {
        for (const check of reviewChecks) await check(trx, actor, doc);
        await repo.updateRevision(
          trx,
          latest.id,
          {
            state: decision.approve ? 'approved' : 'rejected',
            reviewedBy: actor.userId,
            reviewedAt: at,
            reviewNote: decision.note.trim(),
          },
          at,
        );
        await recordAudit(trx, clock, actor, {
          action: decision.approve ? 'document.approve' : 'document.reject',
          entityType: 'document',
          entityId: id,
          siteId: doc.siteId,
          departmentId: doc.departmentId,
          after: {
            revision: latest.number,
            confidentialityReviewed: decision.confidentialityReviewed,
            note: decision.note.trim(),
          },
        });
      });
    },

    /** Publishes an approved revision now, or schedules it when `at` is in the future. */
    async publish(actor: Actor, id: string, at?: string): Promise<DocumentDetail> {
      return transition(
        actor,
        id,
        PUBLISHERS,
        '发布该信息',
        ['approved', 'scheduled'],
        async (trx, doc, latest, now) => {
          for (const check of contentChecks) await check(trx, doc, latest.content);
          for (const check of publishChecks) await check(trx, doc);
          if (at && at > now) {
            await repo.updateRevision(trx, latest.id, { state: 'scheduled', scheduledAt: at }, now);
            await recordAudit(trx, clock, actor, {
              action: 'document.schedule',
              entityType: 'document',
              entityId: id,
              siteId: doc.siteId,
              departmentId: doc.departmentId,
              after: { revision: latest.number, scheduledAt: at },
            });
            return;
          }
          await publishRevision(trx, actor, doc, latest, now);
        },
      );
    },

    /** Publishes every scheduled revision whose time has come; run periodically by each instance. */
    async publishDue(actor: Actor): Promise<number> {
      const due = await repo.dueScheduledRevisions(db, clock.now().toISOString());
      let published = 0;
      let failure: Error | undefined;
      for (const revision of due) {
        // One that cannot be published stays scheduled and does not hold up the others; the first
        // failure is reported once they have all been tried.
        try {
          await inTransaction(db, async (trx) => {
            const latest = await repo.latestRevision(trx, revision.documentId);
            const doc = await repo.findDocument(trx, revision.documentId);
            // Another instance may have got there first.
            if (!doc || latest?.id !== revision.id || latest.state !== 'scheduled') return;
            await publishRevision(trx, actor, doc, latest, clock.now().toISOString());
            published++;
          });
        } catch (error) {
          failure ??= error instanceof Error ? error : new Error(String(error));
        }
      }
      if (failure) throw failure;
      return published;
    },

    /** Takes a document off the portal; the record, its 索引号 and its history stay. */
    async withdraw(actor: Actor, id: string, reason: string): Promise<DocumentDetail> {
      if (!reason.trim()) throw DocumentErrors.DOCUMENT_REASON_REQUIRED('撤回时请填写理由');
      const { doc } = await loadVisible(actor, id);
      await refuseUnless(actor, doc, PUBLISHERS, '撤回该信息');
      if (doc.status !== 'published') throw DocumentErrors.DOCUMENT_STATE('只有已发布的信息可以撤回');
      await inTransaction(db, async (trx) => {
        const at = clock.now().toISOString();
        await takeOff(trx, actor, doc, reason.trim(), at);
        await syndication.withdrawCopies(trx, actor, doc, reason.trim(), at);
      });
      return reading.get(actor, id);
    },

    /**
     * Moves one archived document onto the platform as published. Returns null when the same
     * document (same 索引号, or same publisher, title, 文号 and date) is already there.
     */
    async importPublished(actor: Actor, siteId: string, input: ImportInput): Promise<DocumentRow | null> {
      await refuseUnless(actor, { siteId, departmentId: input.departmentId }, ['site_admin'], '导入信息');
      return inTransaction(db, async (trx) => {
        const content = await clean(trx, siteId, input.content);
        if (input.indexNo && (await repo.findDocumentByIndexNo(trx, siteId, input.indexNo))) return null;
        if (
          await repo.findSameDocument(trx, siteId, input.departmentId, content.title, content.docNo, input.publishedAt)
        )
          return null;
        const id = newId();
        const revisionId = newId();
        const at = clock.now().toISOString();
        await repo.insertDocument(trx, { id, siteId, departmentId: input.departmentId, content }, at);
        await repo.insertRevision(
          trx,
          { id: revisionId, documentId: id, number: 1, state: 'approved', content, createdBy: actor.userId },
          at,
        );
        const doc = await repo.findDocument(trx, id);
        const revision = await repo.latestRevision(trx, id);
        if (!doc || !revision) throw Errors.INTERNAL();
        // An archived document goes public at once: it passes the same checks as any other.
        for (const check of contentChecks) await check(trx, doc, content);
        await publishRevision(
          trx,
          actor,
          { ...doc, indexNo: input.indexNo, publishedAt: input.publishedAt },
          revision,
          at,
        );
        await recordAudit(trx, clock, actor, {
          action: 'document.import',
          entityType: 'document',
          entityId: id,
          siteId,
          departmentId: input.departmentId,
          after: { indexNo: input.indexNo, title: content.title },
        });
        return (await repo.findDocument(trx, id)) ?? null;
      });
    },
  };
  return service;
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
