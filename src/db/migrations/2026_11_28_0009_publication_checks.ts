import type { Kysely } from 'kysely';

/**
 * The checks before publication: each site's own 错敏字 rules (the defaults are in the code), and
 * the findings a reviewer accepted with a reason (惩戒公示, a legal basis, an official in office).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The text of a Word or PDF attachment, taken once at upload, so the checks need not parse files.
  await db.schema
    .alterTable('attachments')
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createTable('wording_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('wrong', 'text', (c) => c.notNull())
    .addColumn('correction', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('wording_rules_site_wrong', ['site_id', 'wrong'])
    .execute();

  // A site's masking policy (how much of a number stays visible); the default when absent.
  await db.schema
    .createTable('masking_policies')
    .addColumn('site_id', 'text', (c) => c.primaryKey().references('sites.id'))
    .addColumn('policy_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('finding_acceptances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    // What was checked, e.g. entity_type "document" and the document's id.
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    // The finding: its type (id_card, person_name, wording …) and the text found.
    .addColumn('finding_type', 'text', (c) => c.notNull())
    .addColumn('finding_text', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('accepted_by', 'text')
    .addColumn('accepted_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('finding_acceptances_finding', ['entity_type', 'entity_id', 'finding_type', 'finding_text'])
    .execute();
}
