import ExcelJS from 'exceljs';
import {
  AUDIENCES,
  COMMITMENTS_3550,
  ITEM_TYPES,
  LIFE_EVENTS,
  MATERIAL_FORMS,
  ONLINE_LEVELS,
  type Guide,
} from './service-items.model.js';

/**
 * The catalogue as a workbook (docs/guides/service-items-import.md): 事项 one row per item, 申请材料
 * and 办理流程 one row per material or step, joined by 实施编码. Written with Chinese labels; read back
 * into the same records as a JSON Lines file, so both go through one importer.
 */
type Row = Record<string, string | number | null>;
const list = (values: readonly string[]) => values.join('、');
const split = (text: string) =>
  text
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
const yes = (v: boolean) => (v ? '是' : '否');

const ITEM_COLUMNS: [string, (d: { department: string; guide: Guide }) => string | number | null, number][] = [
  ['实施编码', (d) => d.guide.implementationCode, 34],
  ['基本编码', (d) => d.guide.basicCode, 14],
  ['事项名称', (d) => d.guide.name, 30],
  ['办理部门', (d) => d.department, 24],
  ['事项类型', (d) => ITEM_TYPES[d.guide.itemType], 12],
  ['实施主体', (d) => d.guide.implementer, 24],
  ['统一社会信用代码', (d) => d.guide.creditCode, 20],
  ['主管部门', (d) => d.guide.competentDepartment, 20],
  ['服务对象', (d) => list(d.guide.audiences.map((a) => AUDIENCES[a])), 10],
  ['主题', (d) => list(d.guide.lifeEvents.map((e) => LIFE_EVENTS[e].label)), 16],
  ['其他主题', (d) => list(d.guide.themes), 12],
  ['设定依据', (d) => d.guide.basis, 40],
  ['受理条件', (d) => d.guide.conditions, 40],
  ['法定办结时限', (d) => d.guide.legalDays, 8],
  ['承诺办结时限', (d) => d.guide.committedDays, 8],
  ['收费标准', (d) => d.guide.fee.standard, 16],
  ['收费依据', (d) => d.guide.fee.basis, 20],
  ['办理地点', (d) => d.guide.location, 30],
  ['办理时间', (d) => d.guide.hours, 24],
  ['咨询电话', (d) => d.guide.consultPhone, 16],
  ['监督投诉电话', (d) => d.guide.complaintPhone, 16],
  ['网上可办程度', (d) => ONLINE_LEVELS[d.guide.onlineLevel], 14],
  ['到现场次数', (d) => d.guide.visits, 8],
  ['申办网址', (d) => d.guide.applyUrl, 30],
  ['办理结果', (d) => d.guide.resultName, 16],
  ['3550承诺', (d) => (d.guide.commitment3550 ? COMMITMENTS_3550[d.guide.commitment3550].label : ''), 12],
  ['常见问题', (d) => list(d.guide.faqEntryIds), 20],
  ['变更说明', () => '', 16],
];
const MATERIAL_COLUMNS = [
  '实施编码',
  '材料名称',
  '材料形式',
  '份数',
  '是否必需',
  '电子证照',
  '设定依据',
  '样表地址',
  '备注',
];
const STEP_COLUMNS = ['实施编码', '环节名称', '办理内容', '时限（工作日）'];

