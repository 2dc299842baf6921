import { touchSite } from '../../platform/cache/content-version.repository.js';
import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { nextNumber } from '../../platform/counters/counters.js';
import { can, scopeOf, type Actor, type Role, isOnSite } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import {
  cleanFileName,
  detectAllowedType,
  nameForType,
  typeLabel,
  type FileStore,
} from '../../platform/files/files.js';
import { extractText, TEXT_TYPES } from '../../platform/files/text.js';
import { searchEngine, type SearchEntry } from '../../platform/search/engine.js';
import { bodyProblem, MAX_BODY_LENGTH, sanitizeBody } from '../../platform/text/html.js';
import { currentCalendar } from '../../platform/workdays/workdays.js';
import { createColumnsService } from '../columns/columns.service.js';
import { createDepartmentsService } from '../departments/departments.service.js';
import { formatIndexNo } from '../sites/index-number.js';
import { createSitesService } from '../sites/sites.service.js';
import type { DocumentContent, RevisionState } from './documents.model.js';
import * as repo from './documents.repository.js';
import { documentKey, documentSearchEntry, isSearchable } from './documents.search.js';
import type { DocumentRow, RevisionRow } from './documents.repository.js';

export type { DocumentRow, RevisionRow } from './documents.repository.js';

export const DocumentErrors = defineErrors({
  DOCUMENT_STATE: { status: 409, message: '信息当前所处的环节不允许此操作' },
  DOCUMENT_COLUMN_INVALID: { status: 400, message: '所选栏目不存在或不属于本站点' },
  DOCUMENT_PUBLISHER_INVALID: { status: 400, message: '发布机构不存在或不属于本站点' },
  DOCUMENT_REVIEW_INCOMPLETE: { status: 400, message: '审核通过前须完成保密审查' },
  DOCUMENT_REASON_REQUIRED: { status: 400, message: '请填写理由' },
  DOCUMENT_REPLACEMENT_INVALID: { status: 400, message: '替代文件不存在或不属于本站点' },
  DOCUMENT_INTERPRETS_INVALID: { status: 400, message: '所解读的政策文件不存在、不属于本站点或就是本信息' },
  INDEX_NO_TAKEN: { status: 409, message: '该索引号已被使用' },
  DOCUMENT_BODY_TOO_COMPLEX: { status: 400, message: '正文的格式过于复杂或过长，请简化后重新提交' },
  ATTACHMENT_UNREADABLE: {
    status: 422,
    message: '附件的文字无法在限定的时间和内存内读出（文件可能已损坏、过大或经过特殊构造），请检查后重新上传',
  },
  ATTACHMENT_NAME_TYPE: { status: 415, message: '文件名的扩展名与文件内容不符，请改正文件名后重新上传' },
  ATTACHMENT_TYPE: {
    status: 415,
    message: '附件只能是 PDF、Word、Excel、PowerPoint 文件或 PNG、JPEG、GIF 图片（按文件内容判断）',
  },
  ATTACHMENT_TOO_LARGE: { status: 413, message: '附件超过大小限制' },
});

/** Art. 26: information is published within 20 working days of being formed or changed. */
export const PROACTIVE_DISCLOSURE_WORKDAYS = 20;

export interface DocumentDetail extends DocumentRow {
  columnIds: string[];
  latest: RevisionRow;
}

export interface ImportInput {
  departmentId: string;
  content: DocumentContent;
  publishedAt: string;
  indexNo: string | null;
}

export interface DeadlineRisk {
  document: DocumentRow;
  state: RevisionState;
  dueOn: string;
  provisional: boolean;
  /** Working days left; negative when overdue. */
  workdaysLeft: number;
}

