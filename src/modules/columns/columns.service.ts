import { touchSite } from '../../platform/cache/content-version.repository.js';
import { inTransaction, isForeignKeyViolation, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, type Actor } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock/clock.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import * as repo from './columns.repository.js';
import type { Column, ColumnFields } from './columns.repository.js';
import { DEFAULT_UPDATE_INTERVAL_DAYS, STANDARD_COLUMNS, type StandardColumn } from './columns.standard.js';

export type { Column, ColumnFields } from './columns.repository.js';
export { COLUMN_KINDS, COLUMN_KIND_LABELS, type ColumnKind } from './columns.standard.js';

export const ColumnErrors = defineErrors({
  COLUMN_PARENT_INVALID: { status: 400, message: '上级栏目不存在、不属于本站点，或会形成循环' },
  COLUMN_IN_USE: { status: 409, message: '栏目下还有子栏目或信息，不能删除' },
  COLUMN_STANDARD: { status: 409, message: '标准栏目不能删除' },
  COLUMN_LINK_REQUIRED: { status: 400, message: '外部链接栏目必须填写链接地址' },
});

/** A column and its ancestors, root first: for breadcrumbs and paths like 政府信息公开/法定主动公开内容/…. */
export function ancestry(all: readonly Column[], id: string): Column[] {
  const byId = new Map(all.map((c) => [c.id, c]));
  const chain: Column[] = [];
  for (let c = byId.get(id); c && !chain.includes(c); c = c.parentId ? byId.get(c.parentId) : undefined)
    chain.unshift(c);
  return chain;
}

/** A column and every column beneath it: what a catalogue node, a 专题 section or a home block lists. */
export function subtreeIds(all: readonly Column[], id: string): string[] {
  return [id, ...all.filter((c) => c.id !== id && ancestry(all, c.id).some((a) => a.id === id)).map((c) => c.id)];
}

export function pathOf(all: readonly Column[], id: string): string {
  return ancestry(all, id)
    .map((c) => c.name)
    .join('/');
}

export function createColumnsService({ db, clock }: { db: Executor; clock: Clock }) {
  function refuseUnlessSiteAdmin(actor: Actor, siteId: string): void {
    if (!can(actor, siteId, ['site_admin'], [])) throw Errors.FORBIDDEN('只有站点管理员可以维护栏目');
  }

  async function checkParent(trx: Executor, siteId: string, parentId: string | null, selfId?: string): Promise<void> {
    if (parentId === null) return;
    const chain = ancestry(await repo.listColumns(trx, siteId), parentId);
    if (chain.length === 0 || (selfId && chain.some((c) => c.id === selfId)))
      throw ColumnErrors.COLUMN_PARENT_INVALID();
  }

  function check(input: ColumnFields): ColumnFields {
    if (input.kind === 'link' && !/^https?:\/\//.test(input.linkUrl)) throw ColumnErrors.COLUMN_LINK_REQUIRED();
    return { ...input, name: input.name.trim() };
  }

  return {
    /** A site's columns; in the caller's transaction when it passes one. */
    list: (siteId: string, trx: Executor = db) => repo.listColumns(trx, siteId),

    async get(id: string): Promise<Column> {
      const c = await repo.findColumn(db, id);
      if (!c) throw Errors.NOT_FOUND('栏目不存在');
      return c;
    },

    /** The column at a path of names such as `政府信息公开/法定主动公开内容/财政预算、决算`. */
    async findByPath(siteId: string, path: string): Promise<Column | undefined> {
      const all = await repo.listColumns(db, siteId);
      const wanted = path
        .split('/')
        .map((s) => s.trim())
        .filter(Boolean)
        .join('/');
      return all.find((c) => pathOf(all, c.id) === wanted);
    },

    /** Adds the standard 政府信息公开 section, 政务动态 and 通知公告 to a new site (in the site's creation). */
    async createStandard(actor: Actor, siteId: string, trx: Executor): Promise<void> {
      const at = clock.now().toISOString();
      const add = async (c: StandardColumn, parentId: string | null, sortOrder: number): Promise<void> => {
        const id = newId();
        const updateIntervalDays =
          c.updateIntervalDays === undefined ? DEFAULT_UPDATE_INTERVAL_DAYS[c.kind] : c.updateIntervalDays;
        await repo.insertColumn(
          trx,
          {
            id,
            siteId,
            code: c.code,
            parentId,
            name: c.name,
            kind: c.kind,
            linkUrl: '',
            updateIntervalDays,
            sortOrder,
          },
          at,
        );
        for (const [i, child] of (c.children ?? []).entries()) await add(child, id, i + 1);
      };
      for (const [i, c] of STANDARD_COLUMNS.entries()) await add(c, null, i + 1);
      await touchSite(trx, siteId);
      await recordAudit(trx, clock, actor, {
        action: 'column.create_standard',
        entityType: 'site',
        entityId: siteId,
        siteId,
      });
    },

    async create(actor: Actor, siteId: string, raw: ColumnFields): Promise<Column> {
      refuseUnlessSiteAdmin(actor, siteId);
      const input = check(raw);
      const id = newId();
      await inTransaction(db, async (trx) => {
        await checkParent(trx, siteId, input.parentId);
        await repo.insertColumn(trx, { ...input, id, siteId, code: null }, clock.now().toISOString());
        await touchSite(trx, siteId);
        await recordAudit(trx, clock, actor, {
          action: 'column.create',
          entityType: 'column',
          entityId: id,
          siteId,
          after: input,
        });
      });
      return this.get(id);
    },

    async update(actor: Actor, id: string, raw: ColumnFields): Promise<Column> {
      const before = await this.get(id);
      refuseUnlessSiteAdmin(actor, before.siteId);
      const input = check(raw);
      await inTransaction(db, async (trx) => {
        await checkParent(trx, before.siteId, input.parentId, id);
        await repo.updateColumn(trx, id, input, clock.now().toISOString());
        await touchSite(trx, before.siteId);
        await recordAudit(trx, clock, actor, {
          action: 'column.update',
          entityType: 'column',
          entityId: id,
          siteId: before.siteId,
          before,
          after: input,
        });
      });
      return this.get(id);
    },

    async remove(actor: Actor, id: string): Promise<void> {
      const before = await this.get(id);
      refuseUnlessSiteAdmin(actor, before.siteId);
      if (before.code) throw ColumnErrors.COLUMN_STANDARD();
      try {
        await inTransaction(db, async (trx) => {
          if ((await repo.listColumns(trx, before.siteId)).some((c) => c.parentId === id))
            throw ColumnErrors.COLUMN_IN_USE();
          await repo.deleteColumn(trx, id);
          await touchSite(trx, before.siteId);
          await recordAudit(trx, clock, actor, {
            action: 'column.delete',
            entityType: 'column',
            entityId: id,
            siteId: before.siteId,
            before,
          });
        });
      } catch (error) {
        if (isForeignKeyViolation(error)) throw ColumnErrors.COLUMN_IN_USE();
        throw error;
      }
    },
  };
}

export type ColumnsService = ReturnType<typeof createColumnsService>;
