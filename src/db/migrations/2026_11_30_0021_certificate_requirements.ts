import type { Kysely } from 'kysely';

/**
 * 证明事项清单 (issue 16 §3): the certificates a department still asks citizens and businesses to
 * bring, with their basis, and those cancelled, with the date and what replaces them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('certificate_requirements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    // kept · cancelled
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('cancelled_on', 'text')
    // notification_commitment 告知承诺 · department_check 部门核查 · data_sharing 数据共享 · none 直接取消
    .addColumn('replacement', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('certificate_requirements_site')
    .on('certificate_requirements')
    .columns(['site_id', 'status'])
    .execute();
}