export interface DocumentsDeps {
  db: Executor;
  clock: Clock;
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

const EDITORS: Role[] = ['editor', 'site_admin'];
const REVIEWERS: Role[] = ['reviewer', 'site_admin'];
const PUBLISHERS: Role[] = ['editor', 'reviewer', 'site_admin'];

export function createDocumentsService({
  db,
  clock,
  files,
  maxAttachmentBytes = 20 * 1024 * 1024,
  publishChecks = [],
  contentChecks = [],
  reviewChecks = [],
}: DocumentsDeps) {
  const departments = createDepartmentsService({ db, clock });
  // Views are not worth a write per page view; at worst a crash loses a few seconds of counts.
  const pendingViews = new Map<string, number>();

  async function departmentPath(siteId: string, departmentId: string): Promise<string[]> {
    return departments.path(siteId, departmentId);
  }

  async function refuseUnless(
    actor: Actor,
    doc: { siteId: string; departmentId: string },
    roles: Role[],
    what: string,
  ) {
    if (!can(actor, doc.siteId, roles, await departmentPath(doc.siteId, doc.departmentId))) {
      throw Errors.FORBIDDEN(`没有权限${what}`);
    }
  }

  /** Normalises and checks content against the site: columns and replacement belong to it, the body is sanitised. */
  async function clean(
    trx: Executor,
    siteId: string,
    content: DocumentContent,
    selfId?: string,
  ): Promise<DocumentContent> {
    const columns = await createColumnsService({ db: trx, clock }).list(siteId);
    const columnIds = [...new Set(content.columnIds)];
    if (columnIds.some((id) => !columns.some((c) => c.id === id))) throw DocumentErrors.DOCUMENT_COLUMN_INVALID();
    if (content.replacedById) {
      const replacement = await repo.findDocument(trx, content.replacedById);
      if (!replacement || replacement.siteId !== siteId) throw DocumentErrors.DOCUMENT_REPLACEMENT_INVALID();
    }
    if (content.interpretsId) {
      const policy = await repo.findDocument(trx, content.interpretsId);
      if (!policy || policy.siteId !== siteId || policy.id === selfId)
        throw DocumentErrors.DOCUMENT_INTERPRETS_INVALID();
    }
    return {
      ...content,
      title: content.title.trim(),
      docNo: content.docNo.trim(),
      subject: content.subject.trim(),
      keywords: [...new Set(content.keywords.map((k) => k.trim()).filter(Boolean))],
      summary: content.summary.trim(),
      source: content.source.trim(),
      bodyHtml: cleanBody(content.bodyHtml),
      columnIds,
    };
  }

  /** The body as the whitelist leaves it; refused when too complex to clean or too long once cleaned. */
  function cleanBody(html: string): string {
    const problem = bodyProblem(html);
    if (problem) throw DocumentErrors.DOCUMENT_BODY_TOO_COMPLEX(problem);
    const clean = sanitizeBody(html);
    if (clean.length > MAX_BODY_LENGTH)
      throw DocumentErrors.DOCUMENT_BODY_TOO_COMPLEX('正文过长，请分成几条信息或作为附件上传');
    return clean;
  }

  async function visibleDepartments(actor: Actor, siteId: string): Promise<string[] | undefined> {
    const scope = scopeOf(actor, siteId, ['editor', 'reviewer', 'site_admin', 'auditor']);
    return scope === 'site' ? undefined : departments.subtree(siteId, scope);
  }

  async function load(id: string): Promise<{ doc: DocumentRow; latest: RevisionRow }> {
    const doc = await repo.findDocument(db, id);
    const latest = doc && (await repo.latestRevision(db, id));
    if (!doc || !latest) throw Errors.NOT_FOUND('信息不存在');
    return { doc, latest };
  }

  /** Department staff see their departments' documents; others get "not found", not a hint it exists. */
  async function loadVisible(actor: Actor, id: string): Promise<{ doc: DocumentRow; latest: RevisionRow }> {
    const loaded = await load(id);
    const path = await departmentPath(loaded.doc.siteId, loaded.doc.departmentId);
    if (!can(actor, loaded.doc.siteId, ['editor', 'reviewer', 'site_admin', 'auditor'], path))
      throw Errors.NOT_FOUND('信息不存在');
    return loaded;
  }

  /** The 索引号 for a first publication: from the site's template, skipping any number an import already holds. */
  async function assignIndexNo(trx: Executor, doc: DocumentRow, publishedAt: string): Promise<string> {
    const site = await createSitesService({ db: trx, clock }).get(doc.siteId);
    const dept = await createDepartmentsService({ db: trx, clock }).get(doc.departmentId);
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
    const publisher = await createDepartmentsService({ db: trx, clock }).get(doc.departmentId);
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
    if (!from.includes(latest.state)) throw DocumentErrors.DOCUMENT_STATE();
    await inTransaction(db, async (trx) => {
      // Re-read inside the transaction so two reviewers cannot both act on the same revision.
      const current = await repo.latestRevision(trx, id);
      if (!current || current.id !== latest.id || current.state !== latest.state) throw DocumentErrors.DOCUMENT_STATE();
      await apply(trx, doc, current, clock.now().toISOString());
    });
    return this_.get(actor, id);
  }

  const this_ = {
    async get(actor: Actor, id: string): Promise<DocumentDetail> {
      const { doc, latest } = await loadVisible(actor, id);
      return { ...doc, columnIds: await repo.columnIdsOf(db, id), latest };
    },

    async revisions(actor: Actor, id: string): Promise<RevisionRow[]> {
      await loadVisible(actor, id);
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
        departmentIds: await visibleDepartments(actor, siteId),
      });
      const states = await repo.latestStates(
        db,
        rows.map((r) => r.id),
      );
      return { total, rows: rows.map((r) => ({ ...r, latestState: states.get(r.id) ?? 'draft' })) };
    },

