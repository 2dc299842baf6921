import ExcelJS from 'exceljs';
import { SCORE_WEIGHTS } from './work-plans.progress.js';
import type { AssessmentRow } from './work-plans.assessment.js';

/** The assessment sheet: one row per department, the measures and then the scores they give. */
export async function assessmentXlsx(title: string, rows: readonly AssessmentRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.title = title;
  const sheet = book.addWorksheet('考核表');
  const columns: [string, (r: AssessmentRow) => string | number, number][] = [
    ['单位', (r) => r.department, 30],
    ['承担事项', (r) => r.assigned, 10],
    ['已完成', (r) => r.done, 10],
    ['按期完成', (r) => r.doneOnTime, 10],
    ['报送被采纳', (r) => r.reportsAccepted, 10],
    ['报送被退回', (r) => r.reportsReturned, 10],
    ['催办次数', (r) => r.reminders, 10],
    ['依申请公开答复', (r) => r.requestsReplied, 12],
    ['其中按期答复', (r) => r.requestsOnTime, 12],
    ['规章及规范性文件', (r) => r.policies, 12],
    ['其中已解读', (r) => r.policiesInterpreted, 12],
    [`工作要点完成（${SCORE_WEIGHTS.plan}分）`, (r) => r.score.plan, 14],
    [`进展报送（${SCORE_WEIGHTS.reports}分）`, (r) => r.score.reports, 14],
    [`依申请公开（${SCORE_WEIGHTS.requests}分）`, (r) => r.score.requests, 14],
    [`政策解读（${SCORE_WEIGHTS.interpretations}分）`, (r) => r.score.interpretations, 14],
    ['公开办评分（±20）', (r) => r.score.adjustment, 12],
    ['总分', (r) => r.score.total, 10],
    ['评分说明', (r) => r.note, 30],
  ];
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.getRow(2).values = columns.map(([name]) => name);
  sheet.getRow(2).font = { bold: true };
  columns.forEach(([, , width], i) => (sheet.getColumn(i + 1).width = width));
  rows.forEach((row, i) => (sheet.getRow(i + 3).values = columns.map(([, value]) => value(row))));
  sheet.views = [{ state: 'frozen', ySplit: 2, xSplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
