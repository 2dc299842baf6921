import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlanText } from '../src/modules/work-plans/work-plans.parse.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { createMailer, type Mail } from '../src/platform/mail/mailer.js';
import { count, testAppWithAdmin, type TestApp, type World } from './helpers/app.js';
import { requestBody } from './helpers/requests.js';

/**
 * Issue 4 §7: reminders by e-mail through the job system; logged when no SMTP server is set. Also
 * issue 7's work-plan mails (a returned report, the office's 催办) through the same queue.
 */
let t: TestApp;
let w: World;
let smtp: SMTPServer;
const received: { to: string[]; data: string }[] = [];
const actor = systemActor('测试');

beforeAll(async () => {
  // A real SMTP server on a random port receives what the platform sends.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks).toString() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  ({ t, w } = await testAppWithAdmin({
    GONGKAI_SMTP_URL: `smtp://127.0.0.1:${port}`,
    GONGKAI_MAIL_FROM: 'gongkai@example.gov.cn',
  }));
  const dept = await t.services.departments.get(w.deptA);
  await t.services.departments.update(actor, w.deptA, {
    parentId: dept.parentId,
    name: dept.name,
    shortName: dept.shortName,
    code: dept.code,
    kind: dept.kind,
    phone: dept.phone,
    fax: dept.fax,
    email: 'gongkai@jiaju.example.gov.cn',
    address: dept.address,
    officeHours: dept.officeHours,
    sortOrder: dept.sortOrder,
  });
  t.clock.set(new Date('2026-03-16T02:00:00.000Z'));
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(resolve));
});

async function register(receivedOn: string, infoTitle: string) {
  return t.services.requests.register(actor, w.siteId, requestBody({ departmentId: w.deptA, receivedOn, infoTitle }));
}

describe('deadline reminders', () => {
  it('mail the handling department once a day about overdue cases, naming the case but not the applicant', async () => {
    const overdue = await register('2026-02-05', '古城墙修缮工程预算');
    await register('2026-03-13', '尚未临近期限的申请');
    expect(await t.jobs.reminders.schedule()).toBe(1);
    // Scheduling again the same day queues nothing new.
    await t.jobs.reminders.schedule();
    expect(await count(t.database, 'jobs')).toBe(1);

    expect(await t.jobs.runner.runDue()).toBe(1);
    expect(await t.jobs.runner.runDue()).toBe(0);
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(['gongkai@jiaju.example.gov.cn']);
    const parsed = await simpleParser(received[0]?.data ?? '');
    expect(parsed.subject).toBe(`依申请公开办理提醒：${overdue.trackingNo} 已超期`);
    const mail = parsed.text ?? '';
    expect(mail).toContain('所需信息：古城墙修缮工程预算');
    // Received 5 Feb: due 11 March (春节 not counted), three working days ago.
    expect(mail).toContain('答复期限：2026-03-11，已超过答复期限 3 个工作日。');
    expect(mail).not.toContain('13500005555');
    expect(mail).not.toContain('320508198001010055');

    // The next day brings a new reminder.
    t.clock.set(new Date('2026-03-17T02:00:00.000Z'));
    await t.jobs.reminders.schedule();
    await t.jobs.runner.runDue();
    expect(received).toHaveLength(2);
  });
});

describe('work-plan mails', () => {
  it('tell a department, through the job queue, that its report was returned and what the office urged', async () => {
    const { plan } = parsePlanText(
      [
        '测试区2026年政务公开工作要点',
        '目标',
        '任务',
        '主要内容',
        '牵头单位',
        '责任单位',
        '一、',
        '做好重点领域公开',
        '(一)',
        '公开财政信息',
        '公开预决算。',
        '甲局',
        '乙局',
      ].join('\n'),
    );
    const { id: planId } = await t.services.workPlans.importPlan(actor, w.siteId, plan);
    await t.services.workPlans.assign(actor, planId);
    const view = await t.services.workPlans.get(actor, planId);
    const share = view.goals[0]!.tasks[0]!.items[0]!.assignments.find((a) => a.departmentId === w.deptA)!;
    const editor = {
      ...actor,
      isPlatformAdmin: false,
      grants: [{ siteId: w.siteId, role: 'editor' as const, departmentId: w.deptA }],
    };
    const report = await t.services.workPlans.report(editor, share.id, {
      state: 'in_progress',
      progress: 30,
      text: '已公开部分预算',
      evidence: [],
    });
    await t.services.workPlans.review(actor, report.id, { decision: 'return', note: '请补充部门预算' });
    await t.services.workPlans.urge(actor, share.id, { note: '请本周内重新报送' });
    const before = received.length;
    expect(await t.jobs.runner.runDue()).toBe(2);
    const mails = await Promise.all(received.slice(before).map((m) => simpleParser(m.data)));
    expect(received.slice(before).map((m) => m.to)).toEqual([
      ['gongkai@jiaju.example.gov.cn'],
      ['gongkai@jiaju.example.gov.cn'],
    ]);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      '工作要点提醒：政务公开办催办——测试区2026年政务公开工作要点',
      '工作要点进展被退回——测试区2026年政务公开工作要点',
    ]);
    const text = mails.map((m) => m.text ?? '').join('\n');
    expect(text).toContain('退回理由：请补充部门预算');
    expect(text).toContain('工作事项催办：请本周内重新报送');
  });
});

