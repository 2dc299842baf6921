import { renderPage } from '../../portal/render.js';
import { SECTION3_LABEL_COLUMNS } from './annual-report.layout.js';
import { NARRATIVE_HEADINGS } from './annual-report.narrative.js';
import type { AnnualReport } from './annual-report.service.js';

/** The whole report as a stand-alone HTML page, its tables laid out like the official form (merged cells). */
export function annualReportHtml(report: AnnualReport, title: string): string {
  return renderPage(
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <title>{title}</title>
        <style>
          {
            'table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #333;padding:4px 8px}td{text-align:right}'
          }
        </style>
      </head>
      <body>
        <h1>{title}</h1>
        <AnnualReportBody report={report} />
      </body>
    </html>,
  );
}

/** A written section: its heading and one paragraph per line. */
function Written({ heading, lines }: { heading: string; lines: string[] }) {
  return (
    <>
      <h2>{heading}</h2>
      {lines
        .filter((l) => l.trim())
        .map((l) => (
          <p>{l.trim()}</p>
        ))}
    </>
  );
}

/** The six sections in order: the body of the published report. */
export function AnnualReportBody({ report }: { report: AnnualReport }) {
  const lines = (text: string) => text.split('\n');
  return (
    <>
      <Written heading={NARRATIVE_HEADINGS.overview} lines={lines(report.narrative.overview)} />
      <AnnualReportTables report={report} />
      <Written heading={NARRATIVE_HEADINGS.improvements} lines={lines(report.narrative.improvements)} />
      <Written
        heading={NARRATIVE_HEADINGS.otherMatters}
        lines={[...report.section6.facts, ...lines(report.narrative.otherMatters)]}
      />
    </>
  );
}

/** Sections 二, 三 and 四 as tables with the official merged headers and row headings. */
export function AnnualReportTables({ report }: { report: AnnualReport }) {
  const cell = (v: number | null) => (v === null ? '—' : String(v));
  const width = Math.max(...report.section2.blocks.map((b) => b.columns.length));
  return (
    <>
      <h2>二、主动公开政府信息情况</h2>
      {/* One table as the national form prints it: a block of one figure spans the width of three. */}
      <table>
        {report.section2.blocks.map((b) => {
          const rest = width - b.columns.length;
          const span = (i: number) => (i === b.columns.length - 1 && rest > 0 ? rest + 1 : undefined);
          return (
            <tbody>
              <tr>
                <th colSpan={width + 1}>{b.title}</th>
              </tr>
              <tr>
                <th>信息内容</th>
                {b.columns.map((c, i) => (
                  <th colSpan={span(i)}>{c}</th>
                ))}
              </tr>
              {b.rows.map((r) => (
                <tr>
                  <th scope="row">{r.label}</th>
                  {r.values.map((v, i) => (
                    <td colSpan={span(i)}>{cell(v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
      <h2>三、收到和处理政府信息公开申请情况</h2>
      <table>
        <thead>
          <tr>
            <th rowSpan={3} colSpan={SECTION3_LABEL_COLUMNS}>
              {report.section3.note}
            </th>
            <th colSpan={7}>申请人情况</th>
          </tr>
          <tr>
            <th rowSpan={2}>自然人</th>
            <th colSpan={5}>法人或其他组织</th>
            <th rowSpan={2}>总计</th>
          </tr>
          <tr>
            {report.section3.columns.slice(1, 6).map((c) => (
              <th>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.section3.labels.map((labels, i) => (
            <tr>
              {labels.map((l) => (
                <th scope={l.rowSpan > 1 ? 'rowgroup' : 'row'} rowSpan={l.rowSpan} colSpan={l.colSpan}>
                  {l.text}
                </th>
              ))}
              {report.section3.rows[i]!.values.map((v) => (
                <td>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>四、政府信息公开行政复议、行政诉讼情况</h2>
      <table>
        <thead>
          <tr>
            <th colSpan={5} rowSpan={2}>
              行政复议
            </th>
            <th colSpan={10}>行政诉讼</th>
          </tr>
          <tr>
            <th colSpan={5}>未经复议直接起诉</th>
            <th colSpan={5}>复议后起诉</th>
          </tr>
          <tr>
            {report.section4.columns.map((c) => (
              <th>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {report.section4.values.map((v) => (
              <td>{v}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </>
  );
}
