import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, scopeOf, type Actor, type Role } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import type { FileStore } from '../../platform/files/files.js';
import { nextTrackingNo } from '../../platform/counters/counters.js';
import { Errors } from '../../platform/http/errors.js';
import { hashSecret, newId, newQueryCode } from '../../platform/ids/ids.js';
import { isValidUscc } from '../../platform/text/identifiers.js';
import { deidentify } from '../../platform/text/pii.js';
import { currentCalendar } from '../../platform/workdays/workdays.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import type { SitesService } from '../sites/sites.service.js';
import { checkEvent, type RequestEvent } from './requests.case.js';
import { perPageFee, perRequestFee } from './requests.fees.js';
import { noticeWriting } from './requests.notice-writing.js';
import { EVENT_LABELS, outcomeLabel, type Channel } from './requests.model.js';
import { RequestInputErrors } from './requests.errors.js';
import { requestFigures } from './requests.figures.js';
import * as repo from './requests.repository.js';
import { caseSummaries, type RequestSummary } from './requests.summaries.js';
import type { RequestRow } from './requests.repository.js';
import type { Applicant, EventInput, OnlineRequestBody, RegisterRequestBody } from './requests.schema.js';

export { RequestInputErrors } from './requests.errors.js';
export { DUE_SOON_WORKDAYS, type RequestSummary } from './requests.summaries.js';

const HANDLERS: Role[] = ['request_handler', 'site_admin'];
const READERS: Role[] = ['request_handler', 'site_admin', 'auditor'];
/** Information asked for this many times is suggested for proactive disclosure (Art. 44). */
export const SUGGEST_AFTER_REQUESTS = 3;
const HIDDEN = '（仅办理人员可见）';
const maskedName = (name: string) =>
  deidentify(name, [{ type: 'person_name', start: 0, end: name.length, text: name }]);

/** A case as the role table lets an auditor see it: an organisation's name stays, a person's is 张某, contacts go. */
function withoutIdentity(r: RequestRow): RequestRow {
  const a = r.applicant;
  const person = a.kind === 'person';
  return {
    ...r,
    applicantName: person ? maskedName(r.applicantName) : r.applicantName,
    applicant: {
      ...a,
      name: person ? maskedName(a.name) : a.name,
      idNumber: person ? HIDDEN : a.idNumber,
      workUnit: '',
      legalRepresentative: a.legalRepresentative && maskedName(a.legalRepresentative),
      contactName: a.contactName && maskedName(a.contactName),
      phone: HIDDEN,
      email: '',
      address: a.address && HIDDEN,
      postcode: '',
    },
  };
}

export interface RequestsDeps {
  db: Executor;
  clock: Clock;
  sites: Pick<SitesService, 'get'>;
  departments: Pick<DepartmentsService, 'get' | 'path' | 'subtree'>;
  files?: FileStore;
}

