import { sql } from 'kysely';
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

function tsquery({ query, mode }: EngineRequest): string {
  const alternative = (words: string[]) => `(${words.map(term).join(' & ')})`;
  return query.groups.map((g) => `(${g.map(alternative).join(' | ')})`).join(mode === 'all' ? ' & ' : ' | ');
}

function conditions(request: EngineRequest) {
  const { filters, query } = request;
  return sql.join(
    [
      // The site by its lexeme, so the GIN index alone finds the site's matches (the site's id is
      // checked again on what it found, in search below, where the planner cannot add the site's
      // B-tree index to the scan: bench:scale saw it read all 200,000 entries of a site that way).
      sql`e.vector @@ ${`${siteLexeme(filters.siteId)} & (${tsquery(request)})`}::tsquery`,
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
    const where = conditions(request);
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
