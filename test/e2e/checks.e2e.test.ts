import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/auth/actor.js';
import { startE2E, type E2E } from './browser.js';

/** Issue 6: an editor finds personal information and wording errors in a draft and fixes them with one click. */
let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
  const actor = systemActor('测试');
  const site = (await e2e.services.sites.list(actor))[0];
  const siteId = site?.id ?? '';
  const departmentId =
    (await e2e.services.departments.list(siteId)).find((d) => d.shortName === '区市场监督管理局')?.id ?? '';
  await e2e.services.users.create(actor, {
    account: 'shichang-editor',
    name: '市场监管编辑',
    password: 'Shichang-Jianguan-2026',
    grants: [{ siteId, role: 'editor', departmentId }],
    temporaryPassword: false,
  });
});
afterAll(() => e2e?.close());

describe('checks before submission', () => {
  it('shows the findings in the editor and fixes them with one click', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.base}/admin/`);
    await page.getByLabel('账号').fill('shichang-editor');
    await page.getByLabel('密码').fill('Shichang-Jianguan-2026');
    await page.getByRole('button', { name: /^登\s?录$/ }).click();
    // Sign-in lands on the 工作台; documents are one menu item away.
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await page.goto(`${e2e.base}/admin/#/documents`);
    await page.getByRole('heading', { name: '信息发布' }).waitFor();
    await page.getByRole('button', { name: '起草信息' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('标题', { exact: true }).fill('关于环境保护局联合执法情况的通报');
    await dialog.getByRole('button', { name: '检查个人信息和错敏字' }).click();
    await dialog.getByText('标题：“环境保护局”').waitFor();
    await dialog.getByRole('button', { name: '改为“生态环境局”' }).click();
    await expect(dialog.getByLabel('标题', { exact: true }).inputValue()).resolves.toBe(
      '关于生态环境局联合执法情况的通报',
    );
    await dialog.getByRole('button', { name: '检查个人信息和错敏字' }).click();
    await dialog.getByText('未发现个人信息和错敏字').waitFor();
    await page.close();
  });
});
