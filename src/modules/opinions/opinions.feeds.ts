import { parseFeed } from 'htmlparser2';
import { inTransaction, type Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can, systemActor, type Actor } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock/clock.js';
import { Errors } from '../../platform/http/errors.js';
import { toPlainText } from '../../platform/http/input.js';
import { htmlToText } from '../../platform/text/html.js';
import { newId } from '../../platform/ids/ids.js';
import * as repo from './opinions.repository.js';
import type { FeedRow } from './opinions.repository.js';
import type { FeedInput } from './opinions.schema.js';

/** A feed larger than this is not read: a feed of news items is far smaller. */
const MAX_FEED_BYTES = 2 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 10_000;

/**
 * Public-opinion items from the RSS or Atom feeds the office configures (a monitoring service's
 * export, a news search): polled, each entry taken once (by its id or link), recorded 待研判 with
 * no clock until the office judges its level. A feed that fails is marked with its error and
 * tried again next time; it never stops the others.
 */
export function createOpinionFeeds({ db, clock }: { db: Executor; clock: Clock }) {
  const now = () => clock.now().toISOString();
  const view = (f: FeedRow) => ({
    id: f.id,
    name: f.name,
    url: f.url,
    active: f.active === 1,
    lastPolledAt: f.last_polled_at,
    lastError: f.last_error,
  });

  async function read(url: string): Promise<string> {
    const res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    if (!res.ok) throw new Error(`订阅源返回 HTTP ${res.status}`);
    if (Number(res.headers.get('content-length') ?? 0) > MAX_FEED_BYTES) throw new Error('订阅源超过 2 MB');
    const reader = res.body?.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = (await reader?.read()) ?? { done: true, value: undefined };
      if (done) break;
      size += value.length;
      if (size > MAX_FEED_BYTES) {
        await reader?.cancel();
        throw new Error('订阅源超过 2 MB');
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  /** Reads one feed and records its new entries; returns how many were new. */
  async function pollOne(feed: FeedRow): Promise<number> {
    let added = 0;
    try {
      const parsed = parseFeed(await read(feed.url), { xmlMode: true });
      if (!parsed) throw new Error('不是 RSS 或 Atom 格式');
      for (const entry of parsed.items.slice(0, 200)) {
        const guid = (entry.id ?? entry.link ?? '').slice(0, 500);
        if (!guid || (await repo.hasFeedEntry(db, feed.id, guid))) continue;
        const published = entry.pubDate?.getTime();
        const seen = published && published <= clock.now().getTime() ? new Date(published) : clock.now();
        const text = [entry.title, entry.description].filter(Boolean).map((t) => toPlainText(htmlToText(t!)).trim());
        const link = /^https?:\/\//.test(entry.link ?? '') ? entry.link!.slice(0, 500) : '';
        const id = newId();
        await inTransaction(db, async (trx) => {
          await repo.insertItem(trx, {
            id,
            site_id: feed.site_id,
            source: feed.name,
            url: link,
            summary: text.join('\n').slice(0, 2000) || '（无摘要）',
            first_seen_at: seen.toISOString(),
            level: null,
            department_id: null,
            feed_id: feed.id,
            feed_guid: guid,
            created_by: null,
            created_at: now(),
            updated_at: now(),
          });
          await recordAudit(trx, clock, systemActor('舆情订阅'), {
            action: 'opinion.import',
            entityType: 'opinion_item',
            entityId: id,
            siteId: feed.site_id,
            after: { feed: feed.name, guid },
          });
        });
        added++;
      }
      await repo.updateFeed(db, feed.id, { last_polled_at: now(), last_error: null, updated_at: now() });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await repo.updateFeed(db, feed.id, {
        last_polled_at: now(),
        last_error: message.slice(0, 500),
        updated_at: now(),
      });
    }
    return added;
  }

  return {
    async list(actor: Actor, siteId: string) {
      if (!can(actor, siteId, ['site_admin', 'message_handler'], [])) throw Errors.FORBIDDEN('没有查看订阅源的权限');
      return (await repo.listFeeds(db, siteId)).map(view);
    },

    async save(actor: Actor, siteId: string, id: string | null, input: FeedInput) {
      if (!can(actor, siteId, ['site_admin'], [])) throw Errors.FORBIDDEN('只有站点管理员可以设置订阅源');
      if (id) {
        const f = await repo.findFeed(db, id);
        if (!f || f.site_id !== siteId) throw Errors.NOT_FOUND('订阅源不存在');
      }
      const feedId = id ?? newId();
      await inTransaction(db, async (trx) => {
        const fields = { name: input.name.trim(), url: input.url, active: input.active ? 1 : 0, updated_at: now() };
        if (id) await repo.updateFeed(trx, id, fields);
        else await repo.insertFeed(trx, { id: feedId, site_id: siteId, ...fields, created_at: now() });
        await recordAudit(trx, clock, actor, {
          action: id ? 'opinion_feed.update' : 'opinion_feed.create',
          entityType: 'opinion_feed',
          entityId: feedId,
          siteId,
          after: { name: input.name, url: input.url, active: input.active },
        });
      });
      return view((await repo.findFeed(db, feedId))!);
    },

    /** Polls every active feed (of one site, or all); returns the number of new items. */
    async poll(siteId?: string): Promise<number> {
      let added = 0;
      for (const feed of await repo.listFeeds(db, siteId)) if (feed.active === 1) added += await pollOne(feed);
      return added;
    },
  };
}

export type OpinionFeeds = ReturnType<typeof createOpinionFeeds>;
