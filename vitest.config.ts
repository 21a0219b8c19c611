import { defineConfig } from 'vitest/config';

/** Unit and integration tests of every package and app; e2e, soak and bench live in test/. */
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
