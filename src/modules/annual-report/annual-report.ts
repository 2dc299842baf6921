import type { WorkdayCalendar } from '../../platform/workdays/calendar.js';
import { caseState, type CaseState, type ReportCase } from '../requests/requests.case.js';
import type { ClockSettings } from '../requests/requests.clock.js';
import { OUTCOMES, type OrganisationKind, type Outcome } from '../requests/requests.model.js';

/**
 * The figures of the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号, legal.md §2) that come from
 * the cases: section 三 (applications received and handled) and section 四 (reviews and lawsuits).
 * Pure functions of the cases and the calendar, so every cell can be checked by hand.
 */

/** Section 三's columns, as printed; there is no organisation sub-total. */
export const SECTION3_COLUMNS = [
  '自然人',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
  '总计',
] as const;
const ORG_COLUMN: Record<OrganisationKind, number> = {
  business: 1,
  research: 2,
  nonprofit: 3,
  legal_service: 4,
  other: 5,
};

/** Section 三's 25 numeric rows in order: 一, 二, the 21 outcome rows, （七）总计, 四. */
export const SECTION3_ROWS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  ...OUTCOMES.map((o) => o.label),
  '（七）总计',
  '四、结转下年度继续办理',
] as const;
export const SECTION3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** Section 四: 行政复议, then 行政诉讼 未经复议直接起诉 and 复议后起诉, five cells each, as printed. */
export const SECTION4_GROUPS = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'] as const;
const SECTION4_CELLS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const;
export const SECTION4_COLUMNS = SECTION4_GROUPS.flatMap(() => SECTION4_CELLS);

export interface Section3 {
  columns: string[];
  rows: { label: string; values: number[] }[];
}

export interface Section4 {
  columns: string[];
  values: number[];
}

/** A case as it stood at the end of a day: only what had happened by then counts. */
export type StateAt = (c: ReportCase, day: string) => CaseState;

/**
 * Each case's state at a day, worked out once per report: section 三, last year's carry-over and
 * the timeliness figures ask about the same cases at the same year-ends, and each answer walks a
 * month of working days (100,000 cases, bench:scale).
 */
export function caseStates(calendar: WorkdayCalendar, settings: ClockSettings): StateAt {
  const byDay = new Map<string, Map<ReportCase, CaseState>>();
  return (c, day) => {
    let states = byDay.get(day);
    if (!states) byDay.set(day, (states = new Map<ReportCase, CaseState>()));
    let state = states.get(c);
    if (!state) states.set(c, (state = stateOf(c, day, calendar, settings)));
    return state;
  };
}

function stateOf(c: ReportCase, day: string, calendar: WorkdayCalendar, settings: ClockSettings): CaseState {
  // Most histories ended before the day asked about; those are used whole, without a copy.
  const events = c.events.every((e) => e.on <= day) ? c.events : c.events.filter((e) => e.on <= day);
  return caseState(c.receivedOn, events, calendar, day, settings);
}

const isClosedBy = (s: CaseState, day: string) => s.closedOn !== null && s.closedOn <= day;

export function section3(cases: readonly ReportCase[], year: number, stateAt: StateAt): Section3 {
  const start = `${year}-01-01`;
  const lastYearEnd = `${year - 1}-12-31`;
  const end = `${year}-12-31`;
  const counts = SECTION3_ROWS.map(() => SECTION3_COLUMNS.map(() => 0));
  const add = (row: number, c: ReportCase) => {
    const col = c.applicantKind === 'person' ? 0 : ORG_COLUMN[c.organisationKind ?? 'other'];
    const cells = counts[row];
    if (!cells) return;
    cells[col] = (cells[col] ?? 0) + 1;
    cells[6] = (cells[6] ?? 0) + 1;
  };
  const outcomeRow = (o: Outcome) => 2 + OUTCOMES.findIndex((x) => x.code === o);
  const totalRow = SECTION3_ROWS.length - 2;
  const carriedRow = SECTION3_ROWS.length - 1;

  for (const c of cases) {
    if (c.receivedOn > end) continue;
    if (c.receivedOn >= start) add(0, c);
    else if (!isClosedBy(stateAt(c, lastYearEnd), lastYearEnd)) add(1, c);
    else continue;
    const s = stateAt(c, end);
    if (isClosedBy(s, end)) {
      // A withdrawn application has no reply; it is reported under （六）3.其他.
      add(outcomeRow(s.outcome ?? 'other'), c);
      add(totalRow, c);
    } else add(carriedRow, c);
  }
  return {
    columns: [...SECTION3_COLUMNS],
    rows: SECTION3_ROWS.map((label, i) => ({ label, values: counts[i] ?? [] })),
  };
}

