import { OUTCOMES } from '../requests/requests.model.js';

/**
 * Section 三's row labels as the national form prints them (legal.md §2): three label columns;
 * 一、二 and 四 span all three, 三、本年度办理结果 runs down the first column beside every outcome
 * row and （七）总计, and each group heading —（三）不予公开 … （六）其他处理 — runs down the second
 * column beside its numbered rows. The headings carry no figures of their own.
 * One layout for the page, the workbook and the Word file, so they cannot disagree.
 */
export interface LabelCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

/** How many label columns section 三 has before its seven figure columns. */
export const SECTION3_LABEL_COLUMNS = 3;
export const SECTION3_RESULTS_HEADING = '三、本年度办理结果';

/**
 * The label cells that start in each of section 三's 25 rows (一, 二, the 21 outcome rows,
 * （七）总计, 四), left to right; a row beside a merged heading has fewer.
 */
export function section3Labels(rows: readonly { label: string }[]): LabelCell[][] {
  const outcomes = rows.length - 4;
  const cell = (text: string, rowSpan = 1, colSpan = 1): LabelCell => ({ text, rowSpan, colSpan });
  return rows.map((row, i) => {
    if (i < 2 || i === rows.length - 1) return [cell(row.label, 1, 3)];
    const lead = i === 2 ? [cell(SECTION3_RESULTS_HEADING, outcomes + 1)] : [];
    const outcome = OUTCOMES[i - 2];
    if (!outcome?.group) return [...lead, cell(row.label, 1, 2)];
    const first = OUTCOMES.findIndex((o) => o.group === outcome.group) === i - 2;
    const size = OUTCOMES.filter((o) => o.group === outcome.group).length;
    return [...lead, ...(first ? [cell(outcome.group, size)] : []), cell(row.label)];
  });
}

/** The same cells with the grid position (0-based row and column) each one starts at. */
export function placedLabels(labels: readonly LabelCell[][]): (LabelCell & { row: number; column: number })[] {
  const taken = new Set<string>();
  const out: (LabelCell & { row: number; column: number })[] = [];
  labels.forEach((cells, row) => {
    let column = 0;
    for (const c of cells) {
      while (taken.has(`${row}:${column}`)) column++;
      out.push({ ...c, row, column });
      for (let r = row; r < row + c.rowSpan; r++)
        for (let k = column; k < column + c.colSpan; k++) taken.add(`${r}:${k}`);
      column += c.colSpan;
    }
  });
  return out;
}
