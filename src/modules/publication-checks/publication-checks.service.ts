import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, type Actor, isOnSite } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock/clock.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import { htmlToLayoutText } from '../../platform/text/html.js';
import { DEFAULT_MASKING_POLICY, deidentify, type MaskingPolicy, type PiiType } from '../../platform/text/pii.js';
import { scanText } from '../../platform/text/scan.js';
import { DEFAULT_WORDING_RULES, type WordingKind, type WordingSeverity } from '../../platform/text/wording.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import type { DocumentContent } from '../documents/documents.model.js';
import * as repo from './publication-checks.repository.js';

export const PublicationCheckErrors = defineErrors({
  PUBLICATION_FINDINGS: {
    status: 409,
    message: '内容中有未处理的个人信息或错敏字：请修改，或由审核人员注明理由后确认公开',
  },
  WORDING_RULE_INVALID: { status: 400, message: '错敏字规则不完整' },
  FINDING_ACCEPTANCE_INVALID: { status: 400, message: '确认公开须选择依据并填写理由' },
});

const MAX_SITE_RULES = 1000;

/** Why personal information or a flagged expression may stay (recorded with the reviewer's words). */
export const ACCEPTANCE_BASES = {
  punishment: '惩戒公示',
  mandatory: '法律法规规定应当公开',
  official: '公职人员履行职务',
  consent: '本人同意公开',
  quotation: '引用原文或历史名称',
  other: '其他',
} as const;
export type AcceptanceBasis = keyof typeof ACCEPTANCE_BASES;
export interface AcceptanceInput {
  type: string;
  text: string;
  basis: AcceptanceBasis;
  reason: string;
}

const PII_LABELS: Record<PiiType, string> = {
  id_card: '身份证号',
  mobile: '手机号码',
  landline: '固定电话',
  bank_card: '银行卡号',
  email: '电子邮箱',
  plate: '车牌号',
  person_name: '姓名',
  address: '住址',
};

/** A piece of personal information as the masking policy writes it (张三 → 张某). */
const masked = (type: PiiType, text: string, policy: MaskingPolicy) =>
  deidentify(text, [{ type, start: 0, end: text.length, text }], policy);

export interface Finding {
  type: PiiType | 'wording';
  /** Which part of the content: 标题, 摘要, 正文 … */
  field: string;
  start: number;
  end: number;
  text: string;
  label: string;
  /** The replacement a one-click fix applies: the masked form, or the correct expression. */
  correction: string | null;
  severity: WordingSeverity;
  note: string;
  accepted: { basis: string; reason: string } | null;
}

interface CheckedField {
  field: string;
  text: string;
}

/** The parts of a document a visitor reads, as text. */
export function documentFields(content: Pick<DocumentContent, 'title' | 'summary' | 'bodyHtml'>): CheckedField[] {
  return [
    { field: '标题', text: content.title },
    { field: '内容概述', text: content.summary },
    { field: '正文', text: htmlToLayoutText(content.bodyHtml) },
  ];
}

