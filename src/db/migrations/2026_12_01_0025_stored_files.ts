import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Files kept in the database (issue 18 §2): on PostgreSQL every instance reads the same files and a
 * `pg_dump` holds them all. A file is named by the SHA-256 of its content, as in the data
 * directory, and kept in parts of at most 1 MB so no single value grows with the file. SQLite keeps
 * its files in the data directory; the tables exist there too, empty, so both schemas match.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('stored_files')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('parts', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('stored_file_parts')
    .addColumn('sha256', 'text', (c) => c.notNull().references('stored_files.sha256').onDelete('cascade'))
    .addColumn('part', 'integer', (c) => c.notNull())
    .addColumn('bytes', postgres ? sql`bytea` : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('stored_file_parts_pk', ['sha256', 'part'])
    .execute();
}
