import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/runtimes/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'threads',
    // The machines have 2 cores; more workers only add contention.
    maxWorkers: 2,
    typecheck: { enabled: false },
  },
});
