import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium driven by playwright-core, accessibility checked with axe-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    env: { TZ: 'Asia/Shanghai' },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
