import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../src/seed/demo-content.js';
import { dbEnv, runCli } from './helpers/cli.js';
import { freshDatabase } from './helpers/db.js';

/** `gongkai documents import`: moving a site's archive onto the platform (issue 3 §4). */
let database: Awaited<ReturnType<typeof freshDatabase>>;
// The demo site publishes its work plan and its demo documents; these tests look at imports only.
let seeded: string[] = [];
const imported = () => database.db.selectFrom('documents').where('id', 'not in', seeded);
beforeAll(async () => {
  database = await freshDatabase({ migrate: false });
  expect((await runCli(['seed', '--demo'], dbEnv(database))).code).toBe(0);
  seeded = (await database.db.selectFrom('documents').select('id').execute()).map((d) => d.id);
  expect(seeded).toHaveLength(demoContent().documents.length + 1);
});
afterAll(() => database.close());

const good = {
  title: '姑苏区2018年政务公开工作要点实施方案',
  docNo: '姑政办发〔2018〕12号',
  publisher: '区党政办',
  writtenOn: '2018-12-28',
  publishedAt: '2019-01-08 10:45',
  columns: ['政府信息公开/政府信息公开制度'],
  subject: '政务公开',
  keywords: '政务公开 工作要点',
  validity: 'expired',
  disclosure: 'proactive',
  summary: '姑苏区2018年政务公开工作要点的分工和实施安排。',
  body: '一、高质量推进政务发布解读回应工作\n（一）重大政策要及时向社会发布',
  source: '区党政办',
  indexNo: '11320508000014373U/2019-00001',
};

/** Without an 索引号: the platform numbers it. Its body carries a script the import must drop. */
const budget = {
  ...good,
  title: '2025年区级财政预算',
  indexNo: null,
  docNo: '',
  publisher: '苏州市姑苏区财政局',
  columns: ['政府信息公开/法定主动公开内容/财政预算、决算'],
  publishedAt: '2025-02-10',
  body: '<p>预算表</p><script>x()</script>',
};

function file(name: string, lines: (object | string)[]): string {
  const p = path.join(database.dataDir, name);
  writeFileSync(p, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return p;
}

describe('gongkai documents import', () => {
  it('imports good lines, reports why bad ones were not, and writes nothing for them', async () => {
    const input = file('archive.jsonl', [
      good,
      budget,
      '{"title": "坏行", ',
      { ...good, title: '未知单位', publisher: '区不存在局', indexNo: null },
      { ...good, title: '未知栏目', columns: ['政府信息公开/没有这个栏目'], indexNo: null },
      { ...good, title: '多余字段', extra: 1, indexNo: null },
      { ...good, title: '缺公开属性', disclosure: undefined, indexNo: null },
    ]);
    const r = await runCli(['documents', 'import', input, '--json'], dbEnv(database));
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { line: number; status: string; indexNo?: string; reasons?: string[] }[];
    expect(results.map((x) => [x.line, x.status])).toEqual([
      [1, 'imported'],
      [2, 'imported'],
      [3, 'failed'],
      [4, 'failed'],
      [5, 'failed'],
      [6, 'failed'],
      [7, 'failed'],
    ]);
    expect(results[0]?.indexNo).toBe('11320508000014373U/2019-00001');
    expect(results[1]?.indexNo).toBe('113205080000140070/2025-00001');
    expect(results[2]?.reasons).toEqual(['不是有效的 JSON']);
    expect(results[3]?.reasons?.join()).toContain('找不到单位');
    expect(results[4]?.reasons?.join()).toContain('找不到栏目');
    expect(results[5]?.reasons?.join()).toContain('extra');
    expect(results[6]?.reasons?.join()).toContain('disclosure');
    const titles = (await imported().select('title').execute()).map((d) => d.title).sort();
    expect(titles).toEqual(['2025年区级财政预算', '姑苏区2018年政务公开工作要点实施方案']);
  });

  it('keeps the archive’s dates and cleans the body', async () => {
    const doc = await imported()
      .select(['published_at', 'written_on', 'body_html', 'keywords', 'status', 'validity'])
      .where('title', '=', '姑苏区2018年政务公开工作要点实施方案')
      .executeTakeFirstOrThrow();
    expect(doc).toMatchObject({
      published_at: '2019-01-08T02:45:00.000Z',
      written_on: '2018-12-28',
      keywords: '政务公开 工作要点',
      status: 'published',
      validity: 'expired',
    });
    expect(doc.body_html).toBe('<p>一、高质量推进政务发布解读回应工作</p>\n<p>（一）重大政策要及时向社会发布</p>');
    const budget = await imported()
      .select('body_html')
      .where('title', '=', '2025年区级财政预算')
      .executeTakeFirstOrThrow();
    expect(budget.body_html).toBe('<p>预算表</p>');
  });

  it('links an interpretation to the policy it explains, named by 文号 or 索引号', async () => {
    const interpretation = {
      ...good,
      docNo: '',
      indexNo: null,
      columns: ['政策解读'],
      subject: '政策解读',
      validity: 'effective',
    };
    const input = file('interpretations.jsonl', [
      { ...interpretation, title: '一图读懂2018年政务公开工作要点', interprets: '姑政办发〔2018〕12号' },
      { ...interpretation, title: '2018年政务公开工作要点答记者问', interprets: '11320508000014373U/2019-00001' },
      { ...interpretation, title: '解读不存在的文件', interprets: '姑政办发〔1999〕1号' },
    ]);
    const r = await runCli(['documents', 'import', input, '--json'], dbEnv(database));
    const results = JSON.parse(r.stdout) as { status: string; reasons?: string[] }[];
    expect(results.map((x) => x.status)).toEqual(['imported', 'imported', 'failed']);
    expect(results[2]?.reasons?.join()).toContain('找不到索引号或文号为 “姑政办发〔1999〕1号” 的信息');
    const policy = await imported().select('id').where('doc_no', '=', '姑政办发〔2018〕12号').executeTakeFirstOrThrow();
    const linked = await imported().select('title').where('interprets_id', '=', policy.id).orderBy('title').execute();
    expect(linked.map((d) => d.title)).toEqual(['2018年政务公开工作要点答记者问', '一图读懂2018年政务公开工作要点']);
  });

  it('imports nothing twice', async () => {
    const input = file('again.jsonl', [good, budget]);
    const r = await runCli(['documents', 'import', input], dbEnv(database));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('第 1 行：已存在，跳过');
    expect(r.stdout).toContain('共 2 行：导入 0，跳过 2，失败 0');
    expect(await imported().select('id').execute()).toHaveLength(4);
  });
});
