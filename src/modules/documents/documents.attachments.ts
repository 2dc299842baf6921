import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Actor, Role } from '../../platform/auth/actor.js';
import { touchSite } from '../../platform/cache/content-version.repository.js';
import type { Clock } from '../../platform/clock/clock.js';
import {
  cleanFileName,
  detectAllowedType,
  nameForType,
  typeLabel,
  type FileStore,
  type StoredFile,
} from '../../platform/files/files.js';
import { extractText, TEXT_TYPES } from '../../platform/files/text.js';
import { Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import * as repo from './documents.repository.js';
import type { DocumentRow, RevisionRow } from './documents.repository.js';
import { DocumentErrors } from './documents.errors.js';

/** What the attachments part shares with the rest of the documents service. */
export interface AttachmentsContext {
  db: Executor;
  clock: Clock;
  /** Where attachment bytes are kept; needed only by the attachment methods. */
  files: FileStore | undefined;
  maxAttachmentBytes: number;
  editors: Role[];
  loadVisible(actor: Actor, id: string): Promise<{ doc: DocumentRow; latest: RevisionRow }>;
  refuseUnless(actor: Actor, doc: { siteId: string; departmentId: string }, roles: Role[], what: string): Promise<void>;
  publicDocument(siteId: string, id: string): Promise<DocumentRow | undefined>;
  /** Keeps the document's copies on other sites (一稿多发) in step, in the change's transaction. */
  afterChange(trx: Executor, doc: DocumentRow): Promise<void>;
}

/** A document's files: uploaded by its editors, their text read for the checks, served while it is public. */
export function documentAttachments(ctx: AttachmentsContext) {
  const { db, clock, files, maxAttachmentBytes } = ctx;
  return {
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

    /**
     * Adds a file to a document. The type is told by the content; the bytes are stored by hash
     * before the row is written, so a failed transaction leaves at most an unreferenced file.
     */
    async addAttachment(
      actor: Actor,
      id: string,
      upload: { name: string; bytes: Buffer },
    ): Promise<repo.AttachmentRow> {
      const { doc } = await ctx.loadVisible(actor, id);
      await ctx.refuseUnless(actor, doc, ctx.editors, '为该信息上传附件');
      if (doc.syndicatedFromId) throw DocumentErrors.DOCUMENT_SYNDICATED_COPY();
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
        await ctx.afterChange(trx, doc);
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
      const { doc } = await ctx.loadVisible(actor, id);
      await ctx.refuseUnless(actor, doc, ctx.editors, '删除该信息的附件');
      if (doc.syndicatedFromId) throw DocumentErrors.DOCUMENT_SYNDICATED_COPY();
      const attachment = await repo.findAttachment(db, attachmentId);
      if (!attachment || attachment.documentId !== id) throw Errors.NOT_FOUND('附件不存在');
      await inTransaction(db, async (trx) => {
        await repo.deleteAttachment(trx, attachmentId);
        if (doc.status === 'published') await touchSite(trx, doc.siteId);
        await ctx.afterChange(trx, doc);
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
      await ctx.loadVisible(actor, id);
      return repo.listAttachments(db, id);
    },

    publicAttachments: (documentId: string) => repo.listAttachments(db, documentId),

    /** An attachment and its content, read as it is sent, only while its document is public. */
    async publicAttachment(
      siteId: string,
      attachmentId: string,
    ): Promise<{ attachment: repo.AttachmentRow; file: StoredFile } | undefined> {
      const attachment = await repo.findAttachment(db, attachmentId);
      if (!attachment || !files || !(await ctx.publicDocument(siteId, attachment.documentId))) return undefined;
      // A file gone from the store is answered as not found, not as a fault.
      const file = await files.stream(attachment.sha256).catch((error: unknown) => {
        if ((error as { code?: string }).code === 'ENOENT') return undefined;
        throw error;
      });
      return file && { attachment, file };
    },
  };
}
