import { inTransaction, isUniqueViolation, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { touchSite } from '../../platform/cache/content-version.repository.js';
import type { Actor, Role } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock/clock.js';
import { newId } from '../../platform/ids/ids.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import type { SitesService } from '../sites/sites.service.js';
import type { DocumentContent } from './documents.model.js';
import * as repo from './documents.repository.js';
import type { DocumentRow, RevisionRow } from './documents.repository.js';
import { DocumentErrors } from './documents.errors.js';

/** Where a document is also published: a site of the platform, the publisher there and its columns. */
export interface SyndicationTarget {
  siteId: string;
  departmentId: string;
  columnIds: string[];
}

/** A copy of a document on another site, as the source's editors see it. */
export interface Syndication {
  documentId: string;
  siteId: string;
  siteName: string;
  departmentId: string;
  indexNo: string | null;
  status: DocumentRow['status'];
  publishedAt: string | null;
}

interface SharingDeps {
  db: Executor;
  clock: Clock;
  sites: Pick<SitesService, 'get'>;
  departments: Pick<DepartmentsService, 'get'>;
  publishers: Role[];
  loadVisible(actor: Actor, id: string): Promise<{ doc: DocumentRow }>;
  refuseUnless(actor: Actor, doc: { siteId: string; departmentId: string }, roles: Role[], what: string): Promise<void>;
  clean(trx: Executor, siteId: string, content: DocumentContent): Promise<DocumentContent>;
  /** The checks other modules add before a publication (the annual report's); not the content's. */
  checkBeforePublishing(trx: Executor, doc: DocumentRow): Promise<void>;
  publishRevision(trx: Executor, actor: Actor, doc: DocumentRow, revision: RevisionRow, at: string): Promise<void>;
  takeOff(trx: Executor, actor: Actor, doc: DocumentRow, reason: string, at: string): Promise<void>;
}

/**
 * 一稿多发 (issue 18 §6): one document published on several sites of the platform. Each other site
 * gets a copy with its own 索引号 (from that site's template), publisher and columns; the copy's
 * content is the source's and is not edited on its own — a new revision of the source republishes
 * every copy still published, withdrawing the source withdraws them. A site may withdraw its copy
 * by itself; syndicating it again brings it back with the source's current content.
 */
export function documentSyndication(deps: SharingDeps) {
  const { db, clock, sites, departments, publishers } = deps;

  /** The source's content as a copy carries it: the target's columns, links within the source's site dropped. */
  async function copyContent(
    trx: Executor,
    source: DocumentRow,
    content: DocumentContent,
    columnIds: string[],
  ): Promise<DocumentContent> {
    const origin = await sites.get(source.siteId, trx);
    return {
      ...content,
      columnIds,
      // They name documents of the source's site, which the copy's site does not have.
      replacedById: null,
      interpretsId: null,
      source: content.source || origin.name,
    };
  }

  /** Publishes `content` as the copy's next revision, with the source's attachments. */
  async function publishCopy(
    trx: Executor,
    actor: Actor,
    source: DocumentRow,
    copy: DocumentRow,
    content: DocumentContent,
    at: string,
  ): Promise<void> {
    const latest = await repo.latestRevision(trx, copy.id);
    const revision = {
      id: newId(),
      documentId: copy.id,
      number: (latest?.number ?? 0) + 1,
      state: 'approved' as const,
      content,
      createdBy: actor.userId,
    };
    await repo.insertRevision(trx, revision, at);
    // The content and attachments are the source's, which passed the publication gate (personal
    // information, 错敏字) when the source was published, with the findings its reviewer accepted
    // (kept against the source); they are not checked again under the copy's id, where those
    // acceptances are not, and where a refusal would stop the source's own publication.
    await repo.copyAttachments(trx, source.id, copy.id, newId);
    await deps.checkBeforePublishing(trx, copy);
    const inserted = await repo.latestRevision(trx, copy.id);
    if (!inserted) throw new Error('revision not written');
    await deps.publishRevision(trx, actor, copy, inserted, at);
  }

  /** Refuses a target the actor may not publish on, before anything is written. */
  async function checkTarget(actor: Actor, source: DocumentRow, target: SyndicationTarget): Promise<void> {
    if (target.siteId === source.siteId)
      throw DocumentErrors.DOCUMENT_SYNDICATION_TARGET_INVALID('不能同步发布到本站点');
    const site = await sites.get(target.siteId).catch(() => undefined);
    if (!site || site.retiredAt) throw DocumentErrors.DOCUMENT_SYNDICATION_TARGET_INVALID('目标站点不存在或已关停');
    const department = await departments.get(target.departmentId).catch(() => undefined);
    if (!department || department.siteId !== target.siteId)
      throw DocumentErrors.DOCUMENT_SYNDICATION_TARGET_INVALID('发布机构不属于目标站点');
    await deps.refuseUnless(actor, target, publishers, `在“${site.name}”发布信息`);
  }

  /** The copies of a document on other sites (the source's page lists them). */
  async function syndications(actor: Actor, id: string): Promise<Syndication[]> {
    await deps.loadVisible(actor, id);
    return Promise.all(
      (await repo.copiesOf(db, id)).map(async (c) => ({
        documentId: c.id,
        siteId: c.siteId,
        siteName: (await sites.get(c.siteId)).name,
        departmentId: c.departmentId,
        indexNo: c.indexNo,
        status: c.status,
        publishedAt: c.publishedAt,
      })),
    );
  }

  return {
    /** Publishes a published document on other sites too; each target once. */
    async syndicate(actor: Actor, id: string, targets: SyndicationTarget[]): Promise<Syndication[]> {
      const { doc } = await deps.loadVisible(actor, id);
      await deps.refuseUnless(actor, doc, publishers, '同步发布该信息');
      if (doc.syndicatedFromId) throw DocumentErrors.DOCUMENT_SYNDICATED_COPY();
      if (doc.status !== 'published') throw DocumentErrors.DOCUMENT_STATE('只有已发布的信息可以同步发布到其他站点');
      if (new Set(targets.map((t) => t.siteId)).size !== targets.length)
        throw DocumentErrors.DOCUMENT_SYNDICATION_TARGET_INVALID('同一站点只能选择一次');
      for (const target of targets) await checkTarget(actor, doc, target);
      await inTransaction(db, async (trx) => {
        const source = await repo.findDocument(trx, id);
        if (source?.status !== 'published') throw DocumentErrors.DOCUMENT_STATE();
        const existing = await repo.copiesOf(trx, id);
        const at = clock.now().toISOString();
        for (const target of targets) {
          let copy = existing.find((c) => c.siteId === target.siteId);
          if (copy?.status === 'published') throw DocumentErrors.DOCUMENT_ALREADY_SYNDICATED();
          const content = await deps.clean(
            trx,
            target.siteId,
            await copyContent(trx, source, { ...source.content, columnIds: [] }, target.columnIds),
          );
          const before = copy && { departmentId: copy.departmentId };
          if (copy) {
            await repo.setDepartment(trx, copy.id, target.departmentId, at);
            copy = { ...copy, departmentId: target.departmentId };
          } else {
            const copyId = newId();
            await repo
              .insertDocument(
                trx,
                { id: copyId, siteId: target.siteId, departmentId: target.departmentId, content, syndicatedFromId: id },
                at,
              )
              .catch((error: unknown) => {
                // Syndicated to the same site a moment ago by someone else.
                throw isUniqueViolation(error) ? DocumentErrors.DOCUMENT_ALREADY_SYNDICATED() : error;
              });
            copy = await repo.findDocument(trx, copyId);
            if (!copy) throw new Error('copy not written');
          }
          await publishCopy(trx, actor, source, copy, content, at);
          await recordAudit(trx, clock, actor, {
            action: 'document.syndicate',
            entityType: 'document',
            entityId: id,
            siteId: source.siteId,
            departmentId: source.departmentId,
            before,
            after: { copyId: copy.id, siteId: target.siteId, departmentId: target.departmentId },
          });
        }
      });
      return syndications(actor, id);
    },

    syndications,

    /** After the source published a revision: the same content on every copy still published. */
    async syncCopies(trx: Executor, actor: Actor, source: DocumentRow, revision: RevisionRow, at: string) {
      for (const copy of await repo.copiesOf(trx, source.id)) {
        if (copy.status !== 'published') continue;
        const columnIds = await repo.columnIdsOf(trx, copy.id);
        await publishCopy(trx, actor, source, copy, await copyContent(trx, source, revision.content, columnIds), at);
      }
    },

    /** After the source's attachments changed: the same files on every copy still published. */
    async syncAttachments(trx: Executor, source: DocumentRow) {
      for (const copy of await repo.copiesOf(trx, source.id)) {
        if (copy.status !== 'published') continue;
        await repo.copyAttachments(trx, source.id, copy.id, newId);
        await touchSite(trx, copy.siteId);
      }
    },

    /** After the source was withdrawn: its copies come off their sites too, saying why. */
    async withdrawCopies(trx: Executor, actor: Actor, source: DocumentRow, reason: string, at: string) {
      for (const copy of await repo.copiesOf(trx, source.id)) {
        if (copy.status === 'published') await deps.takeOff(trx, actor, copy, `源信息已撤回：${reason}`, at);
      }
    },
  };
}
