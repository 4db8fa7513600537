#!/usr/bin/env node
// Part of `npm run test:types`: the *published* declarations (dist/*.d.ts, *.d.cts, reached through
// `exports` of the packed tarball) compile in a user's project under every module resolution a
// user may have — node16, nodenext, bundler, and bundler with the `workerd` condition (the edge
// branch of the exports map) — with `skipLibCheck: false` and no @types/node (an edge project has
// none). The consumer code below uses each entry, passes good params, expects bad ones to fail
// (`@ts-expect-error`), reads typed results and narrows errors with `instanceof`.
// Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createConsumer, repoRoot } from './lib/consumer.mjs';

/** The same checks in ESM syntax (.mts / .ts) and in CommonJS syntax (.cts, `import x = require()`). */
const body = (ns) => `
/** Compiles only when A and B are the same type (so \`any\` does not slip through). */
type Exactly<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const exactly = <A, B>(_proof: Exactly<A, B>): void => undefined;
const mogul = new ${ns.root}.ChartMogul({ apiKey: 'key' });
const sameClass: typeof ${ns.root}.ChartMogul = ${ns.mogul}.ChartMogul;
export async function use(): Promise<number> {
  const mrr = await mogul.metrics.mrr({ startDate: '2025-01-01', endDate: new Date(), interval: 'month' });
  const cents = mrr.entries[0]!.mrr;
  exactly<typeof cents, number>(true);
  exactly<typeof mrr.entries[0], any>(false);
  // @ts-expect-error startDate is a date string or a Date
  void mogul.metrics.mrr({ startDate: 20250101, endDate: '2025-06-30' });
  // @ts-expect-error the interval is a closed set
  void mogul.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-06-30', interval: 'fortnight' });
  const artist = await new ${ns.chartmetric}.Chartmetric({ refreshToken: 'token' }).artists.get(206557);
  const id = artist.id;
  exactly<typeof id, number>(true);
  exactly<typeof artist.name, string>(true);
  // @ts-expect-error the Chartmetric artist id is a number
  void new ${ns.chartmetric}.Chartmetric({ refreshToken: 'token' }).artists.get({ id });
  const sc = ${ns.soundcharts}.Soundcharts.sandbox();
  for await (const song of sc.artists.songs('11e81bcc-9c1c-ce38-b96b-a0369fe50396', { sortBy: 'releaseDate' })) void song.uuid;
  // @ts-expect-error toArray() needs a limit
  void sc.artists.songs('11e81bcc-9c1c-ce38-b96b-a0369fe50396').toArray();
  const sandbox = ${ns.testing}.createSandbox();
  void new ${ns.mogul}.ChartMogul({ ...${ns.testing}.SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch });
  const cached = new ${ns.mogul}.ChartMogul({ apiKey: 'key', cache: { store: new ${ns.cache}.MemoryCacheStore({ maxEntries: 100 }), ttl: 60_000 }, onEvent: ${ns.otel}.openTelemetry() });
  const hit = await cached.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-06-30' }).withResponse();
  exactly<typeof hit.fromCache, boolean>(true);
  exactly<typeof cached.usage.cacheHits, number>(true);
  // @ts-expect-error the cache needs a store
  void new ${ns.mogul}.ChartMogul({ apiKey: 'key', cache: { ttl: 1 } });
  try {
    await mogul.ping();
  } catch (err) {
    if (err instanceof ${ns.root}.RateLimitError) {
      const wait: number | undefined = err.retryAfter;
      void wait;
    }
    if (err instanceof ${ns.mogul}.APIError) {
      exactly<typeof err.status, number>(true);
      return err.status;
    }
    // @ts-expect-error not narrowed: no status on unknown
    return err.status;
  }
  void sameClass;
  return cents + id;
}
`;
const esm = `import * as root from 'chartstack';
import * as mogulEntry from 'chartstack/chartmogul';
import * as chartmetric from 'chartstack/chartmetric';
import * as soundcharts from 'chartstack/soundcharts';
import * as testing from 'chartstack/testing';
import * as cache from 'chartstack/cache';
import * as otel from 'chartstack/otel';
${body({ root: 'root', mogul: 'mogulEntry', chartmetric: 'chartmetric', soundcharts: 'soundcharts', testing: 'testing', cache: 'cache', otel: 'otel' })}`;
const cjs = `import root = require('chartstack');
import mogulEntry = require('chartstack/chartmogul');
import chartmetric = require('chartstack/chartmetric');
import soundcharts = require('chartstack/soundcharts');
import testing = require('chartstack/testing');
import cache = require('chartstack/cache');
import otel = require('chartstack/otel');
${body({ root: 'root', mogul: 'mogulEntry', chartmetric: 'chartmetric', soundcharts: 'soundcharts', testing: 'testing', cache: 'cache', otel: 'otel' })}`;

const base = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2023', lib: ['ES2023', 'DOM', 'DOM.Iterable', 'DOM.AsyncIterable'], types: [] };
const projects = {
  node16: { compilerOptions: { ...base, module: 'node16', moduleResolution: 'node16' }, files: ['esm.mts', 'cjs.cts'] },
  nodenext: { compilerOptions: { ...base, module: 'nodenext', moduleResolution: 'nodenext' }, files: ['esm.mts', 'cjs.cts'] },
  bundler: { compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler' }, files: ['esm.ts'] },
  'bundler+workerd': { compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler', customConditions: ['workerd', 'worker', 'browser'] }, files: ['esm.ts'] },
};

const files = { 'esm.mts': { text: esm }, 'esm.ts': { text: esm }, 'cjs.cts': { text: cjs } };
for (const [name, config] of Object.entries(projects)) files[`tsconfig.${name}.json`] = { text: JSON.stringify(config, null, 2) };
// chartstack/otel's declarations import its optional peer, which a project using it has installed.
const consumer = createConsumer({ name: 'types', files, peers: ['@opentelemetry/api'] });
const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
let failed = 0;
try {
  for (const name of Object.keys(projects)) {
    try {
      execFileSync(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: consumer.dir, encoding: 'utf8', stdio: 'pipe' });
      console.log(`✓ published types compile under moduleResolution ${name}`);
    } catch (err) {
      failed++;
      console.error(`✗ moduleResolution ${name}:\n${err.stdout}${err.stderr}`);
    }
  }
} finally {
  consumer.dispose();
}
if (failed) {
  console.error('check-published-types FAILED');
  process.exit(1);
}
