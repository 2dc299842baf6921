import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * On PostgreSQL, every change of a site's content version is announced on the channel
 * `gongkai_content` (issue 18 §4): instances listen and keep the versions in memory, so a page
 * served from the cache costs no query. A trigger, so no writer can forget; PostgreSQL delivers the
 * notice only when the transaction commits. SQLite reads its versions in-process and needs none.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create function gongkai_content_notify() returns trigger language plpgsql as $$
    begin
      perform pg_notify('gongkai_content', new.site_id || ':' || new.version);
      return new;
    end $$`.execute(db);
  await sql`
    create trigger content_versions_notify after insert or update on content_versions
    for each row execute function gongkai_content_notify()`.execute(db);
}