/** Remedies filed in the year, with their results as they stood at its end. */
export function section4(cases: readonly ReportCase[], year: number): Section4 {
  const values = SECTION4_COLUMNS.map(() => 0);
  const end = `${year}-12-31`;
  for (const c of cases) {
    // Each filing, in order; a decision settles the earliest undecided filing of its kind.
    const filed: { group: number; filedOn: string; result: string | null }[] = [];
    for (const e of c.events) {
      if (e.on > end) break;
      if (e.type === 'review_filed' || e.type === 'lawsuit_filed') {
        filed.push({ group: e.type === 'review_filed' ? 0 : e.afterReview ? 2 : 1, filedOn: e.on, result: null });
      } else if (e.type === 'review_decided' || e.type === 'lawsuit_decided') {
        const groups = e.type === 'review_decided' ? [0] : [1, 2];
        const open = filed.find((f) => f.result === null && groups.includes(f.group));
        if (open) open.result = e.result ?? 'other';
      }
    }
    for (const f of filed) {
      if (f.filedOn < `${year}-01-01`) continue;
      const cell = f.result === 'upheld' ? 0 : f.result === 'corrected' ? 1 : f.result === null ? 3 : 2;
      values[f.group * 5 + cell] = (values[f.group * 5 + cell] ?? 0) + 1;
      values[f.group * 5 + 4] = (values[f.group * 5 + 4] ?? 0) + 1;
    }
  }
  return { columns: [...SECTION4_COLUMNS], values };
}

/**
 * The arithmetic of legal.md §2 that must hold before a report is published; each problem is
 * described in Chinese. `previousCarried` is last year's row 四 when it is known.
 */
export function checkArithmetic(s3: Section3, s4: Section4, previousCarried?: readonly number[]): string[] {
  const problems: string[] = [];
  const row = (i: number) => s3.rows[i]?.values ?? [];
  const total = s3.rows.length - 2;
  for (let col = 0; col < s3.columns.length; col++) {
    const v = (i: number) => row(i)[col] ?? 0;
    const name = s3.columns[col];
    if (v(0) + v(1) !== v(total) + v(total + 1))
      problems.push(
        `第三部分“${name}”列：第一项加第二项之和（${v(0) + v(1)}）不等于第三项加第四项之和（${v(total) + v(total + 1)}）`,
      );
    let outcomes = 0;
    for (let i = 2; i < total; i++) outcomes += v(i);
    if (outcomes !== v(total))
      problems.push(`第三部分“${name}”列：（七）总计（${v(total)}）不等于各办理结果之和（${outcomes}）`);
    if (previousCarried && (previousCarried[col] ?? 0) !== v(1))
      problems.push(
        `第三部分“${name}”列：上年结转（${v(1)}）不等于上年报告的结转下年度（${previousCarried[col] ?? 0}）`,
      );
  }
  s3.rows.forEach((r, i) => {
    const sum = r.values.slice(0, 6).reduce((a, b) => a + b, 0);
    if (sum !== r.values[6])
      problems.push(`第三部分第 ${i + 1} 行：总计（${r.values[6]}）不等于各类申请人之和（${sum}）`);
    if (r.values.some((x) => !Number.isInteger(x) || x < 0)) problems.push(`第三部分第 ${i + 1} 行：数值须为非负整数`);
  });
  SECTION4_GROUPS.forEach((group, g) => {
    const cells = s4.values.slice(g * 5, g * 5 + 5);
    const sum = cells.slice(0, 4).reduce((a, b) => a + b, 0);
    if (sum !== cells[4]) problems.push(`第四部分“${group}”：总计（${cells[4]}）不等于其余四项之和（${sum}）`);
  });
  return problems;
}

/**
 * 信息处理费 charged in the year (国办函〔2020〕109号; section 六 reports it as "N件、M元", 0件、0元
 * when none): the cases whose fee was paid in the year, and the amounts their fee notices asked.
 */
export function processingFees(cases: readonly ReportCase[], year: number): { cases: number; amount: number } {
  let count = 0;
  let amount = 0;
  for (const c of cases) {
    const paid = c.events.find((e) => e.type === 'fee_paid' && e.on.startsWith(`${year}-`));
    if (!paid) continue;
    const notice = c.events.filter((e) => e.type === 'fee_notice_sent' && e.on <= paid.on).at(-1);
    count++;
    amount += notice?.amount ?? 0;
  }
  return { cases: count, amount };
}

/** Of the cases closed in the year, how many were closed within their statutory period (条例 Art. 33). */
export function timeliness(
  cases: readonly ReportCase[],
  year: number,
  stateAt: StateAt,
): { closed: number; onTime: number } {
  const end = `${year}-12-31`;
  let closed = 0;
  let onTime = 0;
  for (const c of cases) {
    if (c.receivedOn > end) continue;
    const s = stateAt(c, end);
    if (!s.closedOn || !s.closedOn.startsWith(`${year}-`)) continue;
    closed++;
    if (!s.clock.dueOn || s.closedOn <= s.clock.dueOn) onTime++;
  }
  return { closed, onTime };
}
