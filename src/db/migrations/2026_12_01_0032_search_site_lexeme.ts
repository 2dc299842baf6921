import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Issue 18 §8: on PostgreSQL each entry's vector holds its site as a lexeme (§<site id>, no
 * position), so a search asks the GIN index for the site's matches only, not every site's (a
 * common word matched tens of thousands of entries of a city's sites; bench:scale measured search
 * p95 at 348 ms with a million documents). SQLite's FTS table has the site as a column already.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  // Site ids are UUIDs: nothing in them needs quoting inside the lexeme.
  await sql`update search_entries set vector = vector || ('''§' || site_id || '''')::tsvector`.execute(db);
}
