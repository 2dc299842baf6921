import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/auth/actor.js';
import { axeViolations, chooseOption, startE2E, type E2E } from './browser.js';

/**
 * 办事服务 on the portal (issue 16 §6): a citizen on an old phone, in 适老版, finds how to register a
 * company by what they want to do, reads the guide and prints the material checklist — without
 * sideways scrolling, and with no serious accessibility problem in either mode.
 */
let e2e: E2E;
const CODE = '11320508000016598700011700100001';

beforeAll(async () => {
  e2e = await startE2E();
  const actor = systemActor('测试');
  const site = (await e2e.services.sites.list(actor))[0]!;
  const approvals = (await e2e.services.departments.list(site.id)).find((d) => d.shortName === '区行政审批局')!;
  const item = await e2e.services.serviceItems.save(actor, site.id, null, {
    departmentId: approvals.id,
    changeNote: '',
    guide: {
      name: '企业设立登记',
      itemType: 'licensing',
      basicCode: '000117001000',
      implementationCode: CODE,
      implementer: '',
      creditCode: '',
      competentDepartment: '苏州市姑苏区市场监督管理局',
      audiences: ['organisation'],
      lifeEvents: ['establish'],
      themes: ['市场监管'],
      basis: '《中华人民共和国市场主体登记管理条例》第三条、第八条',
      conditions: '申请人具有完全民事行为能力；名称经自主申报；有符合规定的住所或者主要经营场所。',
      materials: [
        {
          name: '公司登记（备案）申请书',
          form: 'original',
          copies: 1,
          required: true,
          fromLicence: false,
          basis: '《中华人民共和国市场主体登记管理条例实施细则》第二十四条',
          templateUrl: '',
          note: '',
        },
        {
          name: '法定代表人、董事、监事和经理的任职文件及身份证件',
          form: 'copy',
          copies: 1,
          required: true,
          fromLicence: true,
          basis: '《中华人民共和国市场主体登记管理条例实施细则》第二十六条',
          templateUrl: '',
          note: '',
        },
      ],
      steps: [
        { name: '申请', description: '在江苏政务服务网“企业开办全链通”平台或区政务服务中心窗口提交', days: null },
        { name: '受理审查', description: '材料齐全、符合法定形式的当场受理', days: 1 },
        { name: '发照', description: '审核通过后发放营业执照（可领取电子营业执照）', days: null },
      ],
      legalDays: 3,
      committedDays: 1,
      fee: { standard: '不收费', basis: '' },
      location: '苏州市姑苏区政务服务中心二楼企业开办专区（三香路1298号）',
      hours: '工作日 上午 9:00—12:00，下午 13:30—17:30',
      consultPhone: '0512-65000000',
      complaintPhone: '12345',
      onlineLevel: 'full',
      visits: 0,
      applyUrl: 'https://www.jszwfw.gov.cn/',
      resultName: '营业执照',
      commitment3550: 'business_start',
      faqEntryIds: [],
    },
  });
  await e2e.services.serviceItems.submit(actor, item.id);
  await e2e.services.serviceItems.review(actor, item.id, { approve: true, note: '' });
  await e2e.services.serviceItems.publish(actor, item.id);
  await e2e.services.users.create(actor, {
    account: 'window',
    name: '综合窗口',
    password: 'Zonghe-Chuangkou-2026',
    grants: [{ siteId: site.id, role: 'service_clerk', departmentId: null }],
    temporaryPassword: false,
  });
});
afterAll(() => e2e?.close());

