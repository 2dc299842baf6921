import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, type Actor, type Role } from '../../platform/auth/actor.js';
import { chinaDate, formatChinaTime, type Clock } from '../../platform/clock/clock.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import { withoutWriter } from '../../platform/text/writer.js';
import type { MessagesDeps } from '../messages/messages.service.js';
import {
  INTERVIEW_KIND_LABELS,
  INTERVIEW_PHASE_LABELS,
  interviewPhase,
  type Guest,
  type InterviewKind,
} from './interviews.model.js';
import * as repo from './interviews.repository.js';
import type { EntryInput, InterviewInput, QuestionModeration } from './interviews.schema.js';

export const InterviewErrors = defineErrors({
  INTERVIEW_NOT_DRAFT: { status: 409, message: '已发布的访谈只能在开始前修改' },
  INTERVIEW_ENDED: { status: 409, message: '访谈已经结束' },
  INTERVIEW_NOT_LIVE: { status: 409, message: '访谈尚未开始，不能发布文字实录' },
  INTERVIEW_QUESTIONS_CLOSED: { status: 409, message: '访谈已经结束，不再征集问题' },
  INTERVIEW_MODERATED: { status: 409, message: '这个问题已经审核过' },
});

/** The office runs interviews and press conferences. */
const OFFICE: Role[] = ['site_admin', 'message_handler'];

type Row = repo.InterviewRow;
interface Writer {
  name: string;
  phone: string;
}

/**
 * 在线访谈 and 新闻发布会: the office schedules an event with its guests and publishes it; the
 * public sends questions beforehand (kept until moderated, shown masked through the gate); while
 * it runs the office publishes the text record entry by entry (each through the gate, where an
 * official's name is accepted with the basis 公职人员履行职务); ending it keeps the record as the
 * transcript on the event's page.
 */
