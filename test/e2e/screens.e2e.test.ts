import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../helpers/app.js';
import { axeViolations, signInBackOffice, startE2E, type E2E } from './browser.js';
import { COLUMN_PATH, portalPages } from './portal-pages.js';

/**
 * Every kind of portal page on every screen (issue 17): a 320 px phone, a 390 px phone and a 1366 px
 * desktop, each in normal and 适老版, and on the smallest phone with every 无障碍 switch on too (high
 * contrast, wide spacing, large cursor, reading aloud: the toolbar open, the reading bar shown).
 * Nothing scrolls sideways; in 适老版 on a phone every control a finger must hit is at least 60×60 px
 * (website.md §7, 工信厅信管函〔2021〕67号); axe finds nothing serious or critical. The site is the
 * living demo (npm start), with its identity, related sites and 专题.
 */
let e2e: E2E;
let pages: string[];
beforeAll(async () => {
  e2e = await startE2E({ content: true });
  pages = await portalPages(e2e.browser, e2e.base);
});
afterAll(() => e2e.close());

const WIDTHS = [320, 390, 1366];
/** Controls a finger must hit: form controls, and the links of menus, trails and pagers. */
const CONTROLS =
  'button, input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea, summary, nav a, .switches a, .pager a, .entry-links a, .footer-links a, .site-map a, .topic-links a, .conac-mark';

/** 适老版, and 适老版 with every switch of the 无障碍 toolbar on. */
type Mode = boolean | 'all';
const COOKIES: Record<string, string[]> = {
  true: ['gk_elder'],
  false: [],
  all: ['gk_elder', 'gk_contrast', 'gk_spacing', 'gk_cursor', 'gk_speech'],
};

/** Each page in one browser context of this width and mode (one context, not one per page). */
async function visitAll(width: number, elder: Mode, look: (page: Page, path: string) => Promise<void>) {
  const context = await e2e.browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
  await context.addCookies(COOKIES[String(elder)]!.map((name) => ({ name, value: '1', url: e2e.base })));
  const page = await context.newPage();
  try {
    for (const path of pages) {
      await page.goto(e2e.base + path);
      // With every switch on, the toolbar is looked at open too.
      if (elder === 'all')
        await page.$$eval('details.a11y-toolbar', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await look(page, path);
    }
  } finally {
    await context.close();
  }
}

const mode = (elder: Mode) => (elder === 'all' ? '适老版+无障碍' : elder ? '适老版' : '标准版');

describe('the portal on every screen', () => {
  it('finds the pages to look at by following links, every kind of page among them', () => {
    for (const kind of [
      '/catalogue',
      '/services',
      '/messages',
      '/requests/apply',
      '/work-plans',
      '/no-such-page',
      '/sitemap',
    ])
      expect(pages).toContain(kind);
    expect(pages.some((p) => p.startsWith('/art/'))).toBe(true);
    expect(pages.some((p) => COLUMN_PATH.test(p))).toBe(true);
    // The demo's 专题 (a column the office added keeps /columns/<id>).
    expect(pages.some((p) => p.startsWith('/columns/'))).toBe(true);
  });

  it('never scrolls sideways, at 320, 390 and 1366 px, in 标准版 and 适老版', async () => {
    const wide: string[] = [];
    const passes: [number, Mode][] = [
      ...WIDTHS.flatMap((w): [number, Mode][] => [
        [w, false],
        [w, true],
      ]),
      [320, 'all'],
    ];
    for (const [width, elder] of passes)
      await visitAll(width, elder, async (page, path) => {
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) wide.push(`${width}px ${mode(elder)} ${path}: ${scrollWidth}px`);
      });
    expect(wide).toEqual([]);
  });

  it('gives every control at least 60×60 px in 适老版 on a phone', async () => {
    const small: string[] = [];
    for (const [width, elder] of [
      [320, 'all'],
      [390, true],
    ] as const)
      await visitAll(width, elder, async (page, path) => {
        const found = await page.$$eval(CONTROLS, (els) =>
          els
            .map((el) => ({ el, r: el.getBoundingClientRect() }))
            // Half a pixel for rounding; hidden controls (display: none) have no box.
            .filter(({ r }) => r.width > 0 && (r.width < 59.5 || r.height < 59.5))
            .map(
              ({ el, r }) =>
                `${el.tagName.toLowerCase()}「${(el.textContent ?? '').trim().slice(0, 10)}」${Math.round(r.width)}×${Math.round(r.height)}`,
            ),
        );
        for (const f of found) small.push(`${width}px ${path}: ${f}`);
      });
    expect(small).toEqual([]);
  });

  // One test per mode: each visits every page, and together they take about a minute.
  it.each([
    { elder: false, name: '标准版' },
    { elder: true, name: '适老版' },
    { elder: 'all', name: 'every display switch on' },
  ] as const)('has no serious or critical axe violations on any page, on a phone in $name', async ({ elder }) => {
    const violations: string[] = [];
    await visitAll(390, elder, async (page, path) => {
      for (const v of await axeViolations(page))
        if (v.impact === 'serious' || v.impact === 'critical')
          violations.push(`${mode(elder)} ${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });
});

describe('朗读 (website.md §7: pages read aloud, with an on/off switch)', () => {
  it('switches on from the 无障碍 toolbar, reads the whole page, and reads what the keyboard moves to', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(`${e2e.base}/sitemap`);
      await expect(page.locator('.read-aloud-bar').count()).resolves.toBe(0);
      // On a phone the switches are behind the 菜单 button.
      const menu = page.locator('.phone-menu');
      await menu.getByText('菜单', { exact: true }).click();
      await menu.getByText('无障碍', { exact: true }).click();
      await menu.getByRole('link', { name: '开启朗读' }).click();
      await page.waitForURL(`${e2e.base}/sitemap`);
      const bar = page.getByRole('region', { name: '朗读' });
      await bar.getByRole('button', { name: '朗读全文' }).click();
      await expect(page.locator('main').getAttribute('class')).resolves.toContain('reading');
      await expect(bar.getByRole('status').textContent()).resolves.toBe('正在朗读全文');
      await page.getByRole('link', { name: '网站地图' }).last().focus();
      await expect(page.locator('a.reading').textContent()).resolves.toBe('网站地图');
      await bar.getByRole('button', { name: '停止' }).click();
      await expect(page.locator('.reading').count()).resolves.toBe(0);
      // The same switch turns it off again.
      await menu.getByText('菜单', { exact: true }).click();
      await menu.getByText(/^无障碍/).click();
      await menu.getByRole('link', { name: '关闭朗读' }).click();
      await page.waitForURL(`${e2e.base}/sitemap`);
      await expect(page.locator('.read-aloud-bar').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('the back office on a phone', () => {
  it('opens its menu from the header and never scrolls sideways at 390 px', async () => {
    const site = (await e2e.services.sites.forHost('127.0.0.1'))!;
    await createUser(e2e.services, 'phone-admin', [{ siteId: site.id, role: 'site_admin', departmentId: null }]);
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signInBackOffice(page, e2e.base, 'phone-admin', TEST_PASSWORD);
    await page.getByRole('button', { name: '打开菜单' }).click();
    const keys = await page
      .locator('.ant-drawer a[href^="#/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(keys).toContain('#/audit');
    const wide: string[] = [];
    for (const key of keys) {
      await page.goto(`${e2e.base}/admin/${key}`);
      await page.getByRole('heading', { level: 3 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > 390) wide.push(`${key}: ${scrollWidth}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});
