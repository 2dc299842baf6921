import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startE2E, type E2E } from './browser.js';

/** Issue 4 §1: a citizen applies on the portal with JavaScript off, then follows the application. */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(() => e2e?.close());

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
    await page.getByLabel(/身份证明/).setInputFiles({
      name: 'id.png',
      mimeType: 'image/png',
      buffer: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    });
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
