import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { MediaAccountTable, OpinionFeedTable, OpinionItemTable } from '../../db/schema.js';

export type OpinionRow = Selectable<OpinionItemTable>;
export type FeedRow = Selectable<OpinionFeedTable>;
export type MediaAccountRow = Selectable<MediaAccountTable>;

export const findItem = (db: Executor, id: string) =>
  db.selectFrom('opinion_items').selectAll().where('id', '=', id).executeTakeFirst();

export function listItems(db: Executor, siteId: string, options: { open?: boolean; departmentIds?: string[] }) {
  let q = db.selectFrom('opinion_items').selectAll().where('site_id', '=', siteId);
  if (options.open) q = q.where('closed_at', 'is', null);
  if (options.departmentIds) {
    if (options.departmentIds.length === 0) return Promise.resolve([]);
    q = q.where('department_id', 'in', options.departmentIds);
  }
  return q.orderBy('first_seen_at', 'desc').limit(1000).execute();
}

export const insertItem = (db: Executor, row: Insertable<OpinionItemTable>) =>
  db.insertInto('opinion_items').values(row).execute();

export const updateItem = (db: Executor, id: string, set: Updateable<OpinionItemTable>) =>
  db.updateTable('opinion_items').set(set).where('id', '=', id).execute();

/** Whether a feed's entry was taken already. */
export async function hasFeedEntry(db: Executor, feedId: string, guid: string): Promise<boolean> {
  const r = await db
    .selectFrom('opinion_items')
    .select('id')
    .where('feed_id', '=', feedId)
    .where('feed_guid', '=', guid)
    .executeTakeFirst();
  return r !== undefined;
}

export const listFeeds = (db: Executor, siteId?: string) => {
  let q = db.selectFrom('opinion_feeds').selectAll();
  if (siteId) q = q.where('site_id', '=', siteId);
  return q.orderBy('created_at').execute();
};
export const findFeed = (db: Executor, id: string) =>
  db.selectFrom('opinion_feeds').selectAll().where('id', '=', id).executeTakeFirst();
export const insertFeed = (db: Executor, row: Insertable<OpinionFeedTable>) =>
  db.insertInto('opinion_feeds').values(row).execute();
export const updateFeed = (db: Executor, id: string, set: Updateable<OpinionFeedTable>) =>
  db.updateTable('opinion_feeds').set(set).where('id', '=', id).execute();

export const listMediaAccounts = (db: Executor, siteId: string) =>
  db.selectFrom('media_accounts').selectAll().where('site_id', '=', siteId).orderBy('name').execute();
export const findMediaAccount = (db: Executor, id: string) =>
  db.selectFrom('media_accounts').selectAll().where('id', '=', id).executeTakeFirst();
export const insertMediaAccount = (db: Executor, row: Insertable<MediaAccountTable>) =>
  db.insertInto('media_accounts').values(row).execute();
export const updateMediaAccount = (db: Executor, id: string, set: Updateable<MediaAccountTable>) =>
  db.updateTable('media_accounts').set(set).where('id', '=', id).execute();

/** A published document of the site, the only kind a response may point to. */
export const publishedDocument = (db: Executor, siteId: string, id: string) =>
  db
    .selectFrom('documents')
    .select(['id', 'title'])
    .where('id', '=', id)
    .where('site_id', '=', siteId)
    .where('status', '=', 'published')
    .executeTakeFirst();
