import { defineConfig } from 'vitest/config';

/** Real browsers against the real local runtime: one file at a time, generous timeouts. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