function sheet(
  book: ExcelJS.Workbook,
  name: string,
  headers: string[],
  widths: number[],
  rows: (string | number | null)[][],
) {
  const s = book.addWorksheet(name);
  s.addRow(headers).font = { bold: true };
  headers.forEach((_, i) => (s.getColumn(i + 1).width = widths[i] ?? 16));
  for (const r of rows) s.addRow(r);
  s.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function guidesXlsx(items: readonly { department: string; guide: Guide }[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  sheet(
    book,
    '事项',
    ITEM_COLUMNS.map(([h]) => h),
    ITEM_COLUMNS.map(([, , w]) => w),
    items.map((d) => ITEM_COLUMNS.map(([, value]) => value(d))),
  );
  sheet(
    book,
    '申请材料',
    MATERIAL_COLUMNS,
    [34, 30, 12, 6, 8, 8, 40, 30, 20],
    items.flatMap((d) =>
      d.guide.materials.map((m) => [
        d.guide.implementationCode,
        m.name,
        MATERIAL_FORMS[m.form],
        m.copies,
        yes(m.required),
        yes(m.fromLicence),
        m.basis,
        m.templateUrl,
        m.note,
      ]),
    ),
  );
  sheet(
    book,
    '办理流程',
    STEP_COLUMNS,
    [34, 16, 40, 10],
    items.flatMap((d) => d.guide.steps.map((s) => [d.guide.implementationCode, s.name, s.description, s.days])),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A cell as text: plain values, rich text and formula results alike. */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (v.richText)
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    return text(v.text ?? v.result ?? '');
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value).trim()
    : '';
}
const integer = (value: string) => (value === '' ? null : /^\d+$/.test(value) ? Number(value) : value);
const flag = (value: string, otherwise: boolean) =>
  value === '' ? otherwise : ['是', 'true', '1', 'TRUE', '必需', '可以'].includes(value);

/** The rows of a sheet as objects by header, with their row numbers. */
function rowsOf(s: ExcelJS.Worksheet | undefined): { row: number; cells: Record<string, string> }[] {
  if (!s) return [];
  const header = ((s.getRow(1).values as unknown[]) ?? []).slice(1).map(text);
  const out: { row: number; cells: Record<string, string> }[] = [];
  s.eachRow((r, n) => {
    if (n === 1) return;
    const values = (r.values as unknown[]).slice(1).map(text);
    if (values.every((v) => v === '')) return;
    out.push({ row: n, cells: Object.fromEntries(header.map((h, i) => [h, values[i] ?? ''])) });
  });
  return out;
}

/**
 * The workbook's items as the records a JSON Lines file holds, numbered by their row in 事项.
 * Values stay as written (labels); the importer turns labels into codes and checks everything.
 */
export async function recordsFromXlsx(
  bytes: Buffer,
): Promise<{ line: number; record: Row | Record<string, unknown> }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const items = rowsOf(book.getWorksheet('事项'));
  const materials = rowsOf(book.getWorksheet('申请材料'));
  const steps = rowsOf(book.getWorksheet('办理流程'));
  const commitments = new Map<string, string>(Object.entries(COMMITMENTS_3550).map(([k, v]) => [v.label, k]));
  return items.map(({ row, cells: c }) => {
    const code = c['实施编码'] ?? '';
    return {
      line: row,
      record: {
        implementationCode: code,
        basicCode: c['基本编码'] ?? '',
        name: c['事项名称'] ?? '',
        department: c['办理部门'] ?? '',
        itemType: c['事项类型'] ?? '',
        implementer: c['实施主体'] ?? '',
        creditCode: c['统一社会信用代码'] ?? '',
        competentDepartment: c['主管部门'] ?? '',
        audiences: split(c['服务对象'] ?? ''),
        lifeEvents: split(c['主题'] ?? ''),
        themes: split(c['其他主题'] ?? ''),
        basis: c['设定依据'] ?? '',
        conditions: c['受理条件'] ?? '',
        legalDays: integer(c['法定办结时限'] ?? ''),
        committedDays: integer(c['承诺办结时限'] ?? ''),
        fee: { standard: c['收费标准'] ?? '', basis: c['收费依据'] ?? '' },
        location: c['办理地点'] ?? '',
        hours: c['办理时间'] ?? '',
        consultPhone: c['咨询电话'] ?? '',
        complaintPhone: c['监督投诉电话'] ?? '',
        onlineLevel: c['网上可办程度'] || 'offline',
        visits: integer(c['到现场次数'] ?? '') ?? 1,
        applyUrl: c['申办网址'] ?? '',
        resultName: c['办理结果'] ?? '',
        commitment3550: commitments.get(c['3550承诺'] ?? '') ?? (c['3550承诺'] || null),
        faqEntryIds: split(c['常见问题'] ?? ''),
        changeNote: c['变更说明'] ?? '',
        materials: materials
          .filter((m) => m.cells['实施编码'] === code)
          .map(({ cells: m }) => ({
            name: m['材料名称'] ?? '',
            form: m['材料形式'] || 'original',
            copies: integer(m['份数'] ?? '') ?? 1,
            required: flag(m['是否必需'] ?? '', true),
            fromLicence: flag(m['电子证照'] ?? '', false),
            basis: m['设定依据'] ?? '',
            templateUrl: m['样表地址'] ?? '',
            note: m['备注'] ?? '',
          })),
        steps: steps
          .filter((s) => s.cells['实施编码'] === code)
          .map(({ cells: s }) => ({
            name: s['环节名称'] ?? '',
            description: s['办理内容'] ?? '',
            days: integer(s['时限（工作日）'] ?? ''),
          })),
      },
    };
  });
}
