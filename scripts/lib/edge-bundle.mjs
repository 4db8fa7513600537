// Bundles a public entry of the built package the way an edge toolchain would (wrangler, Next.js,
// Deno/Bun bundlers): resolved through package.json `exports` with that runtime's conditions, for
// esbuild's neutral platform (no Node builtins assumed), with every dependency inlined.
// Shared by check-edge (what is reachable) and check-size (what it costs).
import { builtinModules } from 'node:module';
import { relative, sep } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from './consumer.mjs';

/** The public entries, as users import them. */
export const ENTRIES = ['chartstack', 'chartstack/chartmogul', 'chartstack/chartmetric', 'chartstack/soundcharts', 'chartstack/testing', 'chartstack/redis', 'chartstack/cache', 'chartstack/otel'];

/**
 * Conditions each non-Node target resolves with (besides `import`/`require` and `default`).
 * Deno and Bun also honour `node`; listing it here proves their own condition wins over it.
 */
export const EDGE_TARGETS = {
  workerd: ['workerd', 'worker', 'browser'],
  'edge-light': ['edge-light', 'worker', 'browser'],
  browser: ['browser'],
  deno: ['deno', 'node'],
  bun: ['bun', 'node'],
  default: [],
};

/**
 * Optional peers, loaded only on opt-in (`sandbox.mswHandlers()`, a Redis-backed limiter,
 * chartstack/otel): left out of every bundle, as an edge app that does not opt in would leave them
 * out (an app that uses OpenTelemetry bundles its own @opentelemetry/api).
 */
export const OPTIONAL_PEERS = ['msw', 'ioredis', '@opentelemetry/api'];

const builtins = new Set(builtinModules.flatMap((m) => [m, m.replace(/^node:/, '')]));
/** Whether an import specifier names a Node builtin (`node:http`, `http`, `fs/promises`) or undici. */
export function isForbidden(specifier) {
  if (specifier.startsWith('node:')) return true;
  if (specifier === 'undici' || specifier.startsWith('undici/')) return true;
  return builtins.has(specifier) || builtins.has(specifier.split('/')[0]);
}

/**
 * Bundles `specifier` (e.g. `chartstack/chartmogul`) for one target; `external` leaves more packages out.
 * Node builtins and undici are not followed but recorded in `forbidden` with their importer, so a
 * check can say where they came from instead of failing on an unresolved import.
 * @returns {Promise<{ code: Uint8Array, metafile: import('esbuild').Metafile, forbidden: { specifier: string, importer: string, kind: string }[] }>}
 */
export async function bundleEntry(specifier, { conditions, format = 'esm', minify = false, external = [] }) {
  const forbidden = [];
  const result = await build({
    stdin: {
      contents: format === 'esm' ? `export * from '${specifier}';` : `module.exports = require('${specifier}');`,
      resolveDir: repoRoot,
      sourcefile: `<${specifier}>`,
      loader: 'js',
    },
    absWorkingDir: repoRoot,
    bundle: true,
    write: false,
    platform: 'neutral',
    format: 'esm',
    target: 'es2023',
    mainFields: ['browser', 'module', 'main'],
    conditions,
    minify,
    metafile: true,
    logLevel: 'silent',
    external: [...OPTIONAL_PEERS, ...external],
    plugins: [
      {
        name: 'record-node-builtins',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (!isForbidden(args.path)) return undefined;
            // Metafile keys are relative to the working directory, with forward slashes.
            const importer = relative(repoRoot, args.importer).split(sep).join('/');
            forbidden.push({ specifier: args.path, importer, kind: args.kind });
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  return { code: result.outputFiles[0].contents, metafile: result.metafile, forbidden };
}

/** The chain of imports from the entry to `file`, for error messages (`<entry> → a.js → b.js`). */
export function importChain(metafile, file) {
  const parents = new Map();
  for (const [from, input] of Object.entries(metafile.inputs)) {
    for (const imp of input.imports) if (!parents.has(imp.path)) parents.set(imp.path, from);
  }
  const chain = [file];
  for (let at = file; parents.has(at) && chain.length < 50; ) chain.unshift((at = parents.get(at)));
  return chain.join(' → ');
}