    /** The text of each Word or PDF attachment, by name; `executor` may be the caller's transaction. */
    attachmentTexts(executor: Executor, id: string): Promise<{ name: string; text: string }[]> {
      return repo.attachmentTexts(executor, id);
    },

    /**
     * Takes the text of Word and PDF attachments never read — those uploaded before texts were
     * kept — so the checks before publication and `pii audit` read them too. Each is read once:
     * a scanned PDF stays without text and is left to the reviewer.
     */
    async extractMissingTexts(): Promise<{ checked: number; extracted: number }> {
      if (!files) throw Errors.INTERNAL();
      const missing = await repo.attachmentsWithoutText(db, TEXT_TYPES);
      let extracted = 0;
      for (const a of missing) {
        // One that cannot be read within the limits is left to the reviewer, like a scan.
        const text = (await extractText(await files.get(a.sha256), a.mime)) ?? '';
        await repo.setAttachmentText(db, a.id, text, clock.now().toISOString());
        if (text.trim()) extracted++;
      }
      return { checked: missing.length, extracted };
    },

    /** Every public document of a site, in pages (rebuilding the search index, auditing the archive). */
    async *publicDocuments(siteId: string): AsyncGenerator<DocumentRow> {
      const page = 500;
      for (let offset = 0; ; offset += page) {
        const { rows } = await repo.queryDocuments(db, { siteId, publicOnly: true, limit: page, offset });
        yield* rows;
        if (rows.length < page) return;
      }
    },

    /** Every public document of a site as a search entry, for rebuilding the index. */
    async *searchEntries(siteId: string): AsyncGenerator<SearchEntry> {
      const names = new Map((await departments.list(siteId)).map((d) => [d.id, d.name]));
      for await (const doc of this_.publicDocuments(siteId))
        yield documentSearchEntry(doc, names.get(doc.departmentId) ?? '');
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
      return Promise.all(ids.map((id) => this_.get(actor, id)));
    },

    /** The actor's own drafts and the revisions returned to them, newest first (the 工作台). */
    async authorWork(actor: Actor, siteId: string): Promise<RevisionRow[]> {
      if (!actor.userId || !isOnSite(actor, siteId)) return [];
      return repo.openRevisionsOf(db, siteId, actor.userId);
    },

