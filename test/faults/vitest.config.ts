import { defineConfig } from 'vitest/config';

/**
 * `npm run test:faults` (issue 13): real server processes on PostgreSQL, their database connections
 * killed, cut and hung, hostile uploads and texts — the instance must keep serving or answer 503,
 * and recover by itself. One file at a time: the faults are timed against each other.
 */
export default defineConfig({
  test: {
    include: ['test/faults/**/*.faults.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    env: { TZ: 'Asia/Shanghai', GONGKAI_TEST_DB: 'postgres' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
