import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, type Services } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/db/database.js';
import type { Database } from '../../src/db/schema.js';
import { systemActor, type Role } from '../../src/platform/auth/actor.js';
import { FixedClock } from '../../src/platform/clock/clock.js';
import { freshDatabase } from './db.js';

export const TEST_PASSWORD = 'Test-Passw0rd!';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  /** The background work the timers drive, for tests to run on demand. */
  jobs: Awaited<ReturnType<typeof buildApp>>['jobs'];
  clock: FixedClock;
  config: Config;
  database: DatabaseHandle & { url?: string; dataDir: string };
  close(): Promise<void>;
}

export function testConfig(dataDir: string, extra: Record<string, string> = {}): Config {
  return loadConfig({
    GONGKAI_DATA_DIR: dataDir,
    GONGKAI_SESSION_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    GONGKAI_LOG_LEVEL: 'silent',
    GONGKAI_SIGN_IN_PER_MINUTE: '10000',
    ...extra,
  });
}

/** The whole application on a fresh database of its own, with a clock the test controls. */
export async function testApp(extra: Record<string, string> = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const config = testConfig(database.dataDir, extra);
  const clock = new FixedClock(new Date('2026-03-02T02:00:00.000Z'));
  const { app, services, jobs } = await buildApp(config, { database, clock });
  await app.ready();
  return {
    app,
    services,
    jobs,
    clock,
    config,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export interface World {
  siteId: string;
  deptA: string;
  /** A department under deptA. */
  deptA1: string;
  deptB: string;
}

/** A site with two departments (A with a sub-unit A1, and B), made through the services. */
export async function createWorld(services: Services, siteCode = '3205080001'): Promise<World> {
  const actor = systemActor('测试');
  const site = await services.sites.create(actor, {
    name: '测试区人民政府',
    siteCode,
    sponsor: '测试区人民政府办公室',
    orgCode: '',
    address: '',
    phone: '',
    email: '',
    icpNo: '',
    policeFilingNo: '',
    indexNoTemplate: '{orgCode}/{yyyy}-{seq:05}',
    hosts: [`site-${siteCode}.test`],
  });
  const dept = async (name: string, parentId: string | null = null) =>
    (await services.departments.create(actor, site.id, departmentFields(name, parentId))).id;
  const deptA = await dept('甲局');
  const deptA1 = await dept('甲局下属中心', deptA);
  const deptB = await dept('乙局');
  return { siteId: site.id, deptA, deptA1, deptB };
}

/** A government department's fields with only its name (and parent) set. */
export function departmentFields(name: string, parentId: string | null = null) {
  return {
    parentId,
    name,
    shortName: '',
    code: null,
    kind: 'government' as const,
    phone: '',
    fax: '',
    email: '',
    address: '',
    officeHours: '',
    sortOrder: 0,
  };
}

export async function createUser(
  services: Services,
  account: string,
  grants: { siteId: string; role: Role; departmentId: string | null }[],
  options: { admin?: boolean } = {},
): Promise<string> {
  const { user } = await services.users.create(systemActor('测试'), {
    account,
    name: account,
    password: TEST_PASSWORD,
    isPlatformAdmin: options.admin ?? false,
    grants,
    // Test users act straight away; the first-sign-in rule has its own test.
    temporaryPassword: false,
  });
  return user.id;
}

export interface Session {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

/**
 * A sign-in as the back office does it: the sign-in token first (its cookie and the header), then
 * the account and password. `cookie` adds cookies the browser already has (a device cookie).
 */
export async function signInRequest(
  app: FastifyInstance,
  account: string,
  password = TEST_PASSWORD,
  options: { cookie?: string; ip?: string; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  const token = await app.inject({ url: '/api/v1/auth/sign-in-token' });
  const signin = token.cookies.find((c) => c.name === 'gk_signin');
  const cookie = [signin ? `gk_signin=${signin.value}` : '', options.cookie ?? ''].filter(Boolean).join('; ');
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { account, password },
    headers: { cookie, 'x-csrf-token': token.json<{ csrfToken: string }>().csrfToken, ...options.headers },
    ...(options.ip ? { remoteAddress: options.ip } : {}),
  });
}

export async function signIn(app: FastifyInstance, account: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await signInRequest(app, account, password);
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = sessionCookie(res);
  const csrf = res.json<{ csrfToken: string }>().csrfToken;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'gk_session');
  if (!c) throw new Error('no session cookie');
  return `gk_session=${c.value}`;
}

export async function count(database: DatabaseHandle, table: keyof Database): Promise<number> {
  const r = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export interface AdminFixture {
  t: TestApp;
  w: World;
  /** Signed in as `site-admin`, a site-wide site administrator of `w`. */
  admin: Session;
}

/** The usual starting point of an HTTP test: a fresh app, a site with departments, a signed-in site administrator. */
export async function testAppWithAdmin(extra: Record<string, string> = {}): Promise<AdminFixture> {
  const t = await testApp(extra);
  const w = await createWorld(t.services);
  await createUser(t.services, 'site-admin', [{ siteId: w.siteId, role: 'site_admin', departmentId: null }]);
  return { t, w, admin: await signIn(t.app, 'site-admin') };
}
