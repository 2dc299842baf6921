import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/platform/auth/actor.js';
import { parsePlanText } from '../src/modules/work-plans/work-plans.parse.js';
import { readPlan } from '../src/modules/work-plans/work-plans.read.js';
import type { PlanView } from '../src/modules/work-plans/work-plans.service.js';
import { seedDemoIfEmpty } from '../src/seed/demo.js';
import { count, createUser, signIn, testApp, type Session, type TestApp } from './helpers/app.js';
import { dbEnv, runCli } from './helpers/cli.js';

const SEED = path.resolve(import.meta.dirname, '../src/seed/gusu-2018-work-plan.txt');
const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/work-plans');
const file = (name: string, bytes: Buffer | string) => ({
  fileName: name,
  content: Buffer.from(bytes).toString('base64'),
});
const host = { host: 'localhost' };

describe('work plans over HTTP, on the demo site (the 2018 plan imported and handed out)', () => {
  let t: TestApp;
  let admin: Session;
  let finance: Session;
  let plan: PlanView;
  const departmentId = (short: string) =>
    plan.goals[0]!.tasks[0]!.items[0]!.assignments.find((a) => a.department.endsWith(short))?.departmentId;

  beforeAll(async () => {
    t = await testApp();
    const { siteId } = await seedDemoIfEmpty({ database: t.database, clock: t.clock, config: t.config });
    await createUser(t.services, 'office', [{ siteId: siteId!, role: 'site_admin', departmentId: null }]);
    admin = await signIn(t.app, 'office');
    const list = await t.app.inject({ url: '/api/v1/work-plans', headers: { ...admin.headers, ...host } });
    expect(list.statusCode).toBe(200);
    const [summary] = list.json<{ items: { id: string }[] }>().items;
    plan = (await t.app.inject({ url: `/api/v1/work-plans/${summary!.id}`, headers: admin.headers })).json();
    const financeId = departmentId('财政局')!;
    await createUser(t.services, 'finance-editor', [{ siteId: siteId!, role: 'editor', departmentId: financeId }]);
    finance = await signIn(t.app, 'finance-editor');
  });
  afterAll(() => t.close());

  it('holds the whole plan, every item handed to its departments (groups expanded)', () => {
    const tasks = plan.goals.flatMap((g) => g.tasks);
    const items = tasks.flatMap((x) => x.items);
    expect([plan.year, plan.goals.length, tasks.length, items.length]).toEqual([2018, 3, 11, 39]);
    // 37 items for 区各有关单位 (all 9 departments, leads among them) and 2 for 区各有关主管单位
    // (the 8 government departments; 区联动中心 is a public institution).
    expect(items.reduce((n, i) => n + i.assignments.length, 0)).toBe(37 * 9 + 2 * 8);
    const competent = items.find((i) => i.content.startsWith('年内重点推动教育'))!;
    expect(competent.assignments.map((a) => a.department)).not.toContain('苏州市姑苏区社会综合治理联动中心');
    const threeLeads = items.find((i) => i.content.startsWith('进一步贯彻“放管服”'))!;
    expect(threeLeads.assignments.filter((a) => a.role === 'lead').map((a) => a.department)).toEqual([
      '苏州市姑苏区机构编制委员会办公室',
      '苏州市姑苏区市场监督管理局',
      '苏州市姑苏区行政审批局',
    ]);
  });

  it('reads no file for anyone but the office, and reads a hostile one within limits (issue 13 §2)', async () => {
    const bomb = file('a.html', '<table><tr><td rowspan=100000 colspan=100000>x</td></tr></table>');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/work-plans/preview',
      headers: host,
      payload: bomb,
    });
    expect(anonymous.statusCode).toBe(401);
    const editor = await t.app.inject({
      method: 'POST',
      url: '/api/v1/work-plans/preview',
      headers: { ...finance.headers, ...host },
      payload: bomb,
    });
    expect(editor.statusCode).toBe(403);
    const office = await t.app.inject({
      method: 'POST',
      url: '/api/v1/work-plans/preview',
      headers: { ...admin.headers, ...host },
      payload: bomb,
    });
    // Spans are capped, so it is read at once — and has nothing of a plan in it.
    expect(office.statusCode).toBe(200);
    expect(office.json()).toMatchObject({ plan: { goals: [] } });
  });

  it('previews the HTML and XLSX forms with every name matched, and refuses unknown names', async () => {
    for (const name of ['gusu-2018.html', 'gusu-2018.xlsx']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/work-plans/preview',
        headers: { ...admin.headers, ...host },
        payload: file(name, readFileSync(path.join(FIXTURES, name))),
      });
      expect(res.statusCode, name).toBe(200);
      const body = res.json<{ plan: unknown; names: { name: string; departments: unknown[] }[]; warnings: string[] }>();
      expect(body.plan).toEqual(parsePlanText(readFileSync(SEED, 'utf8')).plan);
      expect(body.names.filter((n) => n.departments.length === 0)).toEqual([]);
      expect(body.warnings).toEqual([]);
    }
    const text = readFileSync(SEED, 'utf8').replace('区联动中心', '区大数据局');
    const before = await count(t.database, 'work_plan_items');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/work-plans',
      headers: { ...admin.headers, ...host },
      payload: file('plan.txt', text),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: { code: 'PLAN_UNKNOWN_DEPARTMENTS', details: [{ message: '区大数据局' }] },
    });
    expect(await count(t.database, 'work_plan_items')).toBe(before);
    // A department's editor may not import.
    const denied = await t.app.inject({
      method: 'POST',
      url: '/api/v1/work-plans',
      headers: { ...finance.headers, ...host },
      payload: file('plan.txt', readFileSync(SEED)),
    });
    expect(denied.statusCode).toBe(403);
  });

  it('lets a department report with evidence, and shows only accepted, public evidence on the public page', async () => {
    const work = await t.app.inject({ url: '/api/v1/work-plans/my-work', headers: { ...finance.headers, ...host } });
    const items = work.json<{ items: { assignment: { id: string; role: string }; content: string }[] }>().items;
    // Finance is on every item: the 37 for all departments and the 2 for the competent ones.
    expect(items).toHaveLength(39);
    const lead = items.find((i) => i.assignment.role === 'lead')!;
    expect(lead.content).toMatch(/^财政预决算领域/);
    const reported = await t.app.inject({
      method: 'POST',
      url: `/api/v1/work-plan-assignments/${lead.assignment.id}/reports`,
      headers: finance.headers,
      payload: {
        state: 'in_progress',
        progress: 40,
        text: '已公开区级预算和 12 个部门预算',
        evidence: [
          { title: '2018年区级预算', url: 'https://www.example.gov.cn/ys2018' },
          { title: '未公开的草稿', url: '/documents/00000000-0000-4000-8000-000000000000' },
        ],
      },
    });
    expect(reported.statusCode).toBe(201);
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/work-plan-assignments/${lead.assignment.id}/reports`,
      headers: finance.headers,
      payload: { state: 'done', progress: 100, text: '完成', evidence: [{ title: 'x', url: 'javascript:alert(1)' }] },
    });
    expect(bad.statusCode).toBe(400);
    // Evidence titles are public once accepted: they pass the checks before publication.
    const personal = await t.app.inject({
      method: 'POST',
      url: `/api/v1/work-plan-assignments/${lead.assignment.id}/reports`,
      headers: finance.headers,
      payload: {
        state: 'done',
        progress: 100,
        text: '完成',
        evidence: [{ title: '对张三（身份证号110101199003074514）的处罚决定', url: '/documents/x' }],
      },
    });
    expect(personal.json()).toMatchObject({ error: { code: 'PUBLICATION_FINDINGS' } });
    // Finance leads this item: its own report goes to the office, not to itself.
    const queue = await t.app.inject({
      url: '/api/v1/progress-reports/pending',
      headers: { ...finance.headers, ...host },
    });
    expect(queue.json<{ items: unknown[] }>().items).toEqual([]);
    const officeQueue = await t.app.inject({
      url: '/api/v1/progress-reports/pending',
      headers: { ...admin.headers, ...host },
    });
    const [pending] = officeQueue.json<{ items: { id: string; department: string }[] }>().items;
    expect(pending).toMatchObject({ department: '苏州市姑苏区财政局' });

    let page = await t.app.inject({ url: `/work-plans/${plan.id}`, headers: host });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('ys2018');
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/progress-reports/${pending!.id}/review`,
      headers: admin.headers,
      payload: { decision: 'accept' },
    });
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    page = await t.app.inject({ url: `/work-plans/${plan.id}`, headers: host });
    expect(page.body).toContain('https://www.example.gov.cn/ys2018');
    expect(page.body).not.toContain('未公开的草稿');
    expect(page.body).toContain('财政预决算领域要贯彻落实好国家、省、市最新部署');
    expect((page.body.match(/<tr>/g) ?? []).length).toBe(39 + 11);
    const index = await t.app.inject({ url: '/work-plans', headers: host });
    expect(index.body).toContain('姑苏区2018年政务公开工作要点实施方案');
    // The same for integrators, as JSON without signing in.
    const json = await t.app.inject({ url: `/api/v1/public/work-plans/${plan.id}`, headers: host });
    const evidence = json
      .json<PlanView>()
      .goals.flatMap((g) => g.tasks.flatMap((x) => x.items.flatMap((i) => i.evidence)));
    expect(evidence).toEqual([{ title: '2018年区级预算', url: 'https://www.example.gov.cn/ys2018' }]);
    const listed = await t.app.inject({ url: '/api/v1/public/work-plans', headers: host });
    expect(listed.json<{ items: { id: string }[] }>().items.map((p) => p.id)).toEqual([plan.id]);
  });

  it('exports the assessment sheet, for the office only', async () => {
    const denied = await t.app.inject({ url: `/api/v1/work-plans/${plan.id}/assessment`, headers: finance.headers });
    expect(denied.statusCode).toBe(403);
    const res = await t.app.inject({ url: `/api/v1/work-plans/${plan.id}/assessment/xlsx`, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('姑苏区2018年政务公开工作要点实施方案考核表');
    expect(sheet.getCell('A2').value).toBe('单位');
    // One row per department with work: all nine.
    expect(sheet.actualRowCount).toBe(2 + 9);
  });

  it('exports the progress sheet with each department’s last accepted report, for the office only', async () => {
    const url = `/api/v1/work-plans/${plan.id}/progress/xlsx`;
    expect((await t.app.inject({ url, headers: finance.headers })).statusCode).toBe(403);
    const res = await t.app.inject({ url, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    const title = '姑苏区2018年政务公开工作要点实施方案落实情况表';
    expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(title)}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe(title);
    // Title, header, then one row per item.
    expect(sheet.actualRowCount).toBe(2 + 39);
    const rows = Array.from({ length: 39 }, (_, i) => sheet.getRow(i + 3));
    const budget = rows.find((r) => r.getCell(3).text.startsWith('财政预决算领域'))!;
    expect([budget.getCell(1).value, budget.getCell(2).value]).toEqual([
      '一、高质量推进政务发布解读回应工作',
      '(二)抓好重点领域公开任务的贯彻落实',
    ]);
    // The 2018 plan's dates have long passed; finance's accepted 40 % over the item's nine shares.
    expect([budget.getCell(6).value, budget.getCell(7).value, budget.getCell(8).value]).toEqual([
      '2018-12-31',
      '已逾期',
      4.4,
    ]);
    const shares = budget.getCell(9).text.split('\n');
    expect(shares).toHaveLength(9);
    expect(shares[0]).toBe('苏州市姑苏区财政局（牵头）：推进中 40%，2026-03-02报送：已公开区级预算和 12 个部门预算');
    expect(shares.slice(1).every((s) => s.endsWith('未开始 0%，尚无采纳的进展'))).toBe(true);
    expect(budget.getCell(10).text).toContain('2018年区级预算 https://www.example.gov.cn/ys2018');
  });

  it('lists first in a department’s work what needs it to act: here a returned report', async () => {
    type Work = { assignment: { id: string }; latestReport: { status: string } | null };
    const work = async () =>
      (await t.app.inject({ url: '/api/v1/work-plans/my-work', headers: { ...finance.headers, ...host } })).json<{
        items: Work[];
      }>().items;
    const last = (await work()).at(-1)!;
    const reported = await t.app.inject({
      method: 'POST',
      url: `/api/v1/work-plan-assignments/${last.assignment.id}/reports`,
      headers: finance.headers,
      payload: { state: 'in_progress', progress: 10, text: '正在梳理', evidence: [] },
    });
    expect(reported.statusCode).toBe(201);
    const returned = await t.app.inject({
      method: 'POST',
      url: `/api/v1/progress-reports/${reported.json<{ id: string }>().id}/review`,
      headers: admin.headers,
      payload: { decision: 'return', note: '请写明梳理的范围' },
    });
    expect(returned.statusCode).toBe(200);
    const [first, second] = await work();
    expect(first).toMatchObject({ assignment: { id: last.assignment.id }, latestReport: { status: 'returned' } });
    expect(second?.latestReport?.status).not.toBe('returned');
  });

  it('links the plan to its published document, drafts a new one, and deletes only an unreported plan', async () => {
    const page = await t.app.inject({ url: `/work-plans/${plan.id}`, headers: host });
    // The plan links the document at its dated address (/art/YYYY/MM/DD/<id>.html).
    const link = new RegExp(
      `<a href="(/art/\\d{4}/\\d{2}/\\d{2}/${plan.documentId}\\.html)">查看工作要点原文</a>`,
    ).exec(page.body);
    expect(link, page.body).not.toBeNull();
    const document = await t.app.inject({ url: link![1]!, headers: host });
    expect(document.statusCode).toBe(200);
    expect(document.body).toContain('依托“江苏12345在线”平台');

    const xlsx = file('gusu-2018.xlsx', readFileSync(path.join(FIXTURES, 'gusu-2018.xlsx')));
    const twice = await t.app.inject({
      method: 'POST',
      url: '/api/v1/work-plans',
      headers: { ...admin.headers, ...host },
      payload: xlsx,
    });
    expect(twice.json()).toMatchObject({ error: { code: 'PLAN_EXISTS' } });
    const revised = readFileSync(SEED, 'utf8').replace('工作要点实施方案', '工作要点实施方案（修订）');
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/work-plans',
      headers: { ...admin.headers, ...host },
      payload: { ...file('revised.txt', revised), dueOn: '2026-12-31' },
    });
    expect(imported.statusCode).toBe(201);
    const copy = imported.json<{ id: string; items: number }>();
    expect(copy.items).toBe(39);
    const drafted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/work-plans/${copy.id}/document`,
      headers: admin.headers,
      payload: { departmentId: departmentId('党政办公室') },
    });
    expect(drafted.statusCode).toBe(201);
    const draft = await t.services.documents.get(systemActor('测试'), drafted.json<{ id: string }>().id);
    expect(draft.status).toBe('draft');
    expect(draft.latest.content.bodyHtml).toContain('<td colspan="2">区各有关单位</td>');
    const reread = await readPlan(
      Buffer.from(`<h1>${draft.latest.content.title}</h1>${draft.latest.content.bodyHtml}`),
      'x.html',
    );
    expect(reread.plan).toEqual(parsePlanText(revised).plan);

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/work-plans/${copy.id}`,
      headers: admin.headers,
    });
    expect(deleted.json()).toEqual({ ok: true });
    expect((await t.app.inject({ url: `/api/v1/work-plans/${copy.id}`, headers: admin.headers })).statusCode).toBe(404);
    const refused = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/work-plans/${plan.id}`,
      headers: admin.headers,
    });
    expect(refused.json()).toMatchObject({ error: { code: 'PLAN_IN_USE' } });
  });

  it('hides a plan taken off the portal', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/work-plans/${plan.id}/publication`,
      headers: admin.headers,
      payload: { published: false, documentId: null, reportEveryDays: 30 },
    });
    expect(res.json()).toEqual({ id: plan.id, published: false });
    expect((await t.app.inject({ url: `/work-plans/${plan.id}`, headers: host })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/public/work-plans/${plan.id}`, headers: host })).statusCode).toBe(404);
  });

  it('imports from the command line, refusing a plan the site already has', async () => {
    const again = await runCli(['plan', 'import', SEED], dbEnv(t.database));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('本站点已有同名的工作要点');
    const file = path.join(t.database.dataDir, '2019.txt');
    writeFileSync(file, readFileSync(SEED, 'utf8').replace('2018年政务公开', '2019年政务公开'));
    const res = await runCli(['plan', 'import', file, '--json'], dbEnv(t.database));
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({
      title: '姑苏区2019年政务公开工作要点实施方案',
      year: 2019,
      goals: 3,
      tasks: 11,
      items: 39,
    });
  });

  it('prints the parsed plan from the command line without saving it', async () => {
    const before = await count(t.database, 'work_plans');
    const res = await runCli(['plan', 'import', SEED, '--dry-run', '--json'], dbEnv(t.database));
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual(parsePlanText(readFileSync(SEED, 'utf8')).plan);
    expect(await count(t.database, 'work_plans')).toBe(before);
  });

  it('shows a share’s reports only to its department, the item’s lead department and the office (issue 13 §7)', async () => {
    const work = await t.app.inject({ url: '/api/v1/work-plans/my-work', headers: { ...finance.headers, ...host } });
    const items = work.json<{ items: { assignment: { id: string; role: string }; content: string }[] }>().items;
    const share = items.find((i) => i.assignment.role === 'responsible' && i.content.startsWith('政府实事项目'))!;
    const report = await t.app.inject({
      method: 'POST',
      url: `/api/v1/work-plan-assignments/${share.assignment.id}/reports`,
      headers: finance.headers,
      payload: { state: 'in_progress', progress: 10, text: '未审核的内部进展', evidence: [] },
    });
    expect(report.statusCode).toBe(201);
    const [site] = await t.services.sites.list(systemActor());
    const siteId = site!.id;
    const as = async (account: string, short: string, role: 'editor' | 'reviewer' | 'auditor') => {
      await createUser(t.services, account, [{ siteId, role, departmentId: departmentId(short)! }]);
      return signIn(t.app, account);
    };
    // 发改局 leads this item; 编委办 is only another responsible department.
    const lead = await as('drc-reviewer', '发展和改革局', 'reviewer');
    const other = await as('org-editor', '机构编制委员会办公室', 'editor');
    const otherAuditor = await as('org-auditor', '机构编制委员会办公室', 'auditor');
    const read = (s: Session) =>
      t.app.inject({ url: `/api/v1/work-plan-assignments/${share.assignment.id}/reports`, headers: s.headers });
    for (const s of [finance, lead, admin]) {
      const res = await read(s);
      expect(res.statusCode).toBe(200);
      expect(res.json<{ items: { text: string }[] }>().items.map((r) => r.text)).toContain('未审核的内部进展');
    }
    for (const s of [other, otherAuditor]) {
      const res = await read(s);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('未审核的内部进展');
    }
  });
});
