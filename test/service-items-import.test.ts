import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/platform/auth/actor.js';
import { count, testAppWithAdmin, type Session, type TestApp, type World } from './helpers/app.js';
import { dbEnv, runCli } from './helpers/cli.js';
import { multipart } from './helpers/multipart.js';

/**
 * Moving a district's catalogue onto the platform (issue 16 §2): 350 lines exported from a
 * provincial platform, written without sight of the importer (test/fixtures/make-service-items.mjs,
 * what it holds in service-items.expected.json), imported with a report per line; the same file
 * again, and the platform's own export, change nothing.
 */
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const JSONL = readFileSync(fixture('service-items.jsonl'));
const expected = JSON.parse(readFileSync(fixture('service-items.expected.json'), 'utf8')) as {
  items: number;
  incomplete: { line: number; missing: string[] }[];
  materialsWithoutBasis: number;
  duplicates: number[];
  broken: number[];
};
const departments = JSON.parse(readFileSync(fixture('service-items.departments.json'), 'utf8')) as {
  name: string;
  shortName: string;
  code: string;
}[];

interface Result {
  line: number;
  status: string;
  reasons: string[];
}

let t: TestApp;
let w: World;
let admin: Session;

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin());
  for (const [i, d] of departments.entries())
    await t.services.departments.create(systemActor('测试'), w.siteId, {
      parentId: null,
      ...d,
      kind: 'government',
      phone: '',
      fax: '',
      email: '',
      address: '',
      officeHours: '',
      sortOrder: i + 10,
    });
});
afterAll(() => t.close());

async function importFile(bytes: Buffer): Promise<Result[]> {
  const { payload, headers } = multipart({}, { field: 'file', name: '事项.jsonl', bytes });
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/service-items/import?siteId=${w.siteId}`,
    headers: { ...admin.headers, ...headers },
    payload,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ results: Result[] }>().results;
}
const tables = async () =>
  Promise.all(
    (['service_items', 'service_item_revisions', 'audit_log', 'search_entries'] as const).map((n) =>
      count(t.database, n),
    ),
  );

describe('importing a catalogue', () => {
  let first: Result[];

  it('reports every line: complete guides published, incomplete ones kept as drafts naming what is missing', async () => {
    first = await importFile(JSONL);
    const failed = first.filter((r) => r.status === 'failed').map((r) => r.line);
    expect(failed.sort((a, b) => a - b)).toEqual([...expected.duplicates, ...expected.broken].sort((a, b) => a - b));
    const drafts = first.filter((r) => r.status === 'draft');
    expect(drafts.map((r) => r.line)).toEqual(expected.incomplete.map((i) => i.line));
    for (const i of expected.incomplete)
      expect(first.find((r) => r.line === i.line)!.reasons[0]).toBe(`缺少：${i.missing.join('、')}，已存为草稿`);
    expect(first.filter((r) => r.status === 'created')).toHaveLength(expected.items - expected.incomplete.length);
    expect(await count(t.database, 'service_items')).toBe(expected.items);
    // Each material without a basis is named in its line's report.
    const noBasis = first
      .filter((r) => r.status !== 'failed')
      .flatMap((r) => r.reasons.filter((x) => x.startsWith('材料缺少设定依据：')))
      .flatMap((x) => x.replace('材料缺少设定依据：', '').split('、'));
    expect(noBasis).toHaveLength(expected.materialsWithoutBasis);
    // A repeated code says which line it repeats; a broken line says why, in plain words.
    expect(first.find((r) => r.line === expected.duplicates[0])!.reasons[0]).toMatch(/^实施编码与第 \d+ 行重复/);
    for (const line of expected.broken)
      expect(first.find((r) => r.line === line)!.reasons.join('')).toMatch(/[\u4e00-\u9fff]/);
    // In the layout's own words, once per field, never the validator's.
    const reasons = first.filter((r) => r.status === 'failed').flatMap((r) => r.reasons);
    expect(reasons.join('\n')).not.toMatch(/应当|anyOf|integer|[a-z]+[A-Z][a-z]+：/);
    expect(first.find((r) => r.line === expected.broken[1])!.reasons).toEqual(['缺少事项名称']);
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await tables();
    const again = await importFile(JSONL);
    expect(new Set(again.filter((r) => r.status !== 'failed').map((r) => r.status))).toEqual(new Set(['unchanged']));
    expect(again.filter((r) => r.status === 'failed').map((r) => r.line)).toEqual(
      first.filter((r) => r.status === 'failed').map((r) => r.line),
    );
    expect(await tables()).toEqual(before);
  });

  it('exports in the same layout, and the export imports back unchanged', async () => {
    const res = await t.app.inject({
      url: `/api/v1/service-items/export.jsonl?siteId=${w.siteId}`,
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(200);
    const lines = res.body.trim().split('\n');
    expect(lines).toHaveLength(expected.items);
    const before = await tables();
    const back = await importFile(Buffer.from(res.body));
    expect(back.every((r) => r.status === 'unchanged')).toBe(true);
    expect(await tables()).toEqual(before);
  });

  it('exports a workbook (事项, 申请材料, 办理流程) that imports back unchanged', async () => {
    const res = await t.app.inject({
      url: `/api/v1/service-items/export.xlsx?siteId=${w.siteId}`,
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['事项', '申请材料', '办理流程']);
    expect(book.getWorksheet('事项')!.rowCount).toBe(expected.items + 1);
    const before = await tables();
    const { payload, headers } = multipart({}, { field: 'file', name: '事项.xlsx', bytes: res.rawPayload });
    const back = await t.app.inject({
      method: 'POST',
      url: `/api/v1/service-items/import?siteId=${w.siteId}`,
      headers: { ...admin.headers, ...headers },
      payload,
    });
    const results = back.json<{ results: Result[] }>().results;
    expect(results).toHaveLength(expected.items);
    expect(results.filter((r) => r.status !== 'unchanged')).toEqual([]);
    expect(await tables()).toEqual(before);
  });

  it('imports from the command line the same way, failing with the broken lines', async () => {
    const before = await tables();
    const r = await runCli(
      ['services', 'import', fileURLToPath(fixture('service-items.jsonl')), '--json'],
      dbEnv(t.database),
    );
    expect(r.code, r.stderr).toBe(1);
    const results = JSON.parse(r.stdout) as Result[];
    expect(results.filter((x) => x.status === 'failed')).toHaveLength(
      expected.duplicates.length + expected.broken.length,
    );
    expect(results.filter((x) => x.status !== 'failed').every((x) => x.status === 'unchanged')).toBe(true);
    expect(await tables()).toEqual(before);
  }, 90_000);

  it('lists the incomplete guides for an operator with `gongkai services check --json`', async () => {
    const r = await runCli(['services', 'check', '--json'], dbEnv(t.database));
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as { missing: string[]; published: boolean }[];
    expect(rows.filter((x) => x.missing.length > 0)).toHaveLength(expected.incomplete.length);
    expect(rows.every((x) => x.missing.length === 0 || !x.published)).toBe(true);
  }, 90_000);
});
