import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/auth/actor.js';
import type { DocumentContent } from '../../src/modules/documents/documents.model.js';
import { documentContent } from '../helpers/documents.js';
import { axeViolations, chooseOption, startE2E, type E2E } from './browser.js';

/**
 * Issue 3 §8: an editor drafts, a reviewer approves, the document appears on the portal with its
 * metadata, then is withdrawn and disappears; the portal pages pass axe in normal and elder mode.
 */
let e2e: E2E;
let siteId = '';
let financeId = '';

beforeAll(async () => {
  e2e = await startE2E();
  const actor = systemActor('测试');
  const site = (await e2e.services.sites.list(actor))[0];
  siteId = site?.id ?? '';
  financeId = (await e2e.services.departments.list(siteId)).find((d) => d.shortName === '区财政局')?.id ?? '';
  for (const [account, role] of [
    ['caizheng-editor', 'editor'],
    ['caizheng-reviewer', 'reviewer'],
  ] as const) {
    await e2e.services.users.create(actor, {
      account,
      name: account,
      password: 'Caizheng-2026-Test',
      grants: [{ siteId, role, departmentId: financeId }],
      temporaryPassword: false,
    });
  }
});
afterAll(() => e2e?.close());

async function signInAs(page: Page, account: string): Promise<void> {
  await page.goto(`${e2e.base}/admin/`);
  await page.getByLabel('账号').fill(account);
  await page.getByLabel('密码').fill('Caizheng-2026-Test');
  await page.getByRole('button', { name: /^登\s?录$/ }).click();
  // Sign-in lands on the 工作台; documents are one menu item away.
  await page.getByRole('heading', { name: '工作台' }).waitFor();
  await page.goto(`${e2e.base}/admin/#/documents`);
  await page.getByRole('heading', { name: '信息发布' }).waitFor();
}

const TITLE = '姑苏区2026年区级财政预算公开说明';

