import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { up } from '../../db/migrations/2026_12_01_0032_search_site_lexeme.js';
import { dbEnv, runCli } from '../../../test/helpers/cli.js';
import { count, testAppWithAdmin, type Session, type TestApp, type World } from '../../../test/helpers/app.js';
import { systemActor } from '../../platform/auth/actor.js';
import type { DocumentContent } from '../documents/documents.model.js';
import { documentHref } from '../documents/documents.paths.js';
import { documentContent } from '../../../test/helpers/documents.js';
import { titleWordCounts } from './search.repository.js';
import type { SearchResult } from './search.service.js';

let t: TestApp;
let w: World;
let admin: Session;
const host = () => `site-3205080001.test`;

const content = documentContent;

async function put(over: Partial<DocumentContent>, publishedAt = '2025-06-01T02:00:00.000Z', departmentId = w.deptA) {
  const doc = await t.services.documents.importPublished(systemActor(), w.siteId, {
    departmentId,
    content: content(over),
    publishedAt,
    indexNo: null,
  });
  if (!doc) throw new Error('not imported');
  return doc.id;
}

async function search(query: Record<string, string>): Promise<SearchResult> {
  const res = await t.app.inject({
    url: `/api/v1/search?${new URLSearchParams(query).toString()}`,
    headers: { host: host() },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<SearchResult>();
}
const titles = (r: SearchResult) => r.hits.map((h) => h.title);

let notice: string;
let fund: string;
let interpretation: string;

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin());
  notice = await put(
    {
      title: '关于做好2018年政务公开工作的通知',
      docNo: '姑政办发〔2018〕12号',
      keywords: ['政务公开'],
      bodyHtml: '<p>各街道、各部门：为深化简政放权、放管结合、优化服务改革，现就政务公开工作通知如下。</p>',
    },
    '2018-04-10T02:00:00.000Z',
  );
  fund = await put(
    {
      title: '住房公积金贷款办理指南',
      bodyHtml: '<p>职工申请住房公积金贷款，应提交身份证明、购房合同等材料。</p>',
      validity: 'effective',
    },
    '2024-03-01T02:00:00.000Z',
    w.deptB,
  );
  interpretation = await put(
    {
      title: '《关于做好2018年政务公开工作的通知》政策解读',
      interpretsId: notice,
      bodyHtml: '<p>一、出台背景。二、主要内容：围绕放管服改革推进政务公开。</p>',
    },
    '2018-04-12T02:00:00.000Z',
  );
  await put(
    { title: '2016年城乡最低生活保障标准调整的通知', validity: 'expired', bodyHtml: '<p>提高低保标准。</p>' },
    '2016-01-05T02:00:00.000Z',
  );
});
afterAll(() => t.close());

