import { PostgresAdapter, sql } from 'kysely';
import type { Executor } from '../../db/database.js';

export interface SynonymGroup {
  id: string;
  words: string[];
  updatedAt: string;
}

/** The words of every site's synonym groups: words the segmenter keeps whole. */
export async function allSynonymWords(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('search_synonyms').select('words').execute();
  return rows.flatMap((r) => JSON.parse(r.words) as string[]);
}

export async function listSynonyms(db: Executor, siteId: string): Promise<SynonymGroup[]> {
  const rows = await db
    .selectFrom('search_synonyms')
    .select(['id', 'words', 'updated_at'])
    .where('site_id', '=', siteId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, words: JSON.parse(r.words) as string[], updatedAt: r.updated_at }));
}

export async function findSynonyms(db: Executor, id: string) {
  return db.selectFrom('search_synonyms').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSynonyms(db: Executor, row: { id: string; siteId: string; words: string[] }, at: string) {
  await db
    .insertInto('search_synonyms')
    .values({ id: row.id, site_id: row.siteId, words: JSON.stringify(row.words), created_at: at, updated_at: at })
    .execute();
}

export async function updateSynonyms(db: Executor, id: string, words: string[], at: string) {
  await db
    .updateTable('search_synonyms')
    .set({ words: JSON.stringify(words), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteSynonyms(db: Executor, id: string) {
  await db.deleteFrom('search_synonyms').where('id', '=', id).execute();
}

export async function listWords(db: Executor, siteId?: string): Promise<string[]> {
  let q = db.selectFrom('search_words').select('word').orderBy('word');
  if (siteId) q = q.where('site_id', '=', siteId);
  return (await q.execute()).map((r) => r.word);
}

export async function insertWord(db: Executor, siteId: string, word: string, at: string): Promise<boolean> {
  const r = await db
    .insertInto('search_words')
    .values({ site_id: siteId, word, created_at: at })
    .onConflict((oc) => oc.columns(['site_id', 'word']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteWord(db: Executor, siteId: string, word: string): Promise<boolean> {
  const r = await db
    .deleteFrom('search_words')
    .where('site_id', '=', siteId)
    .where('word', '=', word)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Adds searches of one day; `hits` keeps the latest count of results. */
export async function logQueries(
  db: Executor,
  rows: { siteId: string; day: string; query: string; searches: number; hits: number }[],
) {
  for (const r of rows)
    await db
      .insertInto('search_queries')
      .values({ site_id: r.siteId, day: r.day, query: r.query, searches: r.searches, hits: r.hits })
      .onConflict((oc) =>
        oc
          .columns(['site_id', 'day', 'query'])
          .doUpdateSet({ searches: sql`search_queries.searches + ${r.searches}`, hits: r.hits }),
      )
      .execute();
}

/** Queries by how often they were searched since `sinceDay`: those that found something, or nothing. */
export async function topQueries(
  db: Executor,
  siteId: string,
  sinceDay: string,
  found: boolean,
  limit: number,
  minSearches = 1,
): Promise<{ query: string; searches: number; lastDay: string }[]> {
  const rows = await db
    .selectFrom('search_queries')
    .select((eb) => ['query', eb.fn.sum<number>('searches').as('searches'), eb.fn.max('day').as('lastDay')])
    .where('site_id', '=', siteId)
    .where('day', '>=', sinceDay)
    .where('hits', found ? '>' : '=', 0)
    .groupBy('query')
    .having((eb) => eb.fn.sum('searches'), '>=', minSearches)
    .orderBy('searches', 'desc')
    .orderBy('query')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ query: r.query, searches: Number(r.searches), lastDay: r.lastDay }));
}

/** The approved 热门搜索 with their searches since `sinceDay`, most searched first, then newest approval. */
export async function hotQueries(
  db: Executor,
  siteId: string,
  sinceDay: string,
  limit: number,
): Promise<{ query: string; searches: number; approvedAt: string }[]> {
  const rows = await db
    .selectFrom('search_hot_queries as h')
    .leftJoin('search_queries as q', (join) =>
      join.onRef('q.site_id', '=', 'h.site_id').onRef('q.query', '=', 'h.query').on('q.day', '>=', sinceDay),
    )
    .select((eb) => [
      'h.query',
      'h.approved_at',
      eb.fn.coalesce(eb.fn.sum<number>('q.searches'), eb.lit(0)).as('searches'),
    ])
    .where('h.site_id', '=', siteId)
    .groupBy(['h.query', 'h.approved_at'])
    .orderBy('searches', 'desc')
    .orderBy('h.approved_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ query: r.query, searches: Number(r.searches), approvedAt: r.approved_at }));
}

/** Approves a phrase; false when it already was. */
export async function approveHotQuery(
  db: Executor,
  siteId: string,
  query: string,
  userId: string | null,
  at: string,
): Promise<boolean> {
  const r = await db
    .insertInto('search_hot_queries')
    .values({ site_id: siteId, query, approved_by: userId, approved_at: at })
    .onConflict((oc) => oc.columns(['site_id', 'query']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function withdrawHotQuery(db: Executor, siteId: string, query: string): Promise<boolean> {
  const r = await db
    .deleteFrom('search_hot_queries')
    .where('site_id', '=', siteId)
    .where('query', '=', query)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The words of the site's titles with how many titles hold each: what "did you mean" corrects towards. */
/**
 * How often each word occurs in the titles of the site's latest `titles` entries. PostgreSQL counts
 * them itself, so the server receives one row per word and its event loop is not held up splitting
 * a city site's titles.
 */
export async function titleWordCounts(db: Executor, siteId: string, titles: number): Promise<Map<string, number>> {
  const latest = db
    .selectFrom('search_entries')
    .select('title_words')
    .where('site_id', '=', siteId)
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(titles);
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const { rows } = await sql<{ word: string; n: number }>`
      select w as word, count(*)::int as n
      from (${latest}) t, unnest(string_to_array(t.title_words, ' ')) w
      where w <> '' group by w`.execute(db);
    return new Map(rows.map((r) => [r.word, r.n]));
  }
  const counts = new Map<string, number>();
  for (const r of await latest.execute())
    for (const w of r.title_words.split(' ')) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

export async function entryKeys(db: Executor, siteId: string): Promise<string[]> {
  return (await db.selectFrom('search_entries').select('key').where('site_id', '=', siteId).execute()).map(
    (r) => r.key,
  );
}
