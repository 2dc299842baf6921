import ExcelJS from 'exceljs';
import type { Statistics } from './messages.schema.js';

const COLUMNS: [string, (s: Statistics) => number | string][] = [
  ['月份', (s) => s.month],
  ['收到留言', (s) => s.received],
  ['有效留言', (s) => s.valid],
  ['办结', (s) => s.closed],
  ['按期办结', (s) => s.closedOnTime],
  ['按期办结率', (s) => percent(s.onTimeRate)],
  ['评价', (s) => s.rated],
  ['满意和基本满意', (s) => s.satisfied],
  ['满意率', (s) => percent(s.satisfactionRate)],
];

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** The year's monthly figures (the portal's 留言办理统计) as one sheet, with the year's sum. */
export async function statisticsXlsx(title: string, months: Statistics[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.title = title;
  const sheet = book.addWorksheet('留言办理统计');
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.addRow(COLUMNS.map(([label]) => label)).font = { bold: true };
  for (const s of months) sheet.addRow(COLUMNS.map(([, value]) => value(s)));
  const sum = (pick: (s: Statistics) => number) => months.reduce((n, s) => n + pick(s), 0);
  const closed = sum((s) => s.closed);
  const rated = sum((s) => s.rated);
  const total: Statistics = {
    month: '全年',
    received: sum((s) => s.received),
    valid: sum((s) => s.valid),
    closed,
    closedOnTime: sum((s) => s.closedOnTime),
    onTimeRate: closed ? sum((s) => s.closedOnTime) / closed : null,
    rated,
    satisfied: sum((s) => s.satisfied),
    satisfactionRate: rated ? sum((s) => s.satisfied) / rated : null,
    byKind: [],
  };
  sheet.addRow(COLUMNS.map(([, value]) => value(total))).font = { bold: true };
  COLUMNS.forEach((_, i) => (sheet.getColumn(i + 1).width = i === 0 ? 12 : 14));
  return Buffer.from(await book.xlsx.writeBuffer());
}
