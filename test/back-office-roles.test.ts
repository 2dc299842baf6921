import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, PAGES, pagesFor, type PageKey } from '../admin/src/menu.js';
import type { Role } from '../src/platform/auth/actor.js';
import { SiteInputSchema } from '../src/modules/sites/sites.schema.js';
import { documentContent } from './helpers/documents.js';
import {
  createUser,
  departmentFields,
  signIn,
  testAppWithAdmin,
  type Session,
  type TestApp,
  type World,
} from './helpers/app.js';

/**
 * Issue 17 "Role tests": for each role, the back-office menu offers exactly the pages whose work
 * the API lets that role do. Each page is probed with the request it cannot work without: its list,
 * seeded with one record, where the list is its work (an empty list means the role sees nothing);
 * a write where reading is open to every staff member or the public (columns, units, the site,
 * the calendar, the knowledge base, the 错敏字 rules).
 */
let t: TestApp;
let w: World;
let admin: Session;
const sessions = new Map<Role, Session>();

type Probe = (s: Session) => Promise<number>;

/** A list the role may read and in which it sees the seeded record: 200; an empty list counts as 403. */
const list =
  (url: () => string, field = 'items'): Probe =>
  async (s) => {
    const res = await t.app.inject({ url: `/api/v1${url()}`, headers: s.headers });
    if (res.statusCode !== 200) return res.statusCode;
    const found = res.json<Record<string, unknown>>()[field];
    return Array.isArray(found) && found.length > 0 ? 200 : 403;
  };
const get =
  (url: () => string): Probe =>
  async (s) =>
    (await t.app.inject({ url: `/api/v1${url()}`, headers: s.headers })).statusCode;
const write =
  (method: 'POST' | 'PUT', url: () => string, payload: () => object): Probe =>
  async (s) =>
    (await t.app.inject({ method, url: `/api/v1${url()}`, headers: s.headers, payload: payload() })).statusCode;

const site = () => `?siteId=${w.siteId}`;
let n = 0;
const PROBES: Record<PageKey, Probe> = {
  workbench: get(() => `/workbench${site()}`),
  documents: list(() => `/documents${site()}`),
  requests: get(() => `/requests${site()}`),
  messages: get(() => `/messages${site()}`),
  publicComments: list(() => `/public-comments${site()}`),
  opinions: get(() => `/opinion-items${site()}`),
  interviews: get(() => `/interviews${site()}`),
  serviceItems: get(() => `/service-items${site()}`),
  serviceCases: get(() => `/service-cases${site()}`),
  workPlans: get(() => `/work-plans${site()}`),
  knowledge: write(
    'POST',
    () => `/knowledge-entries${site()}`,
    () => ({ departmentId: w.deptA, question: `如何申请政府信息公开${++n}`, answer: '可在网上提交申请。' }),
  ),
  search: get(() => `/search/synonyms${site()}`),
  checks: write(
    'POST',
    () => `/wording-rules${site()}`,
    () => ({ wrong: `错词${++n}`, correction: '正词', kind: 'wrong', severity: 'warning', note: '' }),
  ),
  columns: write(
    'POST',
    () => `/columns${site()}`,
    () => ({ parentId: null, name: `专题${++n}`, kind: 'news', linkUrl: '', updateIntervalDays: null, sortOrder: 0 }),
  ),
  departments: write(
    'POST',
    () => `/departments${site()}`,
    () => departmentFields(`测试单位${++n}`),
  ),
  site: async (s) => {
    const current: Record<string, unknown> = { ...(await t.services.sites.get(w.siteId)) };
    const fields = Object.fromEntries(Object.keys(SiteInputSchema.properties).map((k) => [k, current[k]]));
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/sites/${w.siteId}`,
      headers: s.headers,
      payload: fields,
    });
    return res.statusCode;
  },
  users: write(
    'POST',
    () => '/users',
    () => ({
      account: `probe${++n}`,
      name: '试用账号',
      grants: [{ siteId: w.siteId, role: 'editor', departmentId: null }],
    }),
  ),
  calendar: write(
    'PUT',
    () => '/workdays/days/2026-12-31',
    () => ({ isWorkday: true, note: '角色测试' }),
  ),
  audit: get(() => `/audit${site()}`),
  tokens: get(() => '/tokens'),
  password: get(() => '/auth/session'),
};

beforeAll(async () => {
  ({ t, w, admin } = await testAppWithAdmin());
  // One record for each list whose rows are the page's work.
  const columns = (await t.app.inject({ url: `/api/v1/columns${site()}` })).json<{
    items: { id: string; code: string }[];
  }>();
  const newsColumn = columns.items.find((c) => c.code === 'news')!.id;
  const seeded = await Promise.all([
    t.app.inject({
      method: 'POST',
      url: `/api/v1/documents${site()}`,
      headers: admin.headers,
      payload: {
        ...documentContent({ title: '关于做好春季防火工作的通知', bodyHtml: '<p>正文</p>', columnIds: [newsColumn] }),
        departmentId: w.deptA,
      },
    }),
    t.app.inject({
      method: 'POST',
      url: `/api/v1/public-comments${site()}`,
      headers: admin.headers,
      payload: {
        title: '关于《测试区养犬管理办法（征求意见稿）》公开征求意见',
        body: '征求意见稿全文。',
        departmentId: w.deptA,
        opensOn: '2026-03-02',
        closesOn: '2026-03-31',
      },
    }),
  ]);
  for (const res of seeded) expect(res.statusCode, res.body).toBe(201);
  for (const role of ALL_ROLES) {
    await createUser(t.services, `role-${role}`, [{ siteId: w.siteId, role, departmentId: null }]);
    sessions.set(role, await signIn(t.app, `role-${role}`));
  }
});
afterAll(() => t.close());

describe('the back-office menu offers what the API allows (issue 17)', () => {
  it.each(ALL_ROLES)('%s', async (role) => {
    const offered = pagesFor({ isPlatformAdmin: false, grants: [{ siteId: w.siteId, role }] }, w.siteId);
    const session = sessions.get(role)!;
    const mismatches: string[] = [];
    for (const page of Object.keys(PAGES) as PageKey[]) {
      const status = await PROBES[page](session);
      const allowed = status < 300;
      if (!allowed && status !== 403) mismatches.push(`${page}: unexpected ${status}`);
      else if (allowed !== offered.includes(page))
        mismatches.push(`${PAGES[page]} (${page}): menu ${offered.includes(page) ? 'offers' : 'hides'}, API ${status}`);
    }
    expect(mismatches).toEqual([]);
  });
});
