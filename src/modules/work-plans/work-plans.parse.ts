/**
 * Reading a 政务公开工作要点 (work plan) from the forms it actually arrives in: text copied from the
 * published page, the page's HTML table, or a spreadsheet. All three give the same tree:
 * goals (一、二、…) → tasks ((一)(二)…, numbered across the whole plan) → items (each 主要内容
 * paragraph) with their lead (牵头单位) and responsible (责任单位) departments, as written.
 * Matching the names to the site's departments is the service's job, not the parser's.
 */

export interface ParsedItem {
  content: string;
  lead: string[];
  responsible: string[];
}
export interface ParsedTask {
  no: string;
  title: string;
  items: ParsedItem[];
}
export interface ParsedGoal {
  no: string;
  title: string;
  tasks: ParsedTask[];
}
export interface ParsedPlan {
  title: string;
  year: number | null;
  goals: ParsedGoal[];
}
/** The plan and what the reader should look at: lines it could not place, odd unit cells. */
export interface ParseResult {
  plan: ParsedPlan;
  warnings: string[];
}

const GOAL_NO = /^([一二三四五六七八九十百]+)[、.．]\s*([\s\S]*)$/;
const TASK_NO = /^([（(][一二三四五六七八九十百]+[)）])\s*([\s\S]*)$/;
const UNIT_SEPARATORS = /[、，,；;/\s]+/;
// What the names of government bodies end with; a line made only of such names is a unit cell.
const UNIT_SUFFIX =
  /(办|局|委|部|中心|单位|院|会|所|署|室|厅|处|科|队|站|馆|街道|政府|镇|乡|公司|集团|组|社|台|团|司|行|区|大队|支队)$/;
const SENTENCE_MARKS = /[。：:“”《》！？!?]/;

/** The title's year: 姑苏区2018年政务公开工作要点实施方案 → 2018. */
export function yearOf(title: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(title);
  return m ? Number(m[1]) : null;
}

/** A unit cell, split where it lists several departments: 区编委办、区市场监督管理局 → two names. */
export function splitUnits(cell: string): string[] {
  return cell
    .split(UNIT_SEPARATORS)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Whether a line names departments only (and is therefore a unit cell, not a 主要内容 paragraph). */
export function looksLikeUnits(line: string): boolean {
  if (line.length > 80 || SENTENCE_MARKS.test(line)) return false;
  const parts = splitUnits(line);
  return parts.length > 0 && parts.every((p) => p.length >= 2 && p.length <= 24 && UNIT_SUFFIX.test(p));
}

/** 区各有关单位 means every department; 区各有关主管单位 every competent (government) department. */
export function departmentGroup(name: string): 'all' | 'competent' | null {
  const m = /^(?:区|市|县|镇|街道)?各(?:有关|相关)?(主管)?(?:单位|部门|主管单位|主管部门)$/.exec(name);
  if (!m) return null;
  return m[1] || name.includes('主管') ? 'competent' : 'all';
}

// ---- the shared tree builder -------------------------------------------------------------------

class TreeBuilder {
  readonly goals: ParsedGoal[] = [];
  readonly warnings: string[] = [];

  goal(no: string, title: string): void {
    this.goals.push({ no, title, tasks: [] });
  }

  task(no: string, title: string): void {
    let goal = this.goals.at(-1);
    if (!goal) {
      this.warnings.push(`任务“${no}${title}”前没有目标，已归入未命名目标`);
      goal = { no: '', title: '', tasks: [] };
      this.goals.push(goal);
    }
    goal.tasks.push({ no, title, items: [] });
  }

  item(content: string, lead: string[], responsible: string[]): void {
    const task = this.goals.at(-1)?.tasks.at(-1);
    if (!task) {
      this.warnings.push(`“${content.slice(0, 20)}…”前没有任务，已忽略`);
      return;
    }
    task.items.push({ content, lead, responsible });
  }

  /** An item followed by unit lines: one line is the responsible unit; two are lead and responsible. */
  itemWithUnitLines(content: string, lines: string[]): void {
    if (lines.length > 2) this.warnings.push(`“${content.slice(0, 20)}…”后有 ${lines.length} 行单位，第一行作牵头单位`);
    const [first = '', ...others] = lines;
    if (others.length === 0) this.item(content, [], splitUnits(first));
    else this.item(content, splitUnits(first), others.flatMap(splitUnits));
  }
}

function splitNumbered(text: string, pattern: RegExp): { no: string; rest: string } | null {
  const m = pattern.exec(text);
  return m ? { no: m[1] ?? '', rest: (m[2] ?? '').trim() } : null;
}

// ---- text copied from the page -------------------------------------------------------------------

const HEADER_WORDS =
  /^(目标|任务|主要内容|工作内容|具体内容|内容|牵头单位|牵头部门|责任单位|责任部门|配合单位|协办单位|序号|完成时限)$/;

/**
 * Text as copied from the published page: the site's header and footer around the table, the
 * table's header cells one per line, then goals, tasks, paragraphs and unit lines.
 */
export function parsePlanText(text: string): ParseResult {
  const lines: string[] = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\u3000/g, ' ').trim())
    .filter(Boolean);
  const line = (i: number): string => lines[i] ?? '';
  const headerAt = lines.findIndex((l) => l === '主要内容' || l === '工作内容' || l === '具体内容');
  let start = headerAt;
  while (start > 0 && HEADER_WORDS.test(line(start - 1))) start -= 1;
  let body = headerAt;
  while (body < lines.length && HEADER_WORDS.test(line(body))) body += 1;
  const before = headerAt < 0 ? lines : lines.slice(0, start);
  const title = before.find((l) => yearOf(l) !== null && /(要点|方案|计划)/.test(l)) ?? '';

  const tree = new TreeBuilder();
  if (headerAt < 0) tree.warnings.push('没有找到表头（目标、任务、主要内容、牵头单位、责任单位）');
  const rest: string[] = headerAt < 0 ? [] : lines.slice(body);
  const at = (i: number): string => rest[i] ?? '';
  // The page's footer follows the last unit line; nothing after it belongs to the plan.
  let end = rest.length;
  while (end > 0 && !looksLikeUnits(at(end - 1))) end -= 1;

  let content: string[] = [];
  let units: string[] = [];
  const flush = () => {
    if (content.length) tree.itemWithUnitLines(content.join('\n'), units);
    content = [];
    units = [];
  };
  for (let i = 0; i < end; i += 1) {
    const line = at(i);
    const goal = splitNumbered(line, GOAL_NO);
    const task = goal ? null : splitNumbered(line, TASK_NO);
    if (goal || task) {
      flush();
      const numbered = (goal ?? task)!;
      let heading = numbered.rest;
      if (!heading && i + 1 < end) heading = at(++i);
      if (goal) tree.goal(goal.no, heading);
      else tree.task(task!.no, heading);
    } else if (content.length && looksLikeUnits(line)) {
      units.push(line);
    } else {
      if (units.length) flush();
      content.push(line);
    }
  }
  flush();
  return { plan: { title, year: yearOf(title), goals: tree.goals }, warnings: tree.warnings };
}

