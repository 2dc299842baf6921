import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Test files that open no database (pure functions: the PII detector, the clock, parsers) say the
 * same on PostgreSQL as on SQLite, so `npm run test:pg` leaves them to `npm test`. A file opens a
 * database only through the test helpers or `openDatabase`; one that imports a helper for another
 * reason merely runs twice.
 */
function databaseFree(): string[] {
  return ['src', 'test'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((f) => `${dir}/${f}`)
      .filter((f) => /\.test\.tsx?$/.test(f) && !/^test\/(?:e2e|faults)\//.test(f))
      .filter((f) => !/helpers\/|openDatabase|freshDatabase/.test(readFileSync(f, 'utf8'))),
  );
}

// GONGKAI_TEST_SET=database-free runs only those files (scripts/test-runtimes.sh, on other runtimes).
const databaseFreeOnly = process.env.GONGKAI_TEST_SET === 'database-free';

export default defineConfig({
  test: {
    include: databaseFreeOnly ? databaseFree() : ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    exclude: [
      'test/e2e/**',
      'test/faults/**',
      'node_modules/**',
      ...(process.env.GONGKAI_TEST_DB === 'postgres' ? databaseFree() : []),
    ],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // As bin/gongkai does: the holiday package needs China time (see the note there).
    env: { TZ: 'Asia/Shanghai' },
    // A guard against a hung test, not a speed target: the slowest tests take ~25 s on a slow 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
