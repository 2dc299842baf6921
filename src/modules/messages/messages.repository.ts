import type { Executor } from '../../db/database.js';
import type { MailboxTable, MessageTable } from '../../db/schema.js';
import type { MessageEvent } from './messages.case.js';
import type { MessageChannel, MessageKind, MessageState, Rating } from './messages.model.js';
import type { Writer } from './messages.schema.js';

export interface MailboxRow {
  id: string;
  siteId: string;
  name: string;
  description: string;
  kind: MessageKind | null;
  answerWorkdays: number;
  publishAnswers: boolean;
  departmentId: string | null;
  sort: number;
  active: boolean;
}

export interface MessageRow {
  id: string;
  siteId: string;
  mailboxId: string;
  trackingNo: string;
  channel: MessageChannel;
  kind: MessageKind;
  subject: string;
  body: string;
  writerName: string;
  writer: Writer;
  consentToPublish: boolean;
  receivedOn: string;
  state: MessageState;
  departmentId: string | null;
  firstAnsweredOn: string | null;
  closedOn: string | null;
  rating: Rating | null;
  mergedIntoId: string | null;
  publication: Publication | null;
}

export interface Publication {
  publishedAt: string;
  subject: string;
  body: string;
  answer: string;
  department: string;
  answeredOn: string;
}

export interface StoredEvent extends MessageEvent {
  seq: number;
  recordedBy: string | null;
  recordedAt: string;
}

function toMailbox(r: MailboxTable): MailboxRow {
  return {
    id: r.id,
    siteId: r.site_id,
    name: r.name,
    description: r.description,
    kind: r.kind as MessageKind | null,
    answerWorkdays: Number(r.answer_workdays),
    publishAnswers: Number(r.publish_answers) === 1,
    departmentId: r.department_id,
    sort: Number(r.sort),
    active: Number(r.active) === 1,
  };
}

function toMessage(r: MessageTable): MessageRow {
  return {
    id: r.id,
    siteId: r.site_id,
    mailboxId: r.mailbox_id,
    trackingNo: r.tracking_no,
    channel: r.channel as MessageChannel,
    kind: r.kind as MessageKind,
    subject: r.subject,
    body: r.body,
    writerName: r.writer_name,
    writer: JSON.parse(r.writer_json) as Writer,
    consentToPublish: Number(r.consent_to_publish) === 1,
    receivedOn: r.received_on,
    state: r.state as MessageState,
    departmentId: r.department_id,
    firstAnsweredOn: r.first_answered_on,
    closedOn: r.closed_on,
    rating: r.rating as Rating | null,
    mergedIntoId: r.merged_into_id,
    publication: r.published_at
      ? {
          publishedAt: r.published_at,
          subject: r.public_subject ?? '',
          body: r.public_body ?? '',
          answer: r.public_answer ?? '',
          department: r.public_department ?? '',
          answeredOn: r.public_answered_on ?? '',
        }
      : null,
  };
}

export async function listMailboxes(db: Executor, siteId: string): Promise<MailboxRow[]> {
  const rows = await db
    .selectFrom('mailboxes')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy('sort')
    .orderBy('name')
    .execute();
  return rows.map(toMailbox);
}

export async function findMailbox(db: Executor, id: string): Promise<MailboxRow | undefined> {
  const row = await db.selectFrom('mailboxes').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toMailbox(row);
}

