import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startE2E, type E2E } from './browser.js';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(() => e2e?.close());

describe('public portal', () => {
  it('shows the demo site’s home page with header and footer, readable without JavaScript', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const res = await page.goto(`${e2e.base}/`);
    expect(res?.status()).toBe(200);
    await expect(page.title()).resolves.toBe('姑苏区人民政府');
    const footer = await page.locator('footer').innerText();
    expect(footer).toContain('主办单位：苏州市姑苏区人民政府办公室');
    expect(footer).toContain('网站标识码：3205080001');
    expect(await page.locator('main').innerText()).toContain('苏州市姑苏区财政局');
    await context.close();
  });

  it('has no WCAG 2.1 AA violations on the home and not-found pages', async () => {
    // bypassCSP lets the test inject axe-core; the site's own CSP forbids inline scripts.
    const page = await e2e.browser.newPage({ bypassCSP: true });
    for (const path of ['/', '/no-such-page']) {
      await page.goto(`${e2e.base}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.close();
  });

  it('uses a checker that does find violations', async () => {
    const page = await e2e.browser.newPage();
    await page.setContent('<html><body><img src="x.png"><a href="/"></a></body></html>');
    expect((await axeViolations(page)).map((v) => v.id)).toEqual(
      expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name']),
    );
    await page.close();
  });

  it('lets keyboard users skip to the main content', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.base}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    expect(page.url()).toContain('#main');
    await page.close();
  });
});

describe('back office', () => {
  async function submitSignIn(page: Page, account: string, password: string) {
    await page.getByLabel('账号').fill(account);
    await page.getByLabel('密码').fill(password);
    // Ant Design spaces two-character button labels ("登 录").
    await page.getByRole('button', { name: /^登\s?录$/ }).click();
  }

  it('signs in with the printed admin password, requires a new one, then manages departments and the site', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.base}/admin/`);
    await submitSignIn(page, 'admin', 'wrong-password');
    await expect(page.getByRole('alert').innerText()).resolves.toContain('账号或密码错误');

    // The printed password is temporary: the first thing asked is a new one.
    await submitSignIn(page, 'admin', e2e.adminPassword);
    await page.getByRole('heading', { name: '请先修改初始密码' }).waitFor();
    await page.getByLabel('原密码').fill(e2e.adminPassword);
    await page.getByLabel('新密码').fill('Gusu-Gongkai-2026');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByLabel('账号').waitFor();
    await submitSignIn(page, 'admin', 'Gusu-Gongkai-2026');
    // Signed in, the office lands on its 工作台 with the inspection's risks on the demo site.
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await page.getByText('网站检查风险').waitFor();
    await page.goto(`${e2e.base}/admin/#/departments`);
    await page.getByText('苏州市姑苏区财政局').waitFor();
    expect(await page.getByRole('heading', { name: '单位管理' }).count()).toBe(1);

    // Site settings feed every page's footer.
    await page.goto(`${e2e.base}/admin/#/site`);
    await page.getByLabel('联系电话').fill('0512-65250000');
    await page.getByRole('button', { name: /^保\s?存$/ }).click();
    await page.getByText('站点信息已保存').waitFor();
    const portal = await e2e.browser.newPage();
    await portal.goto(`${e2e.base}/`);
    expect(await portal.locator('footer').innerText()).toContain('联系电话：0512-65250000');
    await portal.close();

    await page.goto(`${e2e.base}/admin/#/calendar`);
    await page.getByText('2026 年安排已知', { exact: false }).waitFor();
    await page.close();
  });

  it('has no WCAG 2.1 AA violations on the sign-in page', async () => {
    const page = await e2e.browser.newPage({ bypassCSP: true });
    await page.goto(`${e2e.base}/admin/`);
    await page.getByLabel('账号').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
