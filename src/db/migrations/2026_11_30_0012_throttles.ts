import type { Kysely } from 'kysely';

/**
 * Counters every instance shares (issue 13 §8): request rate limits per address and route, and
 * sign-in failures per account, address and device. In the database, so two instances let no
 * more through than one. Sign-in failures no longer lock an account (anyone could lock anyone's),
 * so the users' own counters go.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('throttles')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    // The counter starts again from nothing after this instant.
    .addColumn('window_ends', 'text', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    // Milliseconds since the epoch before which the key allows no further attempt (sign-in).
    .addColumn('next_at', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('throttles_window_ends').on('throttles').column('window_ends').execute();
  await db.schema.alterTable('users').dropColumn('failed_sign_ins').execute();
  await db.schema.alterTable('users').dropColumn('locked_until').execute();
}
