import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, scopeOf, type Actor, type Role } from '../../platform/auth/actor.js';
import { formatChinaTime, type Clock } from '../../platform/clock/clock.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import {
  DEADLINE_STATE_LABELS,
  LEVEL_LABELS,
  deadlinesOf,
  type Milestone,
  type OpinionLevel,
} from './opinions.model.js';
import * as repo from './opinions.repository.js';
import type { MediaAccountRow, OpinionRow } from './opinions.repository.js';
import type { MediaAccountInput, MilestoneInput, OpinionInput } from './opinions.schema.js';

export const OpinionErrors = defineErrors({
  OPINION_TIME: { status: 400, message: '时间不能晚于现在，也不能早于首次发现时间' },
  OPINION_MILESTONE: { status: 400, message: '该级别的舆情没有这一环节' },
  OPINION_DOCUMENT: { status: 400, message: '回应须关联本站已公开的信息' },
  OPINION_DEPARTMENT: { status: 400, message: '责任单位不存在或不属于本站点' },
  OPINION_CLOSED: { status: 409, message: '这条舆情已经办结' },
  OPINION_NOT_RESPONDED: { status: 409, message: '回应之后才能评估回应效果并办结' },
});

/** The office watches and judges; the responsible department records what it did. */
const OFFICE: Role[] = ['site_admin', 'message_handler'];
const HANDLERS: Role[] = ['site_admin', 'message_handler', 'editor'];

const COLUMN: Record<Milestone, 'authoritative_at' | 'press_conference_at' | 'response_at'> = {
  authoritative: 'authoritative_at',
  press_conference: 'press_conference_at',
  response: 'response_at',
};

/**
 * 舆情回应: items the office records (or a feed brings), judged 重大 or 一般, assigned to a
 * responsible department, with hour clocks from first sight (opinions.model.ts), each step linked
 * to what was published, and an evaluation of the response when it is closed.
 */