    /** When each column last had a public document (the inspection's stale-column count). */
    lastPublishedByColumn(siteId: string): Promise<Map<string, string>> {
      return repo.lastPublishedByColumn(db, siteId);
    },

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
      return this_.get(actor, id);
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
      for (const revision of due) {
        await inTransaction(db, async (trx) => {
          const latest = await repo.latestRevision(trx, revision.documentId);
          const doc = await repo.findDocument(trx, revision.documentId);
          // Another instance may have got there first.
          if (!doc || latest?.id !== revision.id || latest.state !== 'scheduled') return;
          await publishRevision(trx, actor, doc, latest, clock.now().toISOString());
          published++;
        });
      }
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
        await repo.setWithdrawn(trx, id, reason.trim(), at);
        await updateSearchIndex(trx, id);
        await touchSite(trx, doc.siteId);
        await recordAudit(trx, clock, actor, {
          action: 'document.withdraw',
          entityType: 'document',
          entityId: id,
          siteId: doc.siteId,
          departmentId: doc.departmentId,
          after: { reason: reason.trim() },
        });
      });
      return this_.get(actor, id);
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

    /**
     * Unpublished proactive documents and their Art. 26 deadline: 20 working days after the
     * information was formed (成文日期). Sorted by what is due first.
     */
    async deadlineRisks(actor: Actor, siteId: string, withinWorkdays = 5): Promise<DeadlineRisk[]> {
      const { rows } = await this_.list(actor, siteId, { status: 'draft', limit: 10_000, offset: 0 });
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

    /**
     * Adds a file to a document. The type is told by the content; the bytes are stored by hash
     * before the row is written, so a failed transaction leaves at most an unreferenced file.
     */
    async addAttachment(
      actor: Actor,
      id: string,
      upload: { name: string; bytes: Buffer },
    ): Promise<repo.AttachmentRow> {
      const { doc } = await loadVisible(actor, id);
      await refuseUnless(actor, doc, EDITORS, '为该信息上传附件');
      if (!files) throw Errors.INTERNAL();
      if (upload.bytes.length > maxAttachmentBytes)
        throw DocumentErrors.ATTACHMENT_TOO_LARGE(`附件不能超过 ${Math.round(maxAttachmentBytes / 1048576)} MB`);
      const mime = await detectAllowedType(upload.bytes);
      if (!mime) throw DocumentErrors.ATTACHMENT_TYPE();
      const name = nameForType(upload.name, mime);
      if (!name)
        throw DocumentErrors.ATTACHMENT_NAME_TYPE(
          `文件名“${cleanFileName(upload.name)}”的扩展名与文件内容（${typeLabel(mime)}）不符，请改正文件名后重新上传`,
        );
      const text = await extractText(upload.bytes, mime);
      if (text === null) throw DocumentErrors.ATTACHMENT_UNREADABLE();
      const sha256 = await files.put(upload.bytes);
      const row: repo.AttachmentRow = {
        id: newId(),
        documentId: id,
        name,
        mime,
        size: upload.bytes.length,
        sha256,
        createdAt: clock.now().toISOString(),
      };
      await inTransaction(db, async (trx) => {
        await repo.insertAttachment(trx, { ...row, createdBy: actor.userId, text });
        if (doc.status === 'published') await touchSite(trx, doc.siteId);
        await recordAudit(trx, clock, actor, {
          action: 'document.attach',
          entityType: 'document',
          entityId: id,
          siteId: doc.siteId,
          departmentId: doc.departmentId,
          after: row,
        });
      });
      return row;
    },

    async removeAttachment(actor: Actor, id: string, attachmentId: string): Promise<void> {
      const { doc } = await loadVisible(actor, id);
      await refuseUnless(actor, doc, EDITORS, '删除该信息的附件');
      const attachment = await repo.findAttachment(db, attachmentId);
      if (!attachment || attachment.documentId !== id) throw Errors.NOT_FOUND('附件不存在');
      await inTransaction(db, async (trx) => {
        await repo.deleteAttachment(trx, attachmentId);
        if (doc.status === 'published') await touchSite(trx, doc.siteId);
        await recordAudit(trx, clock, actor, {
          action: 'document.detach',
          entityType: 'document',
          entityId: id,
          siteId: doc.siteId,
          departmentId: doc.departmentId,
          before: attachment,
        });
      });
    },

    async attachments(actor: Actor, id: string): Promise<repo.AttachmentRow[]> {
      await loadVisible(actor, id);
      return repo.listAttachments(db, id);
    },

    // The portal ----------------------------------------------------------------------------

    publicAttachments: (documentId: string) => repo.listAttachments(db, documentId),

    /** An attachment and its bytes, only while its document is public. */
    async publicAttachment(
      siteId: string,
      attachmentId: string,
    ): Promise<{ attachment: repo.AttachmentRow; bytes: Buffer } | undefined> {
      const attachment = await repo.findAttachment(db, attachmentId);
      if (!attachment || !files || !(await this_.publicDocument(siteId, attachment.documentId))) return undefined;
      return { attachment, bytes: await files.get(attachment.sha256) };
    },

    /** A document as the public may see it: published and proactively disclosed, or nothing. */
    async publicDocument(siteId: string, id: string): Promise<(DocumentRow & { columnIds: string[] }) | undefined> {
      const doc = await repo.findDocument(db, id);
      if (!doc || doc.siteId !== siteId || doc.status !== 'published' || doc.content.disclosure !== 'proactive')
        return undefined;
      return { ...doc, columnIds: await repo.columnIdsOf(db, id) };
    },

    publicList(siteId: string, q: Omit<repo.DocumentQuery, 'siteId' | 'publicOnly' | 'status' | 'departmentIds'>) {
      return repo.queryDocuments(db, { ...q, siteId, publicOnly: true });
    },

    publicFacets: (siteId: string) => repo.publicFacets(db, siteId),

    /**
     * Section 二 of the annual report for 规章 and 行政规范性文件: issued in the year (by 成文日期, else
     * 发布日期), repealed or expired in the year (when that revision was published), in force at its end.
     */
    /** Documents published in the year, and interpretations among them (annual report 一). */
    publishedInYear(siteId: string, year: number, departmentId: string | null) {
      return repo.publishedInYear(db, siteId, year, departmentId);
    },

    async kindStatistics(siteId: string, year: number, departmentId: string | null) {
      const end = `${year}-12-31`;
      const stats = { rule: { issued: 0, repealed: 0, inForce: 0 }, normative: { issued: 0, repealed: 0, inForce: 0 } };
      // The first published revision that made it repealed or expired dates the repeal.
      const endings = await repo.kindDocumentEndings(db, siteId, departmentId);
      for (const doc of await repo.kindDocuments(db, siteId, departmentId)) {
        const kind = doc.content.documentKind;
        if (!kind) continue;
        const issuedOn = doc.content.writtenOn ?? (doc.publishedAt ? chinaDate(new Date(doc.publishedAt)) : end);
        if (issuedOn > end) continue;
        if (issuedOn.startsWith(String(year))) stats[kind].issued++;
        const ended = endings.get(doc.id);
        if (ended?.startsWith(String(year))) stats[kind].repealed++;
        if (!ended || ended > end) stats[kind].inForce++;
      }
      return stats;
    },

    /**
     * Per department: the 规章 and 规范性文件 it published in the year, and how many of them have a
     * published interpretation (政策解读) — one of the measures of the work-plan assessment.
     */
    async interpretedPolicies(
      siteId: string,
      year: number,
    ): Promise<Map<string, { policies: number; interpreted: number }>> {
      const out = new Map<string, { policies: number; interpreted: number }>();
      for (const doc of await repo.policiesOfYear(db, siteId, year)) {
        const counts = out.get(doc.departmentId) ?? { policies: 0, interpreted: 0 };
        counts.policies++;
        if (doc.interpreted) counts.interpreted++;
        out.set(doc.departmentId, counts);
      }
      return out;
    },

    /** The public interpretations (政策解读) of a document, for its page. */
    publicInterpretations: (siteId: string, documentId: string) => repo.publicInterpretationsOf(db, siteId, documentId),

    /** Documents of a site named by 索引号, or else by 文号 (several when a 文号 is not unique). */
    async findByReference(siteId: string, reference: string): Promise<DocumentRow[]> {
      const byIndexNo = await repo.findDocumentByIndexNo(db, siteId, reference);
      return byIndexNo ? [byIndexNo] : repo.findDocumentsByDocNo(db, siteId, reference);
    },

    /** Counts a page view; counts are kept in memory briefly and written in batches (`flushViews`). */
    countView(id: string): void {
      pendingViews.set(id, (pendingViews.get(id) ?? 0) + 1);
    },

    /** Writes the counted views; what could not be written (the database away) is kept for the next try. */
    async flushViews(): Promise<void> {
      const batch = [...pendingViews];
      pendingViews.clear();
      for (const [i, [id, n]] of batch.entries()) {
        try {
          await repo.addViews(db, id, n);
        } catch (error) {
          for (const [left, m] of batch.slice(i)) pendingViews.set(left, (pendingViews.get(left) ?? 0) + m);
          throw error;
        }
      }
    },
  };
  return this_;
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
