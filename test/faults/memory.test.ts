/**
 * Memory does not grow across 10,000 failing calls: a mix of every provider and failure kind (5xx,
 * 404, resets, HTML pages, truncated bodies, errors inside a 200, a failing token endpoint), all
 * sharing one long-lived AbortSignal — the way a pipeline passes one signal to a whole job — so a
 * listener left behind by any layer would show as growth and as listeners on the signal.
 *
 * The heap is measured after a full GC (`gc` is exposed at runtime through V8 flags, so no special
 * test configuration is needed) before and after the run, once warmed up. Bounded: about 10 s.
 */
import { getEventListeners } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { ChartstackError, InvalidParamsError } from '../../src/errors.js';
import { Soundcharts } from '../../src/soundcharts/index.js';
import { createSandbox, SANDBOX_CREDENTIALS, type Sandbox } from '../../src/testing/index.js';
import { ROUTES, SOUNDCHARTS_ARTIST } from './harness.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap after full GCs, with event-loop turns between them: undici frees a `Request`'s signal plumbing in finalizers. */
async function heapAfterGc(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  return process.memoryUsage().heapUsed;
}

/** Clients whose every call fails, one way or another, without retries (each call is one attempt). */
function failingCalls(sandbox: Sandbox, baseUrl: (name: string) => string, fetch: typeof sandbox.fetch | undefined) {
  const common = { maxRetries: 0, rateLimit: false as const, timeout: 2_000, ...(fetch ? { fetch } : {}) };
  const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, ...common, baseUrl: baseUrl('chartmogul') });
  const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, ...common, baseUrl: baseUrl('chartmetric') });
  const sc = new Soundcharts({ ...SANDBOX_CREDENTIALS.soundcharts, ...common, baseUrl: baseUrl('soundcharts'), tokenUrl: `${baseUrl('soundcharts-account')}/oauth/token` });
  // A Chartmetric client whose refresh token the token endpoint refuses: every call re-tries the exchange.
  const cmNoToken = new Chartmetric({ ...common, refreshToken: 'a-refresh-token-that-was-revoked', baseUrl: baseUrl('chartmetric') });

  const f = sandbox.faults;
  const data = ROUTES;
  f.add({ ...data.chartmogul.data, status: 500, body: { error: 'boom' }, times: Infinity });
  f.add({ provider: 'chartmogul', path: '/v1/ping', kind: 'reset', times: Infinity });
  f.add({ provider: 'chartmogul', path: '/v1/account', kind: 'html', times: Infinity });
  f.add({ ...data.chartmetric.data, kind: 'truncate', times: Infinity });
  f.add({ provider: 'chartmetric', path: '/api/genres', status: 404, body: { error: 'nope' }, times: Infinity });
  f.add({ ...data.soundcharts.data, status: 200, body: { errors: [{ code: 404, key: 'not_found', message: 'not found' }] }, times: Infinity });
  f.add({ provider: 'soundcharts', path: /\/songs$/, kind: 'reset-body', times: Infinity });

  return [
    (signal: AbortSignal) => mogul.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-03-31' }, { signal }),
    (signal: AbortSignal) => mogul.ping({ signal }),
    (signal: AbortSignal) => mogul.account.get({}, { signal }),
    (signal: AbortSignal) => cm.artists.get(206557, { signal }),
    (signal: AbortSignal) => cm.genres.list({}, { signal }),
    (signal: AbortSignal) => sc.artists.get(SOUNDCHARTS_ARTIST, { signal }),
    (signal: AbortSignal) => sc.artists.songs(SOUNDCHARTS_ARTIST, {}, { signal }),
    (signal: AbortSignal) => cmNoToken.artists.get(206557, { signal }),
  ];
}

async function run(calls: Array<(signal: AbortSignal) => Promise<unknown>>, n: number, signal: AbortSignal, concurrency: number) {
  let failed = 0;
  let untyped = 0;
  let badInput = 0;
  for (let i = 0; i < n; i += concurrency) {
    const batch = Array.from({ length: Math.min(concurrency, n - i) }, (_, j) => calls[(i + j) % calls.length]!(signal));
    for (const r of await Promise.allSettled(batch)) {
      if (r.status === 'rejected') {
        failed++;
        if (!(r.reason instanceof ChartstackError)) untyped++;
        // Every call must reach the (failing) server: a rejected parameter would test nothing.
        if (r.reason instanceof InvalidParamsError) badInput++;
      }
    }
  }
  return { failed, untyped, badInput };
}

async function measure(label: string, sandbox: Sandbox, baseUrl: (name: string) => string, fetch: Sandbox['fetch'] | undefined, n: number) {
  sandbox.maxRecorded = 16; // the sandbox's own request log must not count as growth
  const calls = failingCalls(sandbox, baseUrl, fetch);
  const controller = new AbortController();
  await run(calls, 1_000, controller.signal, 50); // warm-up: JIT, pools, lazily built schemas
  const before = await heapAfterGc();
  const { failed, untyped, badInput } = await run(calls, n, controller.signal, 50);
  const after = await heapAfterGc();
  const growth = after - before;
  console.info(`${label}: ${n} failing calls, heap ${(before / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB (${growth >= 0 ? '+' : ''}${(growth / 1e3).toFixed(0)} kB)`);
  expect(failed).toBe(n);
  expect(untyped).toBe(0);
  expect(badInput).toBe(0);
  expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  // 10,000 calls leaking even 300 bytes each would be 3 MB.
  expect(growth).toBeLessThan(2_000_000);
}

describe('memory across failing calls', () => {
  it('10,000 failing calls over sandbox.fetch do not grow the heap', { timeout: 120_000 }, async () => {
    const sandbox = createSandbox();
    await measure('sandbox.fetch', sandbox, (name) => `http://127.0.0.1:1/${name}`, sandbox.fetch, 10_000);
  });

  it('10,000 failing calls over the loopback server (undici) do not grow the heap', { timeout: 120_000 }, async () => {
    const sandbox = createSandbox();
    const server = await sandbox.listen();
    try {
      await measure('loopback', sandbox, (name) => `${server.url}/${name}`, undefined, 10_000);
    } finally {
      await server.close();
    }
  });
});
