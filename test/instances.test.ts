import { afterAll, describe, expect, it } from 'vitest';
import { dbEnv } from './helpers/cli.js';
import { freshDatabase, onPostgres } from './helpers/db.js';
import { startInstance as start, type Instance } from './helpers/instance.js';

/**
 * DESIGN.md "Many machines": any number of stateless instances share one database. Two real
 * server processes start together on an empty database: both migrate (under the migration lock),
 * only one seeds the demo site, and a session made on one is honoured by the other.
 */
const instances: Instance[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const i of instances) i.child.kill('SIGTERM');
  for (const c of cleanups) await c();
});

describe(`two instances on one ${onPostgres ? 'PostgreSQL' : 'SQLite'} database`, () => {
  it('start together, seed once, and share sessions', async () => {
    const database = await freshDatabase({ migrate: false });
    cleanups.push(() => database.close());
    const env = { ...dbEnv(database), GONGKAI_SESSION_SECRET: 'shared-secret-for-both-instances-0123456789' };
    const [a, b] = await Promise.all([start(env), start(env)]);
    if (!a || !b) throw new Error('instances missing');
    instances.push(a, b);

    for (const i of [a, b]) {
      const ready = await fetch(`${i.base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', database: onPostgres ? 'postgres' : 'sqlite' });
      const home = await fetch(`${i.base}/`);
      expect(await home.text()).toContain('姑苏区人民政府');
    }

    const printed = [a, b]
      .map((i) => /初始密码（仅显示这一次，请登录后修改）：(\S+)/.exec(i.output())?.[1])
      .filter(Boolean);
    expect(printed).toHaveLength(1);
    const sites = await database.db.selectFrom('sites').select('name').execute();
    expect(sites).toEqual([{ name: '姑苏区人民政府' }]);

    // The sign-in token comes from one instance and is accepted by the other.
    const { res: signIn, cookie } = await fetchSignIn(b.base, a.base, 'admin', printed[0] ?? '');
    expect(signIn.status).toBe(200);
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };

    const me = await fetch(`${b.base}/api/v1/auth/session`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { account: 'admin', mustChangePassword: true } });

    // The printed password is temporary: it is changed through the second instance with the
    // first instance's CSRF token, then the new one works on the first.
    const changed = await fetch(`${b.base}/api/v1/auth/password`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ current: printed[0], next: 'Gusu-Gongkai-2026' }),
    });
    expect(changed.status).toBe(200);
    const { res: again, cookie: cookie2 } = await fetchSignIn(a.base, a.base, 'admin', 'Gusu-Gongkai-2026');
    expect(again.status).toBe(200);
    const { csrfToken: csrf2 } = (await again.json()) as { csrfToken: string };
    const dept = await fetch(`${b.base}/api/v1/departments`, {
      method: 'POST',
      headers: { cookie: cookie2, 'x-csrf-token': csrf2, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '苏州市姑苏区教育体育和文化旅游委员会', kind: 'government' }),
    });
    expect(dept.status).toBe(201);
  });
});

/** Signs in over HTTP as the back office does: the sign-in token from `tokenBase`, then the sign-in at `base`. */
async function fetchSignIn(tokenBase: string, base: string, account: string, password: string) {
  const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const token = await fetch(`${tokenBase}/api/v1/auth/sign-in-token`);
  const { csrfToken } = (await token.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookiesOf(token).join('; '), 'x-csrf-token': csrfToken },
    body: JSON.stringify({ account, password }),
  });
  return { res, cookie: cookiesOf(res).find((c) => c.startsWith('gk_session=')) ?? '' };
}
