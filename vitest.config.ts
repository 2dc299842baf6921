import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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
    // Two files at a time even on 2 cores (vitest's default leaves one core idle there), and one module
    // graph per worker: importing the application afresh for each of ~75 files cost more than the
    // tests. Safe because every file opens its own database (SQLite file or PostgreSQL schema) and no
    // file mocks a module, stubs the environment or fakes timers (checked 2026-12-03). What the files
    // of a worker do share is the word dictionary, which the search service extends for the whole
    // process (segment.ts): a test that depends on a word being unknown uses one no other test adds.
    maxWorkers: Math.min(4, Math.max(2, availableParallelism())),
    isolate: false,
    // As bin/gongkai does: the holiday package needs China time (see the note there).
    env: { TZ: 'Asia/Shanghai' },
    // A guard against a hung test, not a speed target: the slowest tests take ~25 s on a slow 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
