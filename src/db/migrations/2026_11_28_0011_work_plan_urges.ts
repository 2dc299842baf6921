import type { Kysely } from 'kysely';

/**
 * The office chases a department by hand (公开办催办) with a few words of its own; the words are
 * kept with the reminder so the department reads them beside its work, not only in its mailbox.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('work_plan_reminders').addColumn('note', 'text').execute();
}
