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
import { guidesXlsx, recordsFromXlsx } from './service-items.xlsx.js';

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

/** The layout's field names as people read them (docs/guides/service-items-import.md). */
const FIELD_LABELS: Record<string, string> = {
  implementationCode: '实施编码',
  basicCode: '基本编码',
  name: '事项名称',
  itemType: '事项类型',
  implementer: '实施主体',
  creditCode: '统一社会信用代码',
  competentDepartment: '主管部门',
  audiences: '服务对象',
  lifeEvents: '主题',
  themes: '其他主题',
  basis: '设定依据',
  conditions: '受理条件',
  materials: '申请材料',
  steps: '办理流程',
  legalDays: '法定办结时限',
  committedDays: '承诺办结时限',
  fee: '收费',
  location: '办理地点',
  hours: '办理时间',
  consultPhone: '咨询电话',
  complaintPhone: '监督投诉电话',
  onlineLevel: '网上可办程度',
  visits: '到现场次数',
  applyUrl: '申办网址',
  resultName: '办理结果',
  commitment3550: '3550承诺',
  form: '材料形式',
  copies: '份数',
  required: '是否必需',
  fromLicence: '电子证照',
  templateUrl: '样表地址',
  days: '时限',
};

/** A validator's finding as one plain sentence: the field by its Chinese name, what to write instead. */
function plainProblem(field: string | undefined, message: string): string {
  const missing = /必需属性\s*(\w+)/.exec(message)?.[1];
  const parts = (field ?? '').split(/[./]/).filter((p) => p && p !== 'body');
  if (missing && parts.at(-1) === missing) parts.pop();
  const where = parts.map((p) => (/^\d+$/.test(p) ? `第 ${Number(p) + 1} 项` : (FIELD_LABELS[p] ?? p))).join('');
  const what = missing
    ? `缺少${FIELD_LABELS[missing] ?? missing}`
    : /integer|number/.test(message)
      ? '应填数字'
      : /常量|anyOf|oneOf|enum|允许的值/.test(message)
        ? '不是可选的取值，请按格式说明填写'
        : /boolean/.test(message)
          ? '应填“是”或“否”（true 或 false）'
          : /array|数组/.test(message)
            ? '应是一组取值'
            : /pattern|模式|匹配/.test(message)
              ? '格式不对'
              : /字符|长度|maxLength|更多|少于/.test(message)
                ? '太长或为空'
                : message;
  return where ? `${where}：${what}` : what;
}

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

  /** Imports records one by one, each reported; `record` undefined means the line could not be read. */
  async function importRecords(
    actor: Actor,
    siteId: string,
    records: { line: number; record?: unknown; unreadable?: string }[],
  ): Promise<ImportResult[]> {
    if (!can(actor, siteId, ['site_admin'], [])) throw Errors.FORBIDDEN('只有站点管理员可以批量导入办事指南');
    const all = await departments.list(siteId);
    const seen = new Map<string, number>();
    const results: ImportResult[] = [];
    for (const { line: lineNo, record: raw, unreadable: why } of records) {
      const fail = (reasons: string[], code: string | null = null, name: string | null = null) =>
        results.push({ line: lineNo, implementationCode: code, name, status: 'failed', reasons });
      if (why) {
        fail([why]);
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
        // One sentence per field: a bad enum value makes the validator report every alternative.
        const sentences = problems.map((p) => plainProblem('field' in p ? p.field : undefined, p.message));
        fail([...new Set(sentences)], code, name);
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
        const status = await serviceItems.importOne(actor, siteId, department, kept, changeNote);
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
  }

  /** Every item's newest guide with its department's name. */
  async function latest(actor: Actor, siteId: string) {
    const names = new Map((await departments.list(siteId)).map((d) => [d.id, d.name]));
    return (await serviceItems.latestGuides(actor, siteId)).map((i) => ({
      department: names.get(i.departmentId) ?? '',
      guide: i.guide,
    }));
  }

  return {
    importLines(actor: Actor, siteId: string, text: string): Promise<ImportResult[]> {
      const records = text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .map((line, i) => ({ line, n: i + 1 }))
        .filter(({ line }) => line.trim())
        .map(({ line, n }) => {
          try {
            return { line: n, record: JSON.parse(line) as unknown };
          } catch {
            return { line: n, unreadable: '不是有效的 JSON' };
          }
        });
      return importRecords(actor, siteId, records);
    },

    /** A workbook in the layout of guidesXlsx: each row of 事项 reported by its row number. */
    async importXlsx(actor: Actor, siteId: string, bytes: Buffer): Promise<ImportResult[]> {
      let records: { line: number; record: unknown }[];
      try {
        records = await recordsFromXlsx(bytes);
      } catch {
        return [
          {
            line: 0,
            implementationCode: null,
            name: null,
            status: 'failed',
            reasons: ['文件无法读取：请上传 XLSX 文件'],
          },
        ];
      }
      return importRecords(actor, siteId, records);
    },

    async exportXlsx(actor: Actor, siteId: string): Promise<Buffer> {
      return guidesXlsx(await latest(actor, siteId));
    },

    /** Every item's newest guide in the import layout, one line each, so an export imports back unchanged. */
    async exportLines(actor: Actor, siteId: string): Promise<string> {
      const lines = (await latest(actor, siteId)).map((i) => JSON.stringify({ department: i.department, ...i.guide }));
      return lines.length ? `${lines.join('\n')}\n` : '';
    },
  };
}

export type ServiceItemImporter = ReturnType<typeof createServiceItemImporter>;
