/**
 * npm run bench:lighthouse — Lighthouse's accessibility and SEO scores (issue 17: both ≥ 95) on the
 * home page, a column, a document and search, in 标准版 and 适老版, on the demo site with Debian's
 * Chromium. Lighthouse is pinned to 12.2.3, the last release that runs on Node 20 (13 needs 22).
 * Appends the table to bench/RESULTS.md and prints every audit that did not pass.
 */
import { appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { documentHref } from '../src/modules/documents/documents.paths.js';
import { startE2E } from '../test/e2e/browser.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const e2e = await startE2E({ content: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const rows: string[] = [];
const failed: string[] = [];
let lowest = 100;
try {
  const site = (await e2e.services.sites.forHost('127.0.0.1'))!;
  const [doc] = (await e2e.services.documents.publicList(site.id, { limit: 1, offset: 0 })).rows;
  if (!doc) throw new Error('the demo site has no public document');
  const pages = {
    首页: '/',
    栏目: '/news/',
    文件: documentHref(doc),
    搜索: `/search?q=${encodeURIComponent('政务公开')}`,
  };
  for (const [name, url] of Object.entries(pages))
    for (const elder of [false, true]) {
      const result = await lighthouse(e2e.base + url, {
        port: chrome.port,
        onlyCategories: ['accessibility', 'seo'],
        extraHeaders: elder ? { Cookie: 'gk_elder=1' } : {},
        logLevel: 'error',
      });
      const lhr = result!.lhr;
      const score = (key: string) => Math.round((lhr.categories[key]?.score ?? 0) * 100);
      const [a11y, seo] = [score('accessibility'), score('seo')];
      lowest = Math.min(lowest, a11y, seo);
      rows.push(
        `| ${name} ${elder ? '适老版' : '标准版'} | \`${url.replace(/[0-9a-f-]{36}/, '<id>')}\` | ${a11y} | ${seo} |`,
      );
      for (const category of ['accessibility', 'seo'])
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
            failed.push(`${name}${elder ? '（适老版）' : ''} ${category}: ${ref.id} — ${audit.title}`);
        }
    }
} finally {
  chrome.kill();
  await e2e.close();
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`;
const report = `
## bench:lighthouse — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

Machine: ${machine}, Debian Chromium, Lighthouse 12.2.3 (mobile emulation), the demo site. Target
(issue 17): accessibility and SEO ≥ 95 on every page — ${lowest >= 95 ? 'met' : 'missed'} (lowest ${lowest}).

| page | address | accessibility | SEO |
| --- | --- | ---: | ---: |
${rows.join('\n')}
${failed.length ? `\nAudits not passed:\n${failed.map((f) => `- ${f}`).join('\n')}\n` : ''}`;
console.log(report);
if (!process.env.BENCH_NO_RECORD) appendFileSync(path.join(root, 'bench', 'RESULTS.md'), report);