export function createPublicationChecksService(deps: {
  db: Executor;
  clock: Clock;
  departments: DepartmentsService;
  /** The texts of a document's attachments (Word, text PDF), read with the caller's executor. */
  attachmentTexts: (db: Executor, documentId: string) => Promise<{ name: string; text: string }[]>;
  /** Every public document of a site, for the audit of what is already published. */
  publicDocuments: (siteId: string) => AsyncIterable<{ id: string; content: Omit<DocumentContent, 'columnIds'> }>;
  /** The document as the actor may see it (throws when not found or not theirs). */
  document: (actor: Actor, id: string) => Promise<{ siteId: string; departmentId: string; content: DocumentContent }>;
}) {
  const { db, clock, departments } = deps;

  /** What a visitor reads of a document: its text fields and the text of its attachments. */
  async function fieldsOf(
    executor: Executor,
    id: string,
    content: Pick<DocumentContent, 'title' | 'summary' | 'bodyHtml'>,
  ): Promise<CheckedField[]> {
    const attachments = await deps.attachmentTexts(executor, id);
    return [
      ...documentFields(content),
      ...attachments.filter((a) => a.text.trim()).map((a) => ({ field: `附件《${a.name}》`, text: a.text })),
    ];
  }

  async function policyOf(executor: Executor, siteId: string): Promise<MaskingPolicy> {
    const json = await repo.findPolicy(executor, siteId);
    return json
      ? { ...DEFAULT_MASKING_POLICY, ...(JSON.parse(json) as Partial<MaskingPolicy>) }
      : DEFAULT_MASKING_POLICY;
  }

  async function rulesOf(executor: Executor, siteId: string) {
    return [...DEFAULT_WORDING_RULES, ...(await repo.listRules(executor, siteId))];
  }

  /** Every finding in the fields, marked accepted where a reviewer accepted it for this entity. */
  async function findings(
    executor: Executor,
    siteId: string,
    fields: CheckedField[],
    entity?: { type: string; id: string },
  ): Promise<Finding[]> {
    const rules = await rulesOf(executor, siteId);
    const policy = await policyOf(executor, siteId);
    const accepted = entity ? await repo.acceptances(executor, entity.type, entity.id) : [];
    const out: Finding[] = [];
    for (const { field, text } of fields) {
      const scan = await scanText(text, rules);
      for (const f of scan.pii)
        out.push({
          type: f.type,
          field,
          start: f.start,
          end: f.end,
          text: f.text,
          label: PII_LABELS[f.type],
          correction: masked(f.type, f.text, policy),
          severity: 'error',
          note: '个人信息应当去标识化后公开（惩戒公示、依法应当公开的除外）',
          accepted: null,
        });
      for (const f of scan.wording)
        out.push({
          type: 'wording',
          field,
          start: f.start,
          end: f.end,
          text: f.text,
          label: f.kind === 'sensitive' ? '敏感词' : '错误表述',
          correction: f.correction,
          severity: f.severity,
          note: f.note,
          accepted: null,
        });
    }
    for (const f of out) {
      const a = accepted.find((x) => x.findingType === f.type && x.findingText === f.text);
      if (a) f.accepted = { basis: a.basis, reason: a.reason };
    }
    return out;
  }

  const this_ = {
    /** Findings in any text (the editor checks as it goes); nothing is stored. */
    async checkText(actor: Actor, siteId: string, text: string): Promise<Finding[]> {
      if (!isOnSite(actor, siteId)) throw Errors.FORBIDDEN('没有该站点的权限');
      return findings(db, siteId, [{ field: '文本', text }]);
    },

    /** Findings in the latest revision of a document, with what reviewers accepted. */
    async documentFindings(actor: Actor, id: string): Promise<Finding[]> {
      const doc = await deps.document(actor, id);
      return findings(db, doc.siteId, await fieldsOf(db, id, doc.content), { type: 'document', id });
    },

    /**
     * A document's attachments that have no text to check — scans, images, old Office files: the
     * reviewer has to read them, and is told so.
     */
    async uncheckedAttachments(actor: Actor, id: string): Promise<string[]> {
      await deps.document(actor, id);
      return (await deps.attachmentTexts(db, id)).filter((a) => !a.text.trim()).map((a) => a.name);
    },

    /**
     * The gate every document passes when it is submitted and when it is published: refused while
     * any finding is neither fixed nor accepted. Runs in the transition's transaction.
     */
    async gateDocument(trx: Executor, doc: { id: string; siteId: string }, content: DocumentContent): Promise<void> {
      await this_.gate(trx, doc.siteId, await fieldsOf(trx, doc.id, content), { type: 'document', id: doc.id });
    },

    /**
     * The same gate for any other public text (a knowledge-base answer …): refused while a finding
     * is neither fixed nor accepted for `entity`.
     */
    async gate(
      executor: Executor,
      siteId: string,
      fields: { field: string; text: string }[],
      entity?: { type: string; id: string },
    ): Promise<void> {
      const open = (await findings(executor, siteId, fields, entity)).filter((f) => !f.accepted);
      if (open.length)
        throw PublicationCheckErrors.PUBLICATION_FINDINGS(
          undefined,
          open.map((f) => ({
            field: f.field,
            message: `${f.label}“${f.text}”${f.correction ? `（建议：${f.correction}）` : ''}`,
          })),
        );
    },

    /**
     * A reviewer (or site administrator) of the document's department lets a finding stay, with a
     * basis and a reason; the audit entry carries the reason (and the finding de-identified).
     */
    async accept(actor: Actor, documentId: string, input: AcceptanceInput): Promise<void> {
      const doc = await deps.document(actor, documentId);
      const path = await departments.path(doc.siteId, doc.departmentId);
      if (!can(actor, doc.siteId, ['reviewer', 'site_admin'], path))
        throw Errors.FORBIDDEN('只有审核人员可以确认公开个人信息或错敏字');
      const fields = await fieldsOf(db, documentId, doc.content);
      await inTransaction(db, (trx) =>
        this_.acceptIn(trx, actor, { ...doc, entityType: 'document', entityId: documentId }, fields, [input]),
      );
    },

    /**
     * Records accepted findings for any public text (a document, a knowledge-base answer), in the
     * caller's transaction. The caller has checked that the actor reviews for the department; each
     * finding must be in `fields` as they are now.
     */
    async acceptIn(
      trx: Executor,
      actor: Actor,
      target: { siteId: string; departmentId: string; entityType: string; entityId: string },
      fields: CheckedField[],
      inputs: readonly AcceptanceInput[],
    ): Promise<void> {
      const current = await findings(trx, target.siteId, fields);
      const policy = await policyOf(trx, target.siteId);
      for (const input of inputs) {
        const reason = input.reason.trim();
        if (!reason || !(input.basis in ACCEPTANCE_BASES)) throw PublicationCheckErrors.FINDING_ACCEPTANCE_INVALID();
        if (!current.some((f) => f.type === input.type && f.text === input.text))
          throw PublicationCheckErrors.FINDING_ACCEPTANCE_INVALID('内容的最新版本中没有这项发现');
        await repo.insertAcceptance(trx, {
          id: newId(),
          siteId: target.siteId,
          entityType: target.entityType,
          entityId: target.entityId,
          findingType: input.type,
          findingText: input.text,
          basis: input.basis,
          reason,
          acceptedBy: actor.userId,
          at: clock.now().toISOString(),
        });
        await recordAudit(trx, clock, actor, {
          action: `${target.entityType}.finding.accept`,
          entityType: target.entityType,
          entityId: target.entityId,
          siteId: target.siteId,
          departmentId: target.departmentId,
          after: {
            type: input.type,
            // The audit log keeps no personal information: the finding as it would be masked.
            finding: input.type === 'wording' ? input.text : masked(input.type as PiiType, input.text, policy),
            basis: ACCEPTANCE_BASES[input.basis],
            reason,
          },
        });
      }
    },

    /**
     * What is already published and would not pass the gate today: for a site moving its archive
     * in (imports are not gated) or after new rules. Findings a reviewer accepted are left out;
     * attachments with no text to check are named, for someone to read.
     */
    async *audit(
      siteId: string,
    ): AsyncGenerator<{ id: string; title: string; findings: Finding[]; unchecked: string[] }> {
      for await (const doc of deps.publicDocuments(siteId)) {
        const open = (
          await findings(db, siteId, await fieldsOf(db, doc.id, doc.content), { type: 'document', id: doc.id })
        ).filter((f) => !f.accepted);
        const unchecked = (await deps.attachmentTexts(db, doc.id)).filter((a) => !a.text.trim()).map((a) => a.name);
        if (open.length || unchecked.length) yield { id: doc.id, title: doc.content.title, findings: open, unchecked };
      }
    },

    /**
     * The text with every piece of personal information masked by the site's policy: the starting
     * point of what a citizen wrote, before a reviewer reads it for publication.
     */
    async deidentifyText(executor: Executor, siteId: string, text: string): Promise<string> {
      const scan = await scanText(text, []);
      return deidentify(text, scan.pii, await policyOf(executor, siteId));
    },

    async maskingPolicy(actor: Actor, siteId: string): Promise<MaskingPolicy> {
      if (!isOnSite(actor, siteId)) throw Errors.FORBIDDEN('没有该站点的权限');
      return policyOf(db, siteId);
    },

    /** The site's masking policy: how much of an ID, bank card or plate number stays visible. */
    async saveMaskingPolicy(actor: Actor, siteId: string, policy: MaskingPolicy): Promise<MaskingPolicy> {
      if (!can(actor, siteId, ['site_admin'], [])) throw Errors.FORBIDDEN('只有站点管理员可以设置去标识化规则');
      await inTransaction(db, async (trx) => {
        const before = await policyOf(trx, siteId);
        await repo.savePolicy(trx, siteId, JSON.stringify(policy), clock.now().toISOString());
        await recordAudit(trx, clock, actor, {
          action: 'masking.policy.update',
          entityType: 'masking_policy',
          entityId: siteId,
          siteId,
          before,
          after: policy,
        });
      });
      return policy;
    },

    async listRules(actor: Actor, siteId: string) {
      if (!isOnSite(actor, siteId)) throw Errors.FORBIDDEN('没有该站点的权限');
      return { defaults: DEFAULT_WORDING_RULES, site: await repo.listRules(db, siteId) };
    },

    async addRule(
      actor: Actor,
      siteId: string,
      input: { wrong: string; correction: string | null; kind: WordingKind; severity: WordingSeverity; note: string },
    ): Promise<repo.SiteWordingRule> {
      if (!can(actor, siteId, ['site_admin'], [])) throw Errors.FORBIDDEN('只有站点管理员可以维护错敏字规则');
      const wrong = input.wrong.trim();
      const correction = input.correction?.trim() || null;
      if (!wrong || (input.kind === 'wrong' && !correction) || correction === wrong)
        throw PublicationCheckErrors.WORDING_RULE_INVALID(
          input.kind === 'wrong' ? '错误表述须填写正确写法（且与错误写法不同）' : undefined,
        );
      const rule: repo.SiteWordingRule = {
        id: newId(),
        wrong,
        correction,
        kind: input.kind,
        severity: input.severity,
        note: input.note.trim(),
        updatedAt: clock.now().toISOString(),
      };
      await inTransaction(db, async (trx) => {
        // Every check reads every rule: a site keeps a list a person can maintain, not a dictionary.
        if ((await repo.listRules(trx, siteId)).length >= MAX_SITE_RULES)
          throw PublicationCheckErrors.WORDING_RULE_INVALID(
            `每个站点最多 ${MAX_SITE_RULES} 条错敏字规则，请先删除不再需要的`,
          );
        if (!(await repo.insertRule(trx, siteId, rule)))
          throw PublicationCheckErrors.WORDING_RULE_INVALID(`“${wrong}”已有规则`);
        await recordAudit(trx, clock, actor, {
          action: 'wording.rule.create',
          entityType: 'wording_rule',
          entityId: rule.id,
          siteId,
          after: { wrong, correction, kind: rule.kind, severity: rule.severity },
        });
      });
      return rule;
    },

    async removeRule(actor: Actor, siteId: string, id: string): Promise<void> {
      if (!can(actor, siteId, ['site_admin'], [])) throw Errors.FORBIDDEN('只有站点管理员可以维护错敏字规则');
      await inTransaction(db, async (trx) => {
        const rule = await repo.findRule(trx, id);
        if (!rule || rule.site_id !== siteId) throw Errors.NOT_FOUND('规则不存在');
        await repo.deleteRule(trx, id);
        await recordAudit(trx, clock, actor, {
          action: 'wording.rule.delete',
          entityType: 'wording_rule',
          entityId: id,
          siteId,
          before: { wrong: rule.wrong, correction: rule.correction },
        });
      });
    },
  };
  return this_;
}

export type PublicationChecksService = ReturnType<typeof createPublicationChecksService>;
