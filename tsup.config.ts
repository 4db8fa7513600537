import { defineConfig } from 'tsup';

/** One entry per public subpath; keep in step with `exports` in package.json. */
const entry = {
  index: 'src/index.ts',
  chartmogul: 'src/chartmogul/index.ts',
  chartmetric: 'src/chartmetric/index.ts',
  soundcharts: 'src/soundcharts/index.ts',
  testing: 'src/testing/index.ts',
};

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2023',
  platform: 'node',
  treeshake: true,
  // msw is an optional peer of `chartstack/testing`, loaded only by `sandbox.mswHandlers()`.
  external: ['msw', 'ioredis'],
});
