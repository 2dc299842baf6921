import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/platform/auth/actor.js';
import { count, createUser, signIn, testAppWithAdmin, type Session, type TestApp, type World } from './helpers/app.js';

/**
 * 办事服务 (issue 16 §1–2, §6): a guide is drafted by its department, reviewed, and published only
 * with all ten key elements of the website inspection (reference/website.md §2); a material
 * without a basis is flagged; an approved change must be public within 1 working day (seed 二(五)),
 * counted on the working-day calendar (reference/legal.md: 2026 holidays, 清明 on Monday 6 April).
 */
let t: TestApp;
let w: World;
let editor: Session;
let reviewer: Session;
let id: string;
const host = { host: 'site-3205080001.test' };

const GUIDE = {
  name: '企业设立登记',
  itemType: 'licensing',
  basicCode: '000117001000',
  implementationCode: '11320508MB0000001X400011700100001',
  audiences: ['organisation'],
  lifeEvents: ['establish'],
  themes: ['市场监管'],
  basis: '《中华人民共和国市场主体登记管理条例》第三条',
  conditions: '申请人具有完全民事行为能力，名称经自主申报，有符合规定的住所。',
  materials: [
    {
      name: '公司登记（备案）申请书',
      form: 'original',
      copies: 1,
      basis: '《中华人民共和国市场主体登记管理条例实施细则》第二十四条',
    },
    { name: '法定代表人身份证件', form: 'copy', copies: 1, fromLicence: true, basis: '' },
  ],
  steps: [
    { name: '申请', description: '网上或窗口提交材料', days: null },
    { name: '受理审查', description: '', days: 1 },
    { name: '发照', description: '', days: null },
  ],
  legalDays: 3,
  committedDays: 1,
  fee: { standard: '', basis: '' },
  location: '苏州市姑苏区政务服务中心二楼市场准入窗口',
  hours: '工作日 上午 9:00—12:00，下午 13:30—17:30',
  consultPhone: '0512-65000000',
  onlineLevel: 'full',
  visits: 0,
  resultName: '营业执照',
};

beforeAll(async () => {
  ({ t, w } = await testAppWithAdmin({ GONGKAI_SESSION_IDLE_MINUTES: '1440', GONGKAI_SESSION_MAX_HOURS: '720' }));
  await createUser(t.services, 'guide-editor', [{ siteId: w.siteId, role: 'editor', departmentId: w.deptA }]);
  await createUser(t.services, 'guide-reviewer', [{ siteId: w.siteId, role: 'reviewer', departmentId: null }]);
  editor = await signIn(t.app, 'guide-editor');
  reviewer = await signIn(t.app, 'guide-reviewer');
});
afterAll(() => t.close());

const call = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, ...(payload ? { payload } : {}) });
/** Moves the scripted clock on (never back); sessions are signed in again. */
async function at(iso: string) {
  t.clock.set(new Date(iso));
  editor = await signIn(t.app, 'guide-editor');
  reviewer = await signIn(t.app, 'guide-reviewer');
}

