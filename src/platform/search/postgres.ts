import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { EngineRequest, FacetRow, HitRow, SearchEngine } from './engine.js';
import { entryRow, entryWords } from './entry.js';

/**
 * PostgreSQL: a tsvector with a GIN index, ranked by ts_rank. The vector is written as a literal
 * from our own words (weights A title and 文号, B keywords, D body; positions in order), so no text
 * search configuration or locale of the server changes what is found. Each vector also holds its
 * site as a lexeme of its own (§<site id>, no position): a query asks for it beside its words, so
 * the GIN index finds only the site's matches rather than every site's on the platform (a common
 * word matches tens of thousands of entries of a city's sites; bench:scale). It is left out of the
 * rank.
 */

const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_WORD = 256;
const lexeme = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

function tsvectorLiteral(parts: [words: string[], weight: 'A' | 'B' | 'D'][]): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const [words, weight] of parts)
    for (const word of words) {
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(word) ?? [];
      if (list.length < MAX_POSITIONS_PER_WORD) list.push(weight === 'D' ? String(position) : `${position}${weight}`);
      positions.set(word, list);
    }
  return [...positions].map(([word, list]) => `${lexeme(word)}:${list.join(',')}`).join(' ');
}

// One Chinese character is rarely a word of its own in the index: let it start one (税 → 税务, 税收).
const term = (word: string) => (/^\p{Script=Han}$/u.test(word) ? `${lexeme(word)}:*` : lexeme(word));

const groupQuery = (groups: string[][][], join: ' & ' | ' | ') =>
  groups.map((g) => `(${g.map((words) => `(${words.map(term).join(' & ')})`).join(' | ')})`).join(join);

function tsquery({ query, mode }: EngineRequest): string {
  return groupQuery(query.groups, mode === 'all' ? ' & ' : ' | ');
}

/**
 * A word in a tenth of the entries or more (工作, 部门, 关于 …) costs the GIN index more than it
 * saves: bench:scale's 防汛防台 工作 spent 100 of its 115 ms intersecting 工作's million entries
 * with the rest. Such words are checked on the rows the rarer words found instead.
 */
const COMMON_SHARE = 0.1;

/**
 * Splits the groups of an all-words query into those the index is asked for and those checked on
 * the rows it found: a group is as common as its alternatives together (an alternative of several
 * words as its rarest word; a single character, which matches every word it starts, as common as
 * can be). The rarest group is always asked of the index.
 */
export function splitByShare(
  groups: string[][][],
  share: (word: string) => number,
): { indexed: string[][][]; checked: string[][][] } {
  const groupShare = (g: string[][]) =>
    g.reduce((sum, words) => sum + Math.min(...words.map((w) => (/^\p{Script=Han}$/u.test(w) ? 1 : share(w)))), 0);
  const ranked = groups.map((g) => ({ g, share: groupShare(g) })).sort((a, b) => a.share - b.share);
  const indexed = ranked.filter((r, i) => i === 0 || r.share < COMMON_SHARE).map((r) => r.g);
  return { indexed, checked: ranked.map((r) => r.g).filter((g) => !indexed.includes(g)) };
}

/**
 * Each word's share of the entries as ANALYZE last sampled them (pg_stats, about 10 ms to read),
 * read again after ten minutes, or after half a minute while there are none (a new database).
 */
const STATS_MAX_AGE_MS = 10 * 60_000;
const NO_STATS_MAX_AGE_MS = 30_000;
const shareCache = new WeakMap<object, { until: number; shares: Promise<Map<string, number>> }>();

export function wordShares(db: Executor): Promise<Map<string, number>> {
  const cached = shareCache.get(db);
  if (cached && Date.now() < cached.until) return cached.shares;
  const shares = sql<{ word: string; share: number }>`
    select u.word, u.share
    from pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as u(word, share)
    where s.schemaname = current_schema() and s.tablename = 'search_entries' and s.attname = 'vector'
      and u.word is not null`
    .execute(db)
    .then(({ rows }) => new Map(rows.map((r) => [r.word, Number(r.share)])))
    // Without statistics every word counts as rare: the index is asked for all of them.
    .catch(() => new Map<string, number>());
  const entry = { until: Date.now() + NO_STATS_MAX_AGE_MS, shares };
  shareCache.set(db, entry);
  void shares.then((map) => {
    if (map.size) entry.until = Date.now() + STATS_MAX_AGE_MS;
  });
  return shares;
}

