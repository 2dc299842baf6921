import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, testApp, type TestApp, type World } from '../../../test/helpers/app.js';
import { onPostgres } from '../../../test/helpers/db.js';
import { searchEngine, type SearchEntry } from '../../platform/search/engine.js';
import { wordShares } from '../../platform/search/postgres.js';

// What keeps search fast on a city's sites (issue 18 §8, bench:scale) must not change what it finds.

let t: TestApp;
let w: World;

function entry(n: number, title: string, bodyText: string): SearchEntry {
  return {
    key: `document:scale-${n}`,
    siteId: w.siteId,
    type: 'document',
    title,
    url: `/documents/scale-${n}`,
    departmentId: null,
    publisher: '区政府办公室',
    publishedAt: `2025-06-${String(1 + (n % 28)).padStart(2, '0')}T02:00:00.000Z`,
    validity: null,
    docNo: '',
    keywords: '',
    bodyText,
  };
}

beforeAll(async () => {
  t = await testApp();
  w = await createWorld(t.services);
});
afterAll(() => t.close());

describe('a word in nearly every entry', () => {
  it('is still required of every result when it is checked on the rows instead of asked of the index', async () => {
    const engine = searchEngine(t.database.db);
    // 工作 is in 46 of 50 entries, 防汛 in 10: both are common, 防汛 the rarer.
    for (let n = 0; n < 50; n++) {
      const flood = n < 10;
      const work = n >= 4;
      await engine.put(
        t.database.db,
        entry(
          n,
          `第${n}号通知`,
          `${flood ? '做好防汛准备。' : '做好绿化养护。'}${work ? '落实各项工作。' : '落实各项任务。'}`,
        ),
      );
    }
    await sql`analyze search_entries`.execute(t.database.db);
    if (onPostgres) {
      // ANALYZE saw them, so the query below takes the path that checks 工作 on the rows.
      const shares = await wordShares(t.database.db);
      expect(shares.get('工作')).toBeGreaterThan(0.5);
    }
    const r = await t.services.search.search(w.siteId, { q: '防汛 工作', size: 50 }, { log: false });
    expect(r.match).toBe('all');
    expect(r.hits.map((h) => h.title).sort()).toEqual([
      '第4号通知',
      '第5号通知',
      '第6号通知',
      '第7号通知',
      '第8号通知',
      '第9号通知',
    ]);
    expect(r.total).toBe(6);
  });
});

// SQLite keeps its words in FTS5, not in a vector of the row.
if (onPostgres)
  describe('how PostgreSQL stores an entry', () => {
    it('keeps a vector of a few kilobytes in its row, so ranking reads no TOAST table', async () => {
      const toast = await sql<{ name: string }>`
      select reltoastrelid::regclass::text as name from pg_class
      where relname = 'search_entries' and relnamespace = current_schema()::regnamespace`.execute(t.database.db);
      const chunks = async () =>
        Number(
          (await sql<{ n: string }>`select count(*) as n from ${sql.table(toast.rows[0]!.name)}`.execute(t.database.db))
            .rows[0]!.n,
        );
      const before = await chunks();
      // About 3 kB of text and a vector of 2 kB: a row of 5 kB, which PostgreSQL used to cut at 2 kB.
      const body = Array.from({ length: 120 }, (_, i) => `第${i}条规定了事项${i}的办理时限和材料`).join('，');
      await searchEngine(t.database.db).put(t.database.db, entry(100, '关于办理时限的规定', body));
      const size = await sql<{
        n: number;
      }>`select pg_column_size(vector) as n from search_entries where key = 'document:scale-100'`.execute(
        t.database.db,
      );
      expect(size.rows[0]!.n).toBeGreaterThan(1500);
      expect(await chunks()).toBe(before);
    });
  });