export function createOpinionsService({
  db,
  clock,
  departments,
}: {
  db: Executor;
  clock: Clock;
  departments: DepartmentsService;
}) {
  const now = () => clock.now().toISOString();

  async function view(rows: OpinionRow[], siteId: string) {
    const names = new Map((await departments.list(siteId)).map((d) => [d.id, d.name]));
    const at = clock.now();
    return rows.map((r) => {
      const level = r.level as OpinionLevel | null;
      return {
        id: r.id,
        source: r.source,
        url: r.url,
        summary: r.summary,
        firstSeenAt: r.first_seen_at,
        firstSeenAtChina: formatChinaTime(r.first_seen_at),
        level,
        levelLabel: level ? LEVEL_LABELS[level] : '待研判',
        departmentId: r.department_id,
        departmentName: r.department_id ? (names.get(r.department_id) ?? null) : null,
        deadlines: level
          ? deadlinesOf(
              {
                level,
                firstSeenAt: r.first_seen_at,
                done: {
                  authoritative: r.authoritative_at,
                  press_conference: r.press_conference_at,
                  response: r.response_at,
                },
              },
              at,
            ).map((d) => ({ ...d, stateLabel: DEADLINE_STATE_LABELS[d.state] }))
          : [],
        authoritativeDocumentId: r.authoritative_document_id,
        responseDocumentId: r.response_document_id,
        evaluation: r.evaluation,
        closedAt: r.closed_at,
        imported: r.feed_id !== null,
      };
    });
  }

  async function load(actor: Actor, id: string, roles: Role[] = HANDLERS): Promise<OpinionRow> {
    const r = await repo.findItem(db, id);
    const path = r?.department_id ? await departments.path(r.site_id, r.department_id) : [];
    if (!r || !can(actor, r.site_id, roles, path)) throw Errors.NOT_FOUND('舆情不存在');
    return r;
  }

  async function checkDepartment(siteId: string, id: string | null) {
    if (!id) return;
    const d = await departments.get(id).catch(() => undefined);
    if (!d || d.siteId !== siteId) throw OpinionErrors.OPINION_DEPARTMENT();
  }

  function checkFirstSeen(firstSeenAt: string) {
    if (Date.parse(firstSeenAt) > clock.now().getTime() + 60_000)
      throw OpinionErrors.OPINION_TIME('首次发现时间不能晚于现在');
  }

  const audit = (trx: Executor, actor: Actor, action: string, siteId: string, id: string, after: object) =>
    recordAudit(trx, clock, actor, { action, entityType: 'opinion_item', entityId: id, siteId, after });

  const service = {
    async create(actor: Actor, siteId: string, input: OpinionInput) {
      if (!can(actor, siteId, OFFICE, [])) throw Errors.FORBIDDEN('只有公开办可以登记舆情');
      checkFirstSeen(input.firstSeenAt);
      await checkDepartment(siteId, input.departmentId);
      const id = newId();
      await inTransaction(db, async (trx) => {
        await repo.insertItem(trx, {
          id,
          site_id: siteId,
          source: input.source.trim(),
          url: input.url,
          summary: input.summary.trim(),
          first_seen_at: new Date(input.firstSeenAt).toISOString(),
          level: input.level,
          department_id: input.departmentId,
          created_by: actor.userId,
          created_at: now(),
          updated_at: now(),
        });
        await audit(trx, actor, 'opinion.create', siteId, id, { source: input.source, level: input.level });
      });
      return service.get(actor, id);
    },

    /** The office judges the level, corrects the facts or assigns the department. */
    async update(actor: Actor, id: string, input: OpinionInput) {
      const r = await load(actor, id, OFFICE);
      if (r.closed_at) throw OpinionErrors.OPINION_CLOSED();
      checkFirstSeen(input.firstSeenAt);
      await checkDepartment(r.site_id, input.departmentId);
      await inTransaction(db, async (trx) => {
        await repo.updateItem(trx, id, {
          source: input.source.trim(),
          url: input.url,
          summary: input.summary.trim(),
          first_seen_at: new Date(input.firstSeenAt).toISOString(),
          level: input.level,
          department_id: input.departmentId,
          updated_at: now(),
        });
        await audit(trx, actor, 'opinion.update', r.site_id, id, { level: input.level });
      });
      return service.get(actor, id);
    },

    async list(actor: Actor, siteId: string, options: { open?: boolean } = {}) {
      const scope = scopeOf(actor, siteId, [...HANDLERS, 'auditor']);
      if (scope !== 'site' && scope.length === 0) throw Errors.FORBIDDEN('没有查看舆情的权限');
      const departmentIds = scope === 'site' ? undefined : await departments.subtree(siteId, scope);
      const items = await view(await repo.listItems(db, siteId, { ...options, departmentIds }), siteId);
      // Late first, then the nearest deadline.
      const next = (i: (typeof items)[number]) =>
        i.deadlines.find((d) => d.state === 'late' || d.state === 'due_soon' || d.state === 'pending')?.dueAt ?? '9';
      return items.sort((a, b) => next(a).localeCompare(next(b)));
    },

    async get(actor: Actor, id: string) {
      const r = await load(actor, id, [...HANDLERS, 'auditor']);
      return (await view([r], r.site_id))[0]!;
    },

    /** Records a step done: authoritative information, the press conference, the response (with what was published). */
    async recordMilestone(actor: Actor, id: string, input: MilestoneInput) {
      const r = await load(actor, id);
      if (r.closed_at) throw OpinionErrors.OPINION_CLOSED();
      const level = r.level as OpinionLevel | null;
      const applies = level === 'major' ? input.milestone !== 'response' : input.milestone === 'response';
      if (!level || !applies) throw OpinionErrors.OPINION_MILESTONE();
      const at = Date.parse(input.at);
      if (at > clock.now().getTime() + 60_000 || at < Date.parse(r.first_seen_at)) throw OpinionErrors.OPINION_TIME();
      const needsDocument = input.milestone !== 'press_conference';
      const doc = input.documentId ? await repo.publishedDocument(db, r.site_id, input.documentId) : undefined;
      if (needsDocument && !doc) throw OpinionErrors.OPINION_DOCUMENT();
      await inTransaction(db, async (trx) => {
        await repo.updateItem(trx, id, {
          [COLUMN[input.milestone]]: new Date(at).toISOString(),
          ...(input.milestone === 'authoritative' ? { authoritative_document_id: doc!.id } : {}),
          ...(input.milestone === 'response' ? { response_document_id: doc!.id } : {}),
          updated_at: now(),
        });
        await audit(trx, actor, `opinion.${input.milestone}`, r.site_id, id, { at: input.at, document: doc?.title });
      });
      return service.get(actor, id);
    },

    /** The office's evaluation of the response (回应效果); closes the item. */
    async evaluate(actor: Actor, id: string, evaluation: string) {
      const r = await load(actor, id, OFFICE);
      if (r.closed_at) throw OpinionErrors.OPINION_CLOSED();
      if (!r.authoritative_at && !r.response_at) throw OpinionErrors.OPINION_NOT_RESPONDED();
      await inTransaction(db, async (trx) => {
        await repo.updateItem(trx, id, { evaluation: evaluation.trim(), closed_at: now(), updated_at: now() });
        await audit(trx, actor, 'opinion.evaluate', r.site_id, id, {});
      });
      return service.get(actor, id);
    },

    /** Open items whose deadlines call for a reminder now (for the reminder job). */
    async dueReminders(siteId: string) {
      const rows = await repo.listItems(db, siteId, { open: true });
      return (await view(rows, siteId)).flatMap((i) =>
        i.deadlines.filter((d) => d.state === 'due_soon' || d.state === 'late').map((d) => ({ item: i, deadline: d })),
      );
    },

    async mediaAccounts(siteId: string) {
      const names = new Map((await departments.list(siteId)).map((d) => [d.id, d.name]));
      return (await repo.listMediaAccounts(db, siteId)).map((a) => toAccount(a, names));
    },

    async saveMediaAccount(actor: Actor, siteId: string, id: string | null, input: MediaAccountInput) {
      if (!can(actor, siteId, ['site_admin'], [])) throw Errors.FORBIDDEN('只有站点管理员可以维护政务新媒体名录');
      await checkDepartment(siteId, input.departmentId);
      if (id) {
        const existing = await repo.findMediaAccount(db, id);
        if (!existing || existing.site_id !== siteId) throw Errors.NOT_FOUND('账号不存在');
      }
      const accountId = id ?? newId();
      await inTransaction(db, async (trx) => {
        const fields = {
          name: input.name.trim(),
          platform: input.platform,
          account: input.account.trim(),
          url: input.url,
          department_id: input.departmentId,
          operator: input.operator.trim(),
          status: input.status,
          updated_at: now(),
        };
        if (id) await repo.updateMediaAccount(trx, id, fields);
        else await repo.insertMediaAccount(trx, { id: accountId, site_id: siteId, ...fields, created_at: now() });
        await recordAudit(trx, clock, actor, {
          action: id ? 'media_account.update' : 'media_account.create',
          entityType: 'media_account',
          entityId: accountId,
          siteId,
          after: fields,
        });
      });
      return (await service.mediaAccounts(siteId)).find((a) => a.id === accountId)!;
    },
  };
  return service;
}

function toAccount(a: MediaAccountRow, names: Map<string, string>) {
  return {
    id: a.id,
    name: a.name,
    platform: a.platform as MediaAccountInput['platform'],
    account: a.account,
    url: a.url,
    departmentId: a.department_id,
    departmentName: names.get(a.department_id) ?? '',
    operator: a.operator,
    status: a.status as MediaAccountInput['status'],
  };
}

export type OpinionsService = ReturnType<typeof createOpinionsService>;
