/**
 * Error names survive minification (issue #15). Workers are bundled with minification (wrangler,
 * Vercel), and minifiers rename classes: a name read from the class made an `AuthenticationError`
 * log as `zo`. Each public entry is bundled here as wrangler bundles a Worker (esbuild, workerd
 * conditions, `minify: true`), from the sources with the edge build's `.web.ts` twins, and run in
 * workerd through miniflare: every exported error class must report its own name, and so must an
 * error the pipeline throws (a 401 becomes `AuthenticationError`).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as errors from '../../src/errors.js';
import { webTwins } from '../../tsup.config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The error classes every entry exports, by their public names. */
const ERROR_NAMES = Object.entries(errors)
  // (`instanceof` is brand-based for these classes and a prototype has no brand: walk the chain.)
  .filter(([, value]) => typeof value === 'function' && (value === errors.ChartstackError || Object.prototype.isPrototypeOf.call(errors.ChartstackError.prototype, value.prototype)))
  .map(([name]) => name);

/** A `fetch` that answers 401, and the client of each entry that calls through it. */
const UNAUTHORIZED = `async () => new Response('{"error":"Unauthorized"}', { status: 401, headers: { 'content-type': 'application/json' } })`;
const CALL_MOGUL = `new entry.ChartMogul({ apiKey: 'k-123456', fetch: ${UNAUTHORIZED}, maxRetries: 0, rateLimit: false }).metrics.mrr({ startDate: '2025-01-01', endDate: '2025-01-31' })`;
const ENTRIES = {
  chartstack: { source: 'src/index.ts', call: CALL_MOGUL },
  'chartstack/chartmogul': { source: 'src/chartmogul/index.ts', call: CALL_MOGUL },
  'chartstack/chartmetric': {
    source: 'src/chartmetric/index.ts',
    call: `new entry.Chartmetric({ refreshToken: 'r-123456', fetch: ${UNAUTHORIZED}, maxRetries: 0, rateLimit: false }).artists.get(206557)`,
  },
  'chartstack/soundcharts': {
    source: 'src/soundcharts/index.ts',
    call: `new entry.Soundcharts({ appId: 'a-123456', apiKey: 'k-123456', fetch: ${UNAUTHORIZED}, maxRetries: 0, rateLimit: false }).artists.get('11e81bcc-9c1c-ce38-b96b-a0369fe50396')`,
  },
};

/** A Worker that reports `err.name` of every error class the entry exports, and of one error thrown by a call. */
const worker = (source: string, call: string) => `
import * as entry from ${JSON.stringify(`${root}${source}`)};
export default {
  async fetch() {
    const names = {};
    for (const [key, value] of Object.entries(entry)) {
      // One init object that every error constructor accepts (the name does not depend on it).
      if (typeof value === 'function' && value.prototype instanceof Error) names[key] = new value({ provider: 'chartmogul', status: 400, message: 'm', headers: {}, body: null, issues: [] }).name;
    }
    const thrown = await ${call}.then(() => 'no error', (err) => err.name);
    return Response.json({ names, thrown });
  },
};`;

/** The Worker bundled as wrangler does: workerd conditions, ESM, minified (classes get renamed). */
async function bundle(source: string, call: string): Promise<string> {
  const result = await build({
    stdin: { contents: worker(source, call), resolveDir: root, sourcefile: 'worker.js', loader: 'js' },
    absWorkingDir: root,
    bundle: true,
    write: false,
    platform: 'neutral',
    format: 'esm',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    minify: true,
    logLevel: 'silent',
    plugins: [webTwins],
  });
  return result.outputFiles[0]!.text;
}

describe('error names in a minified Worker bundle (workerd)', () => {
  let mf: Miniflare;
  const workerName = (entry: string) => entry.replace('/', '-');

  beforeAll(async () => {
    const workers = await Promise.all(
      Object.entries(ENTRIES).map(async ([entry, { source, call }]) => ({
        name: workerName(entry),
        modules: [{ type: 'ESModule' as const, path: `${root}${workerName(entry)}.worker.js`, contents: await bundle(source, call) }],
        compatibilityDate: '2025-09-01',
      })),
    );
    mf = new Miniflare({ workers });
    await mf.ready;
  }, 120_000);
  afterAll(() => mf?.dispose());

  it('checks every error class of the hierarchy', () => {
    expect(ERROR_NAMES).toContain('AuthenticationError');
    expect(ERROR_NAMES.length).toBeGreaterThanOrEqual(17);
  });

  for (const entry of Object.keys(ENTRIES)) {
    it(`${entry}: each error class and a thrown 401 keep their names`, async () => {
      // (miniflare's Fetcher type clashes with the DOM lib's Request: called through a plain signature)
      const fetcher = (await mf.getWorker(workerName(entry))) as unknown as { fetch(url: string): Promise<Response> };
      const res = await fetcher.fetch('http://chartstack.test/');
      const { names, thrown } = (await res.json()) as { names: Record<string, string>; thrown: string };
      expect(names).toEqual(Object.fromEntries(ERROR_NAMES.map((name) => [name, name])));
      expect(thrown).toBe('AuthenticationError');
    }, 60_000);
  }
});
