import { createRequire } from 'node:module';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp, type Services } from '../../src/app.js';
import type { DatabaseHandle } from '../../src/db/database.js';
import { systemClock } from '../../src/platform/clock/clock.js';
import { seedDemoContent } from '../../src/seed/demo-content.js';
import { seedDemoIfEmpty } from '../../src/seed/demo.js';
import { testConfig } from '../helpers/app.js';
import { freshDatabase } from '../helpers/db.js';

/** Debian's package; `CHROMIUM_PATH` may point elsewhere on a developer's machine. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface E2E {
  base: string;
  services: Services;
  browser: Browser;
  adminPassword: string;
  /** Every line the server logged (level info), to check that nothing personal reaches the log. */
  log: string[];
  close(): Promise<void>;
}

/**
 * The real server on a random port with the demo site, and a headless Chromium; with `content`, the
 * demo site's documents, answers and requests too, as `npm start` seeds them.
 */
export async function startE2E({ content = false } = {}): Promise<E2E> {
  const database: DatabaseHandle & { dataDir: string } = await freshDatabase();
  const config = testConfig(database.dataDir, { GONGKAI_LOG_LEVEL: 'info' });
  const seed = await seedDemoIfEmpty({ database, clock: systemClock, config });
  const log: string[] = [];
  const { app, services } = await buildApp(config, { database, logStream: { write: (line) => void log.push(line) } });
  if (content && seed.siteId) await seedDemoContent(services, database.db, seed.siteId, systemClock);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    base: `http://127.0.0.1:${port}`,
    services,
    browser,
    adminPassword: seed.adminPassword ?? '',
    log,
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page against WCAG 2.1 A and AA (website.md §7: target WCAG 2.1 AA). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/** Signs a page in to the back office as `account` (a test user with the test password). */
export async function signInBackOffice(page: Page, base: string, account: string, password: string): Promise<void> {
  await page.goto(`${base}/admin/`);
  await page.getByLabel('账号').fill(account);
  await page.getByLabel('密码').fill(password);
  // Ant Design spaces two-character button labels ("登 录").
  await page.getByRole('button', { name: /^登\s?录$/ }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor();
}

/**
 * Picks `option` in the Ant Design select `field` and waits until the select shows it. On a busy
 * machine a click that lands while the list is still opening is now and then lost
 * (CI, 2026-12-01: a progress report went out as 未开始 with 60%), and a list that is closing may
 * still be visible: the list is the visible one that holds the field's `<id>_list`.
 */
export async function chooseOption(page: Page, field: Locator, option: string): Promise<void> {
  const id = await field.getAttribute('id');
  const list = page.locator('.ant-select-dropdown:visible', { has: page.locator(`[id="${id}_list"]`) });
  const select = field.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  for (let attempt = 1; ; attempt++) {
    try {
      if ((await list.count()) === 0) await field.click();
      await list.waitFor({ timeout: 5_000 });
      // The option titled exactly so, else the first that contains it (labels with a suffix).
      const exact = list.locator(`.ant-select-item-option[title="${option}"]`);
      const item = (await exact.count()) > 0 ? exact : list.locator('.ant-select-item-option', { hasText: option });
      await item.first().click({ timeout: 5_000 });
      await expect.poll(async () => (await select.textContent()) ?? '', { timeout: 2_000 }).toContain(option);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
