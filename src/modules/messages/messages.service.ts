import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, scopeOf, type Actor, type Role } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import type { FileStore } from '../../platform/files/files.js';
import { Errors } from '../../platform/http/errors.js';
import { hashSecret, newId } from '../../platform/ids/ids.js';
import { maskedName, withoutWriter } from '../../platform/text/writer.js';
import { currentCalendar } from '../../platform/workdays/workdays.js';
import { pathIn, type DepartmentsService } from '../departments/departments.service.js';
import type { Upload } from './messages.attachments.js';
import { checkEvent, messageState, type MessageCase, type MessageEvent } from './messages.case.js';
import {
  EVENT_LABELS,
  LEGAL_CHANNEL_REPLIES,
  PUBLIC_STATE_LABELS,
  STATE_LABELS,
  type Rating,
} from './messages.model.js';
import { MessageErrors } from './messages.errors.js';
import { messagePublication } from './messages.publication.js';
import * as repo from './messages.repository.js';
import type { MailboxesService } from './messages.mailboxes.js';
import type { MailboxRow, MessageRow, StoredEvent } from './messages.repository.js';
import type { MessageEventInput, OnlineMessageBody, PublicationInput, RegisterMessageBody } from './messages.schema.js';
import { monthlyStatistics } from './messages.statistics.js';
import { messageReceiver } from './messages.receive.js';
import { mayTake, stepsOffered, type StepTaker } from './messages.steps.js';

export { MessageErrors } from './messages.errors.js';

/** The office: dispatches, reviews answers, closes, publishes. A department handler answers what it is given. */
const HANDLERS: Role[] = ['message_handler', 'site_admin'];
const READERS: Role[] = ['message_handler', 'site_admin', 'auditor'];

export interface MessagesDeps {
  db: Executor;
  clock: Clock;
  departments: DepartmentsService;
  mailboxes: MailboxesService;
  /** Masks personal information in a text by the site's policy (publication-checks). */
  deidentifyText: (executor: Executor, siteId: string, text: string) => Promise<string>;
  /** Where writers' attachments are kept; without it a message cannot carry any. */
  files?: FileStore;
  /** The publication gate, in the caller's transaction, with findings a reviewer accepts. */
  checkText: (
    trx: Executor,
    actor: Actor,
    target: { siteId: string; departmentId: string; entityType: string; entityId: string },
    fields: { field: string; text: string }[],
    accepted: readonly PublicationInput['acceptedFindings'][number][],
  ) => Promise<void>;
}

