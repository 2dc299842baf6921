import type { Kysely } from 'kysely';

/**
 * 办件 and 好差评 (issue 16 §4–5): cases of service items registered at the counter or imported from
 * the hall's system, each step an event, followed by number and query code; the applicant's
 * rating, and for a 差评 the department's follow-up.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('service_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('service_items.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('case_no', 'text', (c) => c.notNull())
    .addColumn('query_code_hash', 'text', (c) => c.notNull())
    // The applicant: for those handling the case only, never on a public page or in a log.
    .addColumn('applicant_json', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    // The item's 承诺办结时限 when the case was received: what the applicant was promised.
    .addColumn('committed_days', 'integer')
    .addColumn('finished_on', 'text')
    .addColumn('result', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('service_cases_no', ['site_id', 'case_no'])
    .execute();
  await db.schema.createIndex('service_cases_item').on('service_cases').columns(['item_id', 'received_on']).execute();
  await db.schema
    .createIndex('service_cases_finished')
    .on('service_cases')
    .columns(['site_id', 'finished_on'])
    .execute();

  await db.schema
    .createTable('service_case_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('service_cases.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('service_case_steps_seq', ['case_id', 'seq'])
    .execute();

  await db.schema
    .createTable('service_ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().unique().references('service_cases.id'))
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('reasons_json', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('rated_on', 'text', (c) => c.notNull())
    // A 差评's follow-up: due by, done on, what was found and done.
    .addColumn('follow_up_due_on', 'text')
    .addColumn('followed_up_on', 'text')
    .addColumn('follow_up_note', 'text')
    .addColumn('followed_up_by', 'text', (c) => c.references('users.id'))
    .execute();
}