export function createRequestsService({ db, clock, sites, departments, files }: RequestsDeps) {
  const today = () => chinaDate(clock.now());
  const derive = caseSummaries({ db, clock, sites });

  async function departmentPath(siteId: string, departmentId: string | null): Promise<string[]> {
    return departmentId ? departments.path(siteId, departmentId) : [];
  }

  /** The departments whose cases the actor may see; undefined for the whole site. */
  async function visibleDepartments(actor: Actor, siteId: string): Promise<string[] | undefined> {
    const scope = scopeOf(actor, siteId, READERS);
    if (scope !== 'site' && scope.length === 0) throw Errors.FORBIDDEN('没有查看依申请公开的权限');
    return scope === 'site' ? undefined : departments.subtree(siteId, scope);
  }

  async function loadVisible(actor: Actor, id: string, roles: Role[] = READERS): Promise<RequestRow> {
    const r = await repo.findRequest(db, id);
    const mayAct = async (departmentId: string | null) =>
      can(actor, r?.siteId ?? '', roles, await departmentPath(r?.siteId ?? '', departmentId));
    // The agency applied to, and the department handling it after 分办, may both see and act on it.
    if (!r || !((await mayAct(r.departmentId)) || (r.handlingDepartmentId && (await mayAct(r.handlingDepartmentId)))))
      throw Errors.NOT_FOUND('申请不存在');
    return r;
  }

  /**
   * Who may see who applied and how to reach them: the staff handling the case (the role table
   * gives auditors the cases and their history, not applicants' identity or contact details).
   */
  async function identityShownTo(actor: Actor, siteId: string): Promise<(r: RequestRow) => boolean> {
    const scope = scopeOf(actor, siteId, HANDLERS);
    if (scope === 'site') return () => true;
    const handled = new Set(await departments.subtree(siteId, scope));
    return (r) => [r.departmentId, r.handlingDepartmentId].some((d) => d !== null && handled.has(d));
  }

  function checkApplicant(a: Applicant): Applicant {
    if (a.kind === 'organisation' && !a.organisationKind) throw RequestInputErrors.REQUEST_ORGANISATION_KIND();
    const idNumber = a.idNumber.trim().toUpperCase();
    if (a.kind === 'organisation' && idNumber.length === 18 && !isValidUscc(idNumber))
      throw RequestInputErrors.REQUEST_CREDIT_CODE();
    return {
      ...a,
      organisationKind: a.kind === 'organisation' ? a.organisationKind : null,
      name: a.name.trim(),
      idNumber,
    };
  }

  /** Creates the case and its `received` event in one transaction; returns the applicant's query code. */
  async function create(
    actor: Actor,
    siteId: string,
    input: OnlineRequestBody,
    channel: Channel,
    receivedOn: string,
    idProof: { bytes: Buffer; mime: string } | null,
  ): Promise<{ id: string; trackingNo: string; queryCode: string }> {
    if (receivedOn > today()) throw RequestInputErrors.REQUEST_RECEIVED_DATE();
    const applicant = checkApplicant(input.applicant);
    if (input.departmentId) {
      const dept = await departments.get(input.departmentId).catch(() => undefined);
      if (!dept || dept.siteId !== siteId) throw RequestInputErrors.REQUEST_DEPARTMENT();
    }
    // The file is written (by content hash) before the transaction: a failed transaction leaves an
    // unreferenced file, never a row pointing at nothing.
    const proof = idProof && files ? { sha256: await files.put(idProof.bytes), mime: idProof.mime } : null;
    const queryCode = newQueryCode();
    return inTransaction(db, async (trx) => {
      const trackingNo = await nextTrackingNo(trx, siteId, 'request', receivedOn);
      const id = newId();
      const at = clock.now().toISOString();
      await repo.insertRequest(
        trx,
        {
          id,
          siteId,
          departmentId: input.departmentId,
          handlingDepartmentId: null,
          trackingNo,
          channel,
          receivedOn,
          applicantKind: applicant.kind,
          organisationKind: applicant.organisationKind,
          applicantName: applicant.name,
          applicantKey: hashSecret(`${applicant.kind}|${applicant.idNumber}`),
          applicant,
          infoTitle: input.infoTitle.trim(),
          infoDocNo: input.infoDocNo.trim(),
          infoDescription: input.infoDescription.trim(),
          purpose: input.purpose.trim(),
          deliveryForm: input.deliveryForm,
          deliveryMethod: input.deliveryMethod,
          feeWaiverRequested: input.feeWaiverRequested,
          feeWaiverReason: input.feeWaiverReason.trim(),
          idProofSha256: proof?.sha256 ?? null,
          idProofMime: proof?.mime ?? null,
          queryCodeHash: hashSecret(queryCode),
          createdBy: actor.userId,
        },
        at,
      );
      await repo.insertEvent(
        trx,
        {
          id: newId(),
          requestId: id,
          seq: 1,
          event: { type: 'received', on: receivedOn, channel },
          recordedBy: actor.userId,
        },
        at,
      );
      // No name, identity number or contact detail goes into the audit log.
      await recordAudit(trx, clock, actor, {
        action: 'request.receive',
        entityType: 'disclosure_request',
        entityId: id,
        siteId,
        departmentId: input.departmentId,
        after: { trackingNo, channel, receivedOn },
      });
      return { id, trackingNo, queryCode };
    });
  }

  const service = {
    ...noticeWriting({
      db,
      clock,
      sites,
      departments,
      handlers: HANDLERS,
      readers: READERS,
      today,
      loadVisible,
      summaryOf: async (row) => {
        const [summary] = await derive([row]);
        if (!summary) throw Errors.INTERNAL();
        return summary;
      },
    }),
    /** An application made on the portal: received the day it is submitted (Art. 31, online: both sides confirm at once). */
    submitOnline(siteId: string, input: OnlineRequestBody, idProof: { bytes: Buffer; mime: string } | null) {
      return create(
        { userId: null, name: '网上申请', isPlatformAdmin: false, grants: [], ip: '' },
        siteId,
        input,
        'online',
        today(),
        idProof,
      );
    },

    /** An application received in person, by post, fax or orally, registered by staff with its Art. 31 date. */
    async register(actor: Actor, siteId: string, input: RegisterRequestBody) {
      if (!can(actor, siteId, HANDLERS, await departmentPath(siteId, input.departmentId)))
        throw Errors.FORBIDDEN('没有登记该机关申请的权限');
      const { channel, receivedOn, ...application } = input;
      return create(actor, siteId, application, channel, receivedOn, null);
    },

    /** The work queue: cases the actor may see, most urgent first. */
    async list(actor: Actor, siteId: string, q: { open?: boolean } = {}): Promise<RequestSummary[]> {
      const departmentIds = await visibleDepartments(actor, siteId);
      const shown = await identityShownTo(actor, siteId);
      const rows = await derive(
        (await repo.listRequests(db, { siteId, departmentIds, includeHandling: true })).map((r) =>
          shown(r) ? r : withoutIdentity(r),
        ),
      );
      const rank = { overdue: 0, due_soon: 1, normal: 2, paused: 3, closed: 4 };
      return rows
        .filter((r) => !q.open || r.urgency !== 'closed')
        .sort(
          (a, b) =>
            rank[a.urgency] - rank[b.urgency] ||
            (a.clock.dueOn ?? '9999').localeCompare(b.clock.dueOn ?? '9999') ||
            a.receivedOn.localeCompare(b.receivedOn),
        )
        .map(({ events: _e, ...summary }) => summary);
    },

    /**
     * Information asked for three or more times (by 文号, or else by name): a candidate for proactive
     * disclosure (Art. 44).
     */
    async proactiveSuggestions(actor: Actor, siteId: string) {
      const departmentIds = await visibleDepartments(actor, siteId);
      const groups = new Map<string, RequestRow[]>();
      for (const r of await repo.listRequests(db, { siteId, departmentIds })) {
        const key = (r.infoDocNo || r.infoTitle).replace(/\s+/g, '');
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      return [...groups.values()]
        .filter((rows) => rows.length >= SUGGEST_AFTER_REQUESTS)
        .map((rows) => ({
          infoTitle: rows[0]?.infoTitle ?? '',
          infoDocNo: rows[0]?.infoDocNo ?? '',
          requests: rows.length,
          trackingNos: rows.map((r) => r.trackingNo),
        }))
        .sort((a, b) => b.requests - a.requests);
    },

    async get(actor: Actor, id: string) {
      const visible = await loadVisible(actor, id);
      const row = (await identityShownTo(actor, visible.siteId))(visible) ? visible : withoutIdentity(visible);
      const [summary] = await derive([row]);
      if (!summary) throw Errors.INTERNAL();
      const repeats = await repo.findRepeats(db, row);
      return {
        ...summary,
        applicant: row.applicant,
        hasIdProof: row.idProofSha256 !== null,
        delivered: summary.events.some((e) => e.type === 'delivered'),
        repeats: repeats.map((r) => ({ id: r.id, trackingNo: r.trackingNo, receivedOn: r.receivedOn })),
      };
    },

    ...requestFigures(db, derive),

    /** The applicant's ID scan, for staff handling the case only. */
    async idProof(actor: Actor, id: string): Promise<{ bytes: Buffer; mime: string }> {
      const row = await loadVisible(actor, id, HANDLERS);
      if (!row.idProofSha256 || !row.idProofMime || !files) throw Errors.NOT_FOUND('没有上传身份证明');
      return { bytes: await files.get(row.idProofSha256), mime: row.idProofMime };
    },

    /** Records one event, refused with a code when it breaks the rules (requests.case.ts). */
    async addEvent(actor: Actor, id: string, input: EventInput) {
      const row = await loadVisible(actor, id, HANDLERS);
      const site = await sites.get(row.siteId);
      const event: RequestEvent = { ...input };
      if (input.type === 'fee_notice_sent') {
        // The amount follows 国办函〔2020〕109号: per page, or by the application's place in the applicant's month.
        event.amount =
          input.basis === 'per_page'
            ? perPageFee(input.pages ?? 0)
            : perRequestFee(await repo.countInMonth(db, row.siteId, row.applicantKey, row.receivedOn));
        if (event.amount === 0) throw RequestInputErrors.REQUEST_FEE_NONE();
      }
      if (input.type === 'assigned' && input.departmentId) {
        const dept = await departments.get(input.departmentId).catch(() => undefined);
        if (!dept || dept.siteId !== row.siteId) throw RequestInputErrors.REQUEST_DEPARTMENT();
      }
      await inTransaction(db, async (trx) => {
        const stored = (await repo.eventsOf(trx, [id])).get(id) ?? [];
        const history = stored.filter((e) => e.type !== 'received');
        const calendar = await currentCalendar(trx);
        checkEvent(row.receivedOn, history, event, calendar, today(), { feePausesClock: site.feePausesClock });
        await repo.insertEvent(
          trx,
          { id: newId(), requestId: id, seq: (stored.at(-1)?.seq ?? 0) + 1, event, recordedBy: actor.userId },
          clock.now().toISOString(),
        );
        await recordAudit(trx, clock, actor, {
          action: `request.${event.type}`,
          entityType: 'disclosure_request',
          entityId: id,
          siteId: row.siteId,
          departmentId: row.departmentId,
          after: { trackingNo: row.trackingNo, type: event.type, on: event.on, outcome: event.outcome ?? null },
        });
      });
      return service.get(actor, id);
    },

    /** The applicant's own view, with the tracking number and query code: dates, state and steps, nothing personal. */
    async publicStatus(siteId: string, trackingNo: string, queryCode: string) {
      const row = await repo.findByTrackingNo(db, siteId, trackingNo.trim().toUpperCase());
      if (!row || row.queryCodeHash !== hashSecret(queryCode.trim().toUpperCase()))
        throw RequestInputErrors.REQUEST_NOT_FOUND();
      const [summary] = await derive([row]);
      if (!summary) throw Errors.INTERNAL();
      const shown = new Set([
        'received',
        'correction_requested',
        'correction_received',
        'extended',
        'fee_notice_sent',
        'fee_paid',
        'replied',
        'delivered',
        'withdrawn',
      ]);
      return {
        trackingNo: row.trackingNo,
        receivedOn: row.receivedOn,
        infoTitle: row.infoTitle,
        state: summary.state,
        dueOn: summary.clock.dueOn,
        provisional: summary.clock.provisional,
        steps: summary.events
          .filter((e) => shown.has(e.type))
          .map((e) => ({
            on: e.on,
            label:
              e.type === 'replied' && e.outcome
                ? `${EVENT_LABELS.replied}：${outcomeLabel(e.outcome)}`
                : e.type === 'fee_notice_sent' && e.amount !== undefined
                  ? `${EVENT_LABELS.fee_notice_sent}：${e.amount} 元`
                  : EVENT_LABELS[e.type],
          })),
      };
    },
  };
  return service;
}

export type RequestsService = ReturnType<typeof createRequestsService>;
