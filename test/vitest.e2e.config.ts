import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built web app in Debian's Chromium against a real server process. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
