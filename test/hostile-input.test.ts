import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH_FRAMEWORK_TEXT, hasChinese, inUrl, NAUGHTY, type Naughty } from './fixtures/hostile/naughty.js';
import { count, testAppWithAdmin, type Session, type TestApp, type World } from './helpers/app.js';
import { onPostgres } from './helpers/db.js';
import { multipart } from './helpers/multipart.js';

/**
 * The hostile-input sweep (issue 13): every operation of the OpenAPI document and every public form,
 * each sent every naughty string (test/fixtures/hostile/naughty.ts) in every path parameter, query
 * parameter and body field, as a signed-in site administrator. Never a 500, never an English
 * framework message; control characters and broken UTF-16 refused with a coded Chinese error and
 * nothing written — on SQLite and PostgreSQL alike.
 */
let t: TestApp;
let w: World;
let admin: Session;
const host = { host: 'site-3205080001.test' };

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin({ GONGKAI_PUBLIC_FORMS_PER_MINUTE: '10000' }));
});
afterAll(() => t.close());

interface JsonSchema {
  type?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
}
interface Operation {
  parameters?: { in: 'path' | 'query'; name: string }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** Valid values for strings with a format, so that the naughty text in the other fields gets past validation. */
const SAMPLES: Record<string, () => string> = {
  uuid: () => w.deptA,
  date: () => '2026-03-02',
  'date-time': () => '2026-03-02T02:00:00.000Z',
  email: () => 'office@example.gov.cn',
  uri: () => 'https://www.example.gov.cn/',
};

/**
 * A body the schema describes, with every string set to `text` (the first choice of every union);
 * `deep`: strings with a format get a valid value instead, so the text reaches the services.
 */
function bodyFor(schema: JsonSchema | undefined, text: string, deep: boolean, depth = 0): unknown {
  if (!schema || depth > 8) return text;
  if (schema.const !== undefined) return schema.const;
  const choice = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (choice) return bodyFor(choice, text, deep, depth + 1);
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, s]) => [k, bodyFor(s, text, deep, depth + 1)]),
      );
    case 'array':
      return [bodyFor(schema.items, text, deep, depth + 1)];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'string':
      return deep && schema.format && SAMPLES[schema.format] ? SAMPLES[schema.format]!() : text;
    default:
      return schema.enum?.[0] ?? text;
  }
}

/** What a person would read of an answer: a JSON error's messages, or an HTML page. */
function expectReadable(res: { statusCode: number; body: string; headers: Record<string, unknown> }, what: string) {
  expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
  expect(res.body, what).not.toMatch(ENGLISH_FRAMEWORK_TEXT);
  if (res.statusCode < 400) return;
  if (String(res.headers['content-type']).includes('json')) {
    const { error } = JSON.parse(res.body) as {
      error: { code: string; message: string; details?: { message: string }[] };
    };
    expect(error.code, what).toMatch(/^[A-Z_]+$/);
    for (const m of [error.message, ...(error.details ?? []).map((d) => d.message)])
      expect(hasChinese(m), `${what}: ${m}`).toBe(true);
  } else expect(hasChinese(res.body), what).toBe(true);
}

/** Row counts of the tables a write would touch. */
const written = async () =>
  Promise.all(
    (
      [
        'audit_log',
        'departments',
        'documents',
        'columns',
        'disclosure_requests',
        'knowledge_entries',
        'messages',
      ] as const
    ).map((table) => count(t.database, table)),
  );

