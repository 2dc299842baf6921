import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/platform/auth/actor.js';
import type { AnnualReport } from '../src/modules/annual-report/annual-report.service.js';
import { TO_BE_WRITTEN } from '../src/modules/annual-report/annual-report.narrative.js';
import { seedDemoIfEmpty } from '../src/seed/demo.js';
import { createUser, signIn, testApp, type Session, type TestApp } from './helpers/app.js';
import { dbEnv, runCli } from './helpers/cli.js';
import { requestBody } from './helpers/requests.js';

/**
 * Issue 19: the annual report as the office files it — six sections (legal.md §2), section 三 with
 * its group headings where the national form prints them, 六 stating the 信息处理费 and the work
 * plan's progress as those modules count them, the office's text kept across re-drafts — in HTML,
 * XLSX and DOCX. On the demo site, whose 2018 work plan is imported and handed out.
 */
const actor = systemActor('测试');
let t: TestApp;
let siteId: string;
let office: Session;
let departmentId: string;
const YEAR = 2018;

const GROUP_HEADINGS = ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'];

beforeAll(async () => {
  t = await testApp();
  siteId = (await seedDemoIfEmpty({ database: t.database, clock: t.clock, config: t.config })).siteId!;
  await createUser(t.services, 'report-office', [{ siteId, role: 'site_admin', departmentId: null }]);
  office = await signIn(t.app, 'report-office');
  departmentId = (await t.services.departments.list(siteId))[0]!.id;
  // Three fees asked in the year: two paid, one never paid; and one paid the year after, which
  // belongs to the next report.
  const feeCase = async (n: number, receivedOn: string, noticeOn: string, pages: number, paidOn: string | null) => {
    const { id } = await t.services.requests.register(
      actor,
      siteId,
      requestBody({ departmentId, receivedOn, infoTitle: `大量复制的档案${n}` }),
    );
    await t.services.requests.addEvent(actor, id, {
      type: 'fee_notice_sent',
      on: noticeOn,
      basis: 'per_page',
      pages,
      note: '',
    });
    if (paidOn) {
      await t.services.requests.addEvent(actor, id, { type: 'fee_paid', on: paidOn, note: '' });
      await t.services.requests.addEvent(actor, id, { type: 'replied', on: paidOn, outcome: 'disclosed', note: '' });
    }
  };
  await feeCase(1, '2018-03-01', '2018-03-05', 120, '2018-03-09');
  await feeCase(2, '2018-06-01', '2018-06-05', 300, '2018-06-11');
  await feeCase(3, '2018-09-03', '2018-09-05', 200, null);
  await feeCase(4, '2018-12-20', '2018-12-24', 150, '2019-01-08');
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ url, headers: office.headers });
const reportOf = async (): Promise<AnnualReport> => {
  const res = await get(`/api/v1/reports/annual?siteId=${siteId}&year=${YEAR}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<AnnualReport>();
};

describe('the whole annual report (issue 19)', () => {
  it('lays out section 三 with three label columns, each group heading merged down beside its rows', async () => {
    const report = await reportOf();
    const starts = report.section3.labels.flat();
    const cell = (text: string) => starts.find((l) => l.text === text);
    expect(cell('三、本年度办理结果')).toEqual({ text: '三、本年度办理结果', rowSpan: 22, colSpan: 1 });
    expect(cell('（三）不予公开')?.rowSpan).toBe(8);
    expect(cell('（四）无法提供')?.rowSpan).toBe(3);
    expect(cell('（五）不予处理')?.rowSpan).toBe(5);
    expect(cell('（六）其他处理')?.rowSpan).toBe(3);
    expect(cell('一、本年新收政府信息公开申请数量')?.colSpan).toBe(3);
    expect(cell('（七）总计')?.colSpan).toBe(2);
    // Every row is three label columns wide, counting the headings merged down from above.
    expect(report.section3.labels).toHaveLength(25);
  });

  it('states in 六 the fees charged and the work plan’s items as those modules count them', async () => {
    const report = await reportOf();
    // The fees: the amounts the fee notices asked, of the two paid in 2018.
    const cases = await t.services.requests.reportCases(siteId, null);
    const asked = (receivedOn: string) =>
      cases.find((x) => x.receivedOn === receivedOn)?.events.find((e) => e.type === 'fee_notice_sent')?.amount ?? -1;
    const amount = asked('2018-03-01') + asked('2018-06-01');
    expect(amount).toBeGreaterThan(0);
    expect(report.section6.processingFees).toEqual({ cases: 2, amount });
    expect(report.section6.facts[0]).toBe(`（一）信息处理费收取情况。全年收取信息处理费2件、${amount}元。`);
    // The plan: the same items and states as the work-plans module's own view of it.
    const [plan] = await t.services.workPlans.list(actor, siteId);
    const view = await t.services.workPlans.get(actor, plan!.id);
    expect(report.section6.workPlan).toEqual({
      title: view.title,
      items: view.counts.done + view.counts.in_progress + view.counts.not_started + view.counts.overdue,
      done: view.counts.done,
      inProgress: view.counts.in_progress + view.counts.not_started,
      overdue: view.counts.overdue,
    });
    expect(report.section6.facts[1]).toContain(`已完成${view.counts.done}项`);
    // A year without fees says so in the national form's words.
    const next = await t.services.annualReport.build(siteId, 2017);
    expect(next.section6.facts[0]).toBe('（一）信息处理费收取情况。全年收取信息处理费0件、0元。');
    expect(next.section6.workPlan).toBeNull();
  });

  it('starts 一 and 五 prefilled from the platform’s figures and keeps the office’s text across re-drafts', async () => {
    const before = await reportOf();
    expect(before.narrative.edited).toEqual([]);
    const overview = before.narrative.overview.split('\n');
    const subjects = [`${YEAR}年，${before.agency}`, '（一）主动公开', '（二）依申请公开', '（三）政府信息管理'];
    subjects.push('（四）平台建设', '（五）监督保障');
    expect(overview.map((l, i) => l.startsWith(subjects[i]!))).toEqual(subjects.map(() => true));
    const received = before.section3.rows[0]!.values[6];
    expect(overview[2]).toContain(`全年新收政府信息公开申请${received}件`);
    // The office writes 一, 五 and its part of 六.
    const written =
      '2018年，本区坚持以公开为常态、不公开为例外，全面推进政务公开。\n（一）主动公开。全年主动公开政府信息1200条。';
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/reports/annual/narrative?siteId=${siteId}`,
      headers: office.headers,
      payload: {
        year: YEAR,
        departmentId: null,
        overview: written,
        improvements: '（一）存在的主要问题。政策解读形式单一。\n（二）改进情况。增加图解和视频解读。',
        otherMatters: '（三）其他事项。无。',
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<AnnualReport>().narrative).toMatchObject({
      overview: written,
      otherMatters: '（三）其他事项。无。',
      edited: ['overview', 'improvements', 'otherMatters'],
    });
    // Drafted twice: both drafts carry the office's text, the tables and 六's facts.
    for (let i = 0; i < 2; i++) {
      const doc = await t.services.annualReport.draftDocument(actor, siteId, {
        year: YEAR,
        departmentId: null,
        publisherId: departmentId,
      });
      const body = doc.latest.content.bodyHtml;
      expect(body).toContain('全年主动公开政府信息1200条');
      expect(body).toContain('增加图解和视频解读');
      expect(body).toContain('（一）信息处理费收取情况');
      expect(body).toContain('（三）其他事项。无。');
      for (const h of GROUP_HEADINGS) expect(body).toContain(`>${h}</th>`);
      // The merges survive the body's whitelist, for the portal to show them.
      expect(body).toMatch(/rowspan="8"[^>]*>（三）不予公开<\/th>/);
      // Section 二 is one table, as the Word file: a block of one figure spans three columns.
      expect(body).toMatch(/<th colspan="3">本年处理决定数量<\/th>/);
    }
    // Sent back to the prefilled text on request.
    const reset = await t.services.annualReport.saveNarrative(actor, siteId, {
      year: YEAR,
      departmentId: null,
      texts: { overview: null },
    });
    expect(reset.narrative.overview).toBe(before.narrative.overview);
    expect(reset.narrative.edited).toEqual(['improvements', 'otherMatters']);
  });

  it('is not sent for review while a passage still says what is to be written', async () => {
    const doc = await t.services.annualReport.draftDocument(actor, siteId, {
      year: YEAR,
      departmentId: null,
      publisherId: departmentId,
    });
    expect(doc.latest.content.bodyHtml).toContain(TO_BE_WRITTEN);
    const refused = await t.services.documents.submit(actor, doc.id).catch((e: unknown) => e);
    expect(refused, JSON.stringify(refused)).toMatchObject({ code: 'ANNUAL_REPORT_UNFINISHED' });
    // Written out in the editor, it goes on.
    await t.services.documents.edit(actor, doc.id, {
      ...doc.latest.content,
      bodyHtml: doc.latest.content.bodyHtml.replaceAll(TO_BE_WRITTEN, ''),
    });
    expect((await t.services.documents.submit(actor, doc.id)).latest.state).toBe('submitted');
  });

  it('shows from 1 January whose reports are due by 31 January and whose are published', async () => {
    type Block = { key: string; count: number; summary: string; items: { title: string; tone: string }[] };
    const annualBlock = async (session: Session) => {
      const res = await t.app.inject({ url: `/api/v1/workbench?siteId=${siteId}`, headers: session.headers });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ blocks: Block[] }>().blocks.find((b) => b.key === 'annualReports');
    };
    // A department's editor, signed in before the clock goes back to January 2019.
    const [, first] = await t.services.annualReport.filings(siteId, YEAR);
    await createUser(t.services, 'report-editor', [{ siteId, role: 'editor', departmentId: first!.departmentId }]);
    const editor = await signIn(t.app, 'report-editor');
    t.clock.set(new Date('2019-01-10T02:00:00.000Z'));
    const agencies = (await t.services.annualReport.filings(siteId, YEAR)).map((f) => f.agency);
    const government = agencies[0]!;
    const before = await annualBlock(office);
    // (A block shows its first eight; its count says how many.)
    expect(before?.count).toBe(agencies.length);
    expect(before?.items.map((i) => i.title)).toEqual(
      agencies.slice(0, 8).map((a) => `${a}${YEAR}年政府信息公开工作年度报告`),
    );
    expect(new Set(before?.items.map((i) => i.tone))).toEqual(new Set(['soon']));
    // The government's report, submitted above, is published.
    const [submitted] = await t.services.documents.reviewQueue(actor, siteId);
    await t.services.documents.review(actor, submitted!.id, { approve: true, confidentialityReviewed: true, note: '' });
    await t.services.documents.publish(actor, submitted!.id);
    const after = await annualBlock(office);
    expect(after?.count).toBe(agencies.length - 1);
    expect(after?.summary).toBe(`${YEAR}年度报告共 ${agencies.length} 份，已发布 1 份（${government}）`);
    // From 1 February the rest are overdue; a department's editor sees only its own.
    t.clock.set(new Date('2019-02-01T02:00:00.000Z'));
    expect(new Set((await annualBlock(office))?.items.map((i) => i.tone))).toEqual(new Set(['overdue']));
    const own = await annualBlock(editor);
    expect(own?.items.map((i) => i.title)).toEqual([`${first!.agency}${YEAR}年政府信息公开工作年度报告`]);
  });

  it('has a department’s report reviewed by the office where the site says so', async () => {
    const { id, createdAt, updatedAt, identity, ...fields } = await t.services.sites.get(siteId);
    await t.services.sites.update(actor, siteId, { ...fields, annualReportOfficeReview: true });
    const [, , department] = await t.services.annualReport.filings(siteId, YEAR);
    const departmentId = department!.departmentId!;
    await t.services.annualReport.saveNarrative(actor, siteId, {
      year: YEAR,
      departmentId,
      texts: { overview: '全面推进政务公开。', improvements: '无。', otherMatters: '无。' },
    });
    const doc = await t.services.annualReport.draftDocument(actor, siteId, {
      year: YEAR,
      departmentId,
      publisherId: departmentId,
    });
    await t.services.documents.submit(actor, doc.id);
    const as = (role: 'reviewer' | 'site_admin', dept: string | null) => ({
      userId: null,
      name: role,
      isPlatformAdmin: false,
      grants: [{ siteId, role, departmentId: dept }],
      ip: '',
    });
    const approve = { approve: true, confidentialityReviewed: true, note: '' };
    await expect(t.services.documents.review(as('reviewer', departmentId), doc.id, approve)).rejects.toMatchObject({
      code: 'ANNUAL_REPORT_OFFICE_REVIEW',
    });
    expect((await t.services.documents.review(as('site_admin', null), doc.id, approve)).latest.state).toBe('approved');
  });

  it('is a Word file of the six sections whose tables are merged as the national form', async () => {
    const res = await get(`/api/v1/reports/annual/docx?siteId=${siteId}&year=${YEAR}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    // Section 三's group headings are cells that start a vertical merge; the merges continue below.
    const cellWith = (text: string) => {
      const at = xml.indexOf(`>${text}<`);
      return xml.slice(xml.lastIndexOf('<w:tc>', at), at);
    };
    for (const h of GROUP_HEADINGS) expect(cellWith(h), h).toContain('<w:vMerge w:val="restart"/>');
    expect(xml.match(/<w:vMerge w:val="continue"\/>/g)?.length).toBeGreaterThanOrEqual(21 + 8 + 3 + 5 + 3 - 4);
    expect(cellWith('申请人情况')).toContain('<w:gridSpan w:val="7"/>');
    // Read back as a reader would: every section and every heading in order.
    const { value: html } = await mammoth.convertToHtml({ buffer: res.rawPayload });
    const order = [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      ...GROUP_HEADINGS,
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
      '（一）信息处理费收取情况',
    ];
    const positions = order.map((h) => html.indexOf(h));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toMatch(/<td rowspan="8"><p>（三）不予公开<\/p><\/td>/);
  });

  it('prints the tables on one A4 landscape page per section, and is written by the command line as DOCX', async () => {
    const res = await get(`/api/v1/reports/annual/xlsx?siteId=${siteId}&year=${YEAR}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    for (const sheet of book.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 1 });
      expect(sheet.pageSetup.printTitlesRow).toMatch(/^1:\d$/);
    }
    const s3 = book.worksheets[1]!;
    expect(s3.getCell('B8').value).toBe('（三）不予公开');
    expect(s3.getCell('B15').master.address).toBe('B8');
    expect(s3.getCell('C15').value).toBe('8.属于行政查询事项');
    expect(s3.getCell('A27').master.address).toBe('A6');
    expect(s3.getCell('A6').alignment?.wrapText).toBe(true);

    const out = path.join(t.database.dataDir, 'report.docx');
    const cli = await runCli(
      ['report', 'annual', '--year', String(YEAR), '--format', 'docx', '--out', out],
      dbEnv(t.database),
    );
    expect(cli.code, cli.stderr).toBe(0);
    const { value: text } = await mammoth.extractRawText({ path: out });
    for (const h of ['一、总体情况', ...GROUP_HEADINGS, '六、其他需要报告的事项']) expect(text).toContain(h);
  });
});