describe('the 办事服务 section', () => {
  it('leads a visitor on a phone in 适老版 from 法人办事 to the guide and its checklist, and passes axe in both modes', async () => {
    for (const elder of [false, true]) {
      const context = await e2e.browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
      if (elder) await context.addCookies([{ name: 'gk_elder', value: '1', url: e2e.base }]);
      const page = await context.newPage();
      const check = async (what: string) => {
        const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious, `${elder ? '适老版 ' : ''}${what}`).toEqual([]);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(wide, `${elder ? '适老版 ' : ''}${what} 横向滚动`).toBeLessThanOrEqual(390);
      };
      await page.goto(`${e2e.base}/`);
      // On a phone the menu opens from its button.
      await page.locator('.phone-menu').getByText('菜单', { exact: true }).click();
      await page.getByRole('link', { name: '办事服务' }).first().click();
      await page.getByRole('heading', { name: '法人办事' }).waitFor();
      await check('/services');
      await page.getByRole('link', { name: /^设立（1）$/ }).click();
      await page.getByRole('link', { name: '企业设立登记' }).click();
      await expect(page.getByRole('row', { name: /收费标准/ }).innerText()).resolves.toContain('不收费');
      await check('办事指南');
      await page.getByRole('link', { name: '打印材料清单' }).click();
      await page.getByText('公司登记（备案）申请书（原件 1 份）').waitFor();
      await check('材料清单');
      await page.goto(`${e2e.base}/services?q=${encodeURIComponent('营业执照')}`);
      await page.getByRole('link', { name: '企业设立登记' }).waitFor();
      await check('查找');
      await context.close();
    }
  });
});

describe('a case registered at the counter', () => {
  it('is registered by a window clerk, who hands over the slip, and followed by its number on the portal', async () => {
    const clerk = await (await e2e.browser.newContext()).newPage();
    await clerk.goto(`${e2e.base}/admin/#/serviceCases`);
    await clerk.getByLabel('账号').fill('window');
    await clerk.getByLabel('密码').fill('Zonghe-Chuangkou-2026');
    await clerk.getByRole('button', { name: /^登\s?录$/ }).click();
    await clerk.getByRole('button', { name: '窗口登记' }).click();
    const dialog = clerk.getByRole('dialog', { name: '窗口登记办件' });
    await chooseOption(clerk, dialog.getByLabel('事项'), '企业设立登记');
    await dialog.getByLabel('申请人（个人姓名或单位名称）').fill('苏州某某科技有限公司');
    await dialog.getByLabel('联系电话').fill('0512-66660000');
    await dialog.getByRole('button', { name: /^登\s?记$/ }).click();
    const slip = clerk.getByRole('dialog', { name: '受理回执' });
    await slip.getByText(/^BJ\d{4}-\d{5}$/).waitFor();
    const caseNo = await slip.getByText(/^BJ\d{4}-\d{5}$/).innerText();
    const queryCode = (
      await slip
        .locator('tr')
        .filter({ has: clerk.locator('th', { hasText: /^查询码$/ }) })
        .locator('td')
        .innerText()
    )
      .split('（')[0]!
      .trim();
    // Printed, the slip is all there is on the page: no menu, no list, no buttons.
    await clerk.emulateMedia({ media: 'print' });
    expect(await clerk.locator('#root').isVisible()).toBe(false);
    expect(await slip.getByRole('button', { name: '打印回执' }).isVisible()).toBe(false);
    expect(await slip.getByText(/只显示这一次/).isVisible()).toBe(false);
    expect(await slip.getByText(queryCode).isVisible()).toBe(true);
    expect(await slip.getByText(caseNo).isVisible()).toBe(true);
    await clerk.context().close();

    const citizen = await (await e2e.browser.newContext({ bypassCSP: true })).newPage();
    await citizen.goto(`${e2e.base}/services`);
    await citizen.getByRole('link', { name: '办件查询' }).click();
    await citizen.getByLabel('办件编号').fill(caseNo);
    await citizen.getByLabel('查询码').fill(queryCode);
    await citizen.getByRole('button', { name: '查询' }).click();
    await citizen.getByRole('heading', { name: '企业设立登记' }).waitFor();
    const text = await citizen.locator('main').innerText();
    expect(text).toContain('办理中');
    expect(text).toContain('受理');
    expect(text).not.toContain('苏州某某科技有限公司');
    const serious = (await axeViolations(citizen)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    await citizen.context().close();
  });
});
