import { defineConfig } from 'vitest/config';

/**
 * Type tests only (`npm run test:types`): test/types/*.test-d.ts are compiled, never run.
 * Separate from vitest.config.ts so `npm test` stays a runtime-only run.
 */
export default defineConfig({
  test: {
    include: [],
    typecheck: {
      enabled: true,
      only: true,
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './test/types/tsconfig.json',
      // Every type error in these files fails the run, not only those inside `expectTypeOf`.
      ignoreSourceErrors: false,
    },
  },
});
