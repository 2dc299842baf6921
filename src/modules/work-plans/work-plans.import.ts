import { inTransaction, isUniqueViolation } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Actor } from '../../platform/auth/actor.js';
import { Errors } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import { isValidDate } from '../../platform/workdays/dates.js';
import type { WorkPlanContext } from './work-plans.context.js';
import { WorkPlanErrors } from './work-plans.errors.js';
import type { ParsedPlan } from './work-plans.parse.js';
import * as repo from './work-plans.repository.js';
import type { ImportSummary, NameMatch } from './work-plans.service.js';

const namesIn = (parsed: ParsedPlan) =>
  parsed.goals.flatMap((g) => g.tasks.flatMap((t) => t.items.flatMap((i) => [...i.lead, ...i.responsible])));

/**
 * A plan comes in: previewed with how each unit name matches the site's departments, saved when
 * every name matches a department, a group or an alias; the office keeps the aliases.
 */
export function planImport(ctx: WorkPlanContext) {
  const { db, clock, deps, departments, now, refuseUnlessOffice, refuseUnlessStaff, matchNames } = ctx;
  return {
    /** What an import would do: the tree and how each unit name matches (unknown ones have no departments). */
    /** Refuses anyone but the office before a plan file is read. */
    mayImport(actor: Actor, siteId: string): void {
      refuseUnlessOffice(actor, siteId);
    },

    async preview(actor: Actor, siteId: string, parsed: ParsedPlan): Promise<{ plan: ParsedPlan; names: NameMatch[] }> {
      refuseUnlessOffice(actor, siteId);
      return { plan: parsed, names: await matchNames(siteId, namesIn(parsed)) };
    },

    /** Saves a parsed plan; every unit name must match a department, a group or an alias. */
    async importPlan(
      actor: Actor,
      siteId: string,
      parsed: ParsedPlan,
      options: { dueOn?: string } = {},
    ): Promise<ImportSummary> {
      refuseUnlessOffice(actor, siteId);
      const items = parsed.goals.flatMap((g) => g.tasks.flatMap((t) => t.items));
      if (items.length === 0) throw WorkPlanErrors.PLAN_EMPTY();
      const dueOn = options.dueOn ?? (parsed.year ? `${parsed.year}-12-31` : undefined);
      if (!dueOn || !isValidDate(dueOn)) throw WorkPlanErrors.PLAN_YEAR_MISSING();
      const year = parsed.year ?? Number(dueOn.slice(0, 4));
      const unknown = (await matchNames(siteId, namesIn(parsed))).filter((m) => m.departments.length === 0 && !m.group);
      if (unknown.length) {
        throw WorkPlanErrors.PLAN_UNKNOWN_DEPARTMENTS(
          `以下单位在本站点找不到，请先新建单位或添加别名：${unknown.map((u) => u.name).join('、')}`,
          unknown.map((u) => ({ field: 'department', message: u.name })),
        );
      }
      const title = parsed.title || `${year}年政务公开工作要点`;
      // The same file imported twice would be chased twice.
      if ((await repo.listPlans(db, siteId)).some((p) => p.title === title)) throw WorkPlanErrors.PLAN_EXISTS();
      // The plan's text is shown on the portal as it is imported.
      await deps.checkText?.(
        db,
        siteId,
        parsed.goals.flatMap((g) => [
          { field: `目标${g.no}`, text: g.title },
          ...g.tasks.flatMap((t) => [
            { field: `任务${t.no}`, text: t.title },
            ...t.items.map((i) => ({ field: `任务${t.no}的工作事项`, text: i.content })),
          ]),
        ]),
      );
      const id = newId();
      const at = now();
      let taskCount = 0;
      await inTransaction(db, async (trx) => {
        await repo.insertPlan(trx, {
          id,
          siteId,
          title,
          year,
          documentId: null,
          reportEveryDays: 30,
          assignedAt: null,
          published: false,
          createdAt: at,
          updatedAt: at,
        });
        let position = 0;
        for (const goal of parsed.goals) {
          const goalId = newId();
          await repo.insertGoal(trx, id, {
            id: goalId,
            position: position++,
            no: goal.no,
            title: goal.title,
            weight: 1,
          });
          for (const task of goal.tasks) {
            const taskId = newId();
            taskCount++;
            await repo.insertTask(trx, id, {
              id: taskId,
              goalId,
              position: position++,
              no: task.no,
              title: task.title,
              weight: 1,
            });
            for (const item of task.items) {
              await repo.insertItem(trx, id, {
                id: newId(),
                taskId,
                position: position++,
                content: item.content,
                leadNames: item.lead,
                responsibleNames: item.responsible,
                dueOn,
                milestones: [],
                weight: 1,
              });
            }
          }
        }
        await recordAudit(trx, clock, actor, {
          action: 'work_plan.import',
          entityType: 'work_plan',
          entityId: id,
          siteId,
          after: { title: parsed.title, year, goals: parsed.goals.length, tasks: taskCount, items: items.length },
        });
      });
      return { id, title, year, goals: parsed.goals.length, tasks: taskCount, items: items.length };
    },

    async aliases(actor: Actor, siteId: string): Promise<repo.Alias[]> {
      refuseUnlessStaff(actor, siteId);
      return repo.listAliases(db, siteId);
    },

    async addAlias(actor: Actor, siteId: string, input: { alias: string; departmentId: string }): Promise<repo.Alias> {
      refuseUnlessOffice(actor, siteId);
      const alias = input.alias.trim();
      const department = await departments.get(input.departmentId);
      if (department.siteId !== siteId || alias.length < 2)
        throw Errors.VALIDATION_FAILED('别名至少 2 个字，且须对应本站点的单位');
      const row = { id: newId(), alias, departmentId: department.id };
      try {
        await inTransaction(db, async (trx) => {
          await repo.insertAlias(trx, { ...row, siteId, at: now() });
          await recordAudit(trx, clock, actor, {
            action: 'department.alias.add',
            entityType: 'department',
            entityId: department.id,
            siteId,
            departmentId: department.id,
            after: { alias },
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw WorkPlanErrors.PLAN_ALIAS_TAKEN();
        throw error;
      }
      return row;
    },

    async removeAlias(actor: Actor, id: string): Promise<void> {
      const alias = await repo.findAlias(db, id);
      if (!alias) throw Errors.NOT_FOUND('别名不存在');
      refuseUnlessOffice(actor, alias.siteId);
      await inTransaction(db, async (trx) => {
        await repo.deleteAlias(trx, id);
        await recordAudit(trx, clock, actor, {
          action: 'department.alias.remove',
          entityType: 'department',
          entityId: alias.departmentId,
          siteId: alias.siteId,
          departmentId: alias.departmentId,
          before: { alias: alias.alias },
        });
      });
    },
  };
}
