import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, type Actor, type Role } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import type { SitesService } from '../sites/sites.service.js';
import type { RequestEvent } from './requests.case.js';
import { OUTCOMES } from './requests.model.js';
import {
  DEFAULT_TEMPLATES,
  fillTemplate,
  LEGAL_BASIS,
  NOTICE_KINDS,
  noticeDocx,
  remedyStatement,
  replyKindFor,
  unknownPlaceholders,
  type NoticeKind,
  type Placeholder,
} from './requests.notices.js';
import * as repo from './requests.repository.js';
import type { RequestRow, StoredEvent } from './requests.repository.js';
import { RequestInputErrors } from './requests.errors.js';
import type { RequestSummary } from './requests.summaries.js';

/** 2026-03-02 → 2026年3月2日, as notices write dates. */
const chineseDate = (date: string) =>
  `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** What writing notices shares with the rest of the requests service. */
export interface NoticeWritingContext {
  db: Executor;
  clock: Clock;
  sites: Pick<SitesService, 'get'>;
  departments: Pick<DepartmentsService, 'get'>;
  /** Who handles cases (and so issues notices), and who may read them and the templates. */
  handlers: Role[];
  readers: Role[];
  today: () => string;
  loadVisible: (actor: Actor, id: string, roles: Role[]) => Promise<RequestRow>;
  summaryOf: (row: RequestRow) => Promise<RequestSummary & { events: StoredEvent[] }>;
}

/** The office's notice templates (告知书) and each case's notices filled in from its record, as DOCX. */
export function noticeWriting(ctx: NoticeWritingContext) {
  const { db, clock, sites, departments, handlers, readers, today, loadVisible, summaryOf } = ctx;
  const writing = {
    /** Every notice template of the site: the office's latest version, or the built-in text (version 0). */
    async noticeTemplates(actor: Actor, siteId: string) {
      if (!can(actor, siteId, readers, [])) throw Errors.FORBIDDEN('没有查看文书模板的权限');
      const saved = await repo.latestTemplates(db, siteId);
      return NOTICE_KINDS.map((kind) => {
        const own = saved.get(kind);
        const builtIn = DEFAULT_TEMPLATES[kind];
        return {
          kind,
          label: builtIn.label,
          version: own?.version ?? 0,
          title: own?.title ?? builtIn.title,
          body: own?.body ?? builtIn.body,
        };
      });
    },

    /** Saves a template as its next version; the office (site-wide handlers, site admins) edits them. */
    async saveNoticeTemplate(actor: Actor, siteId: string, kind: string, input: { title: string; body: string }) {
      if (!can(actor, siteId, handlers, [])) throw Errors.FORBIDDEN('只有政务公开办可以修改文书模板');
      if (!(NOTICE_KINDS as readonly string[]).includes(kind)) throw RequestInputErrors.NOTICE_KIND();
      const unknown = unknownPlaceholders(`${input.title}\n${input.body}`);
      if (unknown.length > 0)
        throw RequestInputErrors.NOTICE_PLACEHOLDER(
          `文书模板中有不认识的占位符：${unknown.map((u) => `{${u}}`).join('、')}`,
        );
      return inTransaction(db, async (trx) => {
        const version = (await repo.templateVersions(trx, siteId, kind)).length + 1;
        const at = clock.now().toISOString();
        await repo.insertTemplate(trx, { id: newId(), siteId, kind, version, ...input, createdBy: actor.userId }, at);
        await recordAudit(trx, clock, actor, {
          action: 'notice_template.save',
          entityType: 'notice_template',
          entityId: `${siteId}:${kind}`,
          siteId,
          after: { kind, version, title: input.title, body: input.body },
        });
        return { kind, label: DEFAULT_TEMPLATES[kind as NoticeKind].label, version, ...input };
      });
    },

    async noticeTemplateVersions(actor: Actor, siteId: string, kind: string) {
      if (!can(actor, siteId, readers, [])) throw Errors.FORBIDDEN('没有查看文书模板的权限');
      return repo.templateVersions(db, siteId, kind);
    },

    /** A notice of the case as DOCX, filled in from its record; `reply` picks the reply kind by outcome. */
    async notice(actor: Actor, id: string, kind: string): Promise<{ bytes: Buffer; fileName: string }> {
      const row = await loadVisible(actor, id, handlers);
      const summary = await summaryOf(row);
      const find = (type: RequestEvent['type']) => summary.events.findLast((e) => e.type === type);
      if (kind === 'reply' && !summary.outcome) throw RequestInputErrors.NOTICE_NOT_APPLICABLE();
      const chosen = kind === 'reply' && summary.outcome ? replyKindFor(summary.outcome) : kind;
      if (!(NOTICE_KINDS as readonly string[]).includes(chosen)) throw RequestInputErrors.NOTICE_KIND();
      const noticeKind = chosen as NoticeKind;
      const needs: Partial<Record<NoticeKind, RequestEvent['type']>> = {
        correction: 'correction_requested',
        consultation: 'consultation_started',
        extension: 'extended',
        fee: 'fee_notice_sent',
      };
      const needed = needs[noticeKind];
      if ((needed && !find(needed)) || (noticeKind.startsWith('reply_') && !summary.outcome))
        throw RequestInputErrors.NOTICE_NOT_APPLICABLE();
      const template = (await writing.noticeTemplates(actor, row.siteId)).find((t) => t.kind === noticeKind);
      if (!template) throw RequestInputErrors.NOTICE_KIND();
      const site = await sites.get(row.siteId);
      const agency = row.departmentId ? (await departments.get(row.departmentId)).name : site.name;
      const outcome = OUTCOMES.find((o) => o.code === summary.outcome);
      const reply = find('replied');
      const values: Partial<Record<Placeholder, string>> = {
        申请人: row.applicantName,
        申请编号: row.trackingNo,
        收到日期: chineseDate(row.receivedOn),
        所需信息: row.infoTitle,
        机关名称: agency,
        日期: chineseDate(today()),
        答复期限: summary.clock.dueOn ? chineseDate(summary.clock.dueOn) : '',
        补正事项: find('correction_requested')?.items ?? '',
        补正期限: summary.clock.correctionDueOn ? chineseDate(summary.clock.correctionDueOn) : '',
        征求意见对象: find('consultation_started')?.party ?? '',
        延长工作日: String(find('extended')?.days ?? ''),
        收费金额: String(find('fee_notice_sent')?.amount ?? ''),
        缴费期限: summary.clock.feeDueOn ? chineseDate(summary.clock.feeDueOn) : '',
        办理结果: outcome ? outcome.label.replace(/^[（(][一二三四五六七][）)]|^\d+\./, '') : '',
        法律依据: summary.outcome ? LEGAL_BASIS[summary.outcome] : '',
        // A department's reply is reviewed by the government it belongs to; the government's by the one above.
        救济途径: remedyStatement(summary.outcome, row.departmentId ? site.name : '上一级人民政府'),
        说明: (noticeKind.startsWith('reply_') ? reply?.note : needed && find(needed)?.note) ?? '',
      };
      const title = fillTemplate(template.title, values);
      const bytes = await noticeDocx(title, fillTemplate(template.body, values), agency, values.日期 ?? '');
      return { bytes, fileName: `${row.trackingNo}-${title}.docx` };
    },
  };
  return writing;
}
