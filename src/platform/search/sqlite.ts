import { sql, type RawBuilder } from 'kysely';
import type { EngineRequest, FacetRow, HitRow, SearchEngine } from './engine.js';
import { entryRow, entryWords } from './entry.js';

/**
 * SQLite: an FTS5 table of the words, ranked by bm25. Site, type, department, year and validity
 * are words of a `site` column too (e.g. "typedocument"), so a filtered search is one FTS query.
 */

// FTS5 words are letters and digits (and 〔〕); a tag is a prefix and its value with anything else dropped.
const tag = (prefix: string, value: string | number) =>
  prefix +
  String(value)
    .replace(/[^0-9a-z]/gi, '')
    .toLowerCase();

function tags(entry: {
  siteId: string;
  type: string;
  departmentId: string | null;
  year: number;
  validity: string | null;
}) {
  return [
    tag('site', entry.siteId),
    tag('type', entry.type),
    entry.departmentId ? tag('dept', entry.departmentId) : '',
    tag('year', entry.year),
    entry.validity ? tag('valid', entry.validity) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const quote = (word: string) => `"${word.replace(/"/g, '""')}"`;
// One Chinese character is rarely a word of its own in the index: let it start one (税 → 税务, 税收).
const term = (word: string) => (/^\p{Script=Han}$/u.test(word) ? `${quote(word)}*` : quote(word));

function matchExpression({ query, mode, filters }: EngineRequest): string {
  const filterTags = [
    tag('site', filters.siteId),
    filters.type && tag('type', filters.type),
    filters.departmentId && tag('dept', filters.departmentId),
    filters.year && tag('year', filters.year),
    filters.validity && tag('valid', filters.validity),
  ].filter((t): t is string => Boolean(t));
  const alternative = (words: string[]) => `(${words.map(term).join(' AND ')})`;
  const groups = query.groups
    .map((g) => `(${g.map(alternative).join(' OR ')})`)
    .join(mode === 'all' ? ' AND ' : ' OR ');
  return `site : (${filterTags.map(quote).join(' AND ')}) AND {title doc_no keywords body} : (${groups})`;
}

const phraseConditions = (phrases: string[]): RawBuilder<unknown>[] =>
  phrases.map((p) => sql`instr(e.normal_text, ${p}) > 0`);

export const sqliteEngine: SearchEngine = {
  async put(db, entry) {
    const words = entryWords(entry);
    const row = entryRow(entry, words.title);
    const existing = await db.selectFrom('search_entries').select('id').where('key', '=', entry.key).executeTakeFirst();
    let id: number;
    if (existing) {
      id = existing.id;
      await db.updateTable('search_entries').set(row).where('id', '=', id).execute();
      await sql`delete from search_fts where rowid = ${id}`.execute(db);
    } else {
      const inserted = await db.insertInto('search_entries').values(row).returning('id').executeTakeFirstOrThrow();
      id = inserted.id;
    }
    await sql`insert into search_fts (rowid, site, title, doc_no, keywords, body) values (${id}, ${tags({
      ...entry,
      year: row.year,
    })}, ${words.title.join(' ')}, ${words.docNo.join(' ')}, ${words.keywords.join(' ')}, ${words.body.join(' ')})`.execute(
      db,
    );
  },

  async remove(db, key) {
    const existing = await db.selectFrom('search_entries').select('id').where('key', '=', key).executeTakeFirst();
    if (!existing) return;
    await sql`delete from search_fts where rowid = ${existing.id}`.execute(db);
    await db.deleteFrom('search_entries').where('id', '=', existing.id).execute();
  },

  async search(db, request) {
    if (!request.query.groups.length) return { hits: [], facets: [] };
    const match = matchExpression(request);
    const where = sql.join([sql`search_fts match ${match}`, ...phraseConditions(request.query.phrases)], sql` and `);
    const columns = sql`e.key, e.type, e.title, e.url, e.department_id as "departmentId", e.publisher,
      e.published_at as "publishedAt", e.validity, e.doc_no as "docNo", e.body_text as "bodyText"`;
    const bm25 = sql`bm25(search_fts, 0.0, 10.0, 10.0, 4.0, 1.0)`;
    // Ranked by relevance without phrases, the best rows are picked in the FTS table alone and
    // only those are read; otherwise every match is joined to its row.
    const hits =
      request.sort === 'relevance' && !request.query.phrases.length
        ? await sql<HitRow>`
            with ranked as (
              select rowid as id, ${bm25} as score from search_fts where search_fts match ${match}
              order by score limit ${request.limit} offset ${request.offset})
            select ${columns}, ranked.score from ranked join search_entries e on e.id = ranked.id
            order by ranked.score, e.published_at desc`.execute(db)
        : await sql<HitRow>`
            select ${columns}, ${bm25} as score
            from search_fts join search_entries e on e.id = search_fts.rowid
            where ${where}
            order by ${request.sort === 'date' ? sql`e.published_at desc, score` : sql`score, e.published_at desc`}
            limit ${request.limit} offset ${request.offset}`.execute(db);
    const facets = await sql<FacetRow>`
      select e.type, e.department_id as "departmentId", e.publisher, e.year, e.validity, count(*) as count
      from search_fts join search_entries e on e.id = search_fts.rowid
      where ${where}
      group by e.type, e.department_id, e.publisher, e.year, e.validity`.execute(db);
    return { hits: hits.rows, facets: facets.rows };
  },
};
