import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, scopeOf, type Actor, type Role } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { nextTrackingNo } from '../../platform/counters/counters.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { hashSecret, newId, newQueryCode } from '../../platform/ids/ids.js';
import { maskedName } from '../../platform/text/writer.js';
import { currentCalendar } from '../../platform/workdays/workdays.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import type { ServiceItemsService } from '../service-items/service-items.service.js';
import type { SitesService } from '../sites/sites.service.js';
import {
  CASE_CHANNELS,
  CASE_RESULTS,
  caseClock,
  isBadRating,
  RATING_LEVELS,
  type CaseChannel,
  type CaseResult,
  type RatingLevel,
} from './service-cases.model.js';
import * as repo from './service-cases.repository.js';
import type { CaseRow } from './service-cases.repository.js';

export const ServiceCaseErrors = defineErrors({
  SERVICE_CASE_ITEM: { status: 400, message: '没有这个已公开的办事事项' },
  SERVICE_CASE_NO_TAKEN: { status: 409, message: '这个办件编号已经登记过' },
  SERVICE_CASE_DATE: { status: 400, message: '日期不能早于受理日期或上一步，也不能晚于今天' },
  SERVICE_CASE_FINISHED: { status: 409, message: '办件已经办结' },
  SERVICE_CASE_NOT_FOUND: { status: 404, message: '办件编号或查询码不正确' },
  SERVICE_CASE_NOT_FINISHED: { status: 409, message: '办结后才能评价' },
  SERVICE_CASE_RATED: { status: 409, message: '这件事已经评价过' },
  SERVICE_RATING_REASONS: { status: 400, message: '差评请至少选择一项原因' },
  SERVICE_FOLLOW_UP_DONE: { status: 409, message: '这条差评已经整改反馈过' },
});

/** The hall's window staff register and progress cases; site administrators may too. */
const CLERKS: Role[] = ['service_clerk', 'site_admin'];
const READERS: Role[] = ['service_clerk', 'site_admin', 'auditor', 'reviewer'];

export interface RegisterCaseInput {
  itemId: string;
  /** The hall system's own number, or none for one made here (BJ2026-00001). */
  caseNo?: string;
  applicant: { name: string; phone: string };
  receivedOn?: string;
  channel?: CaseChannel;
}

/**
 * 办件: registered at the counter (or imported), progressed step by step, finished with a result.
 * The applicant follows it by number and query code and rates it; a 差评 becomes the department's
 * task, due in working days. Nothing about the applicant leaves the back office.
 */
