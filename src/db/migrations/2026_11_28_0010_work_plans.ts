import type { Kysely } from 'kysely';

/**
 * 政务公开工作要点 (work plans): the year's plan as goals → tasks → items, each item's share of
 * work for its lead and responsible departments (assignments), their progress reports, the
 * reminders sent when they fall behind, and the office's own marks in the year-end assessment.
 * Department aliases let a plan's wording (区党政办) meet the site's department names.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('department_aliases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('department_aliases_site_alias', ['site_id', 'alias'])
    .execute();

  await db.schema
    .createTable('work_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    // The plan published as a document (published through the normal review).
    .addColumn('document_id', 'text')
    // Departments report at least this often (days); silence after that is chased.
    .addColumn('report_every_days', 'integer', (c) => c.notNull().defaultTo(30))
    // Set when the items were handed out to departments.
    .addColumn('assigned_at', 'text')
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  for (const level of ['work_plan_goals', 'work_plan_tasks'] as const) {
    let table = db.schema
      .createTable(level)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('work_plans.id'));
    if (level === 'work_plan_tasks')
      table = table.addColumn('goal_id', 'text', (c) => c.notNull().references('work_plan_goals.id'));
    await table
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('no', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('weight', 'real', (c) => c.notNull().defaultTo(1))
      .execute();
  }

  await db.schema
    .createTable('work_plan_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('work_plans.id'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('work_plan_tasks.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    // JSON arrays of the unit names as the plan writes them (区各有关单位 included).
    .addColumn('lead_names', 'text', (c) => c.notNull())
    .addColumn('responsible_names', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    // JSON array of {title, dueOn}: intermediate dates the item is chased by.
    .addColumn('milestones', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('weight', 'real', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('work_plan_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('work_plans.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('work_plan_items.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    // Where a share stands is read from its reports (the last accepted one), not stored here.
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('work_plan_assignments_item_department', ['item_id', 'department_id'])
    .execute();
  await db.schema
    .createIndex('work_plan_assignments_department')
    .on('work_plan_assignments')
    .columns(['department_id', 'plan_id'])
    .execute();

  await db.schema
    .createTable('progress_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('work_plans.id'))
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('work_plan_assignments.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    // JSON array of {title, url}: published documents, interpretations, events, pages.
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('[]'))
    // submitted → accepted | returned
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('review_note', 'text')
    .execute();
  await db.schema
    .createIndex('progress_reports_assignment')
    .on('progress_reports')
    .columns(['assignment_id', 'submitted_at'])
    .execute();

  await db.schema
    .createTable('work_plan_reminders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('work_plans.id'))
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('work_plan_assignments.id'))
    // due_soon · lagging · escalation (督办: overdue, also sent to the office) · unreported · urged
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sent_on', 'text', (c) => c.notNull())
    // The office's words when it urged by hand (公开办催办), shown to the department too.
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('work_plan_reminders_assignment')
    // One reminder of a kind a day, however many instances queue them.
    .unique()
    .on('work_plan_reminders')
    .columns(['assignment_id', 'kind', 'sent_on'])
    .execute();

  await db.schema
    .createTable('work_plan_marks')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('work_plans.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    // The office's own adjustment to the computed score, −20 … +20.
    .addColumn('adjustment', 'real', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('work_plan_marks_pk', ['plan_id', 'department_id'])
    .execute();
}
