/**
 * npm run shots — screenshots of the main pages for a person to look at (issue 17): every kind of
 * portal page at 390 and 1366 px in 标准版 and 适老版, and the back office's pages at both widths, as
 * a site administrator sees them. The demo site on a fresh database, Debian's Chromium; the files go
 * to shots/ (or the directory given), named by width, mode and page.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { signInBackOffice, startE2E } from '../test/e2e/browser.js';
import { portalPages } from '../test/e2e/portal-pages.js';
import { createUser, TEST_PASSWORD } from '../test/helpers/app.js';

const out = path.resolve(process.argv[2] ?? 'shots');
mkdirSync(out, { recursive: true });
const e2e = await startE2E({ content: true });
const fileName = (p: string) =>
  p
    .replace(/^\/$/, 'home')
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'x')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
let count = 0;
try {
  const pages = await portalPages(e2e.browser, e2e.base, { perRoute: 1, limit: 40 });
  for (const width of [390, 1366])
    for (const elder of [false, true]) {
      const context = await e2e.browser.newContext({ viewport: { width, height: 900 } });
      if (elder) await context.addCookies([{ name: 'gk_elder', value: '1', url: e2e.base }]);
      const page = await context.newPage();
      for (const p of pages) {
        await page.goto(e2e.base + p);
        await page.screenshot({
          path: path.join(out, `portal-${width}-${elder ? 'elder' : 'normal'}-${fileName(p)}.png`),
          fullPage: true,
        });
        count++;
      }
      await context.close();
    }

  // The back office, as the demo site's administrator.
  const site = await e2e.services.sites.forHost('127.0.0.1');
  if (!site) throw new Error('the demo site is missing');
  await createUser(e2e.services, 'shots-admin', [{ siteId: site.id, role: 'site_admin', departmentId: null }]);
  for (const width of [390, 1366]) {
    const context = await e2e.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signInBackOffice(page, e2e.base, 'shots-admin', TEST_PASSWORD);
    for (const key of [
      'workbench',
      'documents',
      'requests',
      'messages',
      'serviceItems',
      'serviceCases',
      'workPlans',
      'site',
      'users',
      'audit',
    ]) {
      await page.goto(`${e2e.base}/admin/#/${key}`);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(out, `admin-${width}-${key}.png`), fullPage: true });
      count++;
    }
    await context.close();
  }
} finally {
  await e2e.close();
}
console.log(`${count} screenshots in ${out}`);
