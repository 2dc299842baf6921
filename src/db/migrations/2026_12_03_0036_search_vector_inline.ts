import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Issue 18 §8: on PostgreSQL a search ranks every match by its vector, but shows the text of ten.
 * PostgreSQL moved the vector, the row's biggest value, out of the row once the row passed 2 kB,
 * so ranking 6,000 matches read 6,000 rows of the TOAST table besides (bench:scale, a site of
 * 200,000 documents: a common word's search took 100 ms, 45 of them fetching vectors). Now rows
 * stay whole up to a page (8 kB), and in a longer row the body's text leaves first and the vector
 * last. Existing vectors are written again so that they move back into their rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table search_entries set (toast_tuple_target = 8160)`.execute(db);
  await sql`alter table search_entries alter column vector set storage main`.execute(db);
  // A value that is not new keeps its place out of the row; concatenating makes it new.
  await sql`update search_entries set vector = vector || ''::tsvector`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table search_entries reset (toast_tuple_target)`.execute(db);
  await sql`alter table search_entries alter column vector set storage extended`.execute(db);
}