describe('a service guide', () => {
  it('is drafted by its department, and one with no 收费标准 is refused with the missing element named', async () => {
    const other = await call(editor, 'POST', `/service-items?siteId=${w.siteId}`, {
      departmentId: w.deptB,
      guide: GUIDE,
    });
    expect(other.statusCode).toBe(403);
    const res = await call(editor, 'POST', `/service-items?siteId=${w.siteId}`, {
      departmentId: w.deptA,
      guide: GUIDE,
    });
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json<{ id: string; missing: string[]; materialsWithoutBasis: string[]; latestState: string }>();
    id = item.id;
    expect(item).toMatchObject({ latestState: 'draft', missing: ['收费标准'] });
    // A material asked for without a basis is flagged (the seed: such materials are removed).
    expect(item.materialsWithoutBasis).toEqual(['法定代表人身份证件']);
    const refused = await call(editor, 'POST', `/service-items/${id}/submission`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      error: { code: 'SERVICE_GUIDE_INCOMPLETE', message: '办事指南缺少：收费标准，补全后才能公开' },
    });
    const duplicate = await call(editor, 'POST', `/service-items?siteId=${w.siteId}`, {
      departmentId: w.deptA,
      guide: { ...GUIDE, name: '另一个' },
    });
    expect(duplicate.json()).toMatchObject({ error: { code: 'SERVICE_ITEM_CODE_TAKEN' } });
  });

  it('names every missing element, in the inspection’s words', async () => {
    const bare = await call(editor, 'POST', `/service-items?siteId=${w.siteId}`, {
      departmentId: w.deptA,
      guide: { name: '空白事项', itemType: 'public_service', implementationCode: 'BARE-1' },
    });
    expect(bare.json<{ missing: string[] }>().missing).toEqual([
      '设定依据',
      '申请条件',
      '办理材料',
      '办理地点',
      '收费标准',
      '办理时间',
      '联系电话',
      '办理流程',
    ]);
  });

  it('is reviewed, and an approval on the Friday before 清明 is flagged on the next working day, not before', async () => {
    // Friday 3 April 2026, 10:00 in Beijing; Saturday to Monday 6 April (清明) are not working days.
    await at('2026-04-03T02:00:00.000Z');
    const fixed = { departmentId: w.deptA, guide: { ...GUIDE, fee: { standard: '不收费', basis: '' } } };
    expect((await call(editor, 'PUT', `/service-items/${id}`, fixed)).statusCode).toBe(200);
    expect((await call(editor, 'POST', `/service-items/${id}/submission`)).json()).toMatchObject({
      latestState: 'submitted',
    });
    // An editor does not review, and nobody edits what is under review.
    expect((await call(editor, 'POST', `/service-items/${id}/review`, { approve: true })).statusCode).toBe(403);
    expect((await call(editor, 'PUT', `/service-items/${id}`, fixed)).json()).toMatchObject({
      error: { code: 'SERVICE_ITEM_UNDER_REVIEW' },
    });
    const approved = await call(reviewer, 'POST', `/service-items/${id}/review`, { approve: true });
    expect(approved.json()).toMatchObject({ latestState: 'approved', publicationDue: null });
    const flagged = async () =>
      (await call(reviewer, 'GET', `/service-items/check?siteId=${w.siteId}`))
        .json<{ items: { id: string; publicationDue: object | null }[] }>()
        .items.find((i) => i.id === id)?.publicationDue ?? null;
    for (const day of ['2026-04-04', '2026-04-05', '2026-04-06']) {
      await at(`${day}T02:00:00.000Z`);
      expect(await flagged(), day).toBeNull();
    }
    await at('2026-04-07T02:00:00.000Z');
    expect(await flagged()).toEqual({ approvedOn: '2026-04-03', dueOn: '2026-04-07', late: false });
    await at('2026-04-08T02:00:00.000Z');
    expect(await flagged()).toEqual({ approvedOn: '2026-04-03', dueOn: '2026-04-07', late: true });
    const published = await call(editor, 'POST', `/service-items/${id}/publication`);
    expect(published.json()).toMatchObject({ latestState: 'published', published: true, publicationDue: null });
    expect(await count(t.database, 'audit_log')).toBeGreaterThan(0);
    const actions = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .orderBy('at')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'service_item.create',
      'service_item.edit',
      'service_item.submit',
      'service_item.approve',
      'service_item.publish',
    ]);
  });

  it('is on the portal with every key element, its materials and its 修订记录, and found by what people call it', async () => {
    const home = await t.app.inject({ url: '/services', headers: host });
    expect(home.body).toContain('<a href="/services">办事服务</a>');
    expect(home.body).toContain('href="/services?event=establish"');
    const page = await t.app.inject({ url: `/services/${GUIDE.implementationCode}`, headers: host });
    expect(page.statusCode).toBe(200);
    for (const label of ['设定依据', '申请条件', '办理地点', '办理机构', '收费标准', '办理时间', '咨询电话'])
      expect(page.body).toContain(`<th scope="row">${label}</th>`);
    expect(page.body).toContain('公司登记（备案）申请书');
    expect(page.body).toContain('可用电子证照，免提交');
    expect(page.body).toMatch(/2026-04-08 第 1 版/);
    const checklist = await t.app.inject({ url: `/services/${GUIDE.implementationCode}/checklist`, headers: host });
    expect(checklist.body).toContain('□ </span>公司登记（备案）申请书');
    const byEvent = await t.app.inject({ url: '/services?event=establish', headers: host });
    expect(byEvent.body).toContain('企业设立登记');
    expect(home.body).toContain(`href="/services?theme=${encodeURIComponent('市场监管')}"`);
    const byTheme = await t.app.inject({ url: `/services?theme=${encodeURIComponent('市场监管')}`, headers: host });
    expect(byTheme.body).toContain(`/services/${GUIDE.implementationCode}`);
    const searched = await t.app.inject({ url: `/services?q=${encodeURIComponent('营业执照')}`, headers: host });
    expect(searched.body).toContain(`/services/${GUIDE.implementationCode}`);
    // Asked the way people ask it.
    const spoken = await t.app.inject({ url: `/services?q=${encodeURIComponent('开公司')}`, headers: host });
    expect(spoken.body).toContain(`/services/${GUIDE.implementationCode}`);
    const site = await t.app.inject({ url: `/search?q=${encodeURIComponent('企业设立登记')}`, headers: host });
    expect(site.body).toContain('办事指南');
    // The assistant offers the guide to whoever asks how to do it.
    const asked = await t.services.assistant.ask(w.siteId, '怎么办理企业设立登记', { queue: false });
    expect(asked.documents.map((d) => d.url)).toContain(`/services/${GUIDE.implementationCode}`);
    // The draft without its elements is nowhere public.
    expect((await t.app.inject({ url: '/services/BARE-1', headers: host })).statusCode).toBe(404);
  });

  it('keeps the published guide public while a change waits for review', async () => {
    // Its 常见问题 come from the knowledge base, the one source of answers (同源).
    const entry = await t.services.assistant.save(systemActor('测试'), w.siteId, {
      departmentId: w.deptA,
      question: '企业设立登记需要到现场吗？',
      alternatives: [],
      answer: '全程网办，不需要到现场；营业执照可邮寄或领取电子营业执照。',
      sourceDocumentId: null,
      validUntil: null,
    });
    const changed = {
      departmentId: w.deptA,
      guide: { ...GUIDE, fee: { standard: '不收费', basis: '' }, committedDays: 0, faqEntryIds: [entry.id] },
      changeNote: '承诺时限压缩为即办',
    };
    const res = await call(editor, 'PUT', `/service-items/${id}`, changed);
    expect(res.json()).toMatchObject({ latestState: 'draft', published: true });
    let page = (await t.app.inject({ url: `/services/${GUIDE.implementationCode}`, headers: host })).body;
    expect(page).toContain('1 个工作日');
    await call(editor, 'POST', `/service-items/${id}/submission`);
    await call(reviewer, 'POST', `/service-items/${id}/review`, { approve: true });
    await call(reviewer, 'POST', `/service-items/${id}/publication`);
    page = (await t.app.inject({ url: `/services/${GUIDE.implementationCode}`, headers: host })).body;
    expect(page).toContain('即办');
    expect(page).toContain('第 2 版：承诺时限压缩为即办');
    expect(page).toContain('<dt>企业设立登记需要到现场吗？</dt>');
    const detail = (await call(reviewer, 'GET', `/service-items/${id}`)).json<{ revisions: { state: string }[] }>();
    expect(detail.revisions.map((r) => r.state)).toEqual(['published', 'superseded']);
  });
});

