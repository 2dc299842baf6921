import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, type Actor } from '../../platform/auth/actor.js';
import { chinaDate, type Clock } from '../../platform/clock/clock.js';
import { defineErrors, Errors } from '../../platform/http/errors.js';
import { findPersonalInformation } from '../../platform/text/pii.js';
import { normaliseText } from '../../platform/text/segment.js';
import * as repo from './search.repository.js';

export const HotQueryErrors = defineErrors({
  SEARCH_HOT_QUERY_INVALID: { status: 400, message: '热门检索词须为 1 至 20 个字，且不含个人信息' },
});

const HOT_DAYS = 30;
const MAX_LOGGED_LENGTH = 50;

/**
 * What visitors search for: counted in memory and written in batches (as page views are), reported
 * to the office, and — only once the office approved a phrase — shown to visitors as 热门搜索.
 * A count alone never puts words on the public pages: three scripted searches could otherwise
 * put any phrase in front of every visitor (issue 13 §6).
 */
export function createQueryLog({ db, clock }: { db: Executor; clock: Clock }) {
  const pending = new Map<string, { siteId: string; query: string; searches: number; hits: number }>();
  const daysAgo = (days: number) => chinaDate(new Date(clock.now().getTime() - days * 86_400_000));

  function requireAdmin(actor: Actor, siteId: string) {
    if (!can(actor, siteId, ['site_admin'], [])) throw Errors.FORBIDDEN('只有站点管理员可以维护检索设置');
  }

  return {
    /** Counts one search; nothing personal is kept (a visitor may search for their own name or number). */
    record(siteId: string, text: string, hits: number): void {
      const query = normaliseText(text);
      if (!query || query.length > MAX_LOGGED_LENGTH || findPersonalInformation(query).length) return;
      const key = `${siteId}\t${query}`;
      const entry = pending.get(key) ?? { siteId, query, searches: 0, hits };
      entry.searches++;
      entry.hits = hits;
      pending.set(key, entry);
    },

    /**
     * Writes the counted searches; run every few seconds and on shutdown. When the database is
     * away the counts are kept for the next try rather than lost.
     */
    async flush(): Promise<void> {
      if (!pending.size) return;
      const day = chinaDate(clock.now());
      const batch = [...pending.values()];
      pending.clear();
      try {
        await inTransaction(db, (trx) =>
          repo.logQueries(
            trx,
            batch.map((r) => ({ ...r, day })),
          ),
        );
      } catch (error) {
        for (const r of batch) {
          const key = `${r.siteId}\t${r.query}`;
          const newer = pending.get(key);
          pending.set(key, newer ? { ...newer, searches: newer.searches + r.searches } : r);
        }
        throw error;
      }
    },

    /** The approved 热门搜索 of a site, most searched in the last 30 days first. */
    async hot(siteId: string, limit = 8): Promise<string[]> {
      return (await repo.hotQueries(db, siteId, daysAgo(HOT_DAYS), limit)).map((r) => r.query);
    },

    /** For the office: what was searched, found or not, and what it shows as 热门搜索. */
    async report(actor: Actor, siteId: string, days = 90) {
      requireAdmin(actor, siteId);
      const since = daysAgo(days);
      return {
        zeroResults: await repo.topQueries(db, siteId, since, false, 100),
        top: await repo.topQueries(db, siteId, since, true, 100),
        hot: await repo.hotQueries(db, siteId, daysAgo(HOT_DAYS), 100),
      };
    },

    /** The office shows a phrase as 热门搜索 (one it saw searched, or its own). */
    async approve(actor: Actor, siteId: string, raw: string): Promise<void> {
      requireAdmin(actor, siteId);
      const query = normaliseText(raw);
      if (!query || query.length > 20 || findPersonalInformation(query).length)
        throw HotQueryErrors.SEARCH_HOT_QUERY_INVALID();
      await inTransaction(db, async (trx) => {
        if (!(await repo.approveHotQuery(trx, siteId, query, actor.userId, clock.now().toISOString()))) return;
        await recordAudit(trx, clock, actor, {
          action: 'search.hot_query.approve',
          entityType: 'search_hot_query',
          entityId: query,
          siteId,
          after: { query },
        });
      });
    },

    async withdraw(actor: Actor, siteId: string, raw: string): Promise<void> {
      requireAdmin(actor, siteId);
      const query = normaliseText(raw);
      await inTransaction(db, async (trx) => {
        if (!(await repo.withdrawHotQuery(trx, siteId, query))) throw Errors.NOT_FOUND('该词不在热门检索词中');
        await recordAudit(trx, clock, actor, {
          action: 'search.hot_query.withdraw',
          entityType: 'search_hot_query',
          entityId: query,
          siteId,
          before: { query },
        });
      });
    },
  };
}
