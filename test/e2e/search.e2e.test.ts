import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/auth/actor.js';
import { contentOf } from '../fixtures/search/corpus.js';
import { axeViolations, startE2E, type E2E } from './browser.js';

/**
 * Issue 5: search and the assistant with JavaScript off, their accessibility in normal and elder
 * mode, and the counter staff's look-up and the office's synonyms in the back office.
 */
let e2e: E2E;
let entryId = '';

beforeAll(async () => {
  e2e = await startE2E();
  const actor = systemActor('测试');
  const site = (await e2e.services.sites.list(actor))[0];
  const siteId = site?.id ?? '';
  const office = (await e2e.services.departments.list(siteId)).find((d) => d.shortName === '区党政办');
  const departmentId = office?.id ?? '';
  for (const [title, docNo, body, publishedOn] of [
    [
      '城乡最低生活保障申请办理指南',
      '',
      '申请条件：家庭人均收入低于低保标准。办理地点：街道社会救助窗口。',
      '2024-05-08',
    ],
    ['关于调整城乡最低生活保障标准的通知', '姑民发〔2024〕5号', '城乡低保标准调整为每人每月1135元。', '2024-06-20'],
    ['特困人员救助供养办理指南', '', '对无劳动能力的老年人、残疾人给予特困供养。', '2023-05-09'],
  ] as const)
    await e2e.services.documents.importPublished(actor, siteId, {
      departmentId,
      content: contentOf({ key: title, department: '', title, docNo, body, publishedOn }),
      publishedAt: `${publishedOn}T02:00:00.000Z`,
      indexNo: null,
    });
  const entry = await e2e.services.assistant.save(actor, siteId, {
    departmentId,
    question: '低保怎么申请？',
    alternatives: ['最低生活保障如何办理'],
    answer: '向户籍所在地街道社会救助窗口提出书面申请。',
    sourceDocumentId: null,
    validUntil: null,
  });
  entryId = entry.id;
  await e2e.services.users.create(actor, {
    account: 'gongkai-office',
    name: '公开办',
    password: 'Zhengwu-Gongkai-2026',
    grants: [{ siteId, role: 'site_admin', departmentId: null }],
    temporaryPassword: false,
  });
});
afterAll(() => e2e?.close());

describe('searching the portal', () => {
  it('works without JavaScript: the header box, results, a facet and the order', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.base}/`);
    await page.getByLabel('搜索本站').fill('低保');
    await page.getByLabel('搜索本站').press('Enter');
    await page.getByRole('heading', { name: /共找到 \d+ 条结果/ }).waitFor();
    const results = page.locator('.search-results li');
    expect(await results.count()).toBe(3);
    // Results are read before the filters (a phone shows them first); a wide screen puts the filters left.
    const [resultsBox, facetsBox] = [
      await page.locator('.results').boundingBox(),
      await page.locator('.facets').boundingBox(),
    ];
    expect(facetsBox!.x).toBeLessThan(resultsBox!.x);
    expect(
      await page.evaluate(() =>
        Boolean(document.querySelector('.results')!.compareDocumentPosition(document.querySelector('.facets')!) & 4),
      ),
    ).toBe(true);
    await expect(page.locator('.search-results mark').first().innerText()).resolves.toBe('低保');
    await page.getByRole('link', { name: /咨询问答（1）/ }).click();
    expect(await page.locator('.search-results li').count()).toBe(1);
    await page.getByRole('link', { name: '不限' }).first().click();
    await page.getByRole('link', { name: '按时间' }).click();
    const dates = await page.locator('.search-results time').allInnerTexts();
    expect(dates).toHaveLength(3);
    expect(dates).toEqual([...dates].sort().reverse());
    // A 文号 typed with other brackets.
    await page.getByLabel('搜索关键词').fill('姑民发[2024]5号');
    await page.getByRole('button', { name: '搜索', exact: true }).last().click();
    await expect(page.locator('.search-results h3').first().innerText()).resolves.toBe(
      '关于调整城乡最低生活保障标准的通知',
    );
    await context.close();
  });

  it('answers a question without JavaScript', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.base}/assistant`);
    await page.getByLabel('您的问题').fill('最低生活保障怎么办理');
    await page.getByRole('button', { name: '提问' }).click();
    await page.getByRole('heading', { name: '为您找到以下答案' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('向户籍所在地街道社会救助窗口提出书面申请。');
    expect(page.url()).not.toContain('最低');
    await context.close();
  });

  it('has no WCAG 2.1 AA violations on the search and assistant pages, also in elder mode', async () => {
    const page = await e2e.browser.newPage({ bypassCSP: true });
    const paths = [
      '/search',
      `/search?q=${encodeURIComponent('低保')}`,
      '/search?q=qwxyz',
      '/assistant',
      `/assistant/entries/${entryId}`,
    ];
    for (const elder of [false, true]) {
      if (elder) await page.goto(`${e2e.base}/preferences?elder=1&back=/`);
      for (const path of paths) {
        await page.goto(`${e2e.base}${path}`);
        expect(await axeViolations(page), `${path}${elder ? '（适老版）' : ''}`).toEqual([]);
      }
      await page.goto(`${e2e.base}/assistant`);
      await page.getByLabel('您的问题').fill('低保怎么申请');
      await page.getByRole('button', { name: '提问' }).click();
      await page.getByRole('heading', { name: '为您找到以下答案' }).waitFor();
      expect(await axeViolations(page), 'assistant answer').toEqual([]);
    }
    await page.close();
  });
});

describe('the back office', () => {
  it('gives counter staff the same answers, and lets the office add a synonym', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.base}/admin/#/knowledge`);
    await page.getByLabel('账号').fill('gongkai-office');
    await page.getByLabel('密码').fill('Zhengwu-Gongkai-2026');
    await page.getByRole('button', { name: /^登\s?录$/ }).click();
    await page.getByRole('heading', { name: '咨询问答' }).waitFor();
    await page.getByLabel('群众的问题').fill('低保怎么申请');
    await page.getByRole('button', { name: /查\s?询/ }).click();
    await page.getByText('向户籍所在地街道社会救助窗口提出书面申请。').waitFor();

    await page.goto(`${e2e.base}/admin/#/search`);
    await page.getByRole('tab', { name: '同义词' }).click();
    await page.getByLabel('同义词组').fill('救助金');
    await page.keyboard.press('Enter');
    await page.getByLabel('同义词组').fill('最低生活保障');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^添\s?加$/ }).click();
    await page.getByRole('cell', { name: /救助金/ }).waitFor();
    await page.close();
    const res = await fetch(`${e2e.base}/api/v1/search?q=${encodeURIComponent('救助金')}`);
    expect(((await res.json()) as { total: number }).total).toBeGreaterThan(0);
  });
});
