import ExcelJS from 'exceljs';
import { placedLabels } from './annual-report.layout.js';
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
  // Borders and wrapped text on every cell, and a page set up as an office prints it (to PDF, from
  // Excel, WPS or LibreOffice): A4 landscape, the section scaled onto one page, centred, its header
  // rows repeated should a printer split it anyway.
  const frame = (sheet: ExcelJS.Worksheet, headerRows: number) => {
    sheet.eachRow((row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = thin;
        cell.alignment = { ...center, ...(typeof cell.value === 'number' ? { horizontal: 'right', indent: 1 } : {}) };
      }),
    );
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `1:${headerRows}`,
    };
    // The section's title (the sheet's name) above it on the printed page, the report's below.
    sheet.headerFooter = { oddHeader: '&C&14&A', oddFooter: `&C${title.replace(/&/g, '&&')}` };
  };

  // 二、主动公开政府信息情况: one block under another, each with its title row and header row.
  const s2 = book.addWorksheet('二、主动公开政府信息情况');
  s2.getColumn(1).width = 24;
  let r = 1;
  // Every block four columns wide, as the form prints it: a block of one figure spans B to D.
  for (const block of report.section2.blocks) {
    const across = (at: number) => block.columns.length === 1 && s2.mergeCells(at, 2, at, 4);
    s2.mergeCells(r, 1, r, 4);
    s2.getCell(r, 1).value = block.title;
    s2.getRow(r + 1).values = ['信息内容', ...block.columns];
    across(r + 1);
    r += 2;
    for (const row of block.rows) {
      // (A figure not entered is a dash, as in the Word file: not a zero, not an empty cell.)
      s2.getRow(r).values = [row.label, ...row.values.map((v) => v ?? '—')];
      across(r);
      r++;
    }
    r++;
  }
  [18, 18, 18].forEach((w, i) => (s2.getColumn(i + 2).width = w));
  frame(s2, 2);

  // 三、收到和处理政府信息公开申请情况: three label columns (A, B, C) and seven figure columns (D–J).
  const s3 = book.addWorksheet('三、收到和处理政府信息公开申请情况');
  [10, 16, 44, 9, 9, 9, 11, 11, 9, 9].forEach((w, i) => (s3.getColumn(i + 1).width = w));
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
  // The 25 rows from row 4: the label cells as the national form merges them, then the figures.
  const first = 4;
  const labels = placedLabels(report.section3.labels);
  for (const l of labels) {
    const [top, left] = [first + l.row, 1 + l.column];
    if (l.rowSpan > 1 || l.colSpan > 1) s3.mergeCells(top, left, top + l.rowSpan - 1, left + l.colSpan - 1);
    s3.getCell(top, left).value = l.text;
    // A label that wraps needs its row tall enough: spreadsheets do not grow a row for wrapped
    // text on opening a file, so the lines would print over each other.
    if (l.rowSpan === 1) {
      let width = 0;
      for (let c = left; c < left + l.colSpan; c++) width += s3.getColumn(c).width ?? 10;
      const lines = Math.ceil((l.text.length * 2) / width);
      if (lines > 1) s3.getRow(top).height = Math.max(s3.getRow(top).height ?? 0, 15 * lines);
    }
  }
  report.section3.rows.forEach((row, i) => row.values.forEach((v, j) => (s3.getCell(first + i, 4 + j).value = v)));
  frame(s3, 3);
  // Row labels read from the left, as printed; the headings merged down stay centred.
  for (const l of labels)
    if (l.rowSpan === 1) s3.getCell(first + l.row, 1 + l.column).alignment = { ...center, horizontal: 'left' };

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
  for (let c = 1; c <= 15; c++) s4.getColumn(c).width = 9;
  s4.getRow(3).height = 30;
  frame(s4, 3);

  return Buffer.from(await book.xlsx.writeBuffer());
}