async function conditions(db: Executor, request: EngineRequest) {
  const { filters, query } = request;
  let indexed = tsquery(request);
  let checked: string | null = null;
  if (request.mode === 'all' && query.groups.length > 1) {
    const shares = await wordShares(db);
    const split = splitByShare(query.groups, (w) => shares.get(w) ?? 0);
    indexed = groupQuery(split.indexed, ' & ');
    if (split.checked.length) checked = groupQuery(split.checked, ' & ');
  }
  return sql.join(
    [
      // The site by its lexeme, so the GIN index alone finds the site's matches (the site's id is
      // checked again on what it found, in search below, where the planner cannot add the site's
      // B-tree index to the scan: bench:scale saw it read all 200,000 entries of a site that way).
      sql`e.vector @@ ${`${siteLexeme(filters.siteId)} & (${indexed})`}::tsquery`,
      // coalesce() keeps the planner from asking the index for the common words after all.
      ...(checked ? [sql`coalesce(e.vector, ''::tsvector) @@ ${checked}::tsquery`] : []),
      ...(filters.type ? [sql`e.type = ${filters.type}`] : []),
      ...(filters.departmentId ? [sql`e.department_id = ${filters.departmentId}`] : []),
      ...(filters.year ? [sql`e.year = ${filters.year}`] : []),
      ...(filters.validity ? [sql`e.validity = ${filters.validity}`] : []),
      ...query.phrases.map((p) => sql`strpos(e.normal_text, ${p}) > 0`),
    ],
    sql` and `,
  );
}

/** The lexeme that says which site an entry belongs to; no word the segmenter gives begins with §. */
export const siteLexeme = (siteId: string) => lexeme(`§${siteId}`);

/**
 * An entry's weighted vector as `put` writes it, with its site when given; bench:scale writes a
 * million entries with it in bulk.
 */
export function entryVector(words: ReturnType<typeof entryWords>, siteId?: string): string {
  const vector = tsvectorLiteral([
    [words.title, 'A'],
    [words.docNo, 'A'],
    [words.keywords, 'B'],
    [words.body, 'D'],
  ]);
  return siteId ? `${vector} ${siteLexeme(siteId)}`.trimStart() : vector;
}

export const postgresEngine: SearchEngine = {
  async put(db, entry) {
    const words = entryWords(entry);
    const row = entryRow(entry, words.title);
    const vector = entryVector(words, entry.siteId);
    await db
      .insertInto('search_entries')
      .values({ ...row, vector: sql`${vector}::tsvector` } as typeof row)
      .onConflict((oc) => oc.column('key').doUpdateSet({ ...row, vector: sql`${vector}::tsvector` } as typeof row))
      .execute();
  },

  async remove(db, key) {
    await db.deleteFrom('search_entries').where('key', '=', key).execute();
  },

  async search(db, request) {
    if (!request.query.groups.length) return { hits: [], facets: [] };
    const where = await conditions(db, request);
    const rank = sql`ts_rank('{0.1, 0.2, 0.4, 1.0}', e.vector, ${tsquery(request)}::tsquery, 1)`;
    // (The entry's id last, so a page is the same page each time it is asked for.)
    const order = (t: string) =>
      request.sort === 'date'
        ? sql`${sql.ref(`${t}.published_at`)} desc, ${sql.ref(`${t}.score`)} desc, ${sql.ref(`${t}.id`)}`
        : sql`${sql.ref(`${t}.score`)} desc, ${sql.ref(`${t}.published_at`)} desc, ${sql.ref(`${t}.id`)}`;
    // One pass over the matches' rows: each is ranked and its facets read once (materialized), the
    // page's rows then read again for what a result shows, the facets counted from the same pass.
    const { rows } = await sql<{ hits: HitRow[] | null; facets: FacetRow[] | null }>`
      with found as materialized (
        select e.id, e.site_id, e.type, e.department_id, e.publisher, e.year, e.validity, e.published_at,
               ${rank} as score
        from search_entries e
        where ${where}
      ),
      m as (select * from found where site_id = ${request.filters.siteId}),
      page as (select id, score, published_at from m order by ${order('m')} limit ${request.limit} offset ${request.offset})
      select
        (select json_agg(h.hit order by h.rank) from (
          select row_number() over (order by ${order('page')}) as rank,
                 json_build_object(
                   'key', e.key, 'type', e.type, 'title', e.title, 'url', e.url,
                   'departmentId', e.department_id, 'publisher', e.publisher, 'publishedAt', e.published_at,
                   'validity', e.validity, 'docNo', e.doc_no, 'bodyText', e.body_text, 'score', page.score
                 ) as hit
          from page join search_entries e on e.id = page.id
        ) h) as hits,
        (select json_agg(f) from (
          select type, department_id as "departmentId", publisher, year, validity, count(*) as count
          from m group by type, department_id, publisher, year, validity
        ) f) as facets`.execute(db);
    return { hits: rows[0]?.hits ?? [], facets: rows[0]?.facets ?? [] };
  },
};
