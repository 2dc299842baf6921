import { describe, expect, it } from 'vitest';
import { refreshed } from './refreshed.js';

/** A build the test finishes by hand, counting how often it was started. */
function builds() {
  const started: { key: string; finish: (v: string) => void; fail: (e: Error) => void }[] = [];
  const build = (key: string) =>
    new Promise<string>((finish, fail) => {
      started.push({ key, finish, fail });
    });
  return { started, build };
}

describe('a value kept and built again in the background', () => {
  it('waits for a quick first build, and answers without a slow one, which the next request then gets', async () => {
    const { started, build } = builds();
    const values = refreshed({ build, ttlMs: 1000, waitMs: 50 });
    const quick = values.get('a');
    started[0]!.finish('A1');
    expect(await quick).toBe('A1');
    // A slow build: the request gives up waiting; a second request joins the same build.
    const slow = values.get('b');
    const meanwhile = values.get('b');
    expect(await slow).toBeUndefined();
    expect(await meanwhile).toBeUndefined();
    expect(started.map((s) => s.key)).toEqual(['a', 'b']);
    started[1]!.finish('B1');
    await Promise.resolve();
    expect(await values.get('b')).toBe('B1');
    expect(started).toHaveLength(2);
  });

  it('serves the old value past its time while the new one is built, and tries a failed build again', async () => {
    let clock = 0;
    const { started, build } = builds();
    const values = refreshed({ build, ttlMs: 1000, waitMs: 10, now: () => clock });
    const first = values.get('a');
    started[0]!.finish('A1');
    expect(await first).toBe('A1');
    clock = 2000;
    expect(await values.get('a')).toBe('A1');
    expect(started).toHaveLength(2);
    started[1]!.fail(new Error('database away'));
    await Promise.resolve();
    expect(await values.get('a')).toBe('A1');
    expect(started).toHaveLength(3);
    started[2]!.finish('A2');
    await Promise.resolve();
    expect(await values.get('a')).toBe('A2');
    // Forgotten (the index was rebuilt): built again before it is used.
    values.forget('a');
    const again = values.get('a');
    started[3]!.finish('A3');
    expect(await again).toBe('A3');
  });
});
