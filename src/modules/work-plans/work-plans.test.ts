import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor, type Role } from '../../platform/auth/actor.js';
import { count, testApp, type TestApp } from '../../../test/helpers/app.js';
import { documentContent } from '../../../test/helpers/documents.js';
import { requestBody } from '../../../test/helpers/requests.js';
import { parsePlanText } from './work-plans.parse.js';
import type { PlanView, ReportInput } from './work-plans.service.js';

/**
 * A scripted year on a small plan: import, assign, report, return, accept, a missed deadline —
 * and the roll-up, reminders and assessment worked out by hand alongside.
 */
const PLAN = `中国政府网
当前位置: 首页>政务公开
某区2026年政务公开工作要点
目标
任务
主要内容
牵头单位
责任单位
一、
做好重点领域公开
(一)
公开财政信息
公开预决算。
区财政局
区审计局
公开审计结果。
区各有关单位
(二)
建好政府网站
完成网站集约化迁移。
区党政办
区审计局
扫一扫在手机打开当前页`;

const office = systemActor('公开办');
const day = (t: TestApp, date: string) => t.clock.set(new Date(`${date}T02:00:00.000Z`));
const staff = (siteId: string, departmentId: string, role: Role): Actor => ({
  userId: null,
  name: `${role}@${departmentId}`,
  isPlatformAdmin: false,
  grants: [{ siteId, role, departmentId }],
  ip: '',
});
const items = (v: PlanView) => v.goals.flatMap((g) => g.tasks.flatMap((t) => t.items));

