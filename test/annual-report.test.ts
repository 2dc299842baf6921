import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/platform/auth/actor.js';
import { SECTION3_COLUMNS, SECTION3_ROWS } from '../src/modules/annual-report/annual-report.js';
import type { AnnualReport } from '../src/modules/annual-report/annual-report.service.js';
import { OUTCOMES, type OrganisationKind, type Outcome } from '../src/modules/requests/requests.model.js';
import type { EventInput } from '../src/modules/requests/requests.schema.js';
import type { DocumentContent } from '../src/modules/documents/documents.model.js';
import { dbEnv, runCli } from './helpers/cli.js';
import { createUser, signIn, testAppWithAdmin, type TestApp, type World } from './helpers/app.js';

/**
 * Issue 4, "done when": a scripted year of applications — every outcome, cases carried in and out,
 * reviews and lawsuits — gives a report whose every cell is right and whose arithmetic holds.
 * Each scripted case states the row and column it must land in; the expected table is their sum.
 */
let t: TestApp;
let w: World;
let report: AnnualReport;
const actor = systemActor('测试');
type Kind = 'person' | OrganisationKind;
const KINDS: Kind[] = ['person', 'business', 'research', 'nonprofit', 'legal_service', 'other'];
const COLUMN: Record<Kind, number> = { person: 0, business: 1, research: 2, nonprofit: 3, legal_service: 4, other: 5 };
const ROW = (label: string) => SECTION3_ROWS.indexOf(label as (typeof SECTION3_ROWS)[number]);
const outcomeRow = (o: Outcome) => ROW(OUTCOMES.find((x) => x.code === o)?.label ?? '');
const expected = SECTION3_ROWS.map(() => SECTION3_COLUMNS.map(() => 0));
const expectCell = (row: number, kind: Kind) => {
  const cells = expected[row] ?? [];
  cells[COLUMN[kind]] = (cells[COLUMN[kind]] ?? 0) + 1;
  cells[6] = (cells[6] ?? 0) + 1;
};

async function apply(kind: Kind, receivedOn: string, departmentId = w.deptA, n = 0): Promise<string> {
  const { id } = await t.services.requests.register(actor, w.siteId, {
    departmentId,
    channel: 'in_person',
    receivedOn,
    applicant: {
      kind: kind === 'person' ? 'person' : 'organisation',
      organisationKind: kind === 'person' ? null : kind,
      name: `申请人${n}`,
      idType: kind === 'person' ? '居民身份证' : '统一社会信用代码',
      idNumber: `证件${n}`,
      workUnit: '',
      legalRepresentative: '',
      contactName: '',
      phone: '0512-00000000',
      email: '',
      address: '',
      postcode: '',
    },
    infoTitle: `所需信息${n}`,
    infoDocNo: '',
    infoDescription: '',
    purpose: '',
    deliveryForm: 'paper',
    deliveryMethod: 'post',
    feeWaiverRequested: false,
    feeWaiverReason: '',
  });
  return id;
}

const event = (id: string, e: Omit<EventInput, 'note'>) => t.services.requests.addEvent(actor, id, { note: '', ...e });