describe('publishing through the back office', () => {
  it('goes from an editor’s draft through review to the portal, then is withdrawn', async () => {
    const editor = await e2e.browser.newPage();
    await signInAs(editor, 'caizheng-editor');
    await editor.getByRole('button', { name: '起草信息' }).click();
    const dialog = editor.getByRole('dialog');
    await dialog.getByLabel('标题', { exact: true }).fill(TITLE);
    await dialog.getByLabel('文号').fill('姑财发〔2026〕5号');
    await dialog.getByLabel('成文日期').fill('2026-02-27');
    await dialog.getByLabel('主题分类').fill('财政');
    await dialog.getByLabel('所属栏目').click();
    await editor.locator('.ant-select-tree-node-content-wrapper[title="财政预算、决算"]').click();
    await editor.keyboard.press('Escape');
    await dialog.getByLabel('内容概述').fill('说明2026年区级财政预算的编制和公开情况。');
    // The rich-text editor: type, then make the sentence bold from the toolbar.
    const body = dialog.getByRole('textbox', { name: '正文', exact: true });
    await body.click();
    await editor.keyboard.type('根据《中华人民共和国预算法》，现将2026年区级财政预算公开如下。');
    await editor.keyboard.press('ControlOrMeta+a');
    await dialog.getByRole('button', { name: '加粗' }).click();
    // The source view shows the HTML; whatever is added there is cleaned by the server's whitelist.
    await dialog.getByRole('button', { name: 'HTML 源码' }).click();
    const source = dialog.getByLabel('正文 HTML 源码');
    const html = await source.inputValue();
    expect(html).toContain('<strong>根据《中华人民共和国预算法》');
    await source.fill(`${html}<script>alert(1)</script>`);
    await dialog.getByRole('button', { name: /^保\s?存$/ }).click();
    // (On this two-core machine, in a loaded CI run, this save has once taken over 30 s; alone it takes a few.)
    await editor.getByText('已保存').waitFor({ timeout: 60_000 });
    const row = editor.getByRole('row', { name: new RegExp(TITLE) });
    await row.getByRole('button', { name: /^附\s?件$/ }).click();
    await editor.getByLabel('选择要上传的附件').setInputFiles({
      name: '2026年区级财政预算表.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
    });
    await editor.getByText('已上传').waitFor();
    await editor.getByRole('dialog').getByText('2026年区级财政预算表.pdf').waitFor();
    await editor.locator('.ant-modal-close').click();
    await editor.getByRole('dialog').waitFor({ state: 'hidden' });
    await row.getByRole('button', { name: '提交审核' }).click();
    await editor.getByText('已提交审核').waitFor();

    const reviewer = await e2e.browser.newPage();
    await signInAs(reviewer, 'caizheng-reviewer');
    await reviewer.getByRole('tab', { name: /待我审核/ }).click();
    await reviewer
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByRole('button', { name: /^审\s?核$/ })
      .click();
    // The checks' results load after the dialog opens and push the form down: tick the box once they are in.
    await reviewer
      .getByRole('dialog')
      .getByText(/个人信息和错敏字检查|未经自动检查|自动检查未发现/)
      .first()
      .waitFor();
    await reviewer.getByRole('checkbox', { name: /已完成保密审查/ }).check();
    await reviewer.getByRole('button', { name: '审核通过' }).click();
    await reviewer.getByText('已审核通过').waitFor();

    await editor.reload();
    await editor
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByRole('button', { name: '立即发布' })
      .click();
    await editor.getByText('已发布', { exact: true }).first().waitFor();

    const docs = await e2e.services.documents.publicList(siteId, { text: TITLE, limit: 1, offset: 0 });
    const doc = docs.rows[0];
    expect(doc?.indexNo).toMatch(/^113205080000140070\/2026-\d{5}$/);

    const portal = await e2e.browser.newPage({ javaScriptEnabled: false });
    await portal.goto(`${e2e.base}/documents/${doc?.id}`);
    const meta = await portal.locator('table.meta-table').innerText();
    for (const text of [doc?.indexNo ?? '', '苏州市姑苏区财政局', '2026-02-27', '姑财发〔2026〕5号', '财政', '有效'])
      expect(meta).toContain(text);
    expect(await portal.locator('h1').innerText()).toBe(TITLE);
    const article = await portal.locator('.article-body').innerHTML();
    expect(article).toContain('<strong>根据《中华人民共和国预算法》，现将2026年区级财政预算公开如下。</strong>');
    expect(article).not.toContain('script');
    expect(await portal.getByRole('link', { name: '2026年区级财政预算表.pdf' }).count()).toBe(1);

    // An interpretation is linked to the policy by searching for it, whoever published the policy.
    await editor.getByRole('button', { name: '起草信息' }).click();
    const second = editor.getByRole('dialog');
    await second.getByLabel('标题', { exact: true }).fill('一图读懂2026年区级财政预算');
    await second.getByLabel('所属栏目').click();
    // The column tree is long and drawn lazily: narrow it by typing.
    await editor.keyboard.type('政策解读');
    await editor.locator('.ant-select-tree-node-content-wrapper[title="政策解读"]').click();
    await editor.keyboard.press('Escape');
    await second.getByLabel('解读的政策文件').click();
    await editor.keyboard.type('姑财发〔2026〕5号');
    await editor.locator('.ant-select-item-option', { hasText: `${TITLE}（姑财发〔2026〕5号）` }).click();
    await second.getByRole('button', { name: /^保\s?存$/ }).click();
    await editor.getByText('已保存').waitFor();
    const drafts = await e2e.services.documents.list(systemActor('测试'), siteId, {
      text: '一图读懂',
      limit: 1,
      offset: 0,
    });
    expect(drafts.rows[0]?.content.interpretsId).toBe(doc?.id);

    await editor
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByRole('button', { name: /^撤\s?回$/ })
      .click();
    await editor.getByLabel('撤回理由').fill('数据口径调整，更正后重新发布');
    await editor.getByRole('button', { name: /^确\s?定$|^OK$/ }).click();
    await editor.getByText('已撤回', { exact: true }).first().waitFor();
    // The list filters by state: only withdrawn documents, so not the interpretation's draft.
    await chooseOption(editor, editor.getByLabel('按状态筛选'), '已撤回');
    await expect.poll(() => editor.getByRole('row', { name: /一图读懂/ }).count()).toBe(0);
    await editor.getByRole('row', { name: new RegExp(TITLE) }).waitFor();

    const gone = await portal.goto(`${e2e.base}/documents/${doc?.id}`);
    expect(gone?.status()).toBe(404);
    await portal.goto(`${e2e.base}/catalogue`);
    expect(await portal.locator('main').innerText()).not.toContain(TITLE);
    await Promise.all([editor.close(), reviewer.close(), portal.close()]);
  }, 120_000);
});

