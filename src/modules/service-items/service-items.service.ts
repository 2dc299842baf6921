import { isDeepStrictEqual } from 'node:util';
import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, scopeOf, type Actor, type Role } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import { searchEngine, type SearchEntry } from '../../platform/search/engine.js';
import type { WorkdayCalendar } from '../../platform/workdays/calendar.js';
import { currentCalendar } from '../../platform/workdays/workdays.js';
import type { Department, DepartmentsService } from '../departments/departments.service.js';
import {
  ITEM_TYPES,
  LIFE_EVENTS,
  materialsWithoutBasis,
  missingElements,
  REVISION_STATES,
  type Guide,
} from './service-items.model.js';
import * as repo from './service-items.repository.js';
import type { ItemRow, RevisionRow } from './service-items.repository.js';
import type { GuideInput, SaveItemInput } from './service-items.schema.js';
import { cancelledAskedFor, type Certificate, type CertificatesService } from './service-items.certificates.js';

export const ServiceItemErrors = defineErrors({
  SERVICE_ITEM_CODE_TAKEN: { status: 409, message: '本站点已有这个实施编码的事项' },
  SERVICE_ITEM_CODE_FIXED: { status: 400, message: '实施编码是事项的标识，不能修改' },
  SERVICE_ITEM_UNDER_REVIEW: { status: 409, message: '这一版本正在审核，审核完成前不能修改' },
  SERVICE_ITEM_STATE: { status: 409, message: '事项当前所处环节不能进行这一步' },
  SERVICE_GUIDE_INCOMPLETE: { status: 422, message: '办事指南缺少必备要素，不能公开' },
  SERVICE_ITEM_DEPARTMENT: { status: 400, message: '办理部门不存在或不属于本站点' },
});

const EDITORS: Role[] = ['editor', 'site_admin'];
const REVIEWERS: Role[] = ['reviewer', 'site_admin'];
// Window clerks read the catalogue to register cases of its items.
const READERS: Role[] = ['editor', 'reviewer', 'site_admin', 'auditor', 'service_clerk'];

/** A guide as kept: every text trimmed, the implementer named after the department when left empty. */
export function normaliseGuide(g: GuideInput, department: Pick<Department, 'name' | 'code'>): Guide {
  const t = (s: string) => s.trim();
  return {
    ...g,
    name: t(g.name),
    basicCode: t(g.basicCode),
    implementationCode: t(g.implementationCode),
    implementer: t(g.implementer) || department.name,
    creditCode: t(g.creditCode) || (department.code ?? ''),
    competentDepartment: t(g.competentDepartment),
    audiences: [...new Set(g.audiences)],
    lifeEvents: [...new Set(g.lifeEvents)],
    themes: [...new Set(g.themes.map(t))],
    faqEntryIds: [...new Set(g.faqEntryIds)],
    basis: t(g.basis),
    conditions: t(g.conditions),
    materials: g.materials.map((m) => ({
      ...m,
      name: t(m.name),
      basis: t(m.basis),
      templateUrl: t(m.templateUrl),
      note: t(m.note),
    })),
    steps: g.steps.map((s) => ({ ...s, name: t(s.name), description: t(s.description) })),
    fee: { standard: t(g.fee.standard), basis: t(g.fee.basis) },
    location: t(g.location),
    hours: t(g.hours),
    consultPhone: t(g.consultPhone),
    complaintPhone: t(g.complaintPhone),
    applyUrl: t(g.applyUrl),
    resultName: t(g.resultName),
  };
}

/**
 * When an approved change must be public: by the end of the next working day (seed 二(五): within
 * 1 working day of approval). Flagged from that day on; late after it.
 */
export function publicationDue(approvedOn: string, calendar: WorkdayCalendar, today: string) {
  const dueOn = calendar.addWorkdays(approvedOn, 1).date;
  return today >= dueOn ? { approvedOn, dueOn, late: today > dueOn } : null;
}