describe(`every API operation, on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  // Thousands of requests: on a slow machine under the whole parallel suite this takes over the default
  // 30 s. The timeout only stops a hung run; speed is measured in bench/, not here.
  it(
    'answers every naughty string in every parameter and field without a 500 or an English message',
    { timeout: 180_000 },
    async () => {
      const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{
        paths: Record<string, Record<string, Operation>>;
      }>();
      const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
      );
      expect(operations.length).toBeGreaterThan(100);
      let sent = 0;
      for (const naughty of NAUGHTY) {
        const before = naughty.refused ? await written() : [];
        for (const [{ path, method, op }, deep] of operations.flatMap(
          (o) =>
            [
              [o, false],
              [o, true],
            ] as const,
        )) {
          // Signing out would end the sweep's own session.
          if (path === '/api/v1/auth/sign-out') continue;
          const res = await send(path, method, op, naughty, deep);
          sent++;
          const what = `${method} ${path} with ${naughty.name}${deep ? ' (valid ids and dates)' : ''}`;
          expectReadable(res, what);
          if (naughty.refused && res.carried) {
            expect(res.statusCode, `${what}: ${res.body.slice(0, 200)}`).toBe(400);
            // BAD_REQUEST: bytes in the path that are not UTF-8 at all, refused by the router.
            expect(JSON.parse(res.body).error.code, what).toMatch(
              /^(INPUT_CONTROL_CHARACTER|VALIDATION_FAILED|BAD_JSON|BAD_REQUEST)$/,
            );
          }
        }
        if (naughty.refused) expect(await written(), `${naughty.name} wrote something`).toEqual(before);
      }
      expect(sent).toBeGreaterThan(3000);
    },
  );

  it('refuses nesting deeper than any form, and huge arrays, with a Chinese message', async () => {
    const deep = `{"name":${'{"a":'.repeat(50_000)}"公开"${'}'.repeat(50_000)}}`;
    const wide = `{"name":[${'"x",'.repeat(200_000)}"x"]}`;
    for (const payload of [deep, wide]) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/departments?siteId=${w.siteId}`,
        headers: { ...admin.headers, 'content-type': 'application/json' },
        payload,
      });
      expectReadable(res, 'deep or huge body');
      expect([400, 413]).toContain(res.statusCode);
    }
  });
});

