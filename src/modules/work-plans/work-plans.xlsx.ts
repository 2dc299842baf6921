import ExcelJS from 'exceljs';
import { chinaDate } from '../../platform/clock/clock.js';
import { ITEM_STATE_LABELS, SCORE_WEIGHTS } from './work-plans.progress.js';
import type { AssessmentRow } from './work-plans.assessment.js';
import type { ReportRow } from './work-plans.repository.js';
import type { AssignmentView, ItemView, PlanView } from './work-plans.service.js';

type Column<T> = [name: string, value: (row: T) => string | number, width: number];

/** A titled sheet: the title across the top, a bold header row, both frozen. */
async function sheetXlsx<T>(title: string, sheetName: string, columns: Column<T>[], rows: readonly T[]) {
  const book = new ExcelJS.Workbook();
  book.title = title;
  const sheet = book.addWorksheet(sheetName);
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

/** The assessment sheet: one row per department, the measures and then the scores they give. */
export function assessmentXlsx(title: string, rows: readonly AssessmentRow[]): Promise<Buffer> {
  return sheetXlsx<AssessmentRow>(
    title,
    '考核表',
    [
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
    ],
    rows,
  );
}

interface ProgressRow {
  goal: string;
  task: string;
  item: ItemView;
}

/** One department's share in a cell line: where it stands and what its last accepted report said. */
function shareLine(a: AssignmentView, report: ReportRow | undefined): string {
  const where = `${a.department}（${a.role === 'lead' ? '牵头' : '责任'}）：${ITEM_STATE_LABELS[a.state]} ${a.progress}%`;
  return report
    ? `${where}，${chinaDate(new Date(report.submittedAt))}报送：${report.text}`
    : `${where}，尚无采纳的进展`;
}

/**
 * The 落实情况表 the office hands its superiors: one row per item with its state and progress, each
 * department's last accepted report, and the evidence. Goal and task repeat on every row so the
 * sheet can be filtered and sorted.
 */
export function progressXlsx(plan: PlanView, latest: ReadonlyMap<string, ReportRow>): Promise<Buffer> {
  const rows: ProgressRow[] = plan.goals.flatMap((g) =>
    g.tasks.flatMap((t) => t.items.map((item) => ({ goal: `${g.no}、${g.title}`, task: `${t.no}${t.title}`, item }))),
  );
  return sheetXlsx<ProgressRow>(
    `${plan.title}落实情况表`,
    '落实情况',
    [
      ['目标', (r) => r.goal, 20],
      ['任务', (r) => r.task, 24],
      ['主要内容', (r) => r.item.content, 60],
      ['牵头单位', (r) => r.item.lead.join('、'), 16],
      ['责任单位', (r) => r.item.responsible.join('、'), 16],
      ['完成期限', (r) => r.item.dueOn, 12],
      ['状态', (r) => ITEM_STATE_LABELS[r.item.state], 8],
      ['进度（%）', (r) => r.item.progress, 8],
      ['各单位落实情况', (r) => r.item.assignments.map((a) => shareLine(a, latest.get(a.id))).join('\n'), 60],
      ['佐证', (r) => r.item.evidence.map((e) => `${e.title} ${e.url}`).join('\n'), 40],
    ],
    rows,
  );
}
