import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The scale tier: real server processes sharing PostgreSQL and Redis, crash
 * and fail-over, and a bounded soak. One file at a time (each starts its own
 * processes, and the machine may have two cores); generous timeouts, since a
 * test here waits for processes to start, die and reconnect.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/scale/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
