import { renderPage } from '../../portal/render.js';
import type { AnnualReport } from './annual-report.service.js';

/** The report's tables as a stand-alone HTML page, laid out like the official form (merged header cells). */
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
        <AnnualReportTables report={report} />
      </body>
    </html>,
  );
}

/** Sections 二, 三 and 四 as tables with the official merged headers; also the body of the published report. */
export function AnnualReportTables({ report }: { report: AnnualReport }) {
  const cell = (v: number | null) => (v === null ? '—' : String(v));
  return (
    <>
      <h2>二、主动公开政府信息情况</h2>
      {report.section2.blocks.map((b) => (
        <table>
          <thead>
            <tr>
              <th colSpan={b.columns.length + 1}>{b.title}</th>
            </tr>
            <tr>
              <th>信息内容</th>
              {b.columns.map((c) => (
                <th>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {b.rows.map((r) => (
              <tr>
                <th scope="row">{r.label}</th>
                {r.values.map((v) => (
                  <td>{cell(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <h2>三、收到和处理政府信息公开申请情况</h2>
      <table>
        <thead>
          <tr>
            <th rowSpan={3} colSpan={2}>
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
          {report.section3.rows.map((r) => (
            <tr>
              <th scope="row" colSpan={2}>
                {r.label}
              </th>
              {r.values.map((v) => (
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
