import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
import { withoutWriter } from '../../platform/text/writer.js';
import { MessageErrors } from './messages.errors.js';
import * as repo from './messages.repository.js';
import type { MessageRow } from './messages.repository.js';
import type { PublicationInput } from './messages.schema.js';
import type { MessagesDeps } from './messages.service.js';

/** What publishing needs of a message as staff see it. */
interface PublishableDetail {
  mayPublish: boolean;
  case: {
    departmentId: string | null;
    departmentName: string | null;
    answer: string | null;
    answeredOn: string | null;
  };
}

export interface PublicationContext<Detail extends PublishableDetail> {
  db: Executor;
  clock: Clock;
  get: (actor: Actor, id: string) => Promise<Detail>;
  load: (actor: Actor, id: string) => Promise<MessageRow>;
  isOffice: (actor: Actor, siteId: string) => boolean;
  deidentifyText: MessagesDeps['deidentifyText'];
  checkText: MessagesDeps['checkText'];
  now: () => string;
  today: () => string;
}

/**
 * Publishing a message with its answer (留言选登): the office starts from a masked draft, edits it,
 * and it passes the publication gate; the portal shows nothing else.
 */
export function messagePublication<Detail extends PublishableDetail>(ctx: PublicationContext<Detail>) {
  const { db, clock, get, load, isOffice, deidentifyText, checkText, now, today } = ctx;
  return {
    /**
     * What the office starts from when publishing: the question and the answer with personal
     * information masked, the writer's own name and contacts first of all.
     */
    async publicationDraft(actor: Actor, id: string) {
      const detail = await get(actor, id);
      if (!detail.mayPublish) throw MessageErrors.MESSAGE_NOT_PUBLISHABLE();
      const row = (await repo.findMessage(db, id))!;
      const mask = async (text: string) => deidentifyText(db, row.siteId, withoutWriter(text, row.writer));
      return {
        subject: await mask(row.subject),
        body: await mask(row.body),
        answer: await mask(detail.case.answer ?? ''),
      };
    },

    /** Publishes the question and answer as the office edited them, through the publication gate. */
    async publish(actor: Actor, id: string, input: PublicationInput) {
      const detail = await get(actor, id);
      if (!detail.mayPublish) throw MessageErrors.MESSAGE_NOT_PUBLISHABLE();
      const row = (await repo.findMessage(db, id))!;
      const fields = [
        { field: '标题', text: withoutWriter(input.subject.trim(), row.writer) },
        { field: '留言内容', text: withoutWriter(input.body.trim(), row.writer) },
        { field: '答复内容', text: withoutWriter(input.answer.trim(), row.writer) },
      ];
      await inTransaction(db, async (trx) => {
        await checkText(
          trx,
          actor,
          { siteId: row.siteId, departmentId: detail.case.departmentId ?? '', entityType: 'message', entityId: id },
          fields,
          input.acceptedFindings,
        );
        await repo.setPublication(
          trx,
          id,
          {
            publishedAt: now(),
            subject: fields[0]!.text,
            body: fields[1]!.text,
            answer: fields[2]!.text,
            department: detail.case.departmentName ?? '',
            answeredOn: detail.case.answeredOn ?? today(),
          },
          now(),
        );
        await recordAudit(trx, clock, actor, {
          action: 'message.publish',
          entityType: 'message',
          entityId: id,
          siteId: row.siteId,
          after: { trackingNo: row.trackingNo },
        });
      });
      return get(actor, id);
    },

    async unpublish(actor: Actor, id: string) {
      const row = await load(actor, id);
      if (!isOffice(actor, row.siteId)) throw Errors.FORBIDDEN('只有公开办可以撤下公开的留言');
      await inTransaction(db, async (trx) => {
        await repo.setPublication(trx, id, null, now());
        await recordAudit(trx, clock, actor, {
          action: 'message.unpublish',
          entityType: 'message',
          entityId: id,
          siteId: row.siteId,
          after: { trackingNo: row.trackingNo },
        });
      });
      return get(actor, id);
    },

    /** Published messages for the portal: nothing but what passed the gate. */
    published(siteId: string, options: { mailboxId?: string; page: number; pageSize: number }) {
      return repo.listPublished(db, siteId, {
        mailboxId: options.mailboxId,
        limit: options.pageSize,
        offset: (options.page - 1) * options.pageSize,
      });
    },

    async publishedOne(siteId: string, trackingNo: string) {
      const row = await repo.findByTrackingNo(db, siteId, trackingNo.trim().toUpperCase());
      if (!row?.publication) throw Errors.NOT_FOUND('没有这条公开的留言');
      return {
        trackingNo: row.trackingNo,
        kind: row.kind,
        mailboxId: row.mailboxId,
        receivedOn: row.receivedOn,
        publication: row.publication,
      };
    },
  };
}
