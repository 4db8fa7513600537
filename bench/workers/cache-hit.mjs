// What a cache hit costs (issue #17): the time of a whole method call answered from the in-memory
// cache — params checked and serialized, key built, entry looked up and checked for freshness, the
// caller's own copy of the result made — in batches of sequential awaited calls, median per call.
// Beside it, for scale, the same call uncached over the loopback HTTP server (sequential, so one
// round trip each). And what coalescing costs a call that has nothing to share: CPU per call with
// `coalesce` on and off, for distinct calls against a fetch that answers at once.
/* global btoa, performance, Response */
import { ChartMogul } from 'chartstack/chartmogul';
import { Chartmetric } from 'chartstack/chartmetric';
import { MemoryCacheStore } from 'chartstack/cache';
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';

const { quick = false } = JSON.parse(process.argv[2] ?? '{}');
const BATCHES = quick ? 11 : 41;
const PER_BATCH = quick ? 500 : 2_000;

const sandbox = createSandbox({ seed: 42, now: () => Date.UTC(2025, 6, 1, 12) });
sandbox.maxRecorded = 0;
const server = await sandbox.listen();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function perCall(fn, batches, perBatch, warmup = perBatch) {
  for (let i = 0; i < warmup; i++) await fn(); // warm-up: V8 optimizes the hot path, the entry gets its decoded copy
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) await fn();
    samples.push(((performance.now() - t0) * 1000) / perBatch);
  }
  return median(samples);
}

const MRR = { startDate: '2025-01-01', endDate: '2025-06-30', interval: 'month' };
const CHART = { date: '2025-06-01', countryCode: 'US', type: 'regional', interval: 'daily' };
const targets = [
  ['ChartMogul metrics.mrr (6 monthly entries)', (opts) => new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, baseUrl: server.baseUrl('chartmogul'), rateLimit: false, ...opts }), (c) => c.metrics.mrr(MRR)],
  ['Chartmetric artists.get (one profile)', (opts) => new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, baseUrl: server.baseUrl('chartmetric'), rateLimit: false, ...opts }), (c) => c.artists.get(206557)],
  ['Chartmetric charts.spotify (200 entries)', (opts) => new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, baseUrl: server.baseUrl('chartmetric'), rateLimit: false, ...opts }), (c) => c.charts.spotify(CHART)],
];

const rows = [];
for (const [name, make, call] of targets) {
  const large = name.includes('200');
  const cached = make({ cache: { store: new MemoryCacheStore() } });
  const first = await call(cached).withResponse();
  // A long warm-up even in --quick: unoptimized, a hit costs several times more.
  const hitUs = await perCall(() => call(cached), BATCHES, large ? PER_BATCH / 20 : PER_BATCH, large ? 500 : 20_000);
  const check = await call(cached).withResponse();
  if (!check.fromCache || JSON.stringify(check.data) !== JSON.stringify(first.data)) throw new Error(`${name}: not a faithful hit`);
  const plain = make({ coalesce: false });
  const uncachedUs = await perCall(() => call(plain), quick ? 3 : 9, large ? 20 : 100);
  rows.push({ name, hitUs, uncachedUs });
  await Promise.all([cached.close(), plain.close()]);
}

// Coalescing with nothing to share: distinct calls (a different month each), one at a time,
// answered at once by a canned response, so the pipeline's own CPU is all that is measured.
const body = JSON.stringify(await (await sandbox.fetch(`https://api.chartmogul.com/v1/metrics/mrr?start-date=2025-01-01&end-date=2025-06-30&interval=month`, { headers: { authorization: `Basic ${btoa(`${SANDBOX_CREDENTIALS.chartmogul.apiKey}:`)}` } })).json());
const canned = async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
const clients = new Map();
const cpuPerCall = async (coalesce) => {
  const mogul = clients.get(coalesce) ?? new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: canned, rateLimit: false, coalesce });
  let day = 0;
  const next = () => mogul.metrics.mrr({ startDate: `2024-01-${String((day++ % 28) + 1).padStart(2, '0')}`, endDate: '2025-06-30' });
  if (!clients.has(coalesce)) {
    clients.set(coalesce, mogul);
    for (let i = 0; i < 20_000; i++) await next();
  }
  const samples = [];
  for (let b = 0; b < (quick ? 5 : 15); b++) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < 2_000; i++) await next();
    const c = process.cpuUsage(c0);
    samples.push((c.user + c.system) / 2_000);
  }
  return median(samples);
};
const coalescing = [];
await cpuPerCall(true);
await cpuPerCall(false);
for (let round = 0; round < (quick ? 2 : 6); round++) {
  // Alternate (and swap the order), so a burst of load on a shared machine hits both alike.
  const first = round % 2 === 0;
  const a = await cpuPerCall(first);
  const b = await cpuPerCall(!first);
  coalescing.push(first ? { on: a, off: b } : { on: b, off: a });
}
await server.close();
console.log(JSON.stringify({ rows, coalescing: { onUs: median(coalescing.map((c) => c.on)), offUs: median(coalescing.map((c) => c.off)) } }));
process.exit(0);