export function createMessagesService({
  db,
  clock,
  departments,
  mailboxes,
  deidentifyText,
  checkText,
  files,
}: MessagesDeps) {
  const today = () => chinaDate(clock.now());
  const now = () => clock.now().toISOString();

  const isOffice = (actor: Actor, siteId: string) => can(actor, siteId, HANDLERS, []);
  const create = messageReceiver({ db, clock, mailboxes, files });

  async function checkDepartment(siteId: string, id: string | null, error: () => Error): Promise<void> {
    if (!id) return;
    const dept = await departments.get(id).catch(() => undefined);
    if (!dept || dept.siteId !== siteId) throw error();
  }

  /** The departments whose messages the actor may read; undefined for the whole site. */
  async function visibleDepartments(actor: Actor, siteId: string): Promise<string[] | undefined> {
    const scope = scopeOf(actor, siteId, READERS);
    if (scope !== 'site' && scope.length === 0) throw Errors.FORBIDDEN('没有查看留言的权限');
    return scope === 'site' ? undefined : departments.subtree(siteId, scope);
  }

  async function mayRead(actor: Actor, m: MessageRow): Promise<boolean> {
    const path = m.departmentId ? await departments.path(m.siteId, m.departmentId) : [];
    return can(actor, m.siteId, READERS, path);
  }

  /** A handler of the message's site or department sees who wrote; an auditor sees 张某 and no contacts. */
  async function mayIdentify(actor: Actor, m: MessageRow): Promise<boolean> {
    const path = m.departmentId ? await departments.path(m.siteId, m.departmentId) : [];
    return can(actor, m.siteId, HANDLERS, path);
  }

  async function load(actor: Actor, id: string): Promise<MessageRow> {
    const m = await repo.findMessage(db, id);
    if (!m || !(await mayRead(actor, m))) throw Errors.NOT_FOUND('留言不存在');
    return m;
  }

  /** Each message's case as of today, from its events and its mailbox's limit. */
  async function casesOf(executor: Executor, rows: MessageRow[]) {
    const [calendar, events] = await Promise.all([
      currentCalendar(executor),
      repo.eventsOf(
        executor,
        rows.map((r) => r.id),
      ),
    ]);
    const boxes = new Map<string, MailboxRow>();
    for (const siteId of new Set(rows.map((r) => r.siteId)))
      for (const b of await repo.listMailboxes(executor, siteId)) boxes.set(b.id, b);
    const day = today();
    return rows.map((r) => {
      const history = events.get(r.id) ?? [];
      const box = boxes.get(r.mailboxId)!;
      return { row: r, box, history, case: messageState(r.receivedOn, history, calendar, day, box.answerWorkdays) };
    });
  }

  async function departmentNames(siteId: string): Promise<Map<string, string>> {
    return new Map((await departments.list(siteId)).map((d) => [d.id, d.name]));
  }

  function caseView(c: MessageCase, names: Map<string, string>) {
    return {
      ...c,
      stateLabel: STATE_LABELS[c.state],
      departmentName: c.departmentId ? (names.get(c.departmentId) ?? null) : null,
    };
  }

  function summary(r: MessageRow, box: MailboxRow, c: MessageCase, names: Map<string, string>, identify: boolean) {
    return {
      id: r.id,
      trackingNo: r.trackingNo,
      mailboxId: r.mailboxId,
      mailboxName: box.name,
      kind: r.kind,
      channel: r.channel,
      subject: r.subject,
      writerName: identify ? r.writerName : maskedName(r.writerName),
      receivedOn: r.receivedOn,
      consentToPublish: r.consentToPublish,
      published: r.publication !== null,
      case: caseView(c, names),
    };
  }

  /** Whether the actor is the office, or handles the department the message is with. */
  async function takerOf(actor: Actor, siteId: string, c: MessageCase, path?: string[]): Promise<StepTaker> {
    const office = isOffice(actor, siteId);
    if (!c.departmentId) return { office, department: false };
    const inDepartment = path ?? (await departments.path(siteId, c.departmentId));
    return { office, department: can(actor, siteId, HANDLERS, inDepartment) };
  }

  /** A message as a member of staff may see it: the writer and files only for those handling it. */
  async function detail(actor: Actor, id: string) {
    const row = await load(actor, id);
    const [[c], names] = await Promise.all([casesOf(db, [row]), departmentNames(row.siteId)]);
    const identify = await mayIdentify(actor, row);
    const merged = row.mergedIntoId ? await repo.findMessage(db, row.mergedIntoId) : undefined;
    return {
      ...summary(row, c!.box, c!.case, names, identify),
      // What the writer wrote is theirs too: an auditor reads it masked.
      body: identify ? row.body : await deidentifyText(db, row.siteId, withoutWriter(row.body, row.writer)),
      writer: identify
        ? row.writer
        : { name: maskedName(row.writerName), phone: '（仅办理人员可见）', email: '', address: '' },
      mergedInto: merged?.trackingNo ?? null,
      // Like the writer's contacts, the files are for those handling the message.
      attachments: identify
        ? (await repo.listAttachments(db, id)).map(({ id: attachmentId, name, mime, size }) => ({
            id: attachmentId,
            name,
            mime,
            size,
          }))
        : [],
      events: c!.history.map((e) => ({
        seq: e.seq,
        type: e.type,
        label: EVENT_LABELS[e.type],
        on: e.on,
        note: e.note ?? null,
        departmentName: e.departmentId ? (names.get(e.departmentId) ?? null) : null,
        reply: e.reply ?? null,
        days: e.days ?? null,
        approved: e.approved ?? null,
        rating: e.rating ?? null,
        recordedBy: e.recordedBy,
        recordedAt: e.recordedAt,
      })),
      actions: stepsOffered(c!.case, await takerOf(actor, row.siteId, c!.case)),
      mayPublish: isOffice(actor, row.siteId) && row.consentToPublish && c!.case.answer !== null,
      publication: row.publication,
    };
  }

  const service = {
    ...messagePublication({ db, clock, get: detail, load, isOffice, deidentifyText, checkText, now, today }),
    /** A message written on the portal, received the day it is sent. */
    submitOnline(siteId: string, input: OnlineMessageBody, uploads: readonly Upload[] = []) {
      return create(
        { userId: null, name: '网上留言', isPlatformAdmin: false, grants: [], ip: '' },
        siteId,
        input,
        'online',
        today(),
        uploads,
      );
    },

    /** A writer's attachment, for those who may see who wrote the message (never the portal). */
    async attachment(actor: Actor, id: string, attachmentId: string) {
      const row = await load(actor, id);
      if (!(await mayIdentify(actor, row))) throw Errors.FORBIDDEN('只有办理人员可以查看留言附件');
      const a = (await repo.listAttachments(db, id)).find((x) => x.id === attachmentId);
      if (!a || !files) throw Errors.NOT_FOUND('附件不存在');
      return { name: a.name, mime: a.mime, bytes: await files.get(a.sha256) };
    },

    /** A message the office took by phone, letter or visit. */
    register(actor: Actor, siteId: string, input: RegisterMessageBody) {
      if (!isOffice(actor, siteId)) throw Errors.FORBIDDEN('只有公开办（全站留言办理人）可以登记留言');
      return create(actor, siteId, input, input.channel, input.receivedOn);
    },

    /** The work queue: the office sees the site's, a department its own; overdue and nearly due first. */
    async list(actor: Actor, siteId: string, options: { open?: boolean; watch?: boolean } = {}) {
      const visible = await visibleDepartments(actor, siteId);
      const rows = options.watch
        ? (await repo.listUnanswered(db, siteId)).filter(
            (r) => !visible || (r.departmentId && visible.includes(r.departmentId)),
          )
        : await repo.listMessages(db, siteId, { departmentIds: visible, open: options.open });
      const [cases, names] = await Promise.all([casesOf(db, rows), departmentNames(siteId)]);
      const identify = scopeOf(actor, siteId, HANDLERS);
      const handled = identify === 'site' ? null : new Set(await departments.subtree(siteId, identify));
      const items = cases
        .filter((c) => !options.watch || c.case.watch !== null)
        .map((c) =>
          summary(
            c.row,
            c.box,
            c.case,
            names,
            handled === null || (c.row.departmentId !== null && handled.has(c.row.departmentId)),
          ),
        );
      const rank = (s: (typeof items)[number]) =>
        s.case.watch === 'veto' ? 0 : s.case.overdue ? 1 : s.case.watch === 'near' ? 2 : 3;
      return items.sort((a, b) => rank(a) - rank(b) || (a.case.dueOn ?? '9').localeCompare(b.case.dueOn ?? '9'));
    },

    get: detail,

    /** Records one step of the loop; refused with a code when it does not follow (messages.case.ts). */
    async addEvent(actor: Actor, id: string, input: MessageEventInput) {
      const row = await load(actor, id);
      const event: MessageEvent = { ...input, on: input.on ?? today() };
      delete (event as { intoTrackingNo?: string }).intoTrackingNo;
      if (input.type === 'assigned')
        await checkDepartment(row.siteId, input.departmentId ?? null, () => MessageErrors.MESSAGE_DEPARTMENT());
      if (input.type === 'redirected' && input.channel && !input.reply?.trim())
        event.reply = LEGAL_CHANNEL_REPLIES[input.channel].reply;
      if (input.type === 'merged') {
        const into = input.intoTrackingNo
          ? await repo.findByTrackingNo(db, row.siteId, input.intoTrackingNo.trim().toUpperCase())
          : undefined;
        if (!into || into.id === row.id || into.mergedIntoId) throw MessageErrors.MESSAGE_MERGE_TARGET();
        event.intoId = into.id;
      }
      // Read before the transaction: on SQLite its one connection is the transaction's until it ends.
      const all = await departments.list(row.siteId);
      await inTransaction(db, async (trx) => {
        const locked = (await repo.lockMessage(trx, id, now()))!;
        const [c] = await casesOf(trx, [locked]);
        // Who may take the step: the office, or the department the message is with.
        const path = c!.case.departmentId ? pathIn(all, c!.case.departmentId) : [];
        if (!mayTake(event.type, await takerOf(actor, row.siteId, c!.case, path)))
          throw Errors.FORBIDDEN(`没有权限“${EVENT_LABELS[event.type]}”`);
        const calendar = await currentCalendar(trx);
        checkEvent(locked.receivedOn, c!.history, event, calendar, today(), c!.box.answerWorkdays);
        await repo.insertEvent(
          trx,
          { id: newId(), messageId: id, seq: (c!.history.at(-1)?.seq ?? 0) + 1, event, recordedBy: actor.userId },
          now(),
        );
        await keepDerived(trx, locked, [...c!.history, event], c!.box.answerWorkdays);
        await recordAudit(trx, clock, actor, {
          action: `message.${event.type}`,
          entityType: 'message',
          entityId: id,
          siteId: row.siteId,
          departmentId: c!.case.departmentId ?? event.departmentId ?? null,
          after: {
            trackingNo: row.trackingNo,
            type: event.type,
            on: event.on,
            departmentId: event.departmentId ?? null,
          },
        });
      });
      return service.get(actor, id);
    },

    /** The writer's own view with the tracking number and query code: where it stands and the answer. */
    async publicStatus(siteId: string, trackingNo: string, queryCode: string) {
      const row = await repo.findByTrackingNo(db, siteId, trackingNo.trim().toUpperCase());
      if (!row || row.queryCodeHash !== hashSecret(queryCode.trim().toUpperCase()))
        throw MessageErrors.MESSAGE_NOT_FOUND();
      const [[c], names] = await Promise.all([casesOf(db, [row]), departmentNames(siteId)]);
      let answer = c!.case.answer;
      let answeredOn = c!.case.answeredOn;
      // A duplicate is answered by the message it was merged into.
      if (row.mergedIntoId) {
        const main = await repo.findMessage(db, row.mergedIntoId);
        const [m] = main ? await casesOf(db, [main]) : [];
        answer = m?.case.answer ?? null;
        answeredOn = m?.case.answeredOn ?? null;
      }
      const answeredBy = [...c!.history].reverse().find((e) => e.type === 'assigned')?.departmentId;
      return {
        trackingNo: row.trackingNo,
        subject: row.subject,
        receivedOn: row.receivedOn,
        state: c!.case.state,
        stateLabel: PUBLIC_STATE_LABELS[c!.case.state],
        dueOn: answer ? null : c!.case.dueOn,
        answer,
        answeredOn,
        department: answer && answeredBy ? (names.get(answeredBy) ?? null) : null,
        rating: c!.case.rating,
        mayRate:
          answer !== null && c!.case.rating === null && ['answered', 'closed', 'followed_up'].includes(c!.case.state),
        reopened: c!.case.round === 2,
      };
    },

    /** The writer rates the answer (满意/基本满意/不满意); 不满意 reopens the message once. */
    async rate(siteId: string, trackingNo: string, queryCode: string, rating: Rating, note: string) {
      const status = await service.publicStatus(siteId, trackingNo, queryCode);
      const row = (await repo.findByTrackingNo(db, siteId, status.trackingNo))!;
      const writer: Actor = { userId: null, name: '留言人', isPlatformAdmin: false, grants: [], ip: '' };
      const event: MessageEvent = { type: 'rated', on: today(), rating, ...(note.trim() ? { note: note.trim() } : {}) };
      await inTransaction(db, async (trx) => {
        const locked = (await repo.lockMessage(trx, row.id, now()))!;
        const [c] = await casesOf(trx, [locked]);
        checkEvent(locked.receivedOn, c!.history, event, await currentCalendar(trx), today(), c!.box.answerWorkdays);
        await repo.insertEvent(
          trx,
          { id: newId(), messageId: row.id, seq: (c!.history.at(-1)?.seq ?? 0) + 1, event, recordedBy: null },
          now(),
        );
        await keepDerived(trx, locked, [...c!.history, event], c!.box.answerWorkdays);
        await recordAudit(trx, clock, writer, {
          action: 'message.rated',
          entityType: 'message',
          entityId: row.id,
          siteId,
          after: { trackingNo: row.trackingNo, rating },
        });
      });
      return service.publicStatus(siteId, trackingNo, queryCode);
    },

    /** A month's figures (website.md §6: 收到、办结、按期办结率、满意率), public. */
    async statistics(siteId: string, month: string) {
      const from = `${month}-01`;
      const to = `${month}-31`;
      const rows = await repo.listForPeriod(db, siteId, from, to);
      return monthlyStatistics(month, await casesOf(db, rows));
    },

    /** Valid messages still unanswered past their limit, for `gongkai messages overdue` and reminders. */
    async overdue(siteId: string) {
      const cases = await casesOf(db, await repo.listMessages(db, siteId, { open: true }));
      const names = await departmentNames(siteId);
      return cases
        .filter((c) => c.case.overdue || c.case.watch !== null)
        .map((c) => ({
          trackingNo: c.row.trackingNo,
          subject: c.row.subject,
          receivedOn: c.row.receivedOn,
          dueOn: c.case.dueOn,
          state: c.case.state,
          department: c.case.departmentId ? (names.get(c.case.departmentId) ?? null) : null,
          watch: c.case.watch,
        }));
    },
  };

  /** Rewrites the columns kept from the events (state, department, first answer, closing, rating). */
  async function keepDerived(
    trx: Executor,
    row: MessageRow,
    history: readonly (MessageEvent | StoredEvent)[],
    limit: number,
  ) {
    const c = messageState(row.receivedOn, history, await currentCalendar(trx), today(), limit);
    const merged = history.findLast((e) => e.type === 'merged');
    await repo.updateDerived(
      trx,
      row.id,
      {
        state: c.state,
        // Returned, it is with the office; the department that returned it still sees it in its list.
        departmentId: c.departmentId ?? (c.state === 'returned' ? row.departmentId : null),
        firstAnsweredOn: c.firstAnsweredOn,
        closedOn: c.closedOn,
        rating: c.rating,
        mergedIntoId: merged?.intoId ?? null,
      },
      now(),
    );
  }

  return service;
}

export type MessagesService = ReturnType<typeof createMessagesService>;