beforeAll(async () => {
  ({ t, w } = await testAppWithAdmin());
  // Section 二: a 行政规范性文件 issued in 2026, a 规章 of 2025 repealed in 2026, another department's.
  const publish = async (departmentId: string, over: Partial<DocumentContent>) => {
    const column = (await t.services.columns.list(w.siteId)).find((c) => c.name === '法规文件')?.id ?? '';
    const doc = await t.services.documents.create(actor, w.siteId, departmentId, {
      title: '文件',
      docNo: '',
      writtenOn: null,
      subject: '',
      keywords: [],
      disclosure: 'proactive',
      validity: 'effective',
      replacedById: null,
      interpretsId: null,
      documentKind: null,
      summary: '',
      bodyHtml: '<p>正文</p>',
      source: '',
      columnIds: [column],
      ...over,
    });
    await t.services.documents.submit(actor, doc.id);
    await t.services.documents.review(actor, doc.id, { approve: true, confidentialityReviewed: true, note: '' });
    await t.services.documents.publish(actor, doc.id);
    return doc;
  };
  t.clock.set(new Date('2026-05-06T02:00:00.000Z'));
  const normative = await publish(w.deptA, {
    title: '甲局行政规范性文件',
    documentKind: 'normative',
    writtenOn: '2026-04-20',
  });
  await publish(w.deptA, { title: '甲局行政规范性文件解读', interpretsId: normative.id });
  await publish(w.deptB, { title: '乙局行政规范性文件', documentKind: 'normative', writtenOn: '2026-04-21' });
  const rule = await publish(w.deptA, { title: '甲局规章', documentKind: 'rule', writtenOn: '2025-06-01' });
  t.clock.set(new Date('2026-09-01T02:00:00.000Z'));
  await t.services.documents.edit(actor, rule.id, { ...rule.latest.content, validity: 'repealed' });
  await t.services.documents.submit(actor, rule.id);
  await t.services.documents.review(actor, rule.id, { approve: true, confidentialityReviewed: true, note: '' });
  await t.services.documents.publish(actor, rule.id);
  await t.services.annualReport.saveFigures(actor, w.siteId, {
    year: 2026,
    departmentId: w.deptA,
    figures: { licensing: 120, penalties: 35, enforcement: 2 },
  });

  // Everything below has happened by mid-January 2027.
  t.clock.set(new Date('2027-01-15T02:00:00.000Z'));

  // Closed in 2025: not in the 2026 report at all.
  const old = await apply('person', '2025-06-02', w.deptA, 100);
  await event(old, { type: 'replied', on: '2025-06-20', outcome: 'disclosed' });

  // Carried in from 2025: one answered in January, one still in consultation at the end of 2026.
  const inAnswered = await apply('person', '2025-12-22', w.deptA, 101);
  await event(inAnswered, { type: 'replied', on: '2026-01-09', outcome: 'disclosed' });
  expectCell(ROW('二、上年结转政府信息公开申请数量'), 'person');
  expectCell(outcomeRow('disclosed'), 'person');
  expectCell(ROW('（七）总计'), 'person');
  const inOpen = await apply('business', '2025-12-24', w.deptA, 102);
  await event(inOpen, { type: 'consultation_started', on: '2026-01-05', party: '某公司', partyKind: 'third_party' });
  expectCell(ROW('二、上年结转政府信息公开申请数量'), 'business');
  expectCell(ROW('四、结转下年度继续办理'), 'business');

  // Received in 2026: one application for every outcome row, applicants of every kind in turn.
  const ids = new Map<Outcome, string>();
  for (const [i, o] of OUTCOMES.entries()) {
    const kind = KINDS[i % KINDS.length] ?? 'person';
    const receivedOn = `2026-${String(3 + (i % 9)).padStart(2, '0')}-02`;
    const id = await apply(kind, receivedOn, w.deptA, i);
    ids.set(o.code, id);
    expectCell(ROW('一、本年新收政府信息公开申请数量'), kind);
    expectCell(outcomeRow(o.code), kind);
    expectCell(ROW('（七）总计'), kind);
    const month = receivedOn.slice(0, 8);
    if (o.code === 'other_no_correction') {
      // A correction asked for and never made: the case closes itself when the period runs out.
      await event(id, { type: 'correction_requested', on: `${month}03`, items: '请说明所需信息的文号', days: 5 });
    } else if (o.code === 'other_fee_unpaid') {
      await event(id, { type: 'fee_notice_sent', on: `${month}04`, basis: 'per_page', pages: 100 });
    } else {
      await event(id, { type: 'replied', on: `${month}20`, outcome: o.code });
    }
  }
  // A withdrawn application counts under （六）3.其他.
  const withdrawn = await apply('research', '2026-07-01', w.deptA, 200);
  await event(withdrawn, { type: 'withdrawn', on: '2026-07-03' });
  expectCell(ROW('一、本年新收政府信息公开申请数量'), 'research');
  expectCell(outcomeRow('other'), 'research');
  expectCell(ROW('（七）总计'), 'research');
  // Carried out into 2027: one untouched, one waiting for a correction due in January.
  await apply('person', '2026-12-28', w.deptA, 201);
  const waiting = await apply('legal_service', '2026-12-01', w.deptA, 202);
  await event(waiting, { type: 'correction_requested', on: '2026-12-03', items: '请说明', days: 20 });
  for (const kind of ['person', 'legal_service'] as const) {
    expectCell(ROW('一、本年新收政府信息公开申请数量'), kind);
    expectCell(ROW('四、结转下年度继续办理'), kind);
  }

  // Reviews and lawsuits filed in 2026.
  const get = (o: Outcome) => ids.get(o) ?? '';
  await event(get('withheld_process_info'), { type: 'review_filed', on: '2026-11-02' });
  await event(get('withheld_process_info'), { type: 'review_decided', on: '2026-12-01', result: 'upheld' });
  await event(get('unavailable_not_held'), { type: 'lawsuit_filed', on: '2026-07-01', afterReview: false });
  await event(get('partially_disclosed'), { type: 'review_filed', on: '2026-05-06' });
  await event(get('partially_disclosed'), { type: 'review_decided', on: '2026-06-01', result: 'corrected' });
  await event(get('partially_disclosed'), { type: 'lawsuit_filed', on: '2026-06-22', afterReview: true });
  await event(get('partially_disclosed'), { type: 'lawsuit_decided', on: '2026-11-02', result: 'other' });

  // Another department's application: in the government's report, not in 甲局's.
  const other = await apply('person', '2026-04-01', w.deptB, 300);
  await event(other, { type: 'replied', on: '2026-04-10', outcome: 'disclosed' });

  report = await t.services.annualReport.build(w.siteId, 2026, w.deptA);
});
afterAll(() => t.close());

