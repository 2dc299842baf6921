import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

interface Operation {
  summary?: string;
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  requestBody?: { content?: Record<string, { schema?: { additionalProperties?: boolean } }> };
}

describe('/api/openapi.json', () => {
  it('documents every JSON route with a summary and a response schema for success', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, Operation>> }>();
    expect(doc.openapi).toMatch(/^3\./);
    const routes = Object.entries(doc.paths).flatMap(([p, methods]) =>
      Object.entries(methods).map(([m, op]) => ({ route: `${m.toUpperCase()} ${p}`, op })),
    );
    expect(routes.length).toBeGreaterThanOrEqual(25);
    for (const { route, op } of routes) {
      expect(route.includes('/api/v1/'), route).toBe(true);
      expect(op.summary, route).toMatch(/[\u4e00-\u9fff]/);
      const success = Object.entries(op.responses ?? {}).find(([code]) => code.startsWith('2'));
      // JSON for most routes; files (DOCX, XLSX, ID scans) declare their binary type.
      const content = success?.[1].content ?? {};
      const schema = content['application/json']?.schema ?? Object.values(content)[0]?.schema;
      expect(schema, `${route} declares no success schema`).toBeDefined();
      expect(op.responses?.['400'], `${route} declares no error schema`).toBeDefined();
      const body = op.requestBody?.content?.['application/json']?.schema;
      if (body) expect(body.additionalProperties, `${route} accepts unknown fields`).toBe(false);
    }
  });

  it('lists the routes this foundation provides', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, unknown> }>();
    for (const p of [
      '/api/v1/auth/sign-in',
      '/api/v1/users',
      '/api/v1/departments',
      '/api/v1/sites',
      '/api/v1/audit',
      '/api/v1/workdays/add',
      '/api/v1/tokens',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
  });
});