describe('the mailer', () => {
  it('writes the mail to the log when no SMTP server is configured', async () => {
    const logged: [string, Mail][] = [];
    const mailer = createMailer({ smtpUrl: undefined, from: 'x@example.gov.cn' }, (m, mail) => logged.push([m, mail]));
    const result = await mailer.send({ to: ['a@example.gov.cn'], subject: '提醒', text: '正文' });
    expect(result).toBe('logged');
    expect(logged[0]?.[0]).toBe('未配置 SMTP，邮件未发送');
    expect(logged[0]?.[1].subject).toBe('提醒');
  });
});

describe('message reminders (issue 15 §1)', () => {
  it('remind the holder before the limit and escalate to the office once it passes, naming neither writer nor subject', async () => {
    const site = await t.services.sites.get(w.siteId);
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = site as typeof site & { updatedAt?: string };
    await t.services.sites.update(actor, w.siteId, { ...fields, email: 'gongkaiban@example.gov.cn' });
    const box = await t.services.mailboxes.save(actor, w.siteId, null, {
      name: '我要咨询',
      description: '',
      kind: 'inquiry',
      answerWorkdays: 3,
      publishAnswers: true,
      departmentId: null,
      sort: 0,
      active: true,
    });
    const writer = { name: '钱多多', phone: '13600007777', email: '', address: '' };
    const register = (receivedOn: string, subject: string) =>
      t.services.messages.register(actor, w.siteId, {
        mailboxId: box.id,
        channel: 'phone',
        receivedOn,
        subject,
        body: '请问如何办理？',
        writer,
        consentToPublish: false,
      });
    // Wednesday 18 March. Received Friday 13 March, three working days: due today.
    t.clock.set(new Date('2026-03-18T02:00:00.000Z'));
    const soon = await register('2026-03-13', '居住证办理地点');
    // Received 2 March and sent to 甲局: due 5 March, late now.
    const late = await register('2026-03-02', '公交线路调整');
    await t.services.messages.addEvent(actor, late.id, { type: 'accepted' });
    await t.services.messages.addEvent(actor, late.id, { type: 'assigned', departmentId: w.deptA });
    // Received today: due Monday 23 March, three working days away.
    await register('2026-03-18', '今天收到的留言');

    expect(await t.jobs.messageReminders.schedule()).toBe(2);
    await t.jobs.messageReminders.schedule();
    const before = received.length;
    expect(await t.jobs.runner.runDue()).toBe(2);
    const sent = received.slice(before);
    const mails = await Promise.all(sent.map((m) => simpleParser(m.data)));
    const bySubject = new Map(mails.map((m, i) => [m.subject, { to: sent[i]!.to, text: m.text ?? '' }]));
    expect(bySubject.get(`留言办理提醒：${soon.trackingNo} 即将到期`)?.to).toEqual(['gongkaiban@example.gov.cn']);
    const escalated = bySubject.get(`留言办理提醒：${late.trackingNo} 已超期（已报公开办督办）`);
    expect(escalated?.to.sort()).toEqual(['gongkai@jiaju.example.gov.cn', 'gongkaiban@example.gov.cn']);
    expect(escalated?.text).toContain('答复期限：2026-03-05');
    expect(escalated?.text).toContain('承办单位：甲局');
    const all = mails.map((m) => `${m.subject}\n${m.text}`).join('\n');
    for (const secret of [writer.name, writer.phone, '居住证办理地点', '公交线路调整'])
      expect(all).not.toContain(secret);

    // Answered, a message calls for no reminder any more.
    await t.services.messages.addEvent(actor, late.id, { type: 'answer_submitted', reply: '已调整。' });
    await t.services.messages.addEvent(actor, late.id, { type: 'answer_approved' });
    expect(await t.jobs.messageReminders.schedule()).toBe(1);
  });
});
