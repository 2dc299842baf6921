import type { Kysely } from 'kysely';

/**
 * 咨询问答知识库 (knowledge base): answers the office and departments maintain, used by the
 * assistant on the portal and by the counter staff at the service hall alike; and the questions
 * the assistant could not answer, queued for the office.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('knowledge_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    // JSON array: other ways people ask the same thing.
    .addColumn('alternatives', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('source_document_id', 'text')
    // After this day (China time) the answer is no longer given.
    .addColumn('valid_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('knowledge_entries_site')
    .on('knowledge_entries')
    .columns(['site_id', 'updated_at'])
    .execute();

  await db.schema
    .createTable('assistant_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    // De-identified, normal form: the same question asked again is counted, not queued twice.
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('asked', 'integer', (c) => c.notNull())
    .addColumn('first_asked_at', 'text', (c) => c.notNull())
    .addColumn('last_asked_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('entry_id', 'text')
    .addUniqueConstraint('assistant_questions_site_question', ['site_id', 'question'])
    .execute();
}
