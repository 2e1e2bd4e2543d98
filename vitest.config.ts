import { defineConfig } from 'vitest/config';

/** Unit and integration tests, beside the code. End-to-end tests have their own config in e2e/. */
export default defineConfig({
  test: {
    include: ['{shared,functions,infra,web}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/cdk.out/**'],
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 20_000,
    env: { CLINICALL_LOG_LEVEL: 'WARN' },
  },
});
