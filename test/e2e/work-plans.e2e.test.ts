import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/auth/actor.js';
import { axeViolations, chooseOption, startE2E, type E2E } from './browser.js';

/**
 * Issue 7: the demo site's 2018 plan on the portal (JavaScript off, WCAG 2.1 AA in normal and
 * elder mode), and in the back office a department reporting and the office returning and
 * accepting its report.
 */
let e2e: E2E;
let planId = '';

beforeAll(async () => {
  e2e = await startE2E();
  const actor = systemActor('测试');
  const siteId = (await e2e.services.sites.list(actor))[0]?.id ?? '';
  const finance = (await e2e.services.departments.list(siteId)).find((d) => d.shortName === '区财政局')?.id ?? '';
  planId = (await e2e.services.workPlans.list(actor, siteId))[0]?.id ?? '';
  for (const [account, role, departmentId] of [
    ['caizheng-editor', 'editor', finance],
    ['gongkai-office', 'site_admin', null],
  ] as const) {
    await e2e.services.users.create(actor, {
      account,
      name: account,
      password: 'Zhengwu-Gongkai-2026',
      grants: [{ siteId, role, departmentId }],
      temporaryPassword: false,
    });
  }
});
afterAll(() => e2e?.close());

async function signIn(account: string) {
  const page = await e2e.browser.newPage();
  await page.goto(`${e2e.base}/admin/#/workPlans`);
  await page.getByLabel('账号').fill(account);
  await page.getByLabel('密码').fill('Zhengwu-Gongkai-2026');
  await page.getByRole('button', { name: /^登\s?录$/ }).click();
  await page.getByRole('heading', { name: '工作要点', level: 3 }).waitFor();
  return page;
}

