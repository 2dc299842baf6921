import { sql } from 'kysely';
import type { EngineRequest, FacetRow, HitRow, SearchEngine } from './engine.js';
import { entryRow, entryWords } from './entry.js';

/**
 * PostgreSQL: a tsvector with a GIN index, ranked by ts_rank. The vector is written as a literal
 * from our own words (weights A title and 文号, B keywords, D body; positions in order), so no text
 * search configuration or locale of the server changes what is found.
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
      sql`e.site_id = ${filters.siteId}`,
      sql`e.vector @@ ${tsquery(request)}::tsquery`,
      ...(filters.type ? [sql`e.type = ${filters.type}`] : []),
      ...(filters.departmentId ? [sql`e.department_id = ${filters.departmentId}`] : []),
      ...(filters.year ? [sql`e.year = ${filters.year}`] : []),
      ...(filters.validity ? [sql`e.validity = ${filters.validity}`] : []),
      ...query.phrases.map((p) => sql`strpos(e.normal_text, ${p}) > 0`),
    ],
    sql` and `,
  );
}

/** An entry's weighted vector as `put` writes it; bench:scale writes a million entries with it in bulk. */
export function entryVector(words: ReturnType<typeof entryWords>): string {
  return tsvectorLiteral([
    [words.title, 'A'],
    [words.docNo, 'A'],
    [words.keywords, 'B'],
    [words.body, 'D'],
  ]);
}

export const postgresEngine: SearchEngine = {
  async put(db, entry) {
    const words = entryWords(entry);
    const row = entryRow(entry, words.title);
    const vector = entryVector(words);
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
    const order = request.sort === 'date' ? sql`e.published_at desc, score desc` : sql`score desc, e.published_at desc`;
    const hits = await sql<HitRow>`
      select e.key, e.type, e.title, e.url, e.department_id as "departmentId", e.publisher,
             e.published_at as "publishedAt", e.validity, e.doc_no as "docNo", e.body_text as "bodyText",
             ${rank} as score
      from search_entries e
      where ${where}
      order by ${order}
      limit ${request.limit} offset ${request.offset}`.execute(db);
    const facets = await sql<FacetRow>`
      select e.type, e.department_id as "departmentId", e.publisher, e.year, e.validity, count(*) as count
      from search_entries e
      where ${where}
      group by e.type, e.department_id, e.publisher, e.year, e.validity`.execute(db);
    return { hits: hits.rows, facets: facets.rows };
  },
};
