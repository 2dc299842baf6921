import ExcelJS from 'exceljs';
import { OUTCOMES } from '../requests/requests.model.js';
import type { AnnualReport } from './annual-report.service.js';

/**
 * The report's tables as an Excel workbook laid out like the official form (国办公开办函〔2021〕30号):
 * one sheet per section, header cells merged as printed.
 */
export async function annualReportXlsx(report: AnnualReport, title: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.title = title;
  const center: Partial<ExcelJS.Alignment> = { vertical: 'middle', horizontal: 'center', wrapText: true };
  const thin: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  };
  const frame = (sheet: ExcelJS.Worksheet) =>
    sheet.eachRow((row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = thin;
        cell.alignment = { ...center, ...(typeof cell.value === 'number' ? { horizontal: 'right' } : {}) };
      }),
    );

  // 二、主动公开政府信息情况: one block under another, each with its title row and header row.
  const s2 = book.addWorksheet('二、主动公开政府信息情况');
  s2.getColumn(1).width = 24;
  let r = 1;
  for (const block of report.section2.blocks) {
    const width = block.columns.length + 1;
    s2.mergeCells(r, 1, r, width);
    s2.getCell(r, 1).value = block.title;
    s2.getRow(r + 1).values = ['信息内容', ...block.columns];
    r += 2;
    for (const row of block.rows) {
      s2.getRow(r).values = [row.label, ...row.values.map((v) => v ?? '')];
      r++;
    }
    r++;
  }
  frame(s2);

  // 三、收到和处理政府信息公开申请情况: three label columns (A, B, C) and seven figure columns (D–J).
  const s3 = book.addWorksheet('三、收到和处理政府信息公开申请情况');
  [14, 16, 44].forEach((w, i) => (s3.getColumn(i + 1).width = w));
  s3.mergeCells('A1:C3');
  s3.getCell('A1').value = report.section3.note;
  s3.mergeCells('D1:J1');
  s3.getCell('D1').value = '申请人情况';
  s3.mergeCells('D2:D3');
  s3.getCell('D2').value = report.section3.columns[0];
  s3.mergeCells('E2:I2');
  s3.getCell('E2').value = '法人或其他组织';
  s3.mergeCells('J2:J3');
  s3.getCell('J2').value = report.section3.columns[6];
  report.section3.columns.slice(1, 6).forEach((c, i) => (s3.getCell(3, 5 + i).value = c));
  const first = 4;
  report.section3.rows.forEach((row, i) => {
    const at = first + i;
    row.values.forEach((v, j) => (s3.getCell(at, 4 + j).value = v));
    const outcome = OUTCOMES[i - 2];
    if (outcome?.group) s3.getCell(at, 3).value = outcome.label;
    else {
      // 一、二、四 span all three label columns; （一）（二）（七） span B and C.
      const spansAll = i < 2 || i === report.section3.rows.length - 1;
      s3.mergeCells(at, spansAll ? 1 : 2, at, 3);
      s3.getCell(at, spansAll ? 1 : 2).value = row.label;
    }
  });
  // 三、本年度办理结果 over the 21 outcome rows and （七）总计; each group heading over its sub-rows.
  const outcomesFrom = first + 2;
  const totalAt = first + report.section3.rows.length - 2;
  s3.mergeCells(outcomesFrom, 1, totalAt, 1);
  s3.getCell(outcomesFrom, 1).value = '三、本年度办理结果';
  for (const group of new Set(OUTCOMES.map((o) => o.group).filter((g): g is NonNullable<typeof g> => g !== null))) {
    const rows = OUTCOMES.flatMap((o, i) => (o.group === group ? [outcomesFrom + i] : []));
    const [top, bottom] = [Math.min(...rows), Math.max(...rows)];
    s3.mergeCells(top, 2, bottom, 2);
    s3.getCell(top, 2).value = group;
  }
  frame(s3);

  // 四、政府信息公开行政复议、行政诉讼情况: 行政复议 (5) | 行政诉讼 → 未经复议直接起诉 (5), 复议后起诉 (5).
  const s4 = book.addWorksheet('四、政府信息公开行政复议、行政诉讼情况');
  s4.mergeCells('A1:E2');
  s4.getCell('A1').value = '行政复议';
  s4.mergeCells('F1:O1');
  s4.getCell('F1').value = '行政诉讼';
  s4.mergeCells('F2:J2');
  s4.getCell('F2').value = '未经复议直接起诉';
  s4.mergeCells('K2:O2');
  s4.getCell('K2').value = '复议后起诉';
  s4.getRow(3).values = report.section4.columns;
  s4.getRow(4).values = report.section4.values;
  frame(s4);

  return Buffer.from(await book.xlsx.writeBuffer());
}