/** Sends one naughty value everywhere the operation takes input; `carried` says whether it could. */
async function send(path: string, method: string, op: Operation, naughty: Naughty, deep: boolean) {
  const params = op.parameters ?? [];
  let carried = false;
  let url = path.replace(/\{(\w+)\}/g, () => {
    carried = true;
    return inUrl(naughty);
  });
  const query = params.filter((p) => p.in === 'query').map((p) => `${p.name}=${inUrl(naughty)}`);
  // siteId is a query parameter of most routes: without a valid one they would stop before the body.
  if (!params.some((p) => p.in === 'query' && p.name === 'siteId') && url.startsWith('/api/v1/'))
    query.push(`siteId=${w.siteId}`);
  if (query.length) {
    carried ||= params.some((p) => p.in === 'query');
    url += `?${query.join('&')}`;
  }
  const content = op.requestBody?.content ?? {};
  const headers: Record<string, string> = { ...admin.headers, ...host };
  let payload: string | Buffer | undefined;
  if (content['application/json']) {
    payload = JSON.stringify(bodyFor(content['application/json'].schema, naughty.value, deep));
    headers['content-type'] = 'application/json';
    carried = true;
  } else if (content['multipart/form-data']) {
    const form = multipart({ note: naughty.value }, { field: 'file', name: `${naughty.value}.png`, bytes: PNG });
    payload = form.payload;
    Object.assign(headers, form.headers);
  }
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers,
    ...(payload !== undefined ? { payload } : {}),
  });
  return { statusCode: res.statusCode, body: res.body, headers: res.headers, carried };
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe(`every public form and page, on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  const pages = (v: string) => [
    `/search?q=${v}`,
    `/search?q=公开&type=${v}&publisher=${v}&year=${v}&validity=${v}&sort=${v}&page=${v}`,
    `/preferences?elder=1&back=${v}`,
    `/columns/${v}`,
    `/documents/${v}`,
    `/departments/${v}/guide`,
    `/work-plans/${v}`,
    `/catalogue?page=${v}`,
    `/messages/write?box=${v}`,
    `/messages/answers?box=${v}&page=${v}`,
    `/messages/answers/${v}`,
    `/public-comments/${v}`,
    `/services?q=${v}`,
    `/services?event=${v}&department=${v}`,
    `/services/${v}`,
    `/services/${v}/checklist`,
    `/services/figures?month=${v}`,
  ];
  const forms = (v: string) => [
    { url: '/assistant', fields: { question: v } },
    { url: '/requests/status', fields: { trackingNo: v, queryCode: v } },
    { url: '/messages/status', fields: { trackingNo: v, queryCode: v } },
    { url: '/messages/rate', fields: { trackingNo: v, queryCode: v, rating: v, note: v } },
    { url: '/services/progress', fields: { caseNo: v, queryCode: v } },
    { url: '/services/progress/rating', fields: { caseNo: v, queryCode: v, level: v, reasons: v, comment: v } },
  ];

  it(
    'answers every naughty string without a 500 or an English message, refusing control characters',
    { timeout: 180_000 },
    async () => {
      for (const naughty of NAUGHTY) {
        const before = naughty.refused ? await written() : [];
        for (const url of pages(inUrl(naughty))) {
          const res = await t.app.inject({ url, headers: host });
          expectReadable(res, `${url} (${naughty.name})`);
        }
        for (const { url, fields } of forms(naughty.value)) {
          const res = await t.app.inject({
            method: 'POST',
            url,
            headers: { ...host, 'content-type': 'application/x-www-form-urlencoded' },
            payload: Object.entries(fields)
              .map(([k, v]) => `${k}=${inUrl({ ...naughty, value: v })}`)
              .join('&'),
          });
          expectReadable(res, `${url} (${naughty.name})`);
          // A form cannot carry broken UTF-16: its bytes are decoded to U+FFFD, which is harmless.
          if (naughty.refused && !naughty.inUrl) expect(res.statusCode, `${url} (${naughty.name})`).toBe(400);
        }
        const apply = multipart(
          Object.fromEntries(
            [
              'departmentId',
              'applicantKind',
              'name',
              'idType',
              'idNumber',
              'phone',
              'email',
              'address',
              'infoTitle',
              'deliveryForm',
              'deliveryMethod',
            ].map((f) => [f, naughty.value]),
          ),
          { field: 'idProof', name: `${naughty.value}.png`, bytes: PNG },
        );
        const res = await t.app.inject({
          method: 'POST',
          url: '/requests/apply',
          headers: { ...host, ...apply.headers },
          payload: apply.payload,
        });
        expectReadable(res, `/requests/apply (${naughty.name})`);
        expect(res.statusCode, `/requests/apply (${naughty.name})`).toBe(400);
        const write = multipart(
          Object.fromEntries(
            ['mailboxId', 'kind', 'subject', 'body', 'name', 'phone', 'email', 'consent', 'token', 'answer'].map(
              (f) => [f, naughty.value],
            ),
          ),
        );
        const message = await t.app.inject({
          method: 'POST',
          url: '/messages/write',
          headers: { ...host, ...write.headers },
          payload: write.payload,
        });
        expectReadable(message, `/messages/write (${naughty.name})`);
        expect(message.statusCode, `/messages/write (${naughty.name})`).toBe(400);
        if (naughty.refused) expect(await written(), `${naughty.name} wrote something`).toEqual(before);
      }
    },
  );
});

describe('host names on a platform of one site (issue 13 §9)', () => {
  it('serve the site on its own names and on loopback, never under a name a client makes up', async () => {
    expect((await t.app.inject({ url: '/', headers: host })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/', headers: { host: 'localhost:3000' } })).statusCode).toBe(200);
    for (const name of ['evil.example', 'site-3205080001.test.evil.example']) {
      const res = await t.app.inject({ url: '/sitemap.xml', headers: { host: name } });
      expect(res.statusCode, name).toBe(404);
      expect(res.body).not.toContain('evil.example');
    }
    const sitemap = await t.app.inject({ url: '/sitemap.xml', headers: { host: 'localhost' } });
    expect(sitemap.body).toContain(`<loc>http://${host.host}:3000/</loc>`);
  });
});
