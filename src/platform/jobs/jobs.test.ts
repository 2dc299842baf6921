import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/helpers/db.js';
import { FixedClock } from '../clock/clock.js';
import { createJobRunner, enqueue, MAX_ATTEMPTS } from './jobs.js';

let database: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

describe('the job queue', () => {
  it('runs a job once even when two instances run due jobs at the same moment', async () => {
    const clock = new FixedClock(new Date('2026-03-02T02:00:00.000Z'));
    let runs = 0;
    const handlers = { count: () => Promise.resolve(void runs++) };
    expect(await enqueue(database.db, clock, { kind: 'count', payload: {}, key: 'once' })).toBe(true);
    expect(await enqueue(database.db, clock, { kind: 'count', payload: {}, key: 'once' })).toBe(false);
    const [a, b] = [
      createJobRunner({ db: database.db, clock, handlers }),
      createJobRunner({ db: database.db, clock, handlers }),
    ];
    const done = await Promise.all([a.runDue(), b.runDue()]);
    expect(done[0] + done[1]).toBe(1);
    expect(runs).toBe(1);
  });

  it('retries a failing job later with a growing delay, then gives up', async () => {
    const clock = new FixedClock(new Date('2026-03-02T02:00:00.000Z'));
    let tries = 0;
    const errors: string[] = [];
    const runner = createJobRunner({
      db: database.db,
      clock,
      handlers: { flaky: () => Promise.reject(new Error(`第 ${++tries} 次失败`)) },
      onError: (_kind, e) => errors.push(String(e)),
    });
    await enqueue(database.db, clock, { kind: 'flaky', payload: {}, key: 'flaky' });
    await runner.runDue();
    expect(tries).toBe(1);
    // Not again straight away: the next try is a minute later.
    await runner.runDue();
    expect(tries).toBe(1);
    for (let i = 0; i < 10; i++) {
      clock.set(new Date(clock.now().getTime() + 60 * 60_000));
      await runner.runDue();
    }
    expect(tries).toBe(MAX_ATTEMPTS);
    const row = await database.db.selectFrom('jobs').selectAll().where('key', '=', 'flaky').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ attempts: MAX_ATTEMPTS, done_at: null, last_error: `第 ${MAX_ATTEMPTS} 次失败` });
    expect(errors).toHaveLength(MAX_ATTEMPTS);
  });
});
