import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { dbEnv } from './helpers/cli.js';
import { freshDatabase } from './helpers/db.js';
import { startInstance } from './helpers/instance.js';

/**
 * Issue 18 §5: an instance told to stop (SIGTERM, as systemd and Kubernetes do) answers the
 * request it is in the middle of, takes no new one, and exits cleanly.
 */
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

describe('graceful shutdown', () => {
  it('finishes the request under way, refuses new connections and exits with status 0', async () => {
    const database = await freshDatabase({ migrate: false });
    cleanups.push(() => database.close());
    const instance = await startInstance({ ...dbEnv(database), GONGKAI_SEED_DEMO: 'false' });
    cleanups.push(() => Promise.resolve(void (instance.alive() && instance.child.kill('SIGKILL'))));
    const { port } = new URL(instance.base);

    // A request whose body is still arriving when the signal comes.
    const body = JSON.stringify({ account: 'nobody', password: 'not-the-password' });
    const answer = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/v1/auth/sign-in',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        instance.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200);
    });
    const exited = new Promise<number | null>((resolve) => instance.child.once('exit', (code) => resolve(code)));

    // Answered (refused for its missing token, as any sign-in without one is), not cut off.
    expect(await answer).toBe(403);
    expect(await exited).toBe(0);
    expect(instance.output()).toContain('正在停止');
    await expect(fetch(`${instance.base}/healthz`)).rejects.toThrow();
  });
});
