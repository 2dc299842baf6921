import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dir = () => mkdtempSync(path.join(tmpdir(), 'gongkai-config-'));

describe('loadConfig', () => {
  it('gives working defaults for the embedded SQLite set-up', () => {
    const dataDir = dir();
    const config = loadConfig({ GONGKAI_DATA_DIR: dataDir });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir,
      publicUrl: 'http://127.0.0.1:3000',
      seedDemo: true,
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.auth)).toBe(true);
  });

  it('generates the session secret once, keeps it in the data directory, and reuses it', () => {
    const dataDir = dir();
    const first = loadConfig({ GONGKAI_DATA_DIR: dataDir }).sessionSecret;
    const second = loadConfig({ GONGKAI_DATA_DIR: dataDir }).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(second).toBe(first);
    const file = path.join(dataDir, 'session-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(loadConfig({ GONGKAI_DATA_DIR: dir() }).sessionSecret).not.toBe(first);
  });

  it('refuses bad values with a Chinese message naming the variable', () => {
    const bad: Record<string, string>[] = [
      { PORT: 'eighty' },
      { PORT: '70000' },
      { DATABASE_URL: 'mysql://localhost/x' },
      { GONGKAI_SESSION_SECRET: 'short' },
      { GONGKAI_SEED_DEMO: 'maybe' },
      { GONGKAI_LOG_LEVEL: 'loud' },
      { GONGKAI_PUBLIC_URL: 'ftp://x' },
    ];
    for (const env of bad) {
      const name = Object.keys(env)[0] ?? '';
      expect(() => loadConfig({ GONGKAI_DATA_DIR: dir(), ...env }), name).toThrow(ConfigError);
      expect(() => loadConfig({ GONGKAI_DATA_DIR: dir(), ...env }), name).toThrow(name);
    }
  });

  it('takes a PostgreSQL URL and trims the public URL', () => {
    const config = loadConfig({
      GONGKAI_DATA_DIR: dir(),
      DATABASE_URL: 'postgres://u@db:5432/gongkai',
      GONGKAI_PUBLIC_URL: 'https://www.example.gov.cn/',
    });
    expect(config.databaseUrl).toBe('postgres://u@db:5432/gongkai');
    expect(config.publicUrl).toBe('https://www.example.gov.cn');
  });
});
