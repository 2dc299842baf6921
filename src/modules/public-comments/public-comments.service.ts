import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, type Actor, type Role } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import { withoutWriter } from '../../platform/text/writer.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import type { MessagesDeps } from '../messages/messages.service.js';
import {
  ADOPTION_LABELS,
  DEFAULT_MIN_DAYS,
  MAJOR_DECISION_MIN_DAYS,
  PHASE_LABELS,
  daysOpen,
  phaseOf,
} from './public-comments.model.js';
import * as repo from './public-comments.repository.js';
import type { CommentRow, PublicCommentRow } from './public-comments.repository.js';
import type { AdoptionInput, Conclusion, Moderation, PublicCommentInput } from './public-comments.schema.js';

export const PublicCommentErrors = defineErrors({
  PUBLIC_COMMENT_DATES: { status: 400, message: '截止日期不能早于开始日期' },
  PUBLIC_COMMENT_TOO_SHORT: { status: 400, message: '征求意见的期限不足' },
  PUBLIC_COMMENT_NOT_DRAFT: { status: 409, message: '已发布的征集不能再修改正文和日期' },
  PUBLIC_COMMENT_NOT_OPEN: { status: 409, message: '本次征集不在意见征集期内，不能提交意见' },
  PUBLIC_COMMENT_STILL_OPEN: { status: 409, message: '征集尚未结束，不能发布采纳情况反馈' },
  PUBLIC_COMMENT_PENDING: { status: 409, message: '还有意见未审核，请先审核全部意见' },
  PUBLIC_COMMENT_ADOPTION_MISSING: { status: 409, message: '还有公开的意见没有填写采纳情况' },
  PUBLIC_COMMENT_REASON: { status: 400, message: '部分采纳或未采纳的意见须说明理由' },
  PUBLIC_COMMENT_MODERATED: { status: 409, message: '这条意见已经审核过' },
  PUBLIC_COMMENT_NOT_CONCLUDED: { status: 409, message: '发布采纳情况反馈后才能关联最终出台的文件' },
  PUBLIC_COMMENT_DOCUMENT: { status: 400, message: '关联的文件不存在或尚未公开' },
});

/** Who runs a consultation: the drafting department's editors, the office, the site administrator. */
const MANAGERS: Role[] = ['site_admin', 'editor', 'message_handler'];

export interface PublicCommentsDeps {
  db: Executor;
  clock: Clock;
  departments: DepartmentsService;
  deidentifyText: MessagesDeps['deidentifyText'];
  checkText: MessagesDeps['checkText'];
}

/**
 * 征集意见: the office publishes a draft for comment between two dates (at least 30 days for a
 * 重大行政决策), comments arrive from the portal and are shown only once moderated and masked
 * through the publication gate, and the consultation cannot be concluded without its 采纳情况反馈:
 * every shown comment adopted, partly adopted or not — with the reason — and a summary.
 */