describe('一稿多发 from the back office', () => {
  it('publishes a document on another site of the platform, with that site’s 索引号', async () => {
    const actor = systemActor('测试');
    // A second site on the platform (a street office's), on which the finance editor may publish too.
    const street = await e2e.services.sites.create(actor, {
      name: '姑苏区双塔街道办事处',
      siteCode: '3205080009',
      sponsor: '姑苏区双塔街道办事处',
      orgCode: '',
      address: '',
      phone: '',
      email: '',
      icpNo: '',
      policeFilingNo: '',
      indexNoTemplate: 'ST/{yyyy}-{seq:05}',
      hosts: ['shuangta.test'],
    });
    const office = await e2e.services.departments.create(actor, street.id, {
      parentId: null,
      name: '双塔街道党政办公室',
      shortName: '街道党政办',
      code: null,
      kind: 'government',
      phone: '',
      fax: '',
      email: '',
      address: '',
      officeHours: '',
      sortOrder: 0,
    });
    await e2e.services.users.create(actor, {
      account: 'city-editor',
      name: '集约化编辑',
      password: 'Caizheng-2026-Test',
      grants: [
        { siteId, role: 'editor', departmentId: financeId },
        { siteId: street.id, role: 'editor', departmentId: office.id },
      ],
      temporaryPassword: false,
    });
    const news = (await e2e.services.columns.list(siteId)).find((c) => c.code === 'news')?.id ?? '';
    const title = '区财政局关于做好2026年度惠民资金发放公示的通知';
    const source = await e2e.services.documents.importPublished(actor, siteId, {
      departmentId: financeId,
      publishedAt: new Date().toISOString(),
      indexNo: null,
      content: documentContent({
        title,
        writtenOn: '2026-03-02',
        bodyHtml: '<p>请各街道按要求做好公示。</p>',
        columnIds: [news],
      }),
    });

    const editor = await e2e.browser.newPage();
    await signInAs(editor, 'city-editor');
    await editor.getByLabel('按标题查找').fill(title);
    await editor.getByLabel('按标题查找').press('Enter');
    await editor
      .getByRole('row', { name: new RegExp(title) })
      .getByRole('button', { name: '同步发布' })
      .click();
    const dialog = editor.getByRole('dialog');
    await chooseOption(editor, dialog.getByLabel('目标站点'), '姑苏区双塔街道办事处');
    await dialog.getByLabel('在该站点的发布机构').click();
    await editor.locator('.ant-select-tree-node-content-wrapper[title="街道党政办"]').click();
    await dialog.getByLabel('在该站点的栏目').click();
    await editor.keyboard.type('政务动态');
    await editor.locator('.ant-select-tree-node-content-wrapper[title="政务动态"]').click();
    await editor.keyboard.press('Escape');
    await dialog.getByRole('button', { name: /^同步发布$/ }).click();
    await editor.getByText('已同步发布', { exact: true }).waitFor();
    // The copy is listed with the street site's own 索引号.
    await dialog.getByRole('cell', { name: /^ST\/\d{4}-00001$/ }).waitFor();
    const [copy] = await e2e.services.documents.syndications(actor, source?.id ?? '');
    expect(copy).toMatchObject({ siteName: '姑苏区双塔街道办事处', status: 'published' });
    await editor.close();
  });
});

describe('accessibility of the publishing pages', () => {
  it('has no serious or critical axe violations on home, column, catalogue and document pages, in normal and elder mode', async () => {
    const actor = systemActor('测试');
    const columns = await e2e.services.columns.list(siteId);
    const news = columns.find((c) => c.code === 'news');
    const publish = async (content: DocumentContent) => {
      const created = await e2e.services.documents.create(actor, siteId, financeId, content);
      await e2e.services.documents.submit(actor, created.id);
      await e2e.services.documents.review(actor, created.id, {
        approve: true,
        confidentialityReviewed: true,
        note: '',
      });
      await e2e.services.documents.publish(actor, created.id);
      return created;
    };
    const doc = await publish({
      title: '区财政局召开预算公开工作会议',
      docNo: '',
      writtenOn: '2026-03-02',
      subject: '政务动态',
      keywords: [],
      disclosure: 'proactive',
      validity: 'effective',
      replacedById: null,
      interpretsId: null,
      documentKind: null,
      summary: '',
      bodyHtml: '<p>会议部署了预算公开工作。</p>',
      source: '区财政局',
      columnIds: [news?.id ?? ''],
    });
    // An interpretation of it, so both ends of the link are checked.
    const interpretation = await publish({
      ...doc.latest.content,
      title: '图解：区财政局预算公开工作会议',
      interpretsId: doc.id,
      columnIds: [columns.find((c) => c.code === 'interpretations')?.id ?? ''],
    });

    for (const elder of [false, true]) {
      const context = await e2e.browser.newContext({ bypassCSP: true });
      if (elder) await context.addCookies([{ name: 'gk_elder', value: '1', url: e2e.base }]);
      const page = await context.newPage();
      const paths = [
        '/',
        `/columns/${news?.id}`,
        '/catalogue',
        `/documents/${doc.id}`,
        `/documents/${interpretation.id}`,
        `/guides/${financeId}`,
      ];
      for (const path of paths) {
        await page.goto(`${e2e.base}${path}`);
        if (elder) expect(await page.locator('html').getAttribute('class')).toContain('elder');
        const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious, `${elder ? '适老版 ' : ''}${path}`).toEqual([]);
      }
      await context.close();
    }
  });
});
