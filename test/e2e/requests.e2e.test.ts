import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/auth/actor.js';
import { axeViolations, chooseOption, startE2E, type E2E } from './browser.js';

/** Issue 4 §1: a citizen applies on the portal with JavaScript off, then follows the application. */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(() => e2e?.close());

/** A one-pixel PNG standing in for an ID scan; a browser cannot keep a chosen file across a refusal. */
const ID_SCAN = {
  name: 'id.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
};

describe('applying for information on the portal', () => {
  it('works without JavaScript: apply, note the numbers, look up the progress', async () => {
    const page = await e2e.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${e2e.base}/requests/apply`);
    await page.getByLabel('申请的机关').selectOption({ label: '苏州市姑苏区财政局' });
    await page.getByLabel('公民（自然人）').check();
    await page.getByLabel('姓名或名称').fill('赵某');
    await page.getByLabel('证件号码或统一社会信用代码').fill('320508197007070022');
    await page.getByLabel('联系电话').fill('13700002222');
    await page.getByLabel('所需信息的名称').fill('2025年区级部门预算执行情况');
    await page
      .getByRole('group', { name: /提供方式/ })
      .getByLabel('电子邮件')
      .check();
    await page
      .getByRole('group', { name: /获取方式/ })
      .getByLabel('电子邮件')
      .check();
    await page.getByLabel(/身份证明/).setInputFiles(ID_SCAN);
    await page.getByRole('button', { name: '提交申请' }).click();
    // Refused in plain words at each field, what was typed kept, the summary linking to the fields.
    await page.getByRole('heading', { name: '申请未提交，请修改以下内容：' }).waitFor();
    expect(await page.locator('#e-idNumber').innerText()).toBe('身份证号码不正确，请核对（18 位，最后一位可能是 X）');
    expect(await page.locator('#e-email').innerText()).toBe('选择电子邮件获取时，请填写电子邮箱');
    expect(await page.getByLabel('所需信息的名称').inputValue()).toBe('2025年区级部门预算执行情况');
    await page.getByRole('link', { name: /^电子邮箱：/ }).click();
    expect(page.url()).toContain('#f-email');
    await page.getByLabel('证件号码或统一社会信用代码').fill('320508197007070023');
    await page.getByLabel('电子邮箱').fill('zhao@example.com');
    await page.getByLabel(/身份证明/).setInputFiles(ID_SCAN);
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { name: '申请已提交' }).waitFor();
    const cells = await page.locator('table.meta-table td').allInnerTexts();
    const [trackingNo, queryCode] = cells;
    expect(trackingNo).toMatch(/^YSQ\d{4}-\d{5}$/);

    await page.getByRole('link', { name: '查询办理进度' }).click();
    await page.getByLabel('申请编号').fill(trackingNo ?? '');
    await page.getByLabel('查询码').fill(queryCode ?? '');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByRole('heading', { name: '2025年区级部门预算执行情况' }).waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain('办理中');
    expect(main).not.toContain('13700002222');
    await page.close();
  });

  it('has no serious or critical axe violations on the form and the look-up, in normal and elder mode', async () => {
    for (const elder of [false, true]) {
      const context = await e2e.browser.newContext({ bypassCSP: true });
      if (elder) await context.addCookies([{ name: 'gk_elder', value: '1', url: e2e.base }]);
      const page = await context.newPage();
      for (const path of ['/requests/apply', '/requests/status']) {
        await page.goto(`${e2e.base}${path}`);
        const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious, `${elder ? '适老版 ' : ''}${path}`).toEqual([]);
      }
      await context.close();
    }
  });
});

describe('handling applications in the back office', () => {
  it('registers a posted application, records a reply with its outcome, and refuses a reply without one', async () => {
    const actor = systemActor('测试');
    const site = (await e2e.services.sites.list(actor))[0];
    await e2e.services.users.create(actor, {
      account: 'gongkai-office',
      name: '公开办',
      password: 'Shenqing-Banli-2026',
      grants: [{ siteId: site?.id ?? '', role: 'request_handler', departmentId: null }],
      temporaryPassword: false,
    });
    // (bypassCSP lets the test inject axe-core at the end; the site's own CSP forbids inline scripts.)
    const page = await e2e.browser.newPage({ bypassCSP: true });
    await page.goto(`${e2e.base}/admin/#/requests`);
    await page.getByLabel('账号').fill('gongkai-office');
    await page.getByLabel('密码').fill('Shenqing-Banli-2026');
    await page.getByRole('button', { name: /^登\s?录$/ }).click();
    await page.getByRole('heading', { name: '依申请公开' }).waitFor();

    await page.getByRole('button', { name: '登记申请' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, dialog.getByLabel('收到方式'), '邮寄（挂号信、EMS 等需签收）');
    // The date's label follows the Art. 31 rule of the channel.
    await dialog.getByLabel('签收日期').fill('2026-03-02');
    await dialog.getByLabel('姓名或名称').fill('钱某');
    await dialog.getByLabel('证件号码或统一社会信用代码').fill('320508196606060033');
    await dialog.getByLabel('联系电话').fill('0512-65000000');
    await dialog.getByLabel('所需信息的名称').fill('山塘街历史文化街区保护规划');
    await chooseOption(page, dialog.getByLabel('提供方式'), '纸质');
    await chooseOption(page, dialog.getByLabel('获取方式'), '邮寄');
    await dialog.getByRole('button', { name: /^登\s?记$/ }).click();
    await page.getByText(/^查询码：[2-9A-Z]{8}/).waitFor();
    await page.keyboard.press('Escape');

    const row = page.getByRole('row', { name: /山塘街历史文化街区保护规划/ });
    await row.getByText('2026-03-30').waitFor();
    await row.getByRole('button', { name: /^办\s?理$/ }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByLabel('日期').fill('2026-03-20');
    await drawer.getByRole('button', { name: /^记\s?录$/ }).click();
    await page.getByText('答复须选择办理结果').waitFor();
    await chooseOption(page, drawer.getByLabel('办理结果'), '（一）予以公开');
    await drawer.getByRole('button', { name: /^记\s?录$/ }).click();
    await drawer.getByText('2026-03-20 作出答复：（一）予以公开').waitFor();
    expect(await drawer.getByText('已答复').count()).toBeGreaterThan(0);
    // Closed by its own button, and gone before the tabs are used (its mask would take the click).
    // The toast lies over that button until it goes (and stays while the pointer is on it).
    await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });

    // The annual report (issue 19): section 三 with its group headings merged as the form, the
    // office's text of 一 saved and marked as written, and nothing serious for axe.
    await page.getByRole('tab', { name: '年度报告' }).click();
    const year = page.getByRole('spinbutton', { name: '年度', exact: true });
    await year.fill('2026');
    await year.press('Tab');
    const heading = page.locator('td', { hasText: /^（三）不予公开$/ });
    await heading.waitFor();
    expect(await heading.getAttribute('rowspan')).toBe('8');
    const overview = page.getByRole('textbox', { name: '一、总体情况' });
    await overview.fill('2026年，本区全面推进政务公开。');
    await page
      .getByRole('button', { name: /^保\s?存$/ })
      .first()
      .click();
    await page.getByText('已填写').first().waitFor();
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
    await page.close();
  });
});
