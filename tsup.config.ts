import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/** One entry per public subpath; keep in step with `exports` in package.json (`npm run check:package` verifies it). */
const entry = {
  index: 'src/index.ts',
  chartmogul: 'src/chartmogul/index.ts',
  chartmetric: 'src/chartmetric/index.ts',
  soundcharts: 'src/soundcharts/index.ts',
  testing: 'src/testing/index.ts',
  redis: 'src/redis/index.ts',
  cache: 'src/cache/index.ts',
  otel: 'src/otel/index.ts',
};

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Edge builds swap every module that has a `.web.ts` twin beside it for that twin:
 * `transport/platform.ts` (undici) → `platform.web.ts` (global fetch), `testing/loopback.ts`
 * (node:http) → `loopback.web.ts` (a stub that explains `listen()` needs Node). One source tree,
 * no copies; `npm run check:edge` proves no Node builtin or undici is left in the edge graph.
 * Exported for test/edge/error-names.test.ts, which bundles the sources the same way.
 */
export const webTwins: EsbuildPlugin = {
  name: 'chartstack-web-twins',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      if (!args.importer) return undefined;
      const twin = resolve(dirname(args.importer), args.path.replace(/\.js$/, '.web.ts'));
      return existsSync(twin) ? { path: twin } : undefined;
    });
  },
};

const shared: Options = {
  entry,
  format: ['esm', 'cjs'],
  sourcemap: true,
  target: 'es2023',
  treeshake: true,
  // Optional peers: msw is loaded only by `sandbox.mswHandlers()`, ioredis only for a shared limiter,
  // @opentelemetry/api only by chartstack/otel (the user's own copy, so spans reach their provider).
  external: ['msw', 'ioredis', '@opentelemetry/api'],
};

export default defineConfig([
  {
    // Node: undici transport, loopback server. Declarations are emitted once, here; the edge
    // conditions in package.json point at the same .d.ts/.d.cts (both builds share one source).
    ...shared,
    outDir: 'dist',
    platform: 'node',
    dts: true,
    // zod is inlined here, tree-shaken to the zod/mini functions the catalogs use (~24 KB): the
    // package's own entry loads ~535 KB (every locale and check), about 65 ms of a cold start
    // (issue #15). The declarations still import zod's types, so zod stays a dependency. Edge
    // builds leave it external: a Worker bundler tree-shakes it and dedupes it with the app's zod.
    noExternal: ['zod'],
    // The edge build runs in parallel and owns dist/edge; the CLI build (below) owns dist/cli.js.
    clean: ['!edge/**', '!cli.js', '!cli.js.map'],
  },
  {
    // workerd, worker, edge-light, browser, deno, bun and default: global fetch, no Node builtin.
    ...shared,
    outDir: 'dist/edge',
    platform: 'neutral',
    dts: false,
    clean: true,
    esbuildPlugins: [webTwins],
    // lru-cache (chartstack/cache) is inlined in its browser build: its default and Node builds reach
    // for node:diagnostics_channel, which edge runtimes (and check:edge) refuse. The condition only
    // matters for what this build inlines (our sources and lru-cache); other dependencies stay external.
    noExternal: ['lru-cache'],
    esbuildOptions(options) {
      options.conditions = ['browser'];
    },
  },
  {
    // The `chartstack` bin (package.json `bin`): Node only, ESM, one file. Its own build, so no
    // library entry carries commander or cli-progress (dependencies stay external, as everywhere).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    outDir: 'dist',
    platform: 'node',
    target: 'es2023',
    sourcemap: true,
    splitting: false,
    dts: false,
    clean: false,
    external: ['msw', 'ioredis'],
    // As in the library's Node build: the help and every command start faster without zod's full entry.
    noExternal: ['zod'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