export async function insertMailbox(db: Executor, m: MailboxRow, at: string): Promise<void> {
  await db
    .insertInto('mailboxes')
    .values({
      id: m.id,
      site_id: m.siteId,
      name: m.name,
      description: m.description,
      kind: m.kind,
      answer_workdays: m.answerWorkdays,
      publish_answers: m.publishAnswers ? 1 : 0,
      department_id: m.departmentId,
      sort: m.sort,
      active: m.active ? 1 : 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function updateMailbox(db: Executor, m: MailboxRow, at: string): Promise<void> {
  await db
    .updateTable('mailboxes')
    .set({
      name: m.name,
      description: m.description,
      kind: m.kind,
      answer_workdays: m.answerWorkdays,
      publish_answers: m.publishAnswers ? 1 : 0,
      department_id: m.departmentId,
      sort: m.sort,
      active: m.active ? 1 : 0,
      updated_at: at,
    })
    .where('id', '=', m.id)
    .execute();
}

export async function insertMessage(
  db: Executor,
  m: Omit<MessageRow, 'publication'> & { queryCodeHash: string; createdBy: string | null },
  at: string,
): Promise<void> {
  await db
    .insertInto('messages')
    .values({
      id: m.id,
      site_id: m.siteId,
      mailbox_id: m.mailboxId,
      tracking_no: m.trackingNo,
      query_code_hash: m.queryCodeHash,
      channel: m.channel,
      kind: m.kind,
      subject: m.subject,
      body: m.body,
      writer_name: m.writerName,
      writer_json: JSON.stringify(m.writer),
      consent_to_publish: m.consentToPublish ? 1 : 0,
      received_on: m.receivedOn,
      state: m.state,
      department_id: m.departmentId,
      first_answered_on: null,
      closed_on: null,
      rating: null,
      merged_into_id: null,
      created_by: m.createdBy,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function findMessage(db: Executor, id: string): Promise<MessageRow | undefined> {
  const row = await db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toMessage(row);
}

/** Takes the message's row lock first, so that two steps on one message are recorded one after the other. */
export async function lockMessage(db: Executor, id: string, at: string): Promise<MessageRow | undefined> {
  await db.updateTable('messages').set({ updated_at: at }).where('id', '=', id).execute();
  return findMessage(db, id);
}

export async function findByTrackingNo(
  db: Executor,
  siteId: string,
  trackingNo: string,
): Promise<(MessageRow & { queryCodeHash: string }) | undefined> {
  const row = await db
    .selectFrom('messages')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('tracking_no', '=', trackingNo)
    .executeTakeFirst();
  return row && { ...toMessage(row), queryCodeHash: row.query_code_hash };
}

export interface MessageFilter {
  /** Only these departments' messages (a department handler's view). */
  departmentIds?: string[];
  /** Only messages not yet answered, closed or set aside. */
  open?: boolean;
}

/** Not yet closed: an answered message waits in the office's queue for 办结. */
const OPEN_STATES: MessageState[] = [
  'received',
  'accepted',
  'assigned',
  'returned',
  'in_progress',
  'answer_review',
  'answered',
];

export async function listMessages(db: Executor, siteId: string, filter: MessageFilter): Promise<MessageRow[]> {
  let q = db.selectFrom('messages').selectAll().where('site_id', '=', siteId);
  if (filter.departmentIds) {
    if (filter.departmentIds.length === 0) return [];
    q = q.where('department_id', 'in', filter.departmentIds);
  }
  if (filter.open) q = q.where('state', 'in', OPEN_STATES);
  const rows = await q.orderBy('received_on', 'desc').orderBy('tracking_no', 'desc').limit(2000).execute();
  return rows.map(toMessage);
}

/** Valid messages never answered: the three-month watch list is drawn from these. */
export async function listUnanswered(db: Executor, siteId: string): Promise<MessageRow[]> {
  const rows = await db
    .selectFrom('messages')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('first_answered_on', 'is', null)
    .where('state', 'not in', ['not_accepted', 'merged'])
    .orderBy('received_on')
    .execute();
  return rows.map(toMessage);
}

/** Messages received, or first answered, within [from, to]: what a month's statistics count. */
export async function listForPeriod(db: Executor, siteId: string, from: string, to: string): Promise<MessageRow[]> {
  const rows = await db
    .selectFrom('messages')
    .selectAll()
    .where('site_id', '=', siteId)
    .where((eb) =>
      eb.or([
        eb.and([eb('received_on', '>=', from), eb('received_on', '<=', to)]),
        eb.and([eb('first_answered_on', '>=', from), eb('first_answered_on', '<=', to)]),
      ]),
    )
    .execute();
  return rows.map(toMessage);
}

export async function eventsOf(db: Executor, messageIds: string[]): Promise<Map<string, StoredEvent[]>> {
  const map = new Map<string, StoredEvent[]>();
  if (messageIds.length === 0) return map;
  const rows = await db
    .selectFrom('message_events')
    .selectAll()
    .where('message_id', 'in', messageIds)
    .orderBy('message_id')
    .orderBy('seq')
    .execute();
  for (const r of rows) {
    const event: StoredEvent = {
      ...(JSON.parse(r.data_json) as Omit<MessageEvent, 'type' | 'on'>),
      type: r.type as MessageEvent['type'],
      on: r.occurred_on,
      seq: Number(r.seq),
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
    };
    const list = map.get(r.message_id);
    if (list) list.push(event);
    else map.set(r.message_id, [event]);
  }
  return map;
}

export interface MessageAttachmentRow {
  id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
}

export async function insertAttachment(
  db: Executor,
  messageId: string,
  a: MessageAttachmentRow,
  at: string,
): Promise<void> {
  await db
    .insertInto('message_attachments')
    .values({ ...a, message_id: messageId, created_at: at })
    .execute();
}

export async function listAttachments(db: Executor, messageId: string): Promise<MessageAttachmentRow[]> {
  return db
    .selectFrom('message_attachments')
    .select(['id', 'name', 'mime', 'size', 'sha256'])
    .where('message_id', '=', messageId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertEvent(
  db: Executor,
  e: { id: string; messageId: string; seq: number; event: MessageEvent; recordedBy: string | null },
  at: string,
): Promise<void> {
  const { type, on, ...data } = e.event;
  await db
    .insertInto('message_events')
    .values({
      id: e.id,
      message_id: e.messageId,
      seq: e.seq,
      type,
      occurred_on: on,
      data_json: JSON.stringify(data),
      recorded_by: e.recordedBy,
      recorded_at: at,
    })
    .execute();
}

/** The columns kept from the events, rewritten after each one. */
export async function updateDerived(
  db: Executor,
  id: string,
  d: {
    state: MessageState;
    departmentId: string | null;
    firstAnsweredOn: string | null;
    closedOn: string | null;
    rating: Rating | null;
    mergedIntoId: string | null;
  },
  at: string,
): Promise<void> {
  await db
    .updateTable('messages')
    .set({
      state: d.state,
      department_id: d.departmentId,
      first_answered_on: d.firstAnsweredOn,
      closed_on: d.closedOn,
      rating: d.rating,
      merged_into_id: d.mergedIntoId,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export async function setPublication(db: Executor, id: string, p: Publication | null, at: string): Promise<void> {
  await db
    .updateTable('messages')
    .set({
      published_at: p?.publishedAt ?? null,
      public_subject: p?.subject ?? null,
      public_body: p?.body ?? null,
      public_answer: p?.answer ?? null,
      public_department: p?.department ?? null,
      public_answered_on: p?.answeredOn ?? null,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

/** What the portal shows of published messages: only the texts that passed the gate. */
export interface PublicMessage {
  trackingNo: string;
  mailboxId: string;
  kind: MessageKind;
  receivedOn: string;
  publication: Publication;
}

export async function listPublished(
  db: Executor,
  siteId: string,
  options: { mailboxId?: string; limit: number; offset: number },
): Promise<{ items: PublicMessage[]; total: number }> {
  let q = db.selectFrom('messages').where('site_id', '=', siteId).where('published_at', 'is not', null);
  if (options.mailboxId) q = q.where('mailbox_id', '=', options.mailboxId);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll()
    .orderBy('public_answered_on', 'desc')
    .orderBy('tracking_no', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return {
    total: Number(total.n),
    items: rows.map((r) => {
      const m = toMessage(r);
      return {
        trackingNo: m.trackingNo,
        mailboxId: m.mailboxId,
        kind: m.kind,
        receivedOn: m.receivedOn,
        publication: m.publication!,
      };
    }),
  };
}