export function createInterviewsService({
  db,
  clock,
  deidentifyText,
  checkText,
}: {
  db: Executor;
  clock: Clock;
  deidentifyText: MessagesDeps['deidentifyText'];
  checkText: MessagesDeps['checkText'];
}) {
  const now = () => clock.now().toISOString();
  const summary = (r: Row) => {
    const phase = interviewPhase(
      { publishedAt: r.published_at, startsAt: r.starts_at, endedAt: r.ended_at },
      clock.now(),
    );
    return {
      id: r.id,
      kind: r.kind as InterviewKind,
      kindLabel: INTERVIEW_KIND_LABELS[r.kind as InterviewKind],
      title: r.title,
      summary: r.summary,
      startsAt: r.starts_at,
      startsAtChina: formatChinaTime(r.starts_at),
      guests: JSON.parse(r.guests_json) as Guest[],
      phase,
      phaseLabel: INTERVIEW_PHASE_LABELS[phase],
    };
  };
  async function load(actor: Actor, id: string): Promise<Row> {
    const r = await repo.findInterview(db, id);
    if (!r || !can(actor, r.site_id, [...OFFICE, 'auditor'], [])) throw Errors.NOT_FOUND('访谈不存在');
    return r;
  }
  async function loadForOffice(actor: Actor, id: string): Promise<Row> {
    const r = await load(actor, id);
    if (!can(actor, r.site_id, OFFICE, [])) throw Errors.FORBIDDEN('只有公开办可以办理访谈');
    return r;
  }
  const target = (r: Row) => ({ siteId: r.site_id, departmentId: '', entityType: 'interview', entityId: r.id });
  const audit = (
    trx: Executor,
    actor: Actor,
    action: string,
    r: Pick<Row, 'id' | 'site_id' | 'title'>,
    after: object,
  ) =>
    recordAudit(trx, clock, actor, {
      action,
      entityType: 'interview',
      entityId: r.id,
      siteId: r.site_id,
      after: { title: r.title, ...after },
    });
  const service = {
    async save(actor: Actor, siteId: string, id: string | null, input: InterviewInput) {
      if (!can(actor, siteId, OFFICE, [])) throw Errors.FORBIDDEN('只有公开办可以安排访谈');
      const existing = id ? await loadForOffice(actor, id) : undefined;
      if (
        existing &&
        (existing.ended_at || (existing.published_at && Date.parse(existing.starts_at) <= clock.now().getTime()))
      )
        throw InterviewErrors.INTERVIEW_NOT_DRAFT();
      const interviewId = id ?? newId();
      const fields = {
        kind: input.kind,
        title: input.title.trim(),
        summary: input.summary.trim(),
        starts_at: new Date(input.startsAt).toISOString(),
        guests_json: JSON.stringify(input.guests.map((g) => ({ ...g, name: g.name.trim(), title: g.title.trim() }))),
        updated_at: now(),
      };
      await inTransaction(db, async (trx) => {
        if (existing) await repo.updateInterview(trx, interviewId, fields);
        else
          await repo.insertInterview(trx, {
            id: interviewId,
            site_id: siteId,
            ...fields,
            created_by: actor.userId,
            created_at: now(),
          });
        await audit(
          trx,
          actor,
          existing ? 'interview.update' : 'interview.create',
          { id: interviewId, site_id: siteId, title: fields.title },
          {
            startsAt: fields.starts_at,
          },
        );
      });
      return service.get(actor, interviewId);
    },

    /** Announces the event on the portal; its title and introduction pass the gate. */
    async publish(actor: Actor, id: string, acceptedFindings: EntryInput['acceptedFindings']) {
      const r = await loadForOffice(actor, id);
      if (r.published_at) throw InterviewErrors.INTERVIEW_NOT_DRAFT('访谈已经发布');
      await inTransaction(db, async (trx) => {
        await checkText(
          trx,
          actor,
          target(r),
          [
            { field: '标题', text: r.title },
            { field: '简介', text: r.summary },
          ],
          acceptedFindings,
        );
        await repo.updateInterview(trx, id, { published_at: now(), updated_at: now() });
        await audit(trx, actor, 'interview.publish', r, {});
      });
      return service.get(actor, id);
    },

    async list(actor: Actor, siteId: string) {
      if (!can(actor, siteId, [...OFFICE, 'auditor'], [])) throw Errors.FORBIDDEN('没有查看访谈的权限');
      return (await repo.listInterviews(db, siteId, false)).map(summary);
    },

    async get(actor: Actor, id: string) {
      const r = await load(actor, id);
      const questions = await repo.questionsOf(db, id);
      return {
        ...summary(r),
        questions: questions.map((q) => ({
          id: q.id,
          seq: q.seq,
          receivedOn: q.received_on,
          body: q.body,
          writer: JSON.parse(q.writer_json) as Writer,
          state: q.state,
          publicBody: q.public_body,
        })),
        entries: await repo.entriesOf(db, id),
        photos: await repo.photosOf(db, id),
        transcriptDocumentId: r.transcript_document_id,
      };
    },

    /** A question from the portal, before or during the event; kept until moderated. */
    async submitQuestion(siteId: string, id: string, input: { name: string; phone: string; body: string }) {
      return inTransaction(db, async (trx) => {
        // Taking the event's row first makes questions sent at the same moment number one after another.
        await repo.updateInterview(trx, id, { updated_at: now() });
        const r = await repo.findInterview(trx, id);
        if (!r || r.site_id !== siteId || !r.published_at) throw Errors.NOT_FOUND('访谈不存在');
        if (r.ended_at) throw InterviewErrors.INTERVIEW_QUESTIONS_CLOSED();
        const seq = await repo.nextSeq(trx, 'interview_questions', id);
        await repo.insertQuestion(trx, {
          id: newId(),
          interview_id: id,
          seq,
          writer_json: JSON.stringify({ name: input.name.trim(), phone: input.phone.trim() }),
          body: input.body.trim(),
          received_on: chinaDate(clock.now()),
          state: 'pending',
          created_at: now(),
          updated_at: now(),
        });
        await audit(
          trx,
          { userId: null, name: '公众', isPlatformAdmin: false, grants: [], ip: '' },
          'interview.question',
          r,
          { seq },
        );
        return { seq };
      });
    },

    async questionDraft(actor: Actor, questionId: string) {
      const { r, q } = await loadQuestion(actor, questionId);
      return {
        publicBody: await deidentifyText(db, r.site_id, withoutWriter(q.body, JSON.parse(q.writer_json) as Writer)),
      };
    },

    async moderateQuestion(actor: Actor, questionId: string, m: QuestionModeration) {
      const { r, q } = await loadQuestion(actor, questionId);
      if (q.state !== 'pending') throw InterviewErrors.INTERVIEW_MODERATED();
      const writer = JSON.parse(q.writer_json) as Writer;
      const publicBody = m.decision === 'approve' ? withoutWriter((m.publicBody ?? '').trim(), writer) : null;
      if (m.decision === 'approve' && !publicBody)
        throw Errors.VALIDATION_FAILED('请填写公开的文字', [{ field: 'publicBody', message: '请填写公开的文字' }]);
      await inTransaction(db, async (trx) => {
        if (publicBody)
          await checkText(
            trx,
            actor,
            target(r),
            [{ field: `第 ${q.seq} 个问题`, text: publicBody }],
            m.acceptedFindings,
          );
        await repo.updateQuestion(trx, questionId, {
          state: m.decision === 'approve' ? 'approved' : 'rejected',
          public_body: publicBody,
          moderated_by: actor.userId,
          moderated_at: now(),
          updated_at: now(),
        });
        await audit(trx, actor, `interview.question_${m.decision}`, r, { seq: q.seq });
      });
      return service.get(actor, r.id);
    },

    /** One entry of the live text record, published at once through the gate. */
    async addEntry(actor: Actor, id: string, input: EntryInput) {
      const r = await loadForOffice(actor, id);
      const phase = interviewPhase(
        { publishedAt: r.published_at, startsAt: r.starts_at, endedAt: r.ended_at },
        clock.now(),
      );
      if (phase === 'ended') throw InterviewErrors.INTERVIEW_ENDED();
      if (phase !== 'live') throw InterviewErrors.INTERVIEW_NOT_LIVE();
      await inTransaction(db, async (trx) => {
        const text = input.text.trim();
        await checkText(trx, actor, target(r), [{ field: '文字实录', text }], input.acceptedFindings);
        const seq = await repo.nextSeq(trx, 'interview_entries', id);
        await audit(trx, actor, 'interview.entry', r, { seq, speaker: input.speaker.trim() });
        await repo.insertEntry(trx, {
          id: newId(),
          interview_id: id,
          seq,
          speaker: input.speaker.trim(),
          text,
          at: now(),
          recorded_by: actor.userId,
        });
      });
      return service.get(actor, id);
    },

    async end(actor: Actor, id: string) {
      const r = await loadForOffice(actor, id);
      if (r.ended_at) throw InterviewErrors.INTERVIEW_ENDED();
      if (!r.published_at || Date.parse(r.starts_at) > clock.now().getTime())
        throw InterviewErrors.INTERVIEW_NOT_LIVE();
      await inTransaction(db, async (trx) => {
        await repo.updateInterview(trx, id, { ended_at: now(), updated_at: now() });
        await audit(trx, actor, 'interview.end', r, {});
      });
      return service.get(actor, id);
    },

    /** The portal's lists. Drafts never. */
    async published(siteId: string) {
      return (await repo.listInterviews(db, siteId, true)).map(summary);
    },

    /** One event as the public sees it: guests, moderated questions as masked, the record. */
    async publishedOne(siteId: string, id: string) {
      const r = await repo.findInterview(db, id);
      if (!r || r.site_id !== siteId || !r.published_at) throw Errors.NOT_FOUND('访谈不存在');
      const questions = await repo.approvedQuestions(db, id);
      return {
        ...summary(r),
        questions: questions.map((q) => ({ seq: q.seq, body: q.public_body ?? '' })),
        entries: await repo.entriesOf(db, id),
        photos: await repo.photosOf(db, id),
      };
    },

    /** Entries after `after`, for the page that updates itself while the event runs. */
    async entriesAfter(siteId: string, id: string, after: number) {
      const r = await repo.findInterview(db, id);
      if (!r || r.site_id !== siteId || !r.published_at) throw Errors.NOT_FOUND('访谈不存在');
      return { phase: summary(r).phase, entries: await repo.entriesOf(db, id, after) };
    },

    /** The spokespersons named in published press conferences, newest first, each once. */
    async spokespersons(siteId: string) {
      const seen = new Map<string, Guest>();
      for (const i of await service.published(siteId))
        for (const g of i.guests)
          if (g.spokesperson && !seen.has(`${g.name}|${g.title}`)) seen.set(`${g.name}|${g.title}`, g);
      return [...seen.values()];
    },
  };

  async function loadQuestion(actor: Actor, questionId: string) {
    const q = await repo.findQuestion(db, questionId);
    if (!q) throw Errors.NOT_FOUND('问题不存在');
    return { r: await loadForOffice(actor, q.interview_id), q };
  }

  return service;
}

export type InterviewsService = ReturnType<typeof createInterviewsService>;
