import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { withoutQueryValues } from '../src/platform/http/request-log.js';
import { FixedClock } from '../src/platform/clock/clock.js';
import { testConfig } from './helpers/app.js';
import { freshDatabase } from './helpers/db.js';

describe('request log', () => {
  const lines: string[] = [];
  let close: () => Promise<void>;
  let inject: Awaited<ReturnType<typeof buildApp>>['app']['inject'];

  beforeAll(async () => {
    const database = await freshDatabase();
    const config = { ...testConfig(database.dataDir), logLevel: 'info' as const };
    const { app } = await buildApp(config, {
      database,
      clock: new FixedClock(new Date('2026-03-02T02:00:00.000Z')),
      logStream: { write: (line) => void lines.push(line) },
    });
    await app.ready();
    inject = app.inject.bind(app);
    close = async () => {
      await app.close();
      await database.close();
    };
  });
  afterAll(() => close());

  it('keeps the names of query parameters and drops their values', () => {
    expect(withoutQueryValues('/search?q=%E5%BC%A0%E4%B8%89&page=2&q=x')).toBe('/search?q&page');
    expect(withoutQueryValues('/search?')).toBe('/search');
    expect(withoutQueryValues('/documents/1')).toBe('/documents/1');
  });

  it('never writes what a visitor searched for or a tracking code into the log', async () => {
    const searched = '张三 13812345678';
    await inject({ url: `/search?q=${encodeURIComponent(searched)}` });
    await inject({ url: `/api/v1/search?q=${encodeURIComponent(searched)}` });
    await inject({ url: '/requests/track?code=SECRETCODE123' });
    const log = lines.join('');
    expect(log).toContain('/search?q');
    expect(log).toContain('/api/v1/search?q');
    expect(log).not.toContain('13812345678');
    expect(log).not.toContain(encodeURIComponent('张三'));
    expect(log).not.toContain('SECRETCODE123');
  });
});
