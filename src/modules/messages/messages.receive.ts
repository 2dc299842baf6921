import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Actor } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { nextTrackingNo } from '../../platform/counters/counters.js';
import type { FileStore } from '../../platform/files/files.js';
import { Errors } from '../../platform/http/errors.js';
import { hashSecret, newId, newQueryCode } from '../../platform/ids/ids.js';
import { checkUploads, type Upload } from './messages.attachments.js';
import type { MessageEvent } from './messages.case.js';
import { MessageErrors } from './messages.errors.js';
import type { MailboxesService } from './messages.mailboxes.js';
import type { MessageChannel } from './messages.model.js';
import * as repo from './messages.repository.js';
import type { OnlineMessageBody } from './messages.schema.js';

export interface ReceiverDeps {
  db: Executor;
  clock: Clock;
  mailboxes: MailboxesService;
  /** Where writers' attachments are kept; without it a message cannot carry any. */
  files?: FileStore;
}

/**
 * Receiving a message (收件): numbered by year (LY2026-00001), its writer given a query code, its
 * attachments stored, and — written to a department's own box — passed straight to that department.
 */
export function messageReceiver({ db, clock, mailboxes, files }: ReceiverDeps) {
  /** Creates the message and its `received` event in one transaction; returns the writer's query code. */
  return async function receive(
    actor: Actor,
    siteId: string,
    input: OnlineMessageBody,
    channel: MessageChannel,
    receivedOn: string,
    uploads: readonly Upload[] = [],
  ): Promise<{ id: string; trackingNo: string; queryCode: string }> {
    if (receivedOn > chinaDate(clock.now())) throw MessageErrors.MESSAGE_RECEIVED_DATE();
    const box = await mailboxes.find(siteId, input.mailboxId, channel === 'online');
    const kind = box.kind ?? input.kind;
    if (!kind) throw MessageErrors.MESSAGE_KIND_REQUIRED(undefined, [{ field: 'kind', message: '请选择留言类别' }]);
    const checked = await checkUploads(uploads);
    if (checked.length > 0 && !files) throw Errors.INTERNAL();
    // Files are written (by content hash) before the transaction: a failed transaction leaves an
    // unreferenced file, never a row pointing at nothing.
    const attachments = await Promise.all(
      checked.map(async (u) => ({
        id: newId(),
        name: u.name,
        mime: u.mime,
        size: u.bytes.length,
        sha256: await files!.put(u.bytes),
      })),
    );
    const queryCode = newQueryCode();
    return inTransaction(db, async (trx) => {
      const trackingNo = await nextTrackingNo(trx, siteId, 'message', receivedOn);
      const id = newId();
      const at = clock.now().toISOString();
      await repo.insertMessage(
        trx,
        {
          id,
          siteId,
          mailboxId: box.id,
          trackingNo,
          channel,
          kind,
          subject: input.subject.trim(),
          body: input.body.trim(),
          writerName: input.writer.name.trim(),
          writer: {
            name: input.writer.name.trim(),
            phone: input.writer.phone.trim(),
            email: input.writer.email.trim(),
            address: input.writer.address.trim(),
          },
          consentToPublish: input.consentToPublish,
          receivedOn,
          state: box.departmentId ? 'assigned' : 'received',
          departmentId: box.departmentId,
          firstAnsweredOn: null,
          closedOn: null,
          rating: null,
          mergedIntoId: null,
          queryCodeHash: hashSecret(queryCode),
          createdBy: actor.userId,
        },
        at,
      );
      // A department's own box (部门信箱) needs no dispatcher: the message is accepted and goes
      // straight to that department, which returns it to the office when it is not its own.
      const events: MessageEvent[] = [{ type: 'received', on: receivedOn }];
      if (box.departmentId)
        events.push(
          { type: 'accepted', on: receivedOn },
          { type: 'assigned', on: receivedOn, departmentId: box.departmentId, note: `写给“${box.name}”，直接转交` },
        );
      for (const [i, event] of events.entries())
        await repo.insertEvent(trx, { id: newId(), messageId: id, seq: i + 1, event, recordedBy: actor.userId }, at);
      for (const a of attachments) await repo.insertAttachment(trx, id, a, at);
      // Neither the writer's name nor a contact detail goes into the audit log.
      await recordAudit(trx, clock, actor, {
        action: 'message.receive',
        entityType: 'message',
        entityId: id,
        siteId,
        after: {
          trackingNo,
          mailbox: box.name,
          channel,
          receivedOn,
          assignedTo: box.departmentId,
          attachments: attachments.length,
        },
      });
      return { id, trackingNo, queryCode };
    });
  };
}
