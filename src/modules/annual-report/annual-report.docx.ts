import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { SECTION3_LABEL_COLUMNS } from './annual-report.layout.js';
import { NARRATIVE_HEADINGS } from './annual-report.narrative.js';
import type { AnnualReport } from './annual-report.service.js';

/**
 * The whole report as a Word file, as offices finish it in Word or WPS: the six sections in order,
 * sections 二–四 as real Word tables merged exactly as the national form (国办公开办函〔2021〕30号;
 * the row headings of section 三 from annual-report.layout.ts). A4 portrait with the margins of
 * GB/T 9704 (公文格式); body in 仿宋, headings in 黑体, tables in 宋体 小五 so section 三 and 四
 * each fit the width of the page.
 */
export async function annualReportDocx(report: AnnualReport, title: string): Promise<Buffer> {
  const paragraphs = (text: string) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun(l)] }));
  const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });

  const doc = new Document({
    title,
    creator: report.agency,
    styles: {
      default: {
        document: { run: { font: { eastAsia: '仿宋', ascii: 'Times New Roman' }, size: 32 } },
        heading1: {
          run: { font: { eastAsia: '黑体', ascii: 'Times New Roman' }, size: 32, bold: false },
          paragraph: { spacing: { before: 240, after: 120 }, indent: { firstLine: 640 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_WIDTH, height: A4_HEIGHT },
            margin: { top: cm(3.7), bottom: cm(3.5), left: cm(2.8), right: cm(2.6) },
          },
        },
        children: [
          // The agency on the first line and what the report is on the second, as offices set it,
          // so the title never breaks inside a word.
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 360 },
            children: titleLines(title, report.agency).map(
              (text, i) => new TextRun({ text, size: 44, font: { eastAsia: '方正小标宋简体' }, break: i > 0 ? 1 : 0 }),
            ),
          }),
          heading(NARRATIVE_HEADINGS.overview),
          ...paragraphs(report.narrative.overview),
          heading('二、主动公开政府信息情况'),
          section2Table(report),
          heading('三、收到和处理政府信息公开申请情况'),
          section3Table(report),
          heading('四、政府信息公开行政复议、行政诉讼情况'),
          section4Table(report),
          heading(NARRATIVE_HEADINGS.improvements),
          ...paragraphs(report.narrative.improvements),
          heading(NARRATIVE_HEADINGS.otherMatters),
          ...paragraphs([...report.section6.facts, report.narrative.otherMatters].join('\n')),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const cm = (x: number) => Math.round(x * 567);
const titleLines = (title: string, agency: string) =>
  title.startsWith(agency) && title.length > 20 ? [agency, title.slice(agency.length)] : [title];
const A4_WIDTH = 11906;
const A4_HEIGHT = 16838;
/** The width between the margins, in twentieths of a point. */
const TEXT_WIDTH = A4_WIDTH - cm(2.8) - cm(2.6);

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

function cell(text: string, o: { rowSpan?: number; columnSpan?: number; header?: boolean; figure?: boolean } = {}) {
  return new TableCell({
    rowSpan: o.rowSpan,
    columnSpan: o.columnSpan,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 20, right: 20 },
    children: [
      new Paragraph({
        alignment: o.figure || o.header ? AlignmentType.CENTER : AlignmentType.LEFT,
        indent: { firstLine: 0 },
        children: [new TextRun({ text, size: 18, font: { eastAsia: o.header ? '黑体' : '宋体' } })],
      }),
    ],
  });
}

/** A table across the text width, the given share of it per column, every header row repeated on a new page. */
function table(shares: number[], rows: TableRow[]): Table {
  const sum = shares.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: shares.map((s) => Math.floor((s / sum) * TEXT_WIDTH)),
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows,
  });
}

const header = (cells: TableCell[]) => new TableRow({ tableHeader: true, cantSplit: true, children: cells });
const body = (cells: TableCell[]) => new TableRow({ cantSplit: true, children: cells });
const figure = (v: number) => cell(String(v), { figure: true });

function section2Table(report: AnnualReport): Table {
  // Every block in one four-column table, as the form prints it: the block's title across, its
  // column headings, then its rows; a block of one column spans the three figure columns.
  const rows: TableRow[] = [];
  for (const b of report.section2.blocks) {
    const span = b.columns.length === 1 ? 3 : 1;
    rows.push(body([cell(b.title, { columnSpan: 4, header: true })]));
    rows.push(
      body([cell('信息内容', { header: true }), ...b.columns.map((c) => cell(c, { header: true, columnSpan: span }))]),
    );
    for (const r of b.rows)
      rows.push(
        body([
          cell(r.label),
          ...r.values.map((v) => cell(v === null ? '—' : String(v), { figure: true, columnSpan: span })),
        ]),
      );
  }
  return table([4, 3, 3, 3], rows);
}

function section3Table(report: AnnualReport): Table {
  const s3 = report.section3;
  const rows = [
    header([
      cell(s3.note, { rowSpan: 3, columnSpan: SECTION3_LABEL_COLUMNS }),
      cell('申请人情况', { columnSpan: 7, header: true }),
    ]),
    header([
      cell(s3.columns[0] ?? '', { rowSpan: 2, header: true }),
      cell('法人或其他组织', { columnSpan: 5, header: true }),
      cell(s3.columns[6] ?? '', { rowSpan: 2, header: true }),
    ]),
    header(s3.columns.slice(1, 6).map((c) => cell(c, { header: true }))),
    ...s3.labels.map((labels, i) =>
      body([
        ...labels.map((l) => cell(l.text, { rowSpan: l.rowSpan, columnSpan: l.colSpan })),
        ...(s3.rows[i]?.values ?? []).map(figure),
      ]),
    ),
  ];
  // Figure columns wide enough for a four-character heading (商业企业) on one line.
  return table([1.3, 1.9, 3, 1.45, 1.45, 1.45, 1.45, 1.45, 1.45, 1.45], rows);
}

function section4Table(report: AnnualReport): Table {
  const s4 = report.section4;
  const rows = [
    header([
      cell('行政复议', { rowSpan: 2, columnSpan: 5, header: true }),
      cell('行政诉讼', { columnSpan: 10, header: true }),
    ]),
    header([
      cell('未经复议直接起诉', { columnSpan: 5, header: true }),
      cell('复议后起诉', { columnSpan: 5, header: true }),
    ]),
    header(s4.columns.map((c) => cell(c, { header: true }))),
    body(s4.values.map(figure)),
  ];
  return table(
    s4.columns.map(() => 1),
    rows,
  );
}