/** A published guide as a result of site search and a source of the assistant's answers. */
function searchEntry(item: ItemRow, guide: Guide, publishedAt: string): SearchEntry {
  return {
    key: `service_guide:${item.id}`,
    siteId: item.siteId,
    type: 'service_guide',
    title: guide.name,
    url: `/services/${encodeURIComponent(item.implementationCode)}`,
    departmentId: item.departmentId,
    publisher: guide.implementer,
    publishedAt,
    validity: null,
    docNo: '',
    keywords: [
      ITEM_TYPES[guide.itemType],
      ...guide.lifeEvents.map((e) => LIFE_EVENTS[e].label),
      ...guide.themes,
      guide.resultName,
    ].join(' '),
    bodyText: [
      `受理条件：${guide.conditions}`,
      `申请材料：${guide.materials.map((m) => m.name).join('；')}`,
      `办理地点：${guide.location}`,
      `办理时间：${guide.hours}`,
      `咨询电话：${guide.consultPhone}`,
      `收费标准：${guide.fee.standard}`,
      guide.committedDays !== null ? `承诺办结时限：${guide.committedDays} 个工作日` : '',
    ].join('\n'),
  };
}

export function createServiceItemsService({
  db,
  clock,
  departments,
  certificates,
}: {
  db: Executor;
  clock: Clock;
  departments: DepartmentsService;
  /** The 证明事项清单, whose cancelled certificates a guide must no longer ask for. */
  certificates: Pick<CertificatesService, 'cancelled'>;
}) {
  const today = () => chinaDate(clock.now());
  const now = () => clock.now().toISOString();

  async function departmentOf(siteId: string, id: string): Promise<Department> {
    const d = await departments.get(id).catch(() => undefined);
    if (!d || d.siteId !== siteId) throw ServiceItemErrors.SERVICE_ITEM_DEPARTMENT();
    return d;
  }
  async function allowed(actor: Actor, item: Pick<ItemRow, 'siteId' | 'departmentId'>, roles: Role[]) {
    return can(actor, item.siteId, roles, await departments.path(item.siteId, item.departmentId));
  }
  async function load(actor: Actor, id: string): Promise<ItemRow> {
    const item = await repo.findItem(db, id);
    if (!item || !(await allowed(actor, item, READERS))) throw Errors.NOT_FOUND('事项不存在');
    return item;
  }
  async function refuseUnless(actor: Actor, item: ItemRow, roles: Role[], what: string) {
    if (!(await allowed(actor, item, roles))) throw Errors.FORBIDDEN(`没有权限${what}`);
  }
  const latestOf = async (executor: Executor, itemId: string) => (await repo.listRevisions(executor, [itemId]))[0]!;
  const incomplete = (guide: Guide) => {
    const missing = missingElements(guide);
    return missing.length
      ? ServiceItemErrors.SERVICE_GUIDE_INCOMPLETE(`办事指南缺少：${missing.join('、')}，补全后才能公开`)
      : null;
  };
  const audit = (trx: Executor, actor: Actor, action: string, item: ItemRow, after: object, before?: object) =>
    recordAudit(trx, clock, actor, {
      action,
      entityType: 'service_item',
      entityId: item.id,
      siteId: item.siteId,
      departmentId: item.departmentId,
      before,
      after: { implementationCode: item.implementationCode, ...after },
    });

  function summary(
    item: ItemRow,
    revisions: RevisionRow[],
    names: Map<string, string>,
    calendar: WorkdayCalendar,
    cancelled: Certificate[],
  ) {
    const latest = revisions[0]!;
    const approved = revisions.find((r) => r.state === 'approved');
    return {
      id: item.id,
      departmentId: item.departmentId,
      departmentName: names.get(item.departmentId) ?? '',
      implementationCode: item.implementationCode,
      name: latest.guide.name,
      implementer: latest.guide.implementer,
      itemTypeLabel: ITEM_TYPES[latest.guide.itemType],
      published: item.publishedGuide !== null,
      latestState: latest.state,
      latestStateLabel: REVISION_STATES[latest.state],
      missing: missingElements(latest.guide),
      materialsWithoutBasis: materialsWithoutBasis(latest.guide),
      cancelledCertificates: cancelledAskedFor(latest.guide, cancelled),
      publicationDue: approved?.approvedOn ? publicationDue(approved.approvedOn, calendar, today()) : null,
    };
  }

  async function summaries(siteId: string, items: ItemRow[]) {
    const [revisions, calendar, all, cancelled] = await Promise.all([
      repo.listRevisions(
        db,
        items.map((i) => i.id),
      ),
      currentCalendar(db),
      departments.list(siteId),
      certificates.cancelled(siteId),
    ]);
    const byItem = new Map<string, RevisionRow[]>();
    for (const r of revisions) byItem.set(r.itemId, [...(byItem.get(r.itemId) ?? []), r]);
    const names = new Map(all.map((d) => [d.id, d.name]));
    return items.map((i) => summary(i, byItem.get(i.id)!, names, calendar, cancelled));
  }

  /** Writes a revision: a new item, an edit of the draft in place, or a new draft after an approved one. */
  async function write(
    trx: Executor,
    actor: Actor,
    siteId: string,
    existing: ItemRow | undefined,
    department: Department,
    guide: Guide,
    changeNote: string,
  ): Promise<{ item: ItemRow; revision: RevisionRow }> {
    const at = now();
    if (!existing) {
      const item: ItemRow = {
        id: newId(),
        siteId,
        departmentId: department.id,
        implementationCode: guide.implementationCode,
        name: guide.name,
        publishedGuide: null,
        publishedAt: null,
      };
      await repo.insertItem(trx, item, at);
      const revision: RevisionRow = {
        id: newId(),
        itemId: item.id,
        number: 1,
        state: 'draft',
        guide,
        changeNote,
        reviewNote: '',
        createdBy: actor.userId,
        createdAt: at,
        reviewedBy: null,
        approvedOn: null,
        publishedAt: null,
      };
      await repo.insertRevision(trx, revision);
      await audit(trx, actor, 'service_item.create', item, { name: guide.name });
      return { item, revision };
    }
    const latest = await latestOf(trx, existing.id);
    if (latest.state === 'submitted') throw ServiceItemErrors.SERVICE_ITEM_UNDER_REVIEW();
    await repo.updateItem(trx, existing.id, { departmentId: department.id, name: guide.name }, at);
    const item = { ...existing, departmentId: department.id, name: guide.name };
    if (latest.state === 'draft' || latest.state === 'returned') {
      await repo.updateRevision(trx, latest.id, { state: 'draft', guide, changeNote });
      await audit(trx, actor, 'service_item.edit', item, { revision: latest.number, name: guide.name });
      return { item, revision: { ...latest, state: 'draft', guide, changeNote } };
    }
    const revision: RevisionRow = {
      id: newId(),
      itemId: existing.id,
      number: latest.number + 1,
      state: 'draft',
      guide,
      changeNote,
      reviewNote: '',
      createdBy: actor.userId,
      createdAt: at,
      reviewedBy: null,
      approvedOn: null,
      publishedAt: null,
    };
    await repo.insertRevision(trx, revision);
    await audit(trx, actor, 'service_item.revise', item, { revision: revision.number, name: guide.name });
    return { item, revision };
  }

  /** Puts a revision on the portal, in the caller's transaction; the ten elements are checked first. */
  async function publishRevision(trx: Executor, actor: Actor, item: ItemRow, revision: RevisionRow) {
    const refused = incomplete(revision.guide);
    if (refused) throw refused;
    const at = now();
    await repo.updateRevision(trx, revision.id, { state: 'published', publishedAt: at });
    await repo.supersedePublished(trx, item.id, revision.id);
    await repo.updateItem(trx, item.id, { publishedGuide: revision.guide, publishedAt: at }, at);
    await searchEngine(trx).put(trx, searchEntry(item, revision.guide, at));
    await audit(trx, actor, 'service_item.publish', item, { revision: revision.number });
  }

  const service = {
    async list(actor: Actor, siteId: string) {
      const scope = scopeOf(actor, siteId, READERS);
      if (scope !== 'site' && scope.length === 0) throw Errors.FORBIDDEN('没有查看办事指南的权限');
      const departmentIds = scope === 'site' ? undefined : await departments.subtree(siteId, scope);
      return summaries(siteId, await repo.listItems(db, siteId, { departmentIds }));
    },

    async get(actor: Actor, id: string) {
      const item = await load(actor, id);
      const [[s], revisions] = await Promise.all([summaries(item.siteId, [item]), repo.listRevisions(db, [id])]);
      const latest = revisions[0]!;
      const [mayEdit, mayReview] = await Promise.all([allowed(actor, item, EDITORS), allowed(actor, item, REVIEWERS)]);
      const actions: string[] = [];
      if (mayEdit && latest.state !== 'submitted') actions.push('edit');
      if (mayEdit && (latest.state === 'draft' || latest.state === 'returned')) actions.push('submit');
      if (mayReview && latest.state === 'submitted') actions.push('review');
      if ((mayEdit || mayReview) && latest.state === 'approved') actions.push('publish');
      if (mayReview && item.publishedGuide) actions.push('withdraw');
      return {
        ...s!,
        guide: latest.guide,
        publishedGuide: item.publishedGuide,
        revisions: revisions.map((r) => ({
          number: r.number,
          state: r.state,
          stateLabel: REVISION_STATES[r.state],
          changeNote: r.changeNote,
          createdAt: r.createdAt,
          approvedOn: r.approvedOn,
          publishedAt: r.publishedAt,
          reviewNote: r.reviewNote,
        })),
        actions,
      };
    },

    async save(actor: Actor, siteId: string, id: string | null, input: SaveItemInput) {
      const department = await departmentOf(siteId, input.departmentId);
      const guide = normaliseGuide(input.guide, department);
      const existing = id ? await load(actor, id) : undefined;
      if (existing && existing.implementationCode !== guide.implementationCode)
        throw ServiceItemErrors.SERVICE_ITEM_CODE_FIXED();
      const target = { siteId, departmentId: department.id };
      if (!(await allowed(actor, target, EDITORS)) || (existing && !(await allowed(actor, existing, EDITORS))))
        throw Errors.FORBIDDEN('没有权限为该部门编辑办事指南');
      const { item } = await inTransaction(db, async (trx) => {
        if (!existing && (await repo.findItemByCode(trx, siteId, guide.implementationCode)))
          throw ServiceItemErrors.SERVICE_ITEM_CODE_TAKEN();
        return write(trx, actor, siteId, existing, department, guide, input.changeNote.trim());
      });
      return service.get(actor, item.id);
    },

    /** Sends the draft to review; a guide that could not be published is not sent. */
    async submit(actor: Actor, id: string) {
      const item = await load(actor, id);
      await refuseUnless(actor, item, EDITORS, '送审该事项');
      await inTransaction(db, async (trx) => {
        const latest = await latestOf(trx, id);
        if (latest.state !== 'draft' && latest.state !== 'returned') throw ServiceItemErrors.SERVICE_ITEM_STATE();
        const refused = incomplete(latest.guide);
        if (refused) throw refused;
        await repo.updateRevision(trx, latest.id, { state: 'submitted' });
        await audit(trx, actor, 'service_item.submit', item, { revision: latest.number });
      });
      return service.get(actor, id);
    },

    async review(actor: Actor, id: string, decision: { approve: boolean; note: string }) {
      const item = await load(actor, id);
      await refuseUnless(actor, item, REVIEWERS, '审核该事项');
      await inTransaction(db, async (trx) => {
        const latest = await latestOf(trx, id);
        if (latest.state !== 'submitted') throw ServiceItemErrors.SERVICE_ITEM_STATE();
        if (!decision.approve && !decision.note.trim())
          throw Errors.VALIDATION_FAILED('退回须写明理由', [{ field: 'note', message: '请写明退回理由' }]);
        await repo.updateRevision(trx, latest.id, {
          state: decision.approve ? 'approved' : 'returned',
          reviewNote: decision.note.trim(),
          reviewedBy: actor.userId,
          approvedOn: decision.approve ? today() : null,
        });
        await audit(trx, actor, decision.approve ? 'service_item.approve' : 'service_item.return', item, {
          revision: latest.number,
          note: decision.note.trim(),
        });
      });
      return service.get(actor, id);
    },

    async publish(actor: Actor, id: string) {
      const item = await load(actor, id);
      if (!(await allowed(actor, item, [...EDITORS, ...REVIEWERS]))) throw Errors.FORBIDDEN('没有权限公开该事项');
      await inTransaction(db, async (trx) => {
        const latest = await latestOf(trx, id);
        if (latest.state !== 'approved') throw ServiceItemErrors.SERVICE_ITEM_STATE('只有审核通过的版本才能公开');
        await publishRevision(trx, actor, item, latest);
      });
      return service.get(actor, id);
    },

    /** Takes a guide off the portal (事项取消或调整); its history stays. */
    async withdraw(actor: Actor, id: string, reason: string) {
      const item = await load(actor, id);
      await refuseUnless(actor, item, REVIEWERS, '撤下该事项');
      if (!item.publishedGuide) throw ServiceItemErrors.SERVICE_ITEM_STATE('事项没有公开');
      await inTransaction(db, async (trx) => {
        await repo.updateItem(trx, id, { publishedGuide: null, publishedAt: null }, now());
        await searchEngine(trx).remove(trx, `service_guide:${id}`);
        await audit(trx, actor, 'service_item.withdraw', item, { reason: reason.trim() });
      });
      return service.get(actor, id);
    },

    /**
     * What the office watches (and `gongkai services check` prints): guides that could not be
     * published as they stand, materials without a basis, cancelled certificates still asked for,
     * and approved changes not yet public.
     */
    async check(siteId: string) {
      const all = await summaries(siteId, await repo.listItems(db, siteId));
      return all.filter(
        (s) =>
          s.missing.length > 0 ||
          s.materialsWithoutBasis.length > 0 ||
          s.cancelledCertificates.length > 0 ||
          s.publicationDue,
      );
    },

    /** Every item visible to the actor with its newest guide, for exports. */
    async latestGuides(actor: Actor, siteId: string) {
      const scope = scopeOf(actor, siteId, READERS);
      if (scope !== 'site' && scope.length === 0) throw Errors.FORBIDDEN('没有查看办事指南的权限');
      const departmentIds = scope === 'site' ? undefined : await departments.subtree(siteId, scope);
      const items = await repo.listItems(db, siteId, { departmentIds });
      const revisions = await repo.listRevisions(
        db,
        items.map((i) => i.id),
      );
      const newest = new Map<string, Guide>();
      for (const r of revisions) if (!newest.has(r.itemId)) newest.set(r.itemId, r.guide);
      return items.map((i) => ({ departmentId: i.departmentId, guide: newest.get(i.id)! }));
    },

    /**
     * A published item, as the cases module sees it: by id or by 实施编码. Cases are registered only
     * for services the public can read the guide of.
     */
    async publishedItem(siteId: string, ref: { id?: string; code?: string }) {
      const item = ref.id ? await repo.findItem(db, ref.id) : await repo.findItemByCode(db, siteId, ref.code ?? '');
      if (!item || item.siteId !== siteId || !item.publishedGuide) return undefined;
      return {
        id: item.id,
        departmentId: item.departmentId,
        code: item.implementationCode,
        guide: item.publishedGuide,
      };
    },

    /** Every published guide, for rebuilding the search index. */
    async *searchEntries(siteId: string): AsyncGenerator<SearchEntry> {
      for (const item of await repo.listItems(db, siteId, { publishedOnly: true }))
        yield searchEntry(item, item.publishedGuide!, item.publishedAt!);
    },

    // —— the portal ——
    async published(siteId: string) {
      const items = await repo.listItems(db, siteId, { publishedOnly: true });
      return items.map((i) => ({ ...i, guide: i.publishedGuide! }));
    },

    /** One published guide with its public 修订记录 (every published version's date and change note). */
    async publishedOne(siteId: string, code: string) {
      const item = await repo.findItemByCode(db, siteId, code);
      if (!item?.publishedGuide) throw Errors.NOT_FOUND('办事指南不存在');
      const revisions = (await repo.listRevisions(db, [item.id])).filter((r) => r.publishedAt);
      return {
        item,
        guide: item.publishedGuide,
        history: revisions.map((r) => ({ number: r.number, publishedAt: r.publishedAt!, changeNote: r.changeNote })),
      };
    },

    /** For the importer: writes a guide in one transaction and publishes it at once when asked. */
    async importOne(
      actor: Actor,
      siteId: string,
      department: Department,
      guide: Guide,
      changeNote: string,
    ): Promise<'created' | 'draft' | 'revised' | 'unchanged'> {
      return inTransaction(db, async (trx) => {
        const existing = await repo.findItemByCode(trx, siteId, guide.implementationCode);
        if (existing) {
          const latest = await latestOf(trx, existing.id);
          if (isDeepStrictEqual(latest.guide, guide) && existing.departmentId === department.id) return 'unchanged';
          await write(trx, actor, siteId, existing, department, guide, changeNote);
          return 'revised';
        }
        const { item, revision } = await write(trx, actor, siteId, undefined, department, guide, changeNote);
        // Already public on the provincial platform: a complete guide is published as imported.
        if (missingElements(guide).length > 0) return 'draft';
        await repo.updateRevision(trx, revision.id, { approvedOn: today() });
        await publishRevision(trx, actor, item, revision);
        return 'created';
      });
    },
  };
  return service;
}

export type ServiceItemsService = ReturnType<typeof createServiceItemsService>;
