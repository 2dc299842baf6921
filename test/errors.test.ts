import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalogue } from '../src/platform/http/errors.js';
import {
  count,
  createWorld,
  testApp,
  testAppWithAdmin,
  type Session,
  type TestApp,
  type World,
} from './helpers/app.js';

let t: TestApp;
let w: World;
let admin: Session;

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin());
});
afterAll(() => t.close());

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

async function postDepartment(payload: string, contentType = 'application/json') {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/departments?siteId=${w.siteId}`,
    headers: { ...admin.headers, 'content-type': contentType },
    payload,
  });
}

describe('malformed input is refused with a code and writes nothing', () => {
  const cases: [string, string, string, string?][] = [
    ['bad JSON', '{"name": "丙局", ', 'BAD_JSON'],
    ['an empty body', '', 'BAD_JSON'],
    ['a wrong type', JSON.stringify({ name: 123, kind: 'government' }), 'VALIDATION_FAILED', 'name'],
    [
      'a number given as text',
      JSON.stringify({ name: '丙局', kind: 'government', sortOrder: '3' }),
      'VALIDATION_FAILED',
      'sortOrder',
    ],
    ['an over-long field', JSON.stringify({ name: '长'.repeat(101), kind: 'government' }), 'VALIDATION_FAILED', 'name'],
    [
      'an unknown field',
      JSON.stringify({ name: '丙局', kind: 'government', secretFlag: true }),
      'VALIDATION_FAILED',
      'secretFlag',
    ],
    ['a missing field', JSON.stringify({ kind: 'government' }), 'VALIDATION_FAILED', 'name'],
    ['a value outside the list', JSON.stringify({ name: '丙局', kind: 'ministry' }), 'VALIDATION_FAILED', 'kind'],
    ['a blank name', JSON.stringify({ name: '   ', kind: 'government' }), 'VALIDATION_FAILED', 'name'],
    [
      'an invalid organisation code',
      JSON.stringify({ name: '丙局', kind: 'government', code: '91350100M000100Y44' }),
      'DEPARTMENT_CODE_INVALID',
      'code',
    ],
  ];

  for (const [what, body, code, field] of cases) {
    it(`refuses ${what}`, async () => {
      const departments = await count(t.database, 'departments');
      const audit = await count(t.database, 'audit_log');
      const res = await postDepartment(body);
      expect(res.statusCode).toBe(400);
      const error = res.json().error as {
        code: string;
        message: string;
        details?: { field?: string; message: string }[];
      };
      expect(error.code).toBe(code);
      expect(hasChinese(error.message)).toBe(true);
      if (field) {
        expect(error.details?.map((d) => d.field)).toContain(field);
        for (const d of error.details ?? []) expect(hasChinese(d.message)).toBe(true);
      }
      expect(await count(t.database, 'departments')).toBe(departments);
      expect(await count(t.database, 'audit_log')).toBe(audit);
    });
  }

  it('refuses an unsupported content type', async () => {
    const res = await postDepartment('name=丙局', 'text/plain');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a body over the size limit', async () => {
    const res = await postDepartment(JSON.stringify({ name: 'x', kind: 'government', address: 'x'.repeat(1_100_000) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a malformed query parameter', async () => {
    const res = await t.app.inject({ url: '/api/v1/workdays/add?from=2026-02-30&days=3' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details[0].message).toMatch(/查询参数/);
  });
});

describe('not found', () => {
  it('answers the API with a JSON error', async () => {
    const res = await t.app.inject({ url: '/api/v1/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: '未找到请求的内容' } });
  });

  it('answers the portal with a Chinese page inside the site frame', async () => {
    const res = await t.app.inject({ url: '/no-such-page', headers: { host: 'site-3205080001.test' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('页面不存在');
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('网站标识码：3205080001');
  });
});

describe('when the database is gone', () => {
  it('reports not ready, and shows the portal a Chinese error page without details', async () => {
    const broken = await testApp();
    await createWorld(broken.services);
    await broken.database.close();
    try {
      const ready = await broken.app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().error).toEqual({ code: 'UNAVAILABLE', message: '数据库无法访问（连接失败）' });
      expect((await broken.app.inject({ url: '/healthz' })).statusCode).toBe(200);

      const page = await broken.app.inject({ url: '/' });
      expect(page.statusCode).toBe(500);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('服务暂时不可用');
      expect(page.body).not.toMatch(/Error|at \w+ \(|sqlite|database/i);
    } finally {
      await broken.app.close();
    }
  });
});

describe('the error catalogue', () => {
  it('gives every code an HTTP status and a Chinese message', () => {
    expect(errorCatalogue().size).toBeGreaterThan(20);
    for (const [code, spec] of errorCatalogue()) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(spec.status).toBeGreaterThanOrEqual(400);
      expect(hasChinese(spec.message), code).toBe(true);
    }
  });
});
