import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, type Actor, type Role } from '../../platform/auth/actor.js';
import { formatChinaTime, type Clock } from '../../platform/clock/clock.js';
import { detectAllowedType, type FileStore } from '../../platform/files/files.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import { escapeHtml } from '../../platform/text/html.js';
import type { DocumentsService } from '../documents/documents.service.js';
import type { MessagesDeps } from '../messages/messages.service.js';
import type { Guest } from './interviews.model.js';
import * as repo from './interviews.repository.js';
import type { EntryInput, TranscriptInput } from './interviews.schema.js';

export const InterviewRecordErrors = defineErrors({
  INTERVIEW_PHOTO: { status: 400, message: '照片须为 PNG、JPEG 或 GIF 图片，不超过 5 MB' },
  INTERVIEW_NOT_OVER: { status: 409, message: '访谈结束后才能把文字实录存为文件' },
  INTERVIEW_TRANSCRIPT_FILED: { status: 409, message: '这场访谈的文字实录已经存为文件' },
});

const OFFICE: Role[] = ['site_admin', 'message_handler'];
const PHOTO_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif']);
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/**
 * What is kept of an interview besides its live record: the photos shown on its page (captions
 * pass the gate like every published text), and the transcript filed as a document of the
 * catalogue, which then goes through the document's own review and publication.
 */
export function createInterviewRecords({
  db,
  clock,
  files,
  documents,
  checkText,
}: {
  db: Executor;
  clock: Clock;
  files?: FileStore;
  documents: DocumentsService;
  checkText: MessagesDeps['checkText'];
}) {
  async function loadForOffice(actor: Actor, id: string) {
    const r = await repo.findInterview(db, id);
    if (!r || !can(actor, r.site_id, [...OFFICE, 'auditor'], [])) throw Errors.NOT_FOUND('访谈不存在');
    if (!can(actor, r.site_id, OFFICE, [])) throw Errors.FORBIDDEN('只有公开办可以办理访谈');
    return r;
  }

  const records = {
    async addPhoto(
      actor: Actor,
      id: string,
      input: { bytes: Buffer; caption: string; acceptedFindings: EntryInput['acceptedFindings'] },
    ) {
      const r = await loadForOffice(actor, id);
      const mime = await detectAllowedType(input.bytes);
      if (!mime || !PHOTO_TYPES.has(mime) || input.bytes.length > MAX_PHOTO_BYTES)
        throw InterviewRecordErrors.INTERVIEW_PHOTO();
      const caption = input.caption.trim();
      if (!caption) throw Errors.VALIDATION_FAILED('请填写照片说明', [{ field: 'caption', message: '请填写照片说明' }]);
      if (!files) throw Errors.INTERNAL();
      const sha256 = await files.put(input.bytes);
      await inTransaction(db, async (trx) => {
        await checkText(
          trx,
          actor,
          { siteId: r.site_id, departmentId: '', entityType: 'interview', entityId: r.id },
          [{ field: '照片说明', text: caption }],
          input.acceptedFindings,
        );
        const seq = await repo.nextSeq(trx, 'interview_photos', id);
        await repo.insertPhoto(trx, {
          id: newId(),
          interview_id: id,
          seq,
          caption,
          mime,
          size: input.bytes.length,
          sha256,
          created_by: actor.userId,
          created_at: clock.now().toISOString(),
        });
        await recordAudit(trx, clock, actor, {
          action: 'interview.photo',
          entityType: 'interview',
          entityId: id,
          siteId: r.site_id,
          after: { title: r.title, seq, caption },
        });
      });
    },

    async removePhoto(actor: Actor, id: string, photoId: string) {
      const r = await loadForOffice(actor, id);
      await inTransaction(db, async (trx) => {
        const gone = await repo.findPhoto(trx, id, photoId);
        if (!gone) throw Errors.NOT_FOUND('照片不存在');
        await repo.deletePhoto(trx, photoId);
        await recordAudit(trx, clock, actor, {
          action: 'interview.photo_remove',
          entityType: 'interview',
          entityId: id,
          siteId: r.site_id,
          before: gone,
        });
      });
    },

    /** A photo of an announced event, for its public page; nothing of a draft. */
    async publicPhoto(siteId: string, id: string, seq: number) {
      const r = await repo.findInterview(db, id);
      if (!r || r.site_id !== siteId || !r.published_at || !files) throw Errors.NOT_FOUND('照片不存在');
      const photo = await repo.photoBySeq(db, id, seq);
      if (!photo) throw Errors.NOT_FOUND('照片不存在');
      return { mime: photo.mime, bytes: await files.get(photo.sha256) };
    },

    /**
     * Files the ended event's record as a draft document (title, guests, moderated questions,
     * every entry of the record) in the column and under the department the office chooses.
     */
    async fileTranscript(actor: Actor, id: string, input: TranscriptInput) {
      const r = await loadForOffice(actor, id);
      if (!r.ended_at) throw InterviewRecordErrors.INTERVIEW_NOT_OVER();
      if (r.transcript_document_id) throw InterviewRecordErrors.INTERVIEW_TRANSCRIPT_FILED();
      const [entries, questions] = await Promise.all([repo.transcriptEntries(db, id), repo.approvedQuestions(db, id)]);
      const guests = JSON.parse(r.guests_json) as Guest[];
      const paragraphs = (text: string) =>
        text
          .split(/\n+/)
          .filter((line) => line.trim())
          .map((line) => `<p>${escapeHtml(line.trim())}</p>`)
          .join('');
      const bodyHtml = [
        `<p>时间：${escapeHtml(formatChinaTime(r.starts_at))}</p>`,
        `<p>嘉宾：${guests.map((g) => escapeHtml(`${g.title} ${g.name}`)).join('；')}</p>`,
        r.summary ? paragraphs(r.summary) : '',
        questions.length > 0
          ? `<h2>网友提问</h2><ol>${questions.map((q) => `<li>${escapeHtml(q.public_body ?? '')}</li>`).join('')}</ol>`
          : '',
        '<h2>文字实录</h2>',
        ...entries.map((e) => `<p><strong>${escapeHtml(e.speaker)}：</strong>${escapeHtml(e.text)}</p>`),
      ].join('');
      const doc = await documents.create(
        actor,
        r.site_id,
        input.departmentId,
        {
          title: `${r.title}（文字实录）`.slice(0, 200),
          docNo: '',
          writtenOn: null,
          subject: '',
          keywords: [],
          disclosure: 'proactive',
          validity: 'effective',
          replacedById: null,
          interpretsId: null,
          documentKind: null,
          summary: r.summary.slice(0, 100),
          bodyHtml,
          source: '',
          columnIds: [input.columnId],
        },
        async (trx, documentId) => {
          await repo.updateInterview(trx, id, {
            transcript_document_id: documentId,
            updated_at: clock.now().toISOString(),
          });
          await recordAudit(trx, clock, actor, {
            action: 'interview.transcript',
            entityType: 'interview',
            entityId: id,
            siteId: r.site_id,
            after: { title: r.title, documentId },
          });
        },
      );
      return { documentId: doc.id };
    },
  };
  return records;
}

export type InterviewRecords = ReturnType<typeof createInterviewRecords>;
