import type { Actor } from '../../platform/auth/actor.js';
import { can } from '../../platform/auth/actor.js';
import { AppError, Errors } from '../../platform/http/errors.js';
import { cleanInput } from '../../platform/http/input.js';
import { problemsWith } from '../../platform/http/validation.js';
import type { DepartmentsService } from '../departments/departments.service.js';
import {
  AUDIENCES,
  ITEM_TYPES,
  LIFE_EVENTS,
  MATERIAL_FORMS,
  materialsWithoutBasis,
  missingElements,
  ONLINE_LEVELS,
} from './service-items.model.js';
import { GuideSchema, type GuideInput, type ImportResult } from './service-items.schema.js';
import { normaliseGuide, type ServiceItemsService } from './service-items.service.js';

/** Chinese names a provincial export uses, to the codes the platform keeps. */
function codesByLabel(values: Record<string, string | { label: string }>, extra: Record<string, string> = {}) {
  const map = new Map(Object.entries(values).map(([code, v]) => [typeof v === 'string' ? v : v.label, code]));
  for (const [label, code] of Object.entries(extra)) map.set(label, code);
  return (value: unknown) => (typeof value === 'string' ? (map.get(value.trim()) ?? value.trim()) : value);
}
const itemType = codesByLabel(ITEM_TYPES);
const audience = codesByLabel(AUDIENCES, { 自然人: 'person', 法人或其他组织: 'organisation', 企业: 'organisation' });
const lifeEvent = codesByLabel(LIFE_EVENTS);
const onlineLevel = codesByLabel(ONLINE_LEVELS);
const materialForm = codesByLabel(MATERIAL_FORMS);
const each = (value: unknown, f: (v: unknown) => unknown) => (Array.isArray(value) ? value.map(f) : value);

/** A line's guide with its labels turned into codes; the other fields as they came. */
function withCodes(raw: Record<string, unknown>): Record<string, unknown> {
  const { department: _d, changeNote: _c, ...guide } = raw;
  return {
    ...guide,
    ...(guide.itemType !== undefined ? { itemType: itemType(guide.itemType) } : {}),
    ...(guide.audiences !== undefined ? { audiences: each(guide.audiences, audience) } : {}),
    ...(guide.lifeEvents !== undefined ? { lifeEvents: each(guide.lifeEvents, lifeEvent) } : {}),
    ...(guide.onlineLevel !== undefined ? { onlineLevel: onlineLevel(guide.onlineLevel) } : {}),
    ...(Array.isArray(guide.materials)
      ? {
          materials: guide.materials.map((m: unknown) =>
            m && typeof m === 'object' && 'form' in m ? { ...m, form: materialForm(m.form) } : m,
          ),
        }
      : {}),
  };
}

/**
 * Imports a catalogue in the layout of docs/guides/service-items-import.md: one item per line,
 * each line reported; the implementation code says whether an item is new, and a line the same
 * as what is kept writes nothing, so the same file imported twice changes nothing.
 */
export function createServiceItemImporter(deps: {
  serviceItems: ServiceItemsService;
  departments: DepartmentsService;
}) {
  const { serviceItems, departments } = deps;

  return {
    async importLines(actor: Actor, siteId: string, text: string): Promise<ImportResult[]> {
      if (!can(actor, siteId, ['site_admin'], [])) throw Errors.FORBIDDEN('只有站点管理员可以批量导入办事指南');
      const all = await departments.list(siteId);
      const seen = new Map<string, number>();
      const results: ImportResult[] = [];
      const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
      for (const [i, line] of lines.entries()) {
        if (!line.trim()) continue;
        const lineNo = i + 1;
        const fail = (reasons: string[], code: string | null = null, name: string | null = null) =>
          results.push({ line: lineNo, implementationCode: code, name, status: 'failed', reasons });
        let raw: unknown;
        try {
          raw = JSON.parse(line);
        } catch {
          fail(['不是有效的 JSON']);
          continue;
        }
        if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
          fail(['每行应是一个 JSON 对象']);
          continue;
        }
        // The same normaliser as every request: control characters refused, invisible ones removed.
        const unreadable = cleanInput(raw);
        const record = raw as Record<string, unknown>;
        const code = typeof record.implementationCode === 'string' ? record.implementationCode.trim() : null;
        const name = typeof record.name === 'string' ? record.name.trim() : null;
        const guide = withCodes(record);
        const problems = unreadable === 'too_deep' ? [{ message: '内容层级过深' }] : [...unreadable];
        if (!problems.length) problems.push(...problemsWith(GuideSchema, guide));
        if (problems.length > 0) {
          fail(
            problems.map((p) => ('field' in p && p.field ? `${p.field}：${p.message}` : p.message)),
            code,
            name,
          );
          continue;
        }
        const wanted = typeof record.department === 'string' ? record.department.trim() : '';
        const department = all.find((d) => wanted && [d.name, d.shortName, d.code].includes(wanted));
        if (!department) {
          fail([wanted ? `department：本站点没有单位“${wanted}”` : 'department：请填写办理部门'], code, name);
          continue;
        }
        const first = seen.get(code!);
        if (first !== undefined) {
          fail([`实施编码与第 ${first} 行重复，未导入`], code, name);
          continue;
        }
        seen.set(code!, lineNo);
        const kept = normaliseGuide(guide as GuideInput, department);
        const changeNote = typeof record.changeNote === 'string' ? record.changeNote.trim().slice(0, 500) : '';
        try {
          const status = await serviceItems.importOne(actor, siteId, department, kept, changeNote || '批量导入');
          const missing = missingElements(kept);
          const noBasis = materialsWithoutBasis(kept);
          const reasons = [
            ...(status === 'draft' ? [`缺少：${missing.join('、')}，已存为草稿`] : []),
            ...(noBasis.length ? [`材料缺少设定依据：${noBasis.join('、')}`] : []),
          ];
          results.push({ line: lineNo, implementationCode: code, name: kept.name, status, reasons });
        } catch (error) {
          if (!(error instanceof AppError) || error.status >= 500) throw error;
          fail([error.message], code, name);
        }
      }
      return results;
    },

    /** Every item's newest guide in the import layout, one line each, so an export imports back unchanged. */
    async exportLines(actor: Actor, siteId: string): Promise<string> {
      const names = new Map((await departments.list(siteId)).map((d) => [d.id, d.name]));
      const items = await serviceItems.list(actor, siteId);
      const lines: string[] = [];
      for (const s of items) {
        const { guide } = await serviceItems.get(actor, s.id);
        lines.push(JSON.stringify({ department: names.get(s.departmentId), ...guide }));
      }
      return lines.length ? `${lines.join('\n')}\n` : '';
    },
  };
}

export type ServiceItemImporter = ReturnType<typeof createServiceItemImporter>;