export function createPublicCommentsService({ db, clock, departments, deidentifyText, checkText }: PublicCommentsDeps) {
  const today = () => chinaDate(clock.now());
  const now = () => clock.now().toISOString();

  async function load(actor: Actor, id: string): Promise<PublicCommentRow> {
    const p = await repo.findPublicComment(db, id);
    const path = p?.departmentId ? await departments.path(p.siteId, p.departmentId) : [];
    if (!p || !can(actor, p.siteId, MANAGERS, path)) throw Errors.NOT_FOUND('征集不存在');
    return p;
  }

  async function summaries(rows: PublicCommentRow[]) {
    const counts = await repo.commentCounts(
      db,
      rows.map((r) => r.id),
    );
    const names = new Map<string, string>();
    for (const siteId of new Set(rows.map((r) => r.siteId)))
      for (const d of await departments.list(siteId)) names.set(d.id, d.name);
    const day = today();
    return rows.map((r) => {
      const phase = phaseOf(r, day);
      return {
        id: r.id,
        title: r.title,
        departmentId: r.departmentId,
        departmentName: r.departmentId ? (names.get(r.departmentId) ?? null) : null,
        major: r.major,
        opensOn: r.opensOn,
        closesOn: r.closesOn,
        phase,
        phaseLabel: PHASE_LABELS[phase],
        publishedAt: r.publishedAt,
        comments: counts.get(r.id) ?? 0,
      };
    });
  }

  function checkDates(input: PublicCommentInput) {
    if (input.closesOn < input.opensOn) throw PublicCommentErrors.PUBLIC_COMMENT_DATES();
    const min = input.major ? MAJOR_DECISION_MIN_DAYS : DEFAULT_MIN_DAYS;
    const days = daysOpen(input.opensOn, input.closesOn);
    if (days < min)
      throw PublicCommentErrors.PUBLIC_COMMENT_TOO_SHORT(
        `征求意见的期限为 ${days} 天，${input.major ? '重大行政决策' : '本类征集'}不少于 ${min} 天${
          input.major ? '（《重大行政决策程序暂行条例》第十四条）' : ''
        }`,
      );
  }

  async function audit(trx: Executor, actor: Actor, action: string, p: PublicCommentRow, after: object) {
    await recordAudit(trx, clock, actor, {
      action,
      entityType: 'public_comment',
      entityId: p.id,
      siteId: p.siteId,
      after: { title: p.title, ...after },
    });
  }

  /** The gate's target for a consultation's texts. */
  const target = (p: PublicCommentRow) => ({
    siteId: p.siteId,
    departmentId: p.departmentId ?? '',
    entityType: 'public_comment',
    entityId: p.id,
  });

  const service = {
    async create(actor: Actor, siteId: string, input: PublicCommentInput) {
      const path = input.departmentId ? await departments.path(siteId, input.departmentId) : [];
      if (!can(actor, siteId, MANAGERS, path)) throw Errors.FORBIDDEN('没有发起征集意见的权限');
      checkDates(input);
      const id = newId();
      const row: PublicCommentRow = {
        id,
        siteId,
        departmentId: input.departmentId,
        title: input.title.trim(),
        body: input.body.trim(),
        major: input.major,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        state: 'draft',
        publishedAt: null,
        adoptionSummary: null,
        finalDocumentId: null,
      };
      await inTransaction(db, async (trx) => {
        await repo.insertPublicComment(trx, { ...row, createdBy: actor.userId }, now());
        await audit(trx, actor, 'public_comment.create', row, { opensOn: row.opensOn, closesOn: row.closesOn });
      });
      return service.get(actor, id);
    },

    async update(actor: Actor, id: string, input: PublicCommentInput) {
      const p = await load(actor, id);
      if (p.state !== 'draft') throw PublicCommentErrors.PUBLIC_COMMENT_NOT_DRAFT();
      checkDates(input);
      await inTransaction(db, async (trx) => {
        await repo.updatePublicComment(
          trx,
          id,
          { ...input, title: input.title.trim(), body: input.body.trim() },
          now(),
        );
        await audit(trx, actor, 'public_comment.update', p, { opensOn: input.opensOn, closesOn: input.closesOn });
      });
      return service.get(actor, id);
    },

    /** Puts the draft on the portal: its texts pass the publication gate first. */
    async publish(actor: Actor, id: string, acceptedFindings: Moderation['acceptedFindings']) {
      const p = await load(actor, id);
      if (p.state !== 'draft') throw PublicCommentErrors.PUBLIC_COMMENT_NOT_DRAFT();
      await inTransaction(db, async (trx) => {
        const fields = [
          { field: '标题', text: p.title },
          { field: '正文', text: p.body },
        ];
        await checkText(trx, actor, target(p), fields, acceptedFindings);
        await repo.updatePublicComment(trx, id, { state: 'published', publishedAt: now() }, now());
        await audit(trx, actor, 'public_comment.publish', p, {});
      });
      return service.get(actor, id);
    },

    async list(actor: Actor, siteId: string) {
      if (!can(actor, siteId, [...MANAGERS, 'auditor'], [])) {
        // A department's editor sees its own department's consultations.
        const rows = await repo.listPublicComments(db, siteId);
        const mine: PublicCommentRow[] = [];
        for (const r of rows) {
          const path = r.departmentId ? await departments.path(siteId, r.departmentId) : [];
          if (can(actor, siteId, MANAGERS, path)) mine.push(r);
        }
        return summaries(mine);
      }
      return summaries(await repo.listPublicComments(db, siteId));
    },

    async get(actor: Actor, id: string) {
      const p = await load(actor, id);
      const [summary] = await summaries([p]);
      const items = await repo.commentsOf(db, id);
      return {
        ...summary!,
        body: p.body,
        adoptionSummary: p.adoptionSummary,
        finalDocumentId: p.finalDocumentId,
        items: items.map(({ publicCommentId: _p, ...c }) => c),
      };
    },

    /** A comment from the portal; kept until moderated. */
    async submit(siteId: string, id: string, input: { name: string; phone: string; body: string }) {
      return inTransaction(db, async (trx) => {
        const p = await repo.lockPublicComment(trx, id, now());
        if (!p || p.siteId !== siteId || p.state === 'draft') throw Errors.NOT_FOUND('征集不存在');
        if (phaseOf(p, today()) !== 'open') throw PublicCommentErrors.PUBLIC_COMMENT_NOT_OPEN();
        const seq = await repo.insertComment(
          trx,
          {
            id: newId(),
            publicCommentId: id,
            writer: { name: input.name.trim(), phone: input.phone.trim() },
            body: input.body.trim(),
            receivedOn: today(),
          },
          now(),
        );
        // Neither who wrote nor what they wrote goes into the audit log.
        await audit(
          trx,
          { userId: null, name: '公众', isPlatformAdmin: false, grants: [], ip: '' },
          'comment.receive',
          p,
          {
            seq,
          },
        );
        return { seq };
      });
    },

    /** What the moderator starts from: the comment with the writer's name and number and whatever else the detector finds masked. */
    async moderationDraft(actor: Actor, commentId: string) {
      const { p, c } = await loadComment(actor, commentId);
      return { publicBody: await deidentifyText(db, p.siteId, withoutWriter(c.body, c.writer)) };
    },

    async moderate(actor: Actor, commentId: string, m: Moderation) {
      const { p, c } = await loadComment(actor, commentId);
      if (c.state !== 'pending') throw PublicCommentErrors.PUBLIC_COMMENT_MODERATED();
      const publicBody = m.decision === 'approve' ? withoutWriter((m.publicBody ?? '').trim(), c.writer) : null;
      if (m.decision === 'approve' && !publicBody)
        throw Errors.VALIDATION_FAILED('请填写公开的文字', [{ field: 'publicBody', message: '请填写公开的文字' }]);
      await inTransaction(db, async (trx) => {
        if (publicBody)
          await checkText(
            trx,
            actor,
            target(p),
            [{ field: `第 ${c.seq} 条意见`, text: publicBody }],
            m.acceptedFindings,
          );
        await repo.moderateComment(
          trx,
          commentId,
          {
            state: m.decision === 'approve' ? 'approved' : 'rejected',
            publicBody,
            note: m.note?.trim() || null,
            by: actor.userId,
          },
          now(),
        );
        await audit(trx, actor, `comment.${m.decision}`, p, { seq: c.seq });
      });
      return service.get(actor, p.id);
    },

    async decideAdoption(actor: Actor, commentId: string, input: AdoptionInput) {
      const { p, c } = await loadComment(actor, commentId);
      if (p.state === 'concluded') throw PublicCommentErrors.PUBLIC_COMMENT_NOT_DRAFT('采纳情况已经反馈，不能再修改');
      if (c.state !== 'approved') throw PublicCommentErrors.PUBLIC_COMMENT_PENDING('只有公开的意见需要填写采纳情况');
      if (input.adoption !== 'adopted' && !input.reason.trim()) throw PublicCommentErrors.PUBLIC_COMMENT_REASON();
      await inTransaction(db, async (trx) => {
        await repo.setAdoption(trx, commentId, { adoption: input.adoption, reason: input.reason.trim() }, now());
        await audit(trx, actor, 'comment.adoption', p, { seq: c.seq, adoption: ADOPTION_LABELS[input.adoption] });
      });
      return service.get(actor, p.id);
    },

    /** Publishes the 采纳情况反馈 and concludes the consultation; refused while anything is missing. */
    async conclude(actor: Actor, id: string, input: Conclusion) {
      // Read (and the access check) before the transaction: on SQLite it holds the only connection.
      await load(actor, id);
      await inTransaction(db, async (trx) => {
        const p = (await repo.lockPublicComment(trx, id, now()))!;
        const phase = phaseOf(p, today());
        if (phase === 'concluded') throw PublicCommentErrors.PUBLIC_COMMENT_NOT_DRAFT('采纳情况已经反馈');
        if (phase !== 'awaiting_report')
          throw PublicCommentErrors.PUBLIC_COMMENT_STILL_OPEN(
            `征集${phase === 'draft' ? '尚未发布' : `到 ${p.closesOn} 截止`}，截止后才能发布采纳情况反馈`,
          );
        const comments = await repo.commentsOf(trx, id);
        const pending = comments.filter((c) => c.state === 'pending').length;
        if (pending) throw PublicCommentErrors.PUBLIC_COMMENT_PENDING(`还有 ${pending} 条意见未审核，请先审核全部意见`);
        const undecided = comments.filter((c) => c.state === 'approved' && !c.adoption).map((c) => c.seq);
        if (undecided.length)
          throw PublicCommentErrors.PUBLIC_COMMENT_ADOPTION_MISSING(
            `第 ${undecided.join('、')} 条意见还没有填写采纳情况`,
          );
        const summary = input.summary.trim();
        const reasons = comments
          .filter((c) => c.adoptionReason)
          .map((c) => ({ field: `第 ${c.seq} 条意见的采纳说明`, text: c.adoptionReason! }));
        await checkText(
          trx,
          actor,
          target(p),
          [{ field: '总体说明', text: summary }, ...reasons],
          input.acceptedFindings,
        );
        await repo.updatePublicComment(
          trx,
          id,
          { state: 'concluded', adoptionSummary: summary, concludedAt: now() },
          now(),
        );
        await audit(trx, actor, 'public_comment.conclude', p, { comments: comments.length });
      });
      return service.get(actor, id);
    },

    /** Points the consultation to the policy finally issued (a published document of the site). */
    async linkFinalDocument(actor: Actor, id: string, documentId: string) {
      const p = await load(actor, id);
      if (p.state !== 'concluded') throw PublicCommentErrors.PUBLIC_COMMENT_NOT_CONCLUDED();
      const doc = await repo.publishedDocument(db, p.siteId, documentId);
      if (!doc) throw PublicCommentErrors.PUBLIC_COMMENT_DOCUMENT();
      await inTransaction(db, async (trx) => {
        await repo.updatePublicComment(trx, id, { finalDocumentId: doc.id }, now());
        await audit(trx, actor, 'public_comment.final_document', p, { document: doc.title });
      });
      return service.get(actor, id);
    },

    /** The portal's lists: what is open, coming and closed. Drafts never. */
    async published(siteId: string) {
      return summaries(await repo.listPublicComments(db, siteId, { publishedOnly: true }));
    },

    /** One consultation as the public sees it: moderated comments only, as masked, and the adoption report. */
    async publishedOne(siteId: string, id: string) {
      const p = await repo.findPublicComment(db, id);
      if (!p || p.siteId !== siteId || p.state === 'draft') throw Errors.NOT_FOUND('征集不存在');
      const [summary] = await summaries([p]);
      const comments = await repo.commentsOf(db, id);
      const shown = comments.filter((c) => c.state === 'approved');
      const concluded = p.state === 'concluded';
      const finalDocument = p.finalDocumentId ? await repo.publishedDocument(db, siteId, p.finalDocumentId) : undefined;
      return {
        ...summary!,
        body: p.body,
        received: comments.length,
        comments: shown.map((c) => ({
          seq: c.seq,
          receivedOn: c.receivedOn,
          body: c.publicBody ?? '',
          adoption: concluded ? c.adoption : null,
          adoptionReason: concluded ? c.adoptionReason : null,
        })),
        report: concluded
          ? {
              summary: p.adoptionSummary ?? '',
              adopted: shown.filter((c) => c.adoption === 'adopted').length,
              partlyAdopted: shown.filter((c) => c.adoption === 'partly_adopted').length,
              notAdopted: shown.filter((c) => c.adoption === 'not_adopted').length,
            }
          : null,
        finalDocument: finalDocument ?? null,
      };
    },
  };

  async function loadComment(actor: Actor, commentId: string): Promise<{ p: PublicCommentRow; c: CommentRow }> {
    const c = await repo.findComment(db, commentId);
    if (!c) throw Errors.NOT_FOUND('意见不存在');
    return { p: await load(actor, c.publicCommentId), c };
  }

  return service;
}

export type PublicCommentsService = ReturnType<typeof createPublicCommentsService>;