export function createServiceCasesService({
  db,
  clock,
  departments,
  serviceItems,
  sites,
}: {
  db: Executor;
  clock: Clock;
  departments: DepartmentsService;
  serviceItems: ServiceItemsService;
  /** For the time the office gives a department to follow up a 差评. */
  sites: SitesService;
}) {
  const today = () => chinaDate(clock.now());
  const now = () => clock.now().toISOString();
  const publicActor: Actor = { userId: null, name: '办事群众', isPlatformAdmin: false, grants: [], ip: '' };

  async function allowed(actor: Actor, c: Pick<CaseRow, 'siteId' | 'departmentId'>, roles: Role[]) {
    return can(actor, c.siteId, roles, await departments.path(c.siteId, c.departmentId));
  }
  async function load(actor: Actor, id: string, roles: Role[] = READERS): Promise<CaseRow> {
    const c = await repo.findCase(db, id);
    if (!c || !(await allowed(actor, c, READERS))) throw Errors.NOT_FOUND('办件不存在');
    if (!(await allowed(actor, c, roles))) throw Errors.FORBIDDEN('没有办理这件办件的权限');
    return c;
  }
  const audit = (trx: Executor, actor: Actor, action: string, c: CaseRow, after: object) =>
    recordAudit(trx, clock, actor, {
      action,
      entityType: 'service_case',
      entityId: c.id,
      siteId: c.siteId,
      departmentId: c.departmentId,
      // Never the applicant: only the number and what happened.
      after: { caseNo: c.caseNo, ...after },
    });
  const checkDate = (on: string, earliest: string) => {
    if (on < earliest || on > today()) throw ServiceCaseErrors.SERVICE_CASE_DATE();
  };

  async function view(c: CaseRow, identify: boolean) {
    const [calendar, steps, rating, item] = await Promise.all([
      currentCalendar(db),
      repo.stepsOf(db, c.id),
      repo.ratingOf(db, c.id),
      serviceItems.publishedItem(c.siteId, { id: c.itemId }),
    ]);
    return {
      id: c.id,
      caseNo: c.caseNo,
      itemName: item?.guide.name ?? '',
      itemCode: item?.code ?? '',
      departmentId: c.departmentId,
      applicant: identify ? c.applicant : { name: maskedName(c.applicant.name), phone: '（仅办理人员可见）' },
      channelLabel: CASE_CHANNELS[c.channel],
      receivedOn: c.receivedOn,
      committedDays: c.committedDays,
      finishedOn: c.finishedOn,
      result: c.result,
      resultLabel: c.result ? CASE_RESULTS[c.result] : null,
      ...caseClock(c, calendar, today()),
      steps,
      rating: rating
        ? {
            level: rating.level,
            label: RATING_LEVELS[rating.level],
            reasons: rating.reasons,
            comment: rating.comment,
            ratedOn: rating.ratedOn,
            followUpDueOn: rating.followUpDueOn,
            followedUpOn: rating.followedUpOn,
            followUpNote: rating.followUpNote,
          }
        : null,
    };
  }

  type Item = NonNullable<Awaited<ReturnType<ServiceItemsService['publishedItem']>>>;
  /** The published item a case is for, and whether the actor may register cases of its department. */
  async function itemFor(actor: Actor, siteId: string, itemId: string): Promise<Item> {
    const item = await serviceItems.publishedItem(siteId, { id: itemId });
    if (!item) throw ServiceCaseErrors.SERVICE_CASE_ITEM();
    if (!(await allowed(actor, { siteId, departmentId: item.departmentId }, CLERKS)))
      throw Errors.FORBIDDEN('没有为该部门登记办件的权限');
    return item;
  }

  /** The names of the items of some cases, each item read once however many cases it has. */
  async function itemNames(siteId: string, itemIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(itemIds)];
    const items = await Promise.all(ids.map((id) => serviceItems.publishedItem(siteId, { id })));
    return new Map(ids.map((id, i) => [id, items[i]?.guide.name ?? '']));
  }

  /**
   * Writes a case with its first step, in the caller's transaction; refuses a number already used.
   * The item is read before the transaction (SQLite has one connection: no reads beside it).
   */
  async function insert(
    trx: Executor,
    actor: Actor,
    siteId: string,
    input: RegisterCaseInput,
    channel: CaseChannel,
    item: Item,
  ) {
    const receivedOn = input.receivedOn ?? today();
    checkDate(receivedOn, '2000-01-01');
    const caseNo = input.caseNo?.trim() || (await nextTrackingNo(trx, siteId, 'service_case', receivedOn));
    if (await repo.findCaseByNo(trx, siteId, caseNo)) throw ServiceCaseErrors.SERVICE_CASE_NO_TAKEN();
    const queryCode = newQueryCode();
    const c: CaseRow = {
      id: newId(),
      siteId,
      itemId: item.id,
      departmentId: item.departmentId,
      caseNo,
      queryCodeHash: hashSecret(queryCode),
      applicant: { name: input.applicant.name.trim(), phone: input.applicant.phone.trim() },
      channel,
      receivedOn,
      committedDays: item.guide.committedDays,
      finishedOn: null,
      result: null,
    };
    const at = now();
    await repo.insertCase(trx, c, at);
    await repo.insertStep(trx, c.id, { name: '受理', on: receivedOn, note: '' }, actor.userId, at);
    await audit(trx, actor, 'service_case.register', c, { item: item.code, receivedOn, channel });
    return { case: c, queryCode };
  }

  async function publicCase(siteId: string, caseNo: string, queryCode: string): Promise<CaseRow> {
    const c = await repo.findCaseByNo(db, siteId, caseNo.trim().slice(0, 40));
    if (!c || c.queryCodeHash !== hashSecret(queryCode.trim().toUpperCase().slice(0, 40)))
      throw ServiceCaseErrors.SERVICE_CASE_NOT_FOUND();
    return c;
  }

  const service = {
    /** A case registered at the counter; the query code is shown once, for the applicant's slip. */
    async register(actor: Actor, siteId: string, input: RegisterCaseInput) {
      const item = await itemFor(actor, siteId, input.itemId);
      const { case: c, queryCode } = await inTransaction(db, (trx) =>
        insert(trx, actor, siteId, input, input.channel ?? 'counter', item),
      );
      return { ...(await view(c, true)), queryCode };
    },

    /** For the importer: one case from the hall's system, with its finish when the file has one. */
    async importOne(
      actor: Actor,
      siteId: string,
      input: RegisterCaseInput & { finishedOn: string | null; result: CaseResult | null },
    ): Promise<'created' | 'finished' | 'unchanged'> {
      const item = await itemFor(actor, siteId, input.itemId);
      return inTransaction(db, async (trx) => {
        const existing = input.caseNo ? await repo.findCaseByNo(trx, siteId, input.caseNo.trim()) : undefined;
        if (existing) {
          if (existing.finishedOn || !input.finishedOn || !input.result) return 'unchanged';
          checkDate(input.finishedOn, existing.receivedOn);
          await repo.finishCase(trx, existing.id, input.finishedOn, input.result, now());
          await repo.insertStep(
            trx,
            existing.id,
            { name: '办结', on: input.finishedOn, note: CASE_RESULTS[input.result] },
            actor.userId,
            now(),
          );
          await audit(trx, actor, 'service_case.finish', existing, {
            finishedOn: input.finishedOn,
            result: input.result,
          });
          return 'finished';
        }
        const { case: c } = await insert(trx, actor, siteId, input, 'imported', item);
        if (input.finishedOn && input.result) {
          checkDate(input.finishedOn, c.receivedOn);
          await repo.finishCase(trx, c.id, input.finishedOn, input.result, now());
          await repo.insertStep(
            trx,
            c.id,
            { name: '办结', on: input.finishedOn, note: CASE_RESULTS[input.result] },
            actor.userId,
            now(),
          );
          await audit(trx, actor, 'service_case.finish', c, { finishedOn: input.finishedOn, result: input.result });
        }
        return 'created';
      });
    },

    async list(actor: Actor, siteId: string) {
      const scope = scopeOf(actor, siteId, READERS);
      if (scope !== 'site' && scope.length === 0) throw Errors.FORBIDDEN('没有查看办件的权限');
      const departmentIds = scope === 'site' ? undefined : await departments.subtree(siteId, scope);
      const rows = await repo.listCases(db, siteId, { departmentIds, limit: 500 });
      const [calendar, names] = await Promise.all([
        currentCalendar(db),
        itemNames(
          siteId,
          rows.map((r) => r.itemId),
        ),
      ]);
      return rows.map((c) => ({
        id: c.id,
        caseNo: c.caseNo,
        itemName: names.get(c.itemId) ?? '',
        receivedOn: c.receivedOn,
        finishedOn: c.finishedOn,
        resultLabel: c.result ? CASE_RESULTS[c.result] : null,
        ...caseClock(c, calendar, today()),
      }));
    },

    async get(actor: Actor, id: string) {
      const c = await load(actor, id);
      return view(c, await allowed(actor, c, CLERKS));
    },

    /**
     * The applicant lost the slip: a new query code, shown once like the first; the old one stops
     * working at once. Nothing else about the case changes.
     */
    async resetQueryCode(actor: Actor, id: string) {
      const c = await load(actor, id, CLERKS);
      const queryCode = newQueryCode();
      await inTransaction(db, async (trx) => {
        await repo.setQueryCodeHash(trx, id, hashSecret(queryCode), now());
        await audit(trx, actor, 'service_case.query_code_reset', c, {});
      });
      return { ...(await view(c, true)), queryCode };
    },

    /** One step of the work (审查, 决定 …), as the applicant will see it. */
    async addStep(actor: Actor, id: string, step: { name: string; note: string; on?: string }) {
      const c = await load(actor, id, CLERKS);
      if (c.finishedOn) throw ServiceCaseErrors.SERVICE_CASE_FINISHED();
      await inTransaction(db, async (trx) => {
        const steps = await repo.stepsOf(trx, id);
        const on = step.on ?? today();
        checkDate(on, steps.at(-1)?.on ?? c.receivedOn);
        await repo.insertStep(trx, id, { name: step.name.trim(), on, note: step.note.trim() }, actor.userId, now());
        await audit(trx, actor, 'service_case.step', c, { step: step.name.trim(), on });
      });
      return service.get(actor, id);
    },

    async finish(actor: Actor, id: string, input: { result: CaseResult; on?: string; note: string }) {
      const c = await load(actor, id, CLERKS);
      if (c.finishedOn) throw ServiceCaseErrors.SERVICE_CASE_FINISHED();
      await inTransaction(db, async (trx) => {
        const steps = await repo.stepsOf(trx, id);
        const on = input.on ?? today();
        checkDate(on, steps.at(-1)?.on ?? c.receivedOn);
        await repo.finishCase(trx, id, on, input.result, now());
        const note = [CASE_RESULTS[input.result], input.note.trim()].filter(Boolean).join('：');
        await repo.insertStep(trx, id, { name: '办结', on, note }, actor.userId, now());
        await audit(trx, actor, 'service_case.finish', c, { finishedOn: on, result: input.result });
      });
      return service.get(actor, id);
    },

    /** What the applicant sees by number and query code: the service, the dates, the steps. Nothing personal. */
    async publicStatus(siteId: string, caseNo: string, queryCode: string) {
      const v = await view(await publicCase(siteId, caseNo, queryCode), false);
      const { applicant: _a, id: _i, departmentId: _d, ...rest } = v;
      return { ...rest, mayRate: v.finishedOn !== null && v.rating === null };
    },

    /** The applicant's 好差评; a 差评 is given to the department to follow up in working days. */
    async rate(
      siteId: string,
      caseNo: string,
      queryCode: string,
      input: { level: RatingLevel; reasons: string[]; comment: string },
    ) {
      const c = await publicCase(siteId, caseNo, queryCode);
      if (!c.finishedOn) throw ServiceCaseErrors.SERVICE_CASE_NOT_FINISHED();
      const bad = isBadRating(input.level);
      if (bad && input.reasons.length === 0)
        throw ServiceCaseErrors.SERVICE_RATING_REASONS(undefined, [
          { field: 'reasons', message: '请至少选择一项原因' },
        ]);
      const calendar = await currentCalendar(db);
      const { ratingFollowUpWorkdays } = await sites.get(siteId);
      await inTransaction(db, async (trx) => {
        if (await repo.ratingOf(trx, c.id)) throw ServiceCaseErrors.SERVICE_CASE_RATED();
        const ratedOn = today();
        await repo.insertRating(trx, {
          id: newId(),
          caseId: c.id,
          level: input.level,
          reasons: bad ? input.reasons : [],
          comment: input.comment.trim(),
          ratedOn,
          followUpDueOn: bad ? calendar.addWorkdays(ratedOn, ratingFollowUpWorkdays).date : null,
          followedUpOn: null,
          followUpNote: null,
        });
        await audit(trx, publicActor, 'service_case.rate', c, { level: input.level });
      });
      return service.publicStatus(siteId, caseNo, queryCode);
    },

    /** 差评 waiting for their follow-up, the department's task list; late ones first. */
    async followUps(actor: Actor, siteId: string) {
      const scope = scopeOf(actor, siteId, READERS);
      if (scope !== 'site' && scope.length === 0) throw Errors.FORBIDDEN('没有查看差评整改的权限');
      const visible = scope === 'site' ? null : new Set(await departments.subtree(siteId, scope));
      const open = (await repo.openFollowUps(db, siteId)).filter(
        (r) => !visible || visible.has(r.caseRow.departmentId),
      );
      const names = await itemNames(
        siteId,
        open.map((r) => r.caseRow.itemId),
      );
      return open.map((r) => ({
        caseId: r.caseId,
        caseNo: r.caseRow.caseNo,
        itemName: names.get(r.caseRow.itemId) ?? '',
        level: r.level,
        label: RATING_LEVELS[r.level],
        reasons: r.reasons,
        comment: r.comment,
        ratedOn: r.ratedOn,
        dueOn: r.followUpDueOn!,
        late: today() > r.followUpDueOn!,
      }));
    },

    async followUp(actor: Actor, caseId: string, note: string) {
      const c = await load(actor, caseId, CLERKS);
      const rating = await repo.ratingOf(db, caseId);
      if (!rating?.followUpDueOn) throw Errors.NOT_FOUND('这件办件没有差评');
      if (rating.followedUpOn) throw ServiceCaseErrors.SERVICE_FOLLOW_UP_DONE();
      await inTransaction(db, async (trx) => {
        await repo.recordFollowUp(trx, rating.id, today(), note.trim(), actor.userId);
        await audit(trx, actor, 'service_case.follow_up', c, { note: note.trim() });
      });
      return service.get(actor, caseId);
    },
  };
  return service;
}

export type ServiceCasesService = ReturnType<typeof createServiceCasesService>;