describe('the 2026 annual report of 甲局 (国办公开办函〔2021〕30号)', () => {
  it('counts 规章 and 行政规范性文件 from the documents and shows what the office entered in section 二', () => {
    const rows = report.section2.blocks.flatMap((b) => b.rows.map((r) => [r.label, r.values]));
    expect(rows).toEqual([
      // 本年制发件数, 本年废止件数, 现行有效件数
      ['规章', [0, 1, 0]],
      ['行政规范性文件', [1, 0, 1]],
      ['行政许可', [120]],
      ['行政处罚', [35]],
      ['行政强制', [2]],
      // Not entered: shown as such, not as zero.
      ['行政事业性收费', [null]],
    ]);
    // The overview's draft counts what 甲局 published in the year, its interpretation among them.
    expect(report.narrative.overview).toContain('全年主动公开政府信息3条，发布政策解读1篇');
  });

  it('has the 7 columns and 25 rows of section 三, labelled as printed', () => {
    expect(report.section3.columns).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    expect(report.section3.rows).toHaveLength(25);
    expect(report.section3.rows.map((r) => r.label).slice(0, 5)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '（一）予以公开',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '1.属于国家秘密',
    ]);
    expect(report.section3.rows.at(-1)?.label).toBe('四、结转下年度继续办理');
  });

  it('puts every case in the right cell', () => {
    report.section3.rows.forEach((row, i) => expect(row.values, row.label).toEqual(expected[i]));
    const totals = (label: string) => report.section3.rows.find((r) => r.label === label)?.values[6];
    expect(totals('一、本年新收政府信息公开申请数量')).toBe(24);
    expect(totals('二、上年结转政府信息公开申请数量')).toBe(2);
    expect(totals('（七）总计')).toBe(23);
    expect(totals('四、结转下年度继续办理')).toBe(3);
  });

  it('counts reviews and lawsuits in section 四', () => {
    expect(report.section4.values).toEqual([
      // 行政复议: 维持, 纠正, 其他, 尚未审结, 总计
      1, 1, 0, 0, 2,
      // 行政诉讼 未经复议直接起诉
      0, 0, 0, 1, 1,
      // 行政诉讼 复议后起诉
      0, 0, 1, 0, 1,
    ]);
  });

  it('holds every arithmetic rule, and the whole government’s report includes other departments', async () => {
    expect(report.problems).toEqual([]);
    const whole = await t.services.annualReport.build(w.siteId, 2026);
    expect(whole.problems).toEqual([]);
    expect(whole.section3.rows[0]?.values[6]).toBe(25);
    // Last year's carried-forward row is this year's carried-over row.
    const lastYear = await t.services.annualReport.build(w.siteId, 2025, w.deptA);
    expect(lastYear.section3.rows.at(-1)?.values).toEqual(report.section3.rows[1]?.values);
  });

  it('is drafted as a document in 政府信息公开年报 with its tables, to be reviewed and published', async () => {
    const doc = await t.services.annualReport.draftDocument(actor, w.siteId, {
      year: 2026,
      departmentId: w.deptA,
      publisherId: w.deptA,
    });
    expect(doc.latest.content.title).toBe('甲局2026年政府信息公开工作年度报告');
    const column = (await t.services.columns.list(w.siteId)).find((c) => c.code === 'annual-reports');
    expect(doc.latest.content.columnIds).toEqual([column?.id]);
    const body = doc.latest.content.bodyHtml;
    for (const text of ['一、总体情况', '（七）总计', '复议后起诉', '五、存在的主要问题及改进情况'])
      expect(body).toContain(text);
    // The merged header cells survive the body's whitelist.
    expect(body).toContain('colspan="5"');
    expect(doc.latest.state).toBe('draft');
  });

  it('is downloadable as XLSX and readable as JSON through the API, for staff only', async () => {
    await createUser(t.services, 'report-auditor', [{ siteId: w.siteId, role: 'auditor', departmentId: null }]);
    const auditor = await signIn(t.app, 'report-auditor');
    const json = await t.app.inject({
      url: `/api/v1/reports/annual?siteId=${w.siteId}&year=2026`,
      headers: auditor.headers,
    });
    expect(json.statusCode).toBe(200);
    expect(json.json<AnnualReport>().section3.rows[0]?.values[6]).toBe(25);
    const xlsx = await t.app.inject({
      url: `/api/v1/reports/annual/xlsx?siteId=${w.siteId}&year=2026`,
      headers: auditor.headers,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await t.app.inject({ url: `/api/v1/reports/annual?siteId=${w.siteId}&year=2026` })).statusCode).toBe(401);
  });

  it('is printed as JSON by ./bin/gongkai report annual', async () => {
    const r = await runCli(['report', 'annual', '--year', '2026', '--department', '甲局'], dbEnv(t.database));
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as AnnualReport;
    expect(json.year).toBe(2026);
    expect(json.section3.rows.map((x) => x.values)).toEqual(expected);
    expect(json.section4.columns).toHaveLength(15);
    const out = path.join(t.database.dataDir, 'report.xlsx');
    const xlsx = await runCli(
      ['report', 'annual', '--year', '2026', '--department', '甲局', '--format', 'xlsx', '--out', out],
      dbEnv(t.database),
    );
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const s3 = book.worksheets[1];
    // The official header: the note over A1:C3, 申请人情况 over D1:J1, 法人或其他组织 over E2:I2.
    expect(s3?.getCell('A1').value).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(s3?.getCell('C3').isMerged && s3.getCell('C3').master.address).toBe('A1');
    expect(s3?.getCell('I2').master.address).toBe('E2');
    expect(s3?.getCell('E3').value).toBe('商业企业');
    // Row 一 is the first figure row; its 总计 in column J.
    expect(s3?.getCell('A4').value).toBe('一、本年新收政府信息公开申请数量');
    expect(s3?.getCell('J4').value).toBe(24);
    expect(s3?.getCell('B12').value).toBe('（三）不予公开');
    expect(s3?.getCell('C12').value).toBe('5.属于三类内部事务信息');
    expect(s3?.getCell('J28').value).toBe(3);
    const s4 = book.worksheets[2];
    expect(s4?.getCell('K2').value).toBe('复议后起诉');
    expect([...Array(15).keys()].map((i) => s4?.getRow(4).getCell(i + 1).value)).toEqual(report.section4.values);
    const html = await runCli(['report', 'annual', '--year', '2026', '--format', 'html'], dbEnv(t.database));
    expect(html.stdout).toContain('<th colSpan="5">法人或其他组织</th>'.replace('colSpan', 'colspan'));
  });

  // Last: it changes the year's figures.
  it('refuses to publish a drafted report whose figures moved, and checks next year against what was filed', async () => {
    // The office has written the report's text (a prefilled passage would stop it at submission).
    await t.services.annualReport.saveNarrative(actor, w.siteId, {
      year: 2026,
      departmentId: w.deptA,
      texts: { overview: '2026年，甲局全面推进政务公开。', improvements: '无。', otherMatters: '无。' },
    });
    const doc = await t.services.annualReport.draftDocument(actor, w.siteId, {
      year: 2026,
      departmentId: w.deptA,
      publisherId: w.deptA,
    });
    await t.services.documents.submit(actor, doc.id);
    await t.services.documents.review(actor, doc.id, { approve: true, confidentialityReviewed: true, note: '' });
    // A reply recorded late, dated in 2026, for a case the draft counted as carried forward.
    const late = await t.database.db
      .selectFrom('disclosure_requests')
      .select('id')
      .where('info_title', '=', '所需信息201')
      .executeTakeFirstOrThrow();
    await event(late.id, { type: 'replied', on: '2026-12-30', outcome: 'disclosed' });
    await expect(t.services.documents.publish(actor, doc.id)).rejects.toMatchObject({ code: 'ANNUAL_REPORT_CHANGED' });
    // 2027 starts from what was filed for 2026: one person's application carried forward, now none.
    const next = await t.services.annualReport.build(w.siteId, 2027, w.deptA);
    expect(next.problems.join()).toContain('“自然人”列：上年结转（0）不等于上年报告的结转下年度（1）');
    // Drafted again, the report matches the cases and may be published.
    const again = await t.services.annualReport.draftDocument(actor, w.siteId, {
      year: 2026,
      departmentId: w.deptA,
      publisherId: w.deptA,
    });
    await t.services.documents.submit(actor, again.id);
    await t.services.documents.review(actor, again.id, { approve: true, confidentialityReviewed: true, note: '' });
    expect((await t.services.documents.publish(actor, again.id)).status).toBe('published');
  });
});