describe('a year of a work plan', () => {
  let t: TestApp;
  let siteId: string;
  const d: Record<'office' | 'finance' | 'audit', string> = { office: '', finance: '', audit: '' };
  let planId: string;
  let item: (n: 0 | 1 | 2) => ReturnType<typeof items>[number];
  let assignment: (n: 0 | 1 | 2, department: string) => string;
  const report = (
    department: string,
    a: string,
    input: Partial<ReportInput> & Pick<ReportInput, 'state' | 'progress'>,
  ) =>
    t.services.workPlans.report(staff(siteId, department, 'editor'), a, { text: '按计划推进', evidence: [], ...input });

  beforeAll(async () => {
    t = await testApp();
    const site = await t.services.sites.create(office, {
      name: '某区人民政府',
      siteCode: '3205089901',
      sponsor: '某区人民政府办公室',
      orgCode: '',
      address: '',
      phone: '',
      email: 'gongkai@example.gov.cn',
      icpNo: '',
      policeFilingNo: '',
      indexNoTemplate: '{orgCode}/{yyyy}-{seq:05}',
      hosts: ['plan.test'],
    });
    siteId = site.id;
    const create = async (name: string, shortName: string) =>
      (
        await t.services.departments.create(office, siteId, {
          parentId: null,
          name,
          shortName,
          code: null,
          kind: 'government',
          phone: '',
          fax: '',
          email: `${shortName || name}@example.gov.cn`,
          address: '',
          officeHours: '',
          sortOrder: 0,
        })
      ).id;
    d.office = await create('某区人民政府办公室', '');
    d.finance = await create('某区财政局', '区财政局');
    d.audit = await create('某区审计局', '');
  });
  afterAll(() => t.close());

  it('refuses a plan naming departments the site does not know, and writes nothing', async () => {
    day(t, '2026-03-02');
    const { plan } = parsePlanText(PLAN);
    await expect(t.services.workPlans.importPlan(office, siteId, plan)).rejects.toMatchObject({
      code: 'PLAN_UNKNOWN_DEPARTMENTS',
      details: [
        { field: 'department', message: '区审计局' },
        { field: 'department', message: '区党政办' },
      ],
    });
    expect(await count(t.database, 'work_plans')).toBe(0);
    expect(await count(t.database, 'work_plan_items')).toBe(0);
  });

  it('imports once the office has given the plan’s names as aliases, and hands the items out', async () => {
    await t.services.workPlans.addAlias(office, siteId, { alias: '区审计局', departmentId: d.audit });
    await t.services.workPlans.addAlias(office, siteId, { alias: '区党政办', departmentId: d.office });
    await expect(
      t.services.workPlans.addAlias(office, siteId, { alias: '区党政办', departmentId: d.audit }),
    ).rejects.toMatchObject({ code: 'PLAN_ALIAS_TAKEN' });
    const { plan } = parsePlanText(PLAN);
    const summary = await t.services.workPlans.importPlan(office, siteId, plan);
    expect(summary).toMatchObject({ title: '某区2026年政务公开工作要点', year: 2026, goals: 1, tasks: 2, items: 3 });
    planId = summary.id;
    // i1: lead finance + audit; i2: 区各有关单位 = all three; i3: lead office + audit.
    expect(await t.services.workPlans.assign(office, planId)).toEqual({ created: 7 });
    expect(await t.services.workPlans.assign(office, planId)).toEqual({ created: 0 });

    const view = await t.services.workPlans.get(office, planId);
    item = (n) => items(view)[n]!;
    assignment = (n, department) => item(n).assignments.find((a) => a.departmentId === department)!.id;
    expect(item(0).assignments.map((a) => [a.departmentId, a.role])).toEqual([
      [d.finance, 'lead'],
      [d.audit, 'responsible'],
    ]);
    expect(
      item(1)
        .assignments.map((a) => a.departmentId)
        .sort(),
    ).toEqual(Object.values(d).sort());
    expect(item(0).dueOn).toBe('2026-12-31');

    // The website item is due mid-year with a milestone (half done by 05-15); the second item
    // weighs four times the first.
    await t.services.workPlans.updateItem(office, item(2).id, {
      dueOn: '2026-06-30',
      milestones: [{ title: '完成数据迁移', dueOn: '2026-05-15', progress: 50 }],
      weight: 1,
      lead: [d.office],
      responsible: [d.audit],
    });
    await t.services.workPlans.updateItem(office, item(1).id, {
      dueOn: '2026-12-31',
      milestones: [],
      weight: 4,
      lead: [],
      responsible: [d.office, d.finance, d.audit],
    });
    await expect(
      t.services.workPlans.updateItem(office, item(2).id, {
        dueOn: '2026-06-30',
        milestones: [{ title: '迟于期限的节点', dueOn: '2026-07-15' }],
        weight: 1,
        lead: [d.office],
        responsible: [d.audit],
      }),
    ).rejects.toMatchObject({ code: 'PLAN_ITEM_INVALID' });
    await expect(
      t.services.workPlans.updateItem(office, item(2).id, {
        dueOn: '2026-06-30',
        milestones: [{ title: '进度超过百分之百', dueOn: '2026-05-15', progress: 120 }],
        weight: 1,
        lead: [d.office],
        responsible: [d.audit],
      }),
    ).rejects.toMatchObject({ code: 'PLAN_ITEM_INVALID' });
    expect(await t.services.workPlans.remind()).toBe(0);
  });

  it('takes reports, lets the lead department return and accept them, and rolls progress up', async () => {
    day(t, '2026-03-10');
    const financeReviewer = staff(siteId, d.finance, 'reviewer');
    const r1 = await report(d.audit, assignment(0, d.audit), {
      state: 'in_progress',
      progress: 50,
      evidence: [{ title: '2026年预算公开', url: '/documents/none' }],
    });
    await expect(report(d.audit, assignment(0, d.audit), { state: 'in_progress', progress: 60 })).rejects.toMatchObject(
      {
        code: 'PLAN_REPORT_PENDING',
      },
    );
    // Another department's share, or a report its own department would review: refused.
    await expect(
      report(d.finance, assignment(0, d.audit), { state: 'in_progress', progress: 60 }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      t.services.workPlans.review(staff(siteId, d.audit, 'reviewer'), r1.id, { decision: 'accept', note: '' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await t.services.workPlans.review(financeReviewer, r1.id, { decision: 'accept', note: '' });

    // No lead on item 2: only the office reviews.
    const r2 = await report(d.audit, assignment(1, d.audit), { state: 'done', progress: 100 });
    await expect(
      t.services.workPlans.review(financeReviewer, r2.id, { decision: 'accept', note: '' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await t.services.workPlans.review(office, r2.id, { decision: 'accept', note: '' });

    await expect(report(d.audit, assignment(0, d.audit), { state: 'done', progress: 80 })).rejects.toMatchObject({
      code: 'PLAN_REPORT_INVALID',
    });
    day(t, '2026-03-20');
    const r3 = await report(d.audit, assignment(0, d.audit), { state: 'done', progress: 100 });
    await expect(
      t.services.workPlans.review(financeReviewer, r3.id, { decision: 'return', note: ' ' }),
    ).rejects.toMatchObject({
      code: 'PLAN_RETURN_REASON_REQUIRED',
    });
    await t.services.workPlans.review(financeReviewer, r3.id, { decision: 'return', note: '缺少公开网址' });
    // Audit is told by mail, with the reason (one job, for this return only).
    const returned = await t.database.db
      .selectFrom('jobs')
      .select('payload_json')
      .where('kind', '=', 'work_plan.report_returned')
      .execute();
    expect(returned.map((j) => JSON.parse(j.payload_json) as unknown)).toEqual([{ reportId: r3.id }]);
    const mail = await t.services.workPlans.returnMail({ reportId: r3.id });
    expect(mail?.to).toEqual(['某区审计局@example.gov.cn']);
    expect(mail?.text).toContain('贵单位2026-03-20报送的进展被退回');
    expect(mail?.text).toContain('退回理由：缺少公开网址');
    // An accepted report is not mailed about.
    expect(await t.services.workPlans.returnMail({ reportId: r2.id })).toBeNull();
    await expect(
      t.services.workPlans.review(financeReviewer, r3.id, { decision: 'accept', note: '' }),
    ).rejects.toMatchObject({
      code: 'PLAN_REPORT_REVIEWED',
    });
    day(t, '2026-03-21');
    const r4 = await report(d.audit, assignment(0, d.audit), {
      state: 'done',
      progress: 100,
      evidence: [{ title: '预决算公开专栏', url: 'https://www.example.gov.cn/yjs' }],
    });
    expect(await t.services.workPlans.reviewQueue(financeReviewer, siteId)).toMatchObject([{ id: r4.id }]);
    expect(await t.services.workPlans.reviewQueue(staff(siteId, d.audit, 'reviewer'), siteId)).toEqual([]);
    await t.services.workPlans.review(financeReviewer, r4.id, { decision: 'accept', note: '' });

    day(t, '2026-04-01');
    const view = await t.services.workPlans.get(office, planId);
    // i1: finance 0, audit 100 → 50; i2: 0, 0, 100 → 33.3; task (一): (50×1 + 33.3×4) / 5 = 36.6;
    // task (二): 0; goal and plan: (36.6 + 0) / 2 = 18.3.
    expect(items(view).map((i) => [i.state, i.progress])).toEqual([
      ['in_progress', 50],
      ['in_progress', 33.3],
      ['not_started', 0],
    ]);
    expect(view.goals[0]!.tasks.map((x) => x.progress)).toEqual([36.6, 0]);
    expect([view.goals[0]!.progress, view.progress]).toEqual([18.3, 18.3]);
    // Evidence from accepted reports only (the returned report's is not there).
    expect(items(view)[0]!.evidence.map((e) => e.url)).toEqual(['/documents/none', 'https://www.example.gov.cn/yjs']);
  });

  it('chases silence, coming dates and missed deadlines', async () => {
    const remindOn = async (date: string) => {
      day(t, date);
      return t.services.workPlans.remind();
    };
    // 30 days without a report: every share not done (finance i1, office and finance i2, both on i3).
    expect(await remindOn('2026-04-01')).toBe(5);
    expect(await remindOn('2026-04-02')).toBe(0);
    // The milestone on 05-15 is a week away (i3 twice), and three shares silent again since 04-01.
    expect(await remindOn('2026-05-08')).toBe(5);
    expect(await remindOn('2026-05-09')).toBe(0);
    day(t, '2026-05-10');
    const r = await report(d.office, assignment(2, d.office), { state: 'in_progress', progress: 60 });
    await t.services.workPlans.review(office, r.id, { decision: 'accept', note: '' });
    // Each department sees its last reminder beside its work, until it reports.
    const chased = async (department: string, n: 0 | 1 | 2) =>
      (await t.services.workPlans.myWork(staff(siteId, department, 'editor'), siteId)).find(
        (w) => w.assignment.id === assignment(n, department),
      )?.latestReminder;
    expect(await chased(d.finance, 0)).toEqual({ kind: 'unreported', sentOn: '2026-05-08', note: null });
    expect(await chased(d.audit, 2)).toEqual({ kind: 'due_soon', sentOn: '2026-05-08', note: null });
    expect(await chased(d.office, 2)).toBeNull();
    // The item's own date (06-30) is near for the office; audit, still at 0 %, missed the milestone's
    // 50 % (节点滞后, said once); the three silent shares are chased again.
    expect(await remindOn('2026-06-25')).toBe(5);
    expect(await chased(d.audit, 2)).toEqual({ kind: 'lagging', sentOn: '2026-06-25', note: null });
    expect(await chased(d.office, 2)).toEqual({ kind: 'due_soon', sentOn: '2026-06-25', note: null });
    const lagging = items(await t.services.workPlans.get(office, planId))[2]!;
    expect([lagging.lagging, ...lagging.assignments.map((a) => [a.departmentId, a.lagging])]).toEqual([
      true,
      [d.office, false],
      [d.audit, true],
    ]);
    const sheet = await t.services.workPlans.assessment(office, planId);
    expect(sheet.find((r) => r.departmentId === d.audit)).toMatchObject({ overdueNow: 0, laggingNow: 1 });
    expect(sheet.find((r) => r.departmentId === d.office)).toMatchObject({ overdueNow: 0, laggingNow: 0 });
    // Missed: i3 is overdue for both its departments, and again a week later (督办, copied to the office).
    expect(await remindOn('2026-07-01')).toBe(2);
    expect(await remindOn('2026-07-05')).toBe(0);
    expect(await remindOn('2026-07-08')).toBe(2);
    expect(await chased(d.audit, 2)).toEqual({ kind: 'escalation', sentOn: '2026-07-08', note: null });

    // The office urges finance by hand: once a day, with its words, mailed to finance alone and
    // shown beside finance's work.
    day(t, '2026-07-09');
    const note = '请于 7 月 20 日前报送预算公开进展';
    const urge = (actor: Actor, words: string) =>
      t.services.workPlans.urge(actor, assignment(1, d.finance), { note: words });
    await expect(urge(staff(siteId, d.finance, 'reviewer'), note)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(urge(office, ' ')).rejects.toMatchObject({ code: 'PLAN_URGE_INVALID' });
    await expect(urge(office, note)).resolves.toEqual({ sentOn: '2026-07-09' });
    await expect(urge(office, '再次催办')).rejects.toMatchObject({ code: 'PLAN_URGED_TODAY' });
    // A share already done is not urged.
    await expect(t.services.workPlans.urge(office, assignment(0, d.audit), { note: '请报送' })).rejects.toMatchObject({
      code: 'PLAN_URGE_INVALID',
    });
    expect(await chased(d.finance, 1)).toEqual({ kind: 'urged', sentOn: '2026-07-09', note });
    const audited = await t.database.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'work_plan.urge')
      .execute();
    expect(audited).toEqual([{ entity_id: assignment(1, d.finance) }]);
    const jobs = await t.database.db
      .selectFrom('jobs')
      .select('payload_json')
      .where('kind', '=', 'work_plan.reminder')
      .where('payload_json', 'like', '%urged%')
      .execute();
    expect(jobs.map((j) => JSON.parse(j.payload_json) as unknown)).toEqual([
      { assignmentId: assignment(1, d.finance), kind: 'urged', note },
    ]);
    const urged = await t.services.workPlans.reminderMail({
      assignmentId: assignment(1, d.finance),
      kind: 'urged',
      note,
    });
    expect(urged?.to).toHaveLength(1);
    expect(urged?.to[0]).toMatch(/财政局@example\.gov\.cn$/);
    expect(urged?.text).toContain(`的工作事项催办：${note}`);
    const mail = await t.services.workPlans.reminderMail({ assignmentId: assignment(2, d.audit), kind: 'escalation' });
    expect(mail).toMatchObject({ to: ['某区审计局@example.gov.cn', 'gongkai@example.gov.cn'] });
    expect(mail?.subject).toContain('已逾期');
    expect(mail?.text).toContain('完成期限：2026-06-30；节点：2026-05-15 完成数据迁移（应达 50%）');

    // Audit reports late on the website item; the office department, its lead, does not review
    // it. After three days the lead is reminded, once a day. (The report is still waiting at year end.)
    await report(d.audit, assignment(2, d.audit), { state: 'in_progress', progress: 30 });
    expect(await t.services.workPlans.remindReviewers()).toBe(0);
    day(t, '2026-07-12');
    expect(await t.services.workPlans.remindReviewers()).toBe(1);
    expect(await t.services.workPlans.remindReviewers()).toBe(0);
    const [queued] = await t.database.db
      .selectFrom('jobs')
      .select('payload_json')
      .where('kind', '=', 'work_plan.review_reminder')
      .execute();
    const review = await t.services.workPlans.reviewMail(JSON.parse(queued!.payload_json));
    expect(review?.to).toEqual(['某区人民政府办公室@example.gov.cn']);
    expect(review?.subject).toBe('工作要点进展待审核：1 条');
    expect(review?.text).toContain(
      '1. 某区审计局 2026-07-09 报送（《某区2026年政务公开工作要点》）：完成网站集约化迁移。',
    );
    // For the office (leads' reports, items without a lead) the list goes to the site's mailbox.
    const forOffice = await t.services.workPlans.reviewMail({
      ...(JSON.parse(queued!.payload_json) as object),
      departmentId: null,
    });
    expect([forOffice?.to, forOffice?.text.split('\n')[0]]).toEqual([['gongkai@example.gov.cn'], '政务公开办：']);
  });

  it('scores every department at the year end, with the office’s own marks', async () => {
    const finish = async (date: string, department: string, a: string) => {
      day(t, date);
      const r = await report(department, a, { state: 'done', progress: 100 });
      await t.services.workPlans.review(office, r.id, { decision: 'accept', note: '' });
    };
    await finish('2026-07-10', d.finance, assignment(0, d.finance));
    await finish('2026-07-10', d.office, assignment(1, d.office));
    await finish('2026-07-15', d.office, assignment(2, d.office));
    await finish('2026-11-30', d.finance, assignment(1, d.finance));
    await expect(
      t.services.workPlans.setMark(office, planId, d.finance, { adjustment: -5, note: '' }),
    ).rejects.toMatchObject({ code: 'PLAN_MARK_INVALID' });
    await t.services.workPlans.setMark(office, planId, d.finance, { adjustment: -5, note: '报送材料多次催要' });

    // What other modules know of the year: audit replied to two disclosure requests, one of them
    // after the 20 working days; finance issued a 规范性文件 without an interpretation.
    day(t, '2026-11-30');
    for (const repliedOn of ['2026-08-10', '2026-10-30']) {
      const { id } = await t.services.requests.register(
        office,
        siteId,
        requestBody({ departmentId: d.audit, receivedOn: '2026-08-03', infoTitle: '审计报告' }),
      );
      await t.services.requests.addEvent(office, id, {
        type: 'replied',
        on: repliedOn,
        outcome: 'disclosed',
        note: '',
      });
    }
    await t.services.documents.importPublished(office, siteId, {
      departmentId: d.finance,
      content: documentContent({
        title: '某区财政专项资金管理办法',
        documentKind: 'normative',
        bodyHtml: '<p>第一条</p>',
      }),
      publishedAt: '2026-09-01T02:00:00.000Z',
      indexNo: null,
    });
    // The office's 2026 规章 has its interpretation; its other one came out on 2025-12-31 (China
    // time, 23:00) and belongs to the year before.
    const policy = (published: string, title: string) =>
      t.services.documents.importPublished(office, siteId, {
        departmentId: d.office,
        content: documentContent({ title, documentKind: 'rule', bodyHtml: '<p>第一条</p>' }),
        publishedAt: published,
        indexNo: null,
      });
    const rule = await policy('2026-03-01T02:00:00.000Z', '某区政府信息公开规定');
    await policy('2025-12-31T15:00:00.000Z', '某区公共资源交易管理规定');
    await t.services.documents.importPublished(office, siteId, {
      departmentId: d.office,
      content: documentContent({
        title: '《某区政府信息公开规定》解读',
        interpretsId: rule!.id,
        bodyHtml: '<p>解读</p>',
      }),
      publishedAt: '2026-03-02T02:00:00.000Z',
      indexNo: null,
    });

    day(t, '2027-01-05');
    const view = await t.services.workPlans.get(office, planId);
    // i3: office done, audit never reported → 50, overdue.
    expect(items(view).map((i) => [i.state, i.progress])).toEqual([
      ['done', 100],
      ['done', 100],
      ['overdue', 50],
    ]);
    expect(view.progress).toBe(75);
    expect(view.counts).toEqual({ not_started: 0, in_progress: 0, done: 2, overdue: 1 });
    // The website task weighs three times the first: (100 × 1 + 50 × 3) / 4.
    const weighted = await t.services.workPlans.setWeights(office, planId, {
      goals: [],
      tasks: [{ id: view.goals[0]!.tasks[1]!.id, weight: 3 }],
    });
    expect(weighted.progress).toBe(62.5);
    await expect(
      t.services.workPlans.setWeights(office, planId, { goals: [{ id: item(0).id, weight: 2 }], tasks: [] }),
    ).rejects.toMatchObject({ code: 'PLAN_ITEM_INVALID' });

    const sheet = await t.services.workPlans.assessment(office, planId);
    const row = (id: string) => sheet.find((r) => r.departmentId === id)!;
    // Finance: both shares done on time, 2 reports accepted, reminded 7 times (once by the office),
    // its one policy not interpreted: 50 + 20 + 20 + 0 − 5.
    expect(row(d.finance)).toMatchObject({
      assigned: 2,
      done: 2,
      doneOnTime: 2,
      reportsAccepted: 2,
      reportsReturned: 0,
      reminders: 7,
      policies: 1,
      policiesInterpreted: 0,
    });
    expect(row(d.finance).score).toEqual({
      plan: 50,
      reports: 20,
      requests: 20,
      interpretations: 0,
      adjustment: -5,
      total: 85,
    });
    // Office: i2 on time, i3 late (07-15 after 06-30); 3 reports accepted; 8 reminders.
    // Its one 2026 policy interpreted: the full 10.
    expect(row(d.office)).toMatchObject({
      assigned: 2,
      done: 2,
      doneOnTime: 1,
      reportsAccepted: 3,
      reminders: 8,
      policies: 1,
      policiesInterpreted: 1,
    });
    expect(row(d.office).score.total).toBe(75);
    // Audit: 2 of 3 on time, 3 accepted and 1 returned, 5 reminders, 1 of 2 requests on time:
    // 33.3 + 15 + 10 + 10.
    expect(row(d.audit)).toMatchObject({
      assigned: 3,
      done: 2,
      doneOnTime: 2,
      reportsAccepted: 3,
      reportsReturned: 1,
      reminders: 5,
      requestsReplied: 2,
      requestsOnTime: 1,
    });
    expect(row(d.audit).score.total).toBe(68.3);
    // Today audit's website share is overdue and silent since it was handed out.
    // Audit's website share is overdue now, which says more than lagging behind its milestone.
    expect(row(d.audit)).toMatchObject({ overdueNow: 1, laggingNow: 0, silentNow: 1 });
    expect(row(d.finance)).toMatchObject({ overdueNow: 0, silentNow: 0 });
    expect(sheet.map((r) => r.departmentId)).toEqual([d.finance, d.office, d.audit]);
  });
});
