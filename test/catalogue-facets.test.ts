import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/platform/auth/actor.js';
import { createWorld, testApp, type TestApp, type World } from './helpers/app.js';
import { documentContent } from './helpers/documents.js';

/**
 * The catalogue's subject and year filters are counted in the database (issue 18: a site of
 * 200,000 documents took ~0.9 s to list them by reading every one); the years are China's.
 */
let t: TestApp;
let w: World;
const host = { host: 'site-3205080001.test' };

beforeAll(async () => {
  t = await testApp();
  w = await createWorld(t.services);
  const news = (await t.services.columns.list(w.siteId)).find((c) => c.code === 'news')!.id;
  const archive = (title: string, subject: string, publishedAt: string, disclosure = 'proactive' as const) =>
    t.services.documents.importPublished(systemActor('测试'), w.siteId, {
      departmentId: w.deptA,
      content: documentContent({ title, subject, columnIds: [news], disclosure }),
      publishedAt,
      indexNo: null,
    });
  // 16:30 UTC on 31 December is 00:30 on 1 January in China; 15:59 is still the old year.
  await archive('元旦零点半发布的通知', '政务动态', '2021-12-31T16:30:00.000Z');
  await archive('除夕前发布的通知', '财政信息', '2019-12-31T15:59:00.000Z');
  await archive('年中发布的通知', '政务动态', '2019-06-01T02:00:00.000Z');
});
afterAll(() => t.close());

describe('the catalogue’s filters', () => {
  it('offer each subject and each China-time year of the public documents once, newest year first', async () => {
    expect(await t.services.documents.publicFacets(w.siteId)).toEqual({
      subjects: ['政务动态', '财政信息'].sort(),
      years: [2022, 2019],
    });
    const html = (await t.app.inject({ url: '/catalogue', headers: host })).body;
    expect(html).toContain('<option value="2022"');
    expect(html).not.toContain('<option value="2021"');
  });
});

describe('a list of several columns (a catalogue node)', () => {
  it('gives each document once, newest first, page after page, however many columns it is filed under', async () => {
    const columns = await t.services.columns.list(w.siteId);
    const [a, b, c, outside] = ['notices', 'interpretations', 'art21-1', 'news'].map(
      (code) => columns.find((x) => x.code === code)!.id,
    );
    const file = (title: string, columnIds: string[], publishedAt: string) =>
      t.services.documents.importPublished(systemActor('测试'), w.siteId, {
        departmentId: w.deptA,
        content: documentContent({ title, subject: '', columnIds }),
        publishedAt,
        indexNo: null,
      });
    // Eight documents over three columns, two of them filed twice, one published at the same instant
    // as another, one also filed under a column outside the list (counted once, not taken away).
    await file('甲', [a!], '2024-03-01T02:00:00.000Z');
    await file('乙', [a!, b!], '2024-03-05T02:00:00.000Z');
    await file('丙', [b!], '2024-03-03T02:00:00.000Z');
    await file('丁', [c!], '2024-03-04T02:00:00.000Z');
    await file('戊', [b!, c!], '2024-03-02T02:00:00.000Z');
    await file('己', [c!], '2024-03-06T02:00:00.000Z');
    await file('庚', [a!], '2024-03-06T02:00:00.000Z');
    await file('辛', [a!, outside!], '2024-02-01T02:00:00.000Z');
    const titles: string[] = [];
    let total = 0;
    for (let offset = 0; offset < 9; offset += 2) {
      const list = await t.services.documents.publicList(w.siteId, { columnIds: [a!, b!, c!], limit: 2, offset });
      titles.push(...list.rows.map((r) => r.content.title));
      total = list.total;
    }
    expect(total).toBe(8);
    expect(titles.slice(2)).toEqual(['乙', '丁', '丙', '戊', '甲', '辛']);
    expect(titles.slice(0, 2).sort()).toEqual(['己', '庚'].sort());
    // Past the first thousand the list is read the plain way (all filings sorted): the same order.
    const plain = await t.services.documents.publicList(w.siteId, { columnIds: [a!, b!, c!], limit: 1001, offset: 0 });
    expect(plain.rows.map((r) => r.content.title)).toEqual(titles);
  });

  it('merges the columns’ own orders at any depth when no document is filed under two of them', async () => {
    const columns = await t.services.columns.list(w.siteId);
    const ids = ['art21-2', 'art21-3', 'art21-4'].map((code) => columns.find((x) => x.code === code)!.id);
    const titles = ['子', '丑', '寅', '卯', '辰', '巳', '午'];
    // Filed once each, round the three columns; 卯 and 辰 at the same instant (the later id first).
    const at = ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-04', '2024-05-06', '2024-05-07'];
    for (const [i, title] of titles.entries())
      await t.services.documents.importPublished(systemActor('测试'), w.siteId, {
        departmentId: w.deptA,
        content: documentContent({ title, subject: '', columnIds: [ids[i % 3]!] }),
        publishedAt: `${at[i]}T02:00:00.000Z`,
        indexNo: null,
      });
    const listed: string[] = [];
    for (let offset = 0; offset < 8; offset += 3) {
      const page = await t.services.documents.publicList(w.siteId, { columnIds: ids, limit: 3, offset });
      expect(page.total).toBe(7);
      listed.push(...page.rows.map((r) => r.content.title));
    }
    expect(listed.slice(0, 2)).toEqual(['午', '巳']);
    expect(listed.slice(2, 4).sort()).toEqual(['卯', '辰'].sort());
    expect(listed.slice(4)).toEqual(['寅', '丑', '子']);
  });
});

describe('the whole catalogue', () => {
  it('pages the public documents newest first (the later of two at one instant first), counting only them', async () => {
    const file = (title: string, publishedAt: string, disclosure: 'proactive' | 'withheld' = 'proactive') =>
      t.services.documents.importPublished(systemActor('测试'), w.siteId, {
        departmentId: w.deptA,
        content: documentContent({ title, subject: '分页测试', columnIds: [], disclosure }),
        publishedAt,
        indexNo: null,
      });
    await file('一', '2023-01-01T02:00:00.000Z');
    await file('二', '2023-01-02T02:00:00.000Z');
    await file('三', '2023-01-02T02:00:00.000Z');
    await file('不公开', '2023-01-03T02:00:00.000Z', 'withheld');
    await file('四', '2023-01-04T02:00:00.000Z');
    const pages = [];
    for (let offset = 0; offset < 5; offset++) {
      const page = await t.services.documents.publicList(w.siteId, { subject: '分页测试', limit: 1, offset });
      expect(page.total).toBe(4);
      pages.push(...page.rows.map((r) => r.content.title));
    }
    expect(pages).toEqual(['四', '三', '二', '一']);
  });
});