describe('the 证明事项清单', () => {
  it('keeps a certificate only with its basis, and flags a guide that still asks for a cancelled one', async () => {
    const kept = await call(editor, 'POST', `/certificate-requirements?siteId=${w.siteId}`, {
      departmentId: w.deptA,
      name: '出生医学证明',
      issuer: '助产机构',
      basis: '',
      status: 'kept',
    });
    expect(kept.json()).toMatchObject({
      error: { code: 'CERTIFICATE_INCOMPLETE', details: [{ field: 'basis', message: '请填写设定依据' }] },
    });
    const cancelled = await call(editor, 'POST', `/certificate-requirements?siteId=${w.siteId}`, {
      departmentId: w.deptA,
      name: '法定代表人身份证件',
      issuer: '公安机关',
      status: 'cancelled',
      cancelledOn: '2026-04-01',
      replacement: 'data_sharing',
      note: '通过电子证照库共享核验',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(201);
    expect((await call(editor, 'GET', `/service-items/${id}`)).json()).toMatchObject({
      cancelledCertificates: ['法定代表人身份证件'],
    });
    const check = (await call(reviewer, 'GET', `/service-items/check?siteId=${w.siteId}`)).json<{
      items: { id: string; cancelledCertificates: string[] }[];
    }>();
    expect(check.items.find((i) => i.id === id)?.cancelledCertificates).toEqual(['法定代表人身份证件']);
    const page = (await t.app.inject({ url: '/services/certificates', headers: host })).body;
    expect(page).toContain('已取消的证明事项（1 项）');
    expect(page).toContain('数据共享：通过电子证照库共享核验');
  });
});
