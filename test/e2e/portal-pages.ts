import type { Browser } from 'playwright-core';

/** Addresses that are not pages to look at: switches, feeds, files, the back office. */
const NOT_A_PAGE =
  /^\/(?:preferences|admin|api|attachments)\b|\.(?:xml|pdf|docx?|xlsx?|png|jpe?g|svg|csv)$|\/feed|\/photos\//;

/** Pages no link leads to without filling in a form. */
const ENTRY_POINTS = ['/', '/requests/apply', '/requests/status', '/search?q=%E5%85%AC%E5%BC%80', '/no-such-page'];

/** A column at the path of its codes (/news/, /openness/statutory/art20-1/). */
export const COLUMN_PATH = /^\/[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*\/$/;

/**
 * The route a path stands for (/art/2026/03/02/01a2….html → /art/:date/:id, /openness/rules/ →
 * /:column/), so each kind of page is visited a few times, not all.
 */
function routeOf(path: string): string {
  const bare = path.split('?')[0]!;
  if (COLUMN_PATH.test(bare)) return '/:column/';
  return bare
    .replace(/^\/art\/\d{4}\/\d{2}\/\d{2}\//, '/art/:date/')
    .replace(/\/[0-9a-f]{8}-[0-9a-f-]{27}/g, '/:id')
    .replace(/\/[A-Z0-9][A-Za-z0-9-]{5,}(?=\/|$)/g, '/:code');
}

/**
 * Every kind of portal page, found the way a visitor finds them: following links from the home page
 * (and the few addresses only a form leads to), at most `perRoute` of each kind and `limit` in all.
 */
export async function portalPages(
  browser: Browser,
  base: string,
  { perRoute = 2, limit = 60 } = {},
): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = new Set<string>(ENTRY_POINTS);
  const perKind = new Map<string, number>();
  const queue = [...ENTRY_POINTS];
  const pages: string[] = [];
  while (queue.length > 0 && pages.length < limit) {
    const path = queue.shift()!;
    const response = await page.goto(base + path);
    if (!response || (response.status() >= 400 && path !== '/no-such-page')) continue;
    pages.push(path);
    const links = await page.$$eval('a[href^="/"]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of links) {
      const next = href.split('#')[0]!;
      if (!next || next.startsWith('//') || NOT_A_PAGE.test(next) || seen.has(next)) continue;
      seen.add(next);
      const kind = routeOf(next);
      if ((perKind.get(kind) ?? 0) >= perRoute) continue;
      perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
      queue.push(next);
    }
  }
  await context.close();
  return pages;
}
