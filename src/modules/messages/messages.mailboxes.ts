import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, type Actor } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock/clock.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import { MESSAGE_KIND_LABELS, SUGGESTED_ANSWER_WORKDAYS } from './messages.model.js';
import * as repo from './messages.repository.js';
import type { MailboxRow } from './messages.repository.js';
import type { MailboxInput } from './messages.schema.js';

export const MailboxErrors = defineErrors({
  MAILBOX_NOT_FOUND: { status: 404, message: '信箱不存在或已停用' },
  MAILBOX_DEPARTMENT: { status: 400, message: '信箱所属部门不存在或不属于本站点' },
});

/**
 * 网站纠错: where a visitor reports a mistake on the site (a wrong character, a dead link, outdated
 * information), answered within 3 working days (issue 17 §1); the footer's 我要纠错 leads here.
 */
export const CORRECTION_MAILBOX: MailboxInput = {
  name: '网站纠错',
  description: '报告本网站的错误：错别字、链接失效、信息过时或页面无法访问等，3 个工作日内答复。',
  kind: null,
  answerWorkdays: 3,
  publishAnswers: false,
  departmentId: null,
  sort: 5,
  active: true,
};

/** The boxes a new site starts with (website.md §6 limits); the office renames, adds or stops them. */
export const DEFAULT_MAILBOXES: MailboxInput[] = [
  {
    name: '区长信箱',
    description: '向区长反映情况、提出意见建议。',
    kind: null,
    answerWorkdays: SUGGESTED_ANSWER_WORKDAYS.complaint,
    publishAnswers: true,
    departmentId: null,
    sort: 1,
    active: true,
  },
  ...(['inquiry', 'complaint', 'suggestion'] as const).map((kind, i) => ({
    name: `我要${MESSAGE_KIND_LABELS[kind]}`,
    description: '',
    kind,
    answerWorkdays: SUGGESTED_ANSWER_WORKDAYS[kind],
    publishAnswers: true,
    departmentId: null,
    sort: i + 2,
    active: true,
  })),
  CORRECTION_MAILBOX,
];

/**
 * Gives a new site its standard boxes in the site's own transaction: a portal without a working
 * consultation channel fails the inspection (website.md §2), so no site starts without one.
 */
export async function insertStandardMailboxes(trx: Executor, siteId: string, at: string): Promise<void> {
  for (const box of DEFAULT_MAILBOXES) await repo.insertMailbox(trx, { ...box, id: newId(), siteId }, at);
}

/** 信箱: the mailboxes the office configures, each with its answer limit in working days. */
export function createMailboxesService({
  db,
  clock,
  departments,
}: {
  db: Executor;
  clock: Clock;
  departments: DepartmentsService;
}) {
  return {
    /** The mailboxes of a site: open ones for the portal, all of them for the office. */
    async list(siteId: string, options: { all?: boolean } = {}): Promise<MailboxRow[]> {
      const all = await repo.listMailboxes(db, siteId);
      return options.all ? all : all.filter((b) => b.active);
    },

    async find(siteId: string, id: string, activeOnly: boolean): Promise<MailboxRow> {
      const box = await repo.findMailbox(db, id);
      if (!box || box.siteId !== siteId || (activeOnly && !box.active)) throw MailboxErrors.MAILBOX_NOT_FOUND();
      return box;
    },

    async save(actor: Actor, siteId: string, id: string | null, input: MailboxInput): Promise<MailboxRow> {
      if (!can(actor, siteId, ['site_admin'], [])) throw Errors.FORBIDDEN('只有站点管理员可以设置信箱');
      if (input.departmentId) {
        const dept = await departments.get(input.departmentId).catch(() => undefined);
        if (!dept || dept.siteId !== siteId) throw MailboxErrors.MAILBOX_DEPARTMENT();
      }
      const before = id ? await this.find(siteId, id, false) : null;
      const box: MailboxRow = {
        id: id ?? newId(),
        siteId,
        name: input.name.trim(),
        description: input.description.trim(),
        kind: input.kind,
        answerWorkdays: input.answerWorkdays,
        publishAnswers: input.publishAnswers,
        departmentId: input.departmentId,
        sort: input.sort,
        active: input.active,
      };
      await inTransaction(db, async (trx) => {
        const at = clock.now().toISOString();
        if (before) await repo.updateMailbox(trx, box, at);
        else await repo.insertMailbox(trx, box, at);
        await recordAudit(trx, clock, actor, {
          action: before ? 'mailbox.update' : 'mailbox.create',
          entityType: 'mailbox',
          entityId: box.id,
          siteId,
          before,
          after: box,
        });
      });
      return box;
    },
  };
}

export type MailboxesService = ReturnType<typeof createMailboxesService>;
