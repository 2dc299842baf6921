import ExcelJS from 'exceljs';
import { getAttributeValue, getChildren, isTag, isText, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import {
  isPlanGrid,
  parsePlanGrid,
  parsePlanText,
  yearOf,
  type GridCell,
  type ParseResult,
} from './work-plans.parse.js';
import { toPlainText } from '../../platform/http/input.js';
import { runInWorker, WorkerLimitError } from '../../platform/workers/workers.js';

/** The forms a plan arrives in, by what its bytes are. */
export type PlanFormat = 'text' | 'html' | 'xlsx';

export function formatOf(bytes: Uint8Array, fileName = ''): PlanFormat {
  // XLSX is a ZIP archive: PK\x03\x04.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (/\.html?$/i.test(fileName)) return 'html';
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('utf8').toLowerCase();
  return /<(!doctype html|html|table|body)[\s>]/.test(head) ? 'html' : 'text';
}

export async function readPlan(bytes: Uint8Array, fileName = ''): Promise<ParseResult> {
  const format = formatOf(bytes, fileName);
  if (format === 'xlsx') return readPlanXlsx(bytes);
  const text = toPlainText(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  );
  return format === 'html' ? readPlanHtml(text) : parsePlanText(text);
}

/**
 * `readPlan` in a worker thread with a time and memory limit: a plan arrives from a person, and a
 * hostile file (a table merged over a billion cells, a deeply nested page) must cost its own
 * request, not the server. Null when the file could not be read within the limits.
 */
export async function readPlanIsolated(bytes: Uint8Array, fileName: string): Promise<ParseResult | null> {
  try {
    return await runInWorker<ParseResult>(new URL(import.meta.url), 'readPlan', [bytes, fileName]);
  } catch (error) {
    if (error instanceof WorkerLimitError) return null;
    throw error;
  }
}

// ---- HTML ----------------------------------------------------------------------------------------

const BLOCKS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'section']);

// Wide characters: CJK, their punctuation, full-width forms, and the curly quotes Chinese text uses.
const WIDE = '\u2018\u2019\u201c\u201d\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef';
// A private-use character marks a line break of the source until the cell's lines are known.
const SEGMENT_BREAK = '\ue000';
// A line break in the source next to a Chinese character is no space in Chinese text (Word wraps
// its HTML mid-sentence); elsewhere it is one space, as HTML renders it.
const WIDE_BREAK = new RegExp(`${SEGMENT_BREAK}+(?=[${WIDE}])|(?<=[${WIDE}])${SEGMENT_BREAK}+`, 'g');

/** A cell's text with its paragraphs and line breaks kept as lines, other white space collapsed. */
function cellText(node: AnyNode): string {
  const out: string[] = [];
  const walk = (n: AnyNode) => {
    if (isText(n)) out.push(n.data.replace(/[^\S\n]*\n\s*/g, SEGMENT_BREAK).replace(/\s+/g, ' '));
    else if (isTag(n)) {
      if (n.name === 'br') out.push('\n');
      const block = BLOCKS.has(n.name);
      if (block) out.push('\n');
      getChildren(n).forEach(walk);
      if (block) out.push('\n');
    }
  };
  walk(node);
  return out
    .join('')
    .split('\n')
    .map((l) =>
      l
        .replace(WIDE_BREAK, '')
        .replace(/[\ue000\u3000 ]+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

/** The rows of this table, not of tables nested in it (old sites lay pages out in tables). */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (n: AnyNode) => {
    if (!isTag(n)) return;
    if (n.name === 'tr') rows.push(n);
    else if (n.name !== 'table') getChildren(n).forEach(walk);
  };
  getChildren(table).forEach(walk);
  return rows;
}

/** The table with merged cells spread out over every slot they cover. */
const MAX_SPAN = 200;

function gridOf(table: Element): GridCell[][] {
  const grid: GridCell[][] = [];
  ownRows(table).forEach((tr, r) => {
    const row = (grid[r] ??= []);
    let c = 0;
    let n = 0;
    for (const td of getChildren(tr).filter((x): x is Element => isTag(x) && (x.name === 'td' || x.name === 'th'))) {
      while (row[c]) c += 1;
      const cell: GridCell = { id: `${r}:${n++}`, text: cellText(td) };
      // A plan's table is tens of rows and a few columns: larger spans are not a plan's.
      const rowspan = Math.min(MAX_SPAN, Math.max(1, Number(getAttributeValue(td, 'rowspan')) || 1));
      const colspan = Math.min(MAX_SPAN, Math.max(1, Number(getAttributeValue(td, 'colspan')) || 1));
      for (let dr = 0; dr < rowspan; dr += 1) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc += 1) target[c + dc] = cell;
      }
      c += colspan;
    }
  });
  // Rows shorter than the header (cells never written) read as empty.
  return grid.map((row) => Array.from(row, (cell, i) => cell ?? { id: `empty:${i}`, text: '' }));
}

const TITLE_LIKE = (text: string) => yearOf(text) !== null && /(要点|方案|计划)/.test(text);

export function readPlanHtml(html: string): ParseResult {
  const doc = parseDocument(html);
  const tags = (name: string): Element[] => {
    const found: Element[] = [];
    const walk = (n: AnyNode) => {
      if (!isTag(n)) return;
      if (n.name === name) found.push(n);
      getChildren(n).forEach(walk);
    };
    doc.children.forEach(walk);
    return found;
  };
  const grids = tags('table').map(gridOf).filter(isPlanGrid);
  const headings = ['h1', 'h2', 'h3', 'h4', 'title'].flatMap((name) => tags(name).map((t) => textContent(t).trim()));
  const title = headings.find(TITLE_LIKE) ?? '';
  const grid = grids[0];
  if (!grid) return parsePlanGrid([], title);
  return parsePlanGrid(grid, title);
}

// ---- XLSX ----------------------------------------------------------------------------------------

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return toPlainText(String(value));
  if ('richText' in value) return toPlainText(value.richText.map((part) => part.text).join(''));
  if ('result' in value) return valueText(value.result);
  if ('text' in value) return toPlainText(String(value.text));
  return '';
}

export async function readPlanXlsx(bytes: Uint8Array): Promise<ParseResult> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  for (const sheet of book.worksheets) {
    const grid: GridCell[][] = [];
    const width = sheet.columnCount;
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: GridCell[] = [];
      for (let c = 1; c <= width; c += 1) {
        const cell = row.getCell(c);
        // Every slot of a merged cell answers with its master, so the merge is seen as one cell.
        const master = cell.isMerged ? cell.master : cell;
        const text = valueText(master.value)
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean)
          .join('\n');
        cells.push({ id: master.address, text });
      }
      grid[r - 1] = cells;
    });
    const rows = Array.from(grid, (row) => row ?? []);
    if (!isPlanGrid(rows)) continue;
    // The title is a row above the header (often merged across it) or else the sheet's name.
    const above = rows
      .slice(0, 5)
      .flatMap((row) => row.map((c) => c.text))
      .find(TITLE_LIKE);
    return parsePlanGrid(rows, above ?? (TITLE_LIKE(sheet.name) ? sheet.name : ''));
  }
  return parsePlanGrid([], '');
}
