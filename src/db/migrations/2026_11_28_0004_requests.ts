import type { Kysely } from 'kysely';

// 依申请公开: applications (GLOSSARY: disclosureRequest) and their event histories.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('disclosure_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    // The agency applied to; null is the government itself, handled by the 政务公开办.
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    // The department handling it after 分办 (the latest \`assigned\` event), if not the one applied to.
    .addColumn('handling_department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('tracking_no', 'text', (c) => c.notNull())
    .addColumn('query_code_hash', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('applicant_kind', 'text', (c) => c.notNull())
    .addColumn('organisation_kind', 'text')
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    // A hash of the normalised ID or credit-code number: repeat applications and the monthly fee
    // count are found by it without comparing identity numbers in queries.
    .addColumn('applicant_key', 'text', (c) => c.notNull())
    // Identity and contact details, never shown outside the back office.
    .addColumn('applicant_json', 'text', (c) => c.notNull())
    .addColumn('info_title', 'text', (c) => c.notNull())
    .addColumn('info_doc_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('info_description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('delivery_form', 'text', (c) => c.notNull())
    .addColumn('delivery_method', 'text', (c) => c.notNull())
    .addColumn('fee_waiver_requested', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fee_waiver_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('id_proof_sha256', 'text')
    .addColumn('id_proof_mime', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('disclosure_requests_tracking_no', ['site_id', 'tracking_no'])
    .execute();
  await db.schema
    .createIndex('disclosure_requests_site_received')
    .on('disclosure_requests')
    .columns(['site_id', 'received_on'])
    .execute();
  await db.schema
    .createIndex('disclosure_requests_applicant')
    .on('disclosure_requests')
    .columns(['site_id', 'applicant_key'])
    .execute();

  await db.schema
    .createTable('request_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('disclosure_requests.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('request_events_seq', ['request_id', 'seq'])
    .execute();

  // Notice templates (受理、补正、征求意见、延期、收费 and each reply kind), edited by the office; every
  // save is a new version, the highest one is used.
  await db.schema
    .createTable('notice_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('notice_templates_version', ['site_id', 'kind', 'version'])
    .execute();

  // Whether the time between a fee notice and payment pauses the reply clock (legal.md §1: unconfirmed, default on).
  await db.schema
    .alterTable('sites')
    .addColumn('fee_pauses_clock', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}
