import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/platform/auth/actor.js';
import { DEMO_SOURCE, demoContent, seedDemoContent } from '../src/seed/demo-content.js';
import { seedDemoIfEmpty } from '../src/seed/demo.js';
import { testApp, type TestApp } from './helpers/app.js';

/** The living demo (issue 17 §6): what `npm start` seeds on an empty platform, checked like any content. */
let t: TestApp;
let siteId: string;
let made: Awaited<ReturnType<typeof seedDemoContent>>;
const actor = systemActor('测试');

beforeAll(async () => {
  t = await testApp();
  const seed = await seedDemoIfEmpty({ database: t.database, clock: t.clock, config: t.config });
  siteId = seed.siteId!;
  made = await seedDemoContent(t.services, t.database.db, siteId, t.clock);
});
afterAll(() => t.close());

describe('the demo site', () => {
  it('publishes every demo document through the publication gate, each marked as demo content', async () => {
    const content = demoContent();
    expect(made.documents).toBe(content.documents.length);
    const { rows } = await t.services.documents.publicList(siteId, { limit: 500, offset: 0 });
    // The 2018 work plan's document, then the demo's.
    expect(rows).toHaveLength(content.documents.length + 1);
    expect(rows.filter((r) => r.content.source.endsWith(DEMO_SOURCE))).toHaveLength(content.documents.length);
    expect(rows.some((r) => r.content.interpretsId !== null)).toBe(true);
  });

  it('fills the standard columns the home page shows, and answers questions from the knowledge base', async () => {
    const home = (await t.app.inject({ url: '/', headers: { host: '127.0.0.1' } })).body;
    for (const column of ['政务动态', '通知公告', '政策解读']) expect(home).toContain(column);
    expect(home).not.toContain('暂无信息');
    expect(made.knowledge).toBe(demoContent().knowledge.length);
  });

  it('has disclosure requests in different states, one of them late, for the office’s 工作台', async () => {
    const requests = await t.services.requests.list(actor, siteId);
    expect(requests).toHaveLength(4);
    expect(requests.some((r) => r.urgency === 'overdue')).toBe(true);
    expect(requests.some((r) => r.state === 'replied')).toBe(true);
    expect(requests.some((r) => r.clock.extensionDays > 0)).toBe(true);
    const blocks = await t.services.workbench.forActor(actor, siteId);
    expect(blocks.find((b) => b.key === 'officeOverdue')?.count).toBeGreaterThan(0);
  });

  it('shows the 2018 plan with some progress, its 专题 and its related sites', async () => {
    const [plan] = await t.services.workPlans.list(actor, siteId);
    const items = plan!.goals.flatMap((g) => g.tasks.flatMap((task) => task.items));
    expect(made.reports).toBeGreaterThanOrEqual(12);
    expect(items.filter((i) => i.state === 'done').length).toBeGreaterThanOrEqual(8);
    // The third under way: in 2018 it ran past its date.
    expect(items.some((i) => i.progress === 60 && i.state === 'overdue')).toBe(true);
    const page = (await t.app.inject({ url: `/work-plans/${plan!.id}`, headers: { host: '127.0.0.1' } })).body;
    expect(page).toContain('政府信息公开指南');
    const home = (await t.app.inject({ url: '/', headers: { host: '127.0.0.1' } })).body;
    expect(home).toContain('专题专栏');
    expect(home).toContain('中国政府网');
    expect(home).toContain('承办单位：');
  });
});
