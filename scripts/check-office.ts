/**
 * npm run check:office — the annual report's files as an office opens and prints them (issue 19):
 * the demo site's report is written as XLSX and DOCX, converted to PDF by LibreOffice (Debian's
 * libreoffice-calc and libreoffice-writer, headless), and checked: every XLSX section on exactly
 * one A4 landscape page, the DOCX converted without error on A4. Each PDF page is also drawn as a
 * PNG (poppler-utils) in the output directory (default office/) for a person to look at.
 * Exits 2 when LibreOffice is not installed, 1 when a check fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServices } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { annualReportDocx } from '../src/modules/annual-report/annual-report.docx.js';
import { reportTitle, tablesTitle } from '../src/modules/annual-report/annual-report.service.js';
import { annualReportXlsx } from '../src/modules/annual-report/annual-report.xlsx.js';
import { FixedClock } from '../src/platform/clock/clock.js';
import { seedDemoIfEmpty } from '../src/seed/demo.js';

const out = path.resolve(process.argv[2] ?? 'office');
const has = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
if (!has('soffice') || !has('pdfinfo')) {
  console.error(
    '需要 LibreOffice 和 poppler-utils：apt-get install -y --no-install-recommends libreoffice-calc libreoffice-writer poppler-utils',
  );
  process.exit(2);
}

mkdirSync(out, { recursive: true });
const dataDir = mkdtempSync(path.join(tmpdir(), 'gongkai-office-'));
const database = openDatabase({ databaseUrl: undefined, dataDir });
const failures: string[] = [];
try {
  await migrateToLatest(database);
  const clock = new FixedClock(new Date('2019-01-15T02:00:00.000Z'));
  const config = loadConfig({ GONGKAI_DATA_DIR: dataDir, GONGKAI_LOG_LEVEL: 'silent' });
  const { siteId } = await seedDemoIfEmpty({ database, clock, config });
  const services = createServices(database, config, clock);
  // The demo's 2018 work plan is the year with the most to report.
  const report = await services.annualReport.build(siteId!, 2018);
  const xlsx = path.join(out, 'annual-report-tables.xlsx');
  const docx = path.join(out, 'annual-report.docx');
  writeFileSync(xlsx, await annualReportXlsx(report, tablesTitle(report)));
  writeFileSync(docx, await annualReportDocx(report, reportTitle(report)));

  const profile = mkdtempSync(path.join(tmpdir(), 'gongkai-lo-'));
  for (const file of [xlsx, docx])
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file],
      { stdio: 'ignore', timeout: 120_000 },
    );
  rmSync(profile, { recursive: true, force: true });

  const info = (pdf: string) => execFileSync('pdfinfo', [pdf]).toString();
  const pages = (pdf: string) => Number(/^Pages:\s+(\d+)/m.exec(info(pdf))?.[1] ?? 0);
  // A4 is 595 × 842 points; landscape is the wider way round.
  const size = (pdf: string) => /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info(pdf))!.slice(1).map(Number);

  const sheets = 3;
  const xlsxPdf = xlsx.replace(/\.xlsx$/, '.pdf');
  const [w, h] = size(xlsxPdf);
  if (pages(xlsxPdf) !== sheets)
    failures.push(`统计表转为 PDF 后有 ${pages(xlsxPdf)} 页，应为每部分一页共 ${sheets} 页`);
  if (!(Math.round(w!) === 842 && Math.round(h!) === 595)) failures.push(`统计表页面为 ${w} × ${h} 点，应为 A4 横向`);
  const docxPdf = docx.replace(/\.docx$/, '.pdf');
  const [dw, dh] = size(docxPdf);
  if (pages(docxPdf) < 1) failures.push('全文未能转为 PDF');
  if (!(Math.round(dw!) === 595 && Math.round(dh!) === 842)) failures.push(`全文页面为 ${dw} × ${dh} 点，应为 A4 纵向`);

  for (const pdf of [xlsxPdf, docxPdf])
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, pdf.replace(/\.pdf$/, '-page')]);
  console.log(
    `统计表 ${pages(xlsxPdf)} 页，全文 ${pages(docxPdf)} 页；页面图片：\n` +
      readdirSync(out)
        .filter((f) => f.endsWith('.png'))
        .map((f) => `  ${path.join(out, f)}`)
        .join('\n'),
  );
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
for (const f of failures) console.error(`✗ ${f}`);
if (failures.length) process.exit(1);
console.log('✓ 每部分统计表各占一页 A4 横向，全文为 A4 纵向');