// ---- tables (HTML and XLSX) ------------------------------------------------------------------------

/** One cell of a table with merged cells spread out: `id` is the same for every slot a merged cell covers. */
export interface GridCell {
  id: string;
  text: string;
}

type Column = 'goal' | 'task' | 'content' | 'lead' | 'responsible';

const COLUMN_NAMES: [Column, RegExp][] = [
  ['goal', /^(工作)?目标$/],
  ['task', /^(工作|重点)?任务$/],
  ['content', /^(主要|工作|具体)?内容$|^工作措施$/],
  ['lead', /^牵头(单位|部门)$/],
  ['responsible', /^(责任|配合|协办|参与)(单位|部门)$/],
];

function columnOf(header: string): Column | null {
  const name = header.replace(/\s+/g, '');
  return COLUMN_NAMES.find(([, re]) => re.test(name))?.[0] ?? null;
}

/** Where the plan's header row is and which column is which; null when the table is not a plan. */
function findHeader(grid: GridCell[][]): { row: number; columns: Partial<Record<Column, number>> } | null {
  for (let r = 0; r < Math.min(grid.length, 10); r += 1) {
    const columns: Partial<Record<Column, number>> = {};
    (grid[r] ?? []).forEach((cell, c) => {
      const column = columnOf(cell.text);
      if (column && columns[column] === undefined) columns[column] = c;
    });
    if (columns.content !== undefined && (columns.lead !== undefined || columns.responsible !== undefined)) {
      return { row: r, columns };
    }
  }
  return null;
}

/** Whether a grid (from HTML or XLSX) is a plan table. */
export function isPlanGrid(grid: GridCell[][]): boolean {
  return findHeader(grid) !== null;
}

/**
 * The tree in a table: a new goal or task starts where its cell changes (a merged cell spans its
 * rows; an empty cell continues the one above); lead and responsible merged into one cell, or a
 * lead cell left empty, mean the item has no separate lead.
 */
export function parsePlanGrid(grid: GridCell[][], title: string): ParseResult {
  const tree = new TreeBuilder();
  const header = findHeader(grid);
  if (!header) {
    tree.warnings.push('表格中没有找到表头（主要内容、牵头单位、责任单位）');
    return { plan: { title, year: yearOf(title), goals: [] }, warnings: tree.warnings };
  }
  const { columns } = header;
  const at = (row: GridCell[], column: Column): GridCell | undefined =>
    columns[column] === undefined ? undefined : row[columns[column]];
  let goalId = '';
  let taskId = '';
  let contentId = '';
  for (const row of grid.slice(header.row + 1)) {
    const goal = at(row, 'goal');
    if (goal && goal.text && goal.id !== goalId) {
      goalId = goal.id;
      const numbered = splitNumbered(goal.text, GOAL_NO);
      const [no, heading] = numbered ? [numbered.no, numbered.rest] : ['', goal.text];
      tree.goal(no, heading.replace(/\s*\n\s*/g, ''));
    }
    const task = at(row, 'task');
    if (task && task.text && task.id !== taskId) {
      taskId = task.id;
      const numbered = splitNumbered(task.text, TASK_NO);
      const [no, heading] = numbered ? [numbered.no, numbered.rest] : ['', task.text];
      tree.task(no, heading.replace(/\s*\n\s*/g, ''));
    }
    const content = at(row, 'content');
    if (!content || !content.text || content.id === contentId) continue;
    contentId = content.id;
    const lead = at(row, 'lead');
    const responsible = at(row, 'responsible');
    if (lead && responsible && lead.id === responsible.id) tree.item(content.text, [], splitUnits(lead.text));
    else tree.item(content.text, splitUnits(lead?.text ?? ''), splitUnits(responsible?.text ?? ''));
  }
  return { plan: { title, year: yearOf(title), goals: tree.goals }, warnings: tree.warnings };
}