describe('searching published documents', () => {
  it('finds a document by its title and answers in the documented shape, with highlighted snippets', async () => {
    const r = await search({ q: '住房公积金贷款' });
    expect(r.total).toBe(1);
    expect(r.match).toBe('all');
    expect(r.hits[0]).toMatchObject({
      title: '住房公积金贷款办理指南',
      url: documentHref({ id: fund, publishedAt: '2024-03-01T02:00:00.000Z' }),
      type: 'document',
      publisher: '乙局',
      publishedAt: '2024-03-01T02:00:00.000Z',
    });
    expect(r.hits[0]?.snippet).toContain('<mark>住房公积金贷款</mark>');
    expect(r.facets.publisher).toEqual([{ value: w.deptB, label: '乙局', count: 1 }]);
  });

  it('finds a 文号 however its brackets are written', async () => {
    for (const q of ['姑政办发[2018]12号', '姑政办发（2018）12号', '姑政办发【2018】12号']) {
      const r = await search({ q });
      expect(titles(r)[0], q).toBe('关于做好2018年政务公开工作的通知');
    }
  });

  it('types interpretations, and filters and counts by type, year and validity', async () => {
    const r = await search({ q: '政务公开' });
    expect(
      r.hits.find((h) => h.url === documentHref({ id: interpretation, publishedAt: '2018-04-12T02:00:00.000Z' }))?.type,
    ).toBe('interpretation');
    expect(r.facets.type).toEqual(
      expect.arrayContaining([
        { value: 'document', label: '政府信息', count: 1 },
        { value: 'interpretation', label: '政策解读', count: 1 },
      ]),
    );
    expect(titles(await search({ q: '政务公开', type: 'interpretation' }))).toEqual([
      '《关于做好2018年政务公开工作的通知》政策解读',
    ]);
    expect((await search({ q: '低保', validity: 'effective' })).total).toBe(0);
    expect((await search({ q: '低保', year: '2016' })).total).toBe(1);
  });

  it('finds by synonyms: the built-in groups and the ones the office adds', async () => {
    // 放管服 ↔ 简政放权、放管结合、优化服务 is a default group.
    expect(titles(await search({ q: '简政放权' }))).toContain('《关于做好2018年政务公开工作的通知》政策解读');
    expect((await search({ q: '房贷' })).total).toBe(0);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/search/synonyms?siteId=${w.siteId}`,
      headers: admin.headers,
      payload: { words: ['房贷', '住房公积金贷款'] },
    });
    expect(res.statusCode, res.body).toBe(201);
    // Synonym words are kept whole from now on; the index is rebuilt by a background job to match.
    await t.jobs.runner.runDue();
    expect(titles(await search({ q: '房贷' }))).toEqual(['住房公积金贷款办理指南']);
  });

  it('corrects a near-miss query and says so', async () => {
    const r = await search({ q: '公基金' });
    expect(r.searchedFor).toBe('公积金');
    expect(titles(r)).toEqual(['住房公积金贷款办理指南']);
  });

  it('counts the words of the latest titles for corrections, the same way on both databases', async () => {
    const rows = await t.database.db
      .selectFrom('search_entries')
      .select(['title_words', 'published_at'])
      .where('site_id', '=', w.siteId)
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    const expected = (titles: typeof rows) => {
      const counts = new Map<string, number>();
      for (const r of titles)
        for (const word of r.title_words.split(' ')) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
      return counts;
    };
    expect(rows.length).toBeGreaterThan(2);
    expect(await titleWordCounts(t.database.db, w.siteId, 1000)).toEqual(expected(rows));
    expect(await titleWordCounts(t.database.db, w.siteId, 2)).toEqual(expected(rows.slice(0, 2)));
  });

  it('searches quoted phrases as written', async () => {
    expect((await search({ q: '“购房合同”' })).total).toBe(1);
    // Both words occur, but not as this phrase.
    expect((await search({ q: '“合同购房”' })).total).toBe(0);
  });

  it('falls back to results matching some words, marked as such', async () => {
    const r = await search({ q: '公积金 火星' });
    expect(r.match).toBe('any');
    expect(titles(r)).toContain('住房公积金贷款办理指南');
  });

  it('takes a withdrawn document out of the results in the same transaction', async () => {
    const id = await put({ title: '临时交通管制公告', bodyHtml: '<p>管制期间车辆绕行。</p>' });
    expect((await search({ q: '交通管制' })).total).toBe(1);
    await t.services.documents.withdraw(systemActor(), id, '管制结束');
    expect((await search({ q: '交通管制' })).total).toBe(0);
  });

  it('never finds withheld or unpublished documents', async () => {
    await put({ title: '内部绝密事项清单', disclosure: 'withheld' });
    const draft = await t.services.documents.create(
      systemActor(),
      w.siteId,
      w.deptA,
      content({ title: '尚未发布的草稿事项' }),
    );
    expect(draft.latest.state).toBe('draft');
    expect((await search({ q: '绝密事项' })).total).toBe(0);
    expect((await search({ q: '草稿事项' })).total).toBe(0);
  });
});

describe('what was searched', () => {
  it('counts queries and lists those that found nothing for the office, keeping nothing personal', async () => {
    for (let i = 0; i < 3; i++) await search({ q: '公积金' });
    await search({ q: '无人问津的话题' });
    await search({ q: '张三 13912345678' });
    await t.services.search.flushQueries();
    const res = await t.app.inject({ url: `/api/v1/search/queries?siteId=${w.siteId}`, headers: admin.headers });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<{ zeroResults: { query: string }[]; top: { query: string; searches: number }[] }>();
    expect(report.zeroResults.map((r) => r.query)).toContain('无人问津的话题');
    expect(report.top).toContainEqual(expect.objectContaining({ query: '公积金', searches: 3 }));
    const all = JSON.stringify(report);
    expect(all).not.toContain('13912345678');
    // Only the office sees the report.
    const anonymous = await t.app.inject({ url: `/api/v1/search/queries?siteId=${w.siteId}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('keeps the window’s counts when a visitor sends a control character (issue 13 §5)', async () => {
    await t.app.inject({ url: `/search?q=${encodeURIComponent('公积金提取')}`, headers: { host: host() } });
    const bad = await t.app.inject({ url: '/search?q=%00x', headers: { host: host() } });
    expect(bad.statusCode).toBe(400);
    await t.services.search.flushQueries();
    const report = (
      await t.app.inject({ url: `/api/v1/search/queries?siteId=${w.siteId}`, headers: admin.headers })
    ).json<{ top: { query: string }[]; zeroResults: { query: string }[] }>();
    expect([...report.top, ...report.zeroResults].map((r) => r.query)).toContain('公积金提取');
  });

  it('shows visitors only the hot searches the office approved (issue 13 §6)', async () => {
    const hotOnPage = async () => {
      const page = await t.app.inject({ url: `/search?q=${encodeURIComponent('qwxyz')}`, headers: { host: host() } });
      return page.body;
    };
    // Anyone can search a phrase as often as they like: it is counted, never shown.
    for (let i = 0; i < 10; i++) await search({ q: '政务公开 广告词' });
    await t.services.search.flushQueries();
    expect(await t.services.search.hotQueries(w.siteId)).not.toContain('政务公开 广告词');
    expect(await hotOnPage()).not.toContain('广告词');

    const approve = (query: string, headers: Record<string, string> = admin.headers) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/search/hot-queries?siteId=${w.siteId}`,
        headers,
        payload: { query },
      });
    expect((await approve('公积金')).statusCode).toBe(200);
    expect(await t.services.search.hotQueries(w.siteId)).toEqual(['公积金']);
    expect(await hotOnPage()).toContain('公积金');
    // Not personal information, not by anyone but the office.
    const personal = await approve('张三 13912345678');
    expect(personal.json().error.code).toBe('SEARCH_HOT_QUERY_INVALID');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/search/hot-queries?siteId=${w.siteId}`,
          payload: { query: 'x' },
        })
      ).statusCode,
    ).toBe(401);

    const report = (
      await t.app.inject({ url: `/api/v1/search/queries?siteId=${w.siteId}`, headers: admin.headers })
    ).json<{
      hot: { query: string }[];
    }>();
    expect(report.hot.map((h) => h.query)).toEqual(['公积金']);
    const withdrawn = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/search/hot-queries/${encodeURIComponent('公积金')}?siteId=${w.siteId}`,
      headers: admin.headers,
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(await t.services.search.hotQueries(w.siteId)).toEqual([]);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'search.hot_query.%')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['search.hot_query.approve', 'search.hot_query.withdraw']);
  });
});

describe('the search page', () => {
  it('works without JavaScript: results, facets as links, and the query kept in the box', async () => {
    const res = await t.app.inject({
      url: '/search?q=%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80',
      headers: { host: host() },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('共找到 2 条结果');
    expect(res.body).toContain('value="政务公开"');
    expect(res.body).toContain(`href="${documentHref({ id: notice, publishedAt: '2018-04-10T02:00:00.000Z' })}"`);
    expect(res.body).toMatch(/href="\/search\?q=[^"]*type=interpretation"/);
    expect(res.body).not.toContain('<script');
  });

  it('offers the correction and hot searches when nothing is found', async () => {
    await t.services.search.approveHotQuery(systemActor('测试'), w.siteId, '公积金');
    const res = await t.app.inject({ url: `/search?q=${encodeURIComponent('qwxyz')}`, headers: { host: host() } });
    expect(res.body).toContain('没有找到相关内容');
    expect(res.body).toContain('热门搜索');
  });
});

describe("the office's dictionary", () => {
  it('keeps an added word whole and rebuilds the index so that old documents are found by it', async () => {
    await put({ title: '桃花坞片区保护更新规划公示', bodyHtml: '<p>桃花坞片区保护更新。</p>' });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/search/words?siteId=${w.siteId}`,
      headers: admin.headers,
      payload: { word: '桃花坞片区' },
    });
    expect(res.statusCode, res.body).toBe(200);
    // The index is rebuilt by a background job.
    await t.jobs.runner.runDue();
    expect(titles(await search({ q: '桃花坞片区' }))).toEqual(['桃花坞片区保护更新规划公示']);
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/search/words?siteId=${w.siteId}`,
      headers: admin.headers,
      payload: { word: '有 空格' },
    });
    expect(bad.json()).toMatchObject({ error: { code: 'SEARCH_WORD_INVALID' } });
    expect(await count(t.database, 'search_words')).toBe(1);
  });
});

describe('./bin/gongkai search', () => {
  it('prints the same JSON as the API', async () => {
    const cli = await runCli(['search', '住房公积金贷款', '--json', '--site', '3205080001'], dbEnv(t.database));
    expect(cli.code, cli.stderr).toBe(0);
    const api = await search({ q: '住房公积金贷款' });
    expect(JSON.parse(cli.stdout)).toEqual(api);
  });
});

describe('the site in the index', () => {
  it('finds again, after migration 0032, an entry written before PostgreSQL vectors held their site', async () => {
    const id = await put({ title: '老城区燃气管道改造工程公示', bodyHtml: '<p>燃气管道改造。</p>' });
    if (t.database.dialect === 'postgres') {
      // As the entry stood before: its words without the site's lexeme, so the query no longer finds it.
      await sql`update search_entries set vector = ts_delete(vector, ${`§${w.siteId}`}) where key = ${`document:${id}`}`.execute(
        t.database.db,
      );
      expect(titles(await search({ q: '燃气管道改造' }))).toEqual([]);
    }
    await up(t.database.db as Kysely<unknown>);
    expect(titles(await search({ q: '燃气管道改造' }))).toEqual(['老城区燃气管道改造工程公示']);
  });
});
