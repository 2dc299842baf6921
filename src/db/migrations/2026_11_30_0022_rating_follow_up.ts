import type { Kysely } from 'kysely';

/**
 * 好差评 (issue 16 §5): a 差评 is the department's task, to be followed up "within the time the
 * office sets" — a per-site number of working days, 15 until the office changes it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sites')
    .addColumn('rating_follow_up_workdays', 'integer', (c) => c.notNull().defaultTo(15))
    .execute();
}