describe('the public progress page', () => {
  it('reads without JavaScript and has no WCAG 2.1 AA violations, also in elder mode', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${e2e.base}/`);
    await page.getByRole('link', { name: '工作要点' }).first().click();
    await page.getByRole('link', { name: '姑苏区2018年政务公开工作要点实施方案' }).click();
    await page.getByRole('heading', { name: '姑苏区2018年政务公开工作要点实施方案', level: 1 }).waitFor();
    expect(await page.getByRole('table').count()).toBe(11);
    // The one-item task: its header row and its item.
    expect(
      await page
        .getByRole('table', { name: /深化网上办事服务“一号答”/ })
        .getByRole('row')
        .count(),
    ).toBe(2);
    await context.close();

    const a11y = await e2e.browser.newPage({ bypassCSP: true });
    for (const elder of [false, true]) {
      if (elder) await a11y.goto(`${e2e.base}/preferences?elder=1&back=/`);
      for (const path of ['/work-plans', `/work-plans/${planId}`]) {
        await a11y.goto(`${e2e.base}${path}`);
        expect(await axeViolations(a11y), `${path}${elder ? '（适老版）' : ''}`).toEqual([]);
      }
    }
    await a11y.close();
  });
});

describe('reporting and reviewing in the back office', () => {
  it('lets a department report, the office return it with a reason, and accept the corrected report', async () => {
    const department = await signIn('caizheng-editor');
    const row = department.getByRole('row', { name: /财政预决算领域/ });
    const report = async (text: string, withEvidence = false) => {
      await row.getByRole('button', { name: '报送进展' }).click();
      const dialog = department.getByRole('dialog', { name: '报送进展' });
      await chooseOption(department, dialog.getByLabel('状态'), '推进中');
      await dialog.getByLabel('进度（%）').fill('60');
      await dialog.getByLabel('工作进展').fill(text);
      if (withEvidence) {
        // Evidence picked among the site's published documents.
        await dialog.getByRole('combobox', { name: '佐证' }).click();
        await department.keyboard.type('工作要点');
        await department.locator('.ant-select-item-option').getByText('姑苏区2018年政务公开工作要点实施方案').click();
        await expect(dialog.getByLabel('佐证名称').inputValue()).resolves.toBe('姑苏区2018年政务公开工作要点实施方案');
        // The picker's list closed, so nothing lies over the dialog's buttons.
        await expect.poll(() => department.locator('.ant-select-dropdown:visible').count()).toBe(0);
      }
      // The server's answer is kept, so a refusal says why even after its toast has gone.
      const answered = department
        .waitForResponse((r) => r.request().method() !== 'GET' && r.url().includes('/api/v1/'), { timeout: 15_000 })
        .catch(() => undefined);
      await dialog.getByRole('button', { name: /确\s?定/ }).click();
      const response = await answered;
      // The dialog closes once the report is saved; a refusal keeps it open with the server's message.
      await dialog.waitFor({ state: 'hidden', timeout: 15_000 }).catch(async () => {
        throw new Error(
          `报送没有保存：${response ? `${response.status()} ${await response.text()}` : '没有发出请求'}；${(
            await department.locator('.ant-message-notice, .ant-form-item-explain-error').allInnerTexts()
          ).join('；')}`,
        );
      });
      await row.getByText('待审核').waitFor();
    };
    await report('已公开区级预算');

    const office = await signIn('gongkai-office');
    await office.getByRole('tab', { name: '待审核进展' }).click();
    const pending = office.getByRole('row', { name: /苏州市姑苏区财政局/ });
    await pending.getByRole('button', { name: /^退\s?回$/ }).click();
    await office.getByLabel('退回理由').fill('请补充部门预算公开情况');
    await office
      .getByRole('dialog', { name: '退回进展报送' })
      .getByRole('button', { name: /确\s?定/ })
      .click();
    await office.getByText('已退回').first().waitFor();

    await department.reload();
    await department.getByRole('heading', { name: '工作要点', level: 3 }).waitFor();
    await row.getByText('已退回：请补充部门预算公开情况').waitFor();
    await report('已公开区级预算和 12 个部门预算', true);

    await office.reload();
    await office.getByRole('tab', { name: '待审核进展' }).click();
    await office
      .getByRole('row', { name: /12 个部门预算/ })
      .getByRole('button', { name: /^采\s?纳$/ })
      .click();
    await office.getByText('已采纳').first().waitFor();
    // Accepted, its evidence is a link on the public page.
    const portal = await e2e.browser.newPage();
    await portal.goto(`${e2e.base}/work-plans/${planId}`);
    const evidence = portal
      .getByRole('row', { name: /财政预决算领域/ })
      .getByRole('link', { name: '姑苏区2018年政务公开工作要点实施方案' });
    expect(await evidence.getAttribute('href')).toMatch(/^\/documents\//);
    await portal.close();

    await office.getByRole('tab', { name: '工作要点', exact: true }).click();
    // The office shortens the reporting period: silent departments are chased after 14 days.
    const period = office.getByLabel('报送周期（天）');
    await period.fill('14');
    await period.blur();
    await expect
      .poll(async () => (await e2e.services.workPlans.get(systemActor('测试'), planId)).reportEveryDays)
      .toBe(14);
    await office.getByRole('button', { name: '姑苏区2018年政务公开工作要点实施方案' }).click();
    // The office sees the accepted 60 % on finance's share in the plan's tree.
    const drawer = office.getByRole('dialog', { name: '姑苏区2018年政务公开工作要点实施方案' });
    await drawer
      .getByRole('row', { name: /财政预决算领域/ })
      .getByRole('button', { name: /展开/ })
      .click();
    // (The expanded row holds the inner table, so its name matches too: the inner row is the last.)
    const share = drawer.getByRole('row', { name: /苏州市姑苏区财政局 牵头 推进中 60%/ }).last();
    await share.waitFor();
    // The office urges finance by hand; finance reads it beside its work.
    await share.getByText('催办', { exact: true }).click();
    const urging = office.getByRole('dialog', { name: '催办：苏州市姑苏区财政局' });
    await urging.getByLabel('催办要求').fill('请补充 12 个部门的预算公开链接');
    await urging.getByRole('button', { name: /确\s?定/ }).click();
    await urging.waitFor({ state: 'hidden' });

    // The office gives the item a later date and a passed milestone that expected 80 %: finance,
    // at 60 %, lags behind it.
    const budget = drawer.getByRole('row', { name: /财政预决算领域/ }).first();
    await budget.getByText('调整', { exact: true }).click();
    const adjusting = office.getByRole('dialog', { name: '调整工作事项' });
    await adjusting.getByLabel('完成期限').fill('2099-12-31');
    await adjusting.getByRole('button', { name: /添加节点/ }).click();
    await adjusting.getByLabel('节点名称').fill('完成部门预算公开');
    await adjusting.getByLabel('节点日期').fill('2020-06-30');
    await adjusting.getByLabel('应达进度（%，可空）').fill('80');
    await adjusting.getByRole('button', { name: /确\s?定/ }).click();
    await adjusting.waitFor({ state: 'hidden' });
    await budget.getByText('节点滞后').waitFor();

    await department.reload();
    await row.getByText('政务公开办催办：请补充 12 个部门的预算公开链接').waitFor();
    await row.getByText('节点滞后').waitFor();
    // Urged and lagging, the item comes first in finance's list, whatever its new date.
    await expect(department.getByRole('row').nth(1).innerText()).resolves.toMatch(/\t财政预决算领域/);
    await department.close();
    await office.close();
  });
});
