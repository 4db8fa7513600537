// Iterates a 100,000-song Soundcharts list (1,000 pages of 100) and tracks this process's resident
// memory. `mode: 'chartstack'` uses `for await` over the SDK's page promise; `mode: 'raw'` is the
// same walk with undici.request and JSON.parse, following `page.next` by hand — the floor that V8's
// heap sizing gives any client allocating page after page. A lazy iterator holds one page at a
// time: the heap retained after a GC stays flat, and RSS levels off instead of climbing.
// Run with --expose-gc so the baseline is taken from a collected heap.
/* global clearInterval, performance, setInterval */
import { getHeapSpaceStatistics } from 'node:v8';

// Each mode loads only what it uses: the SDK's catalog and the sandbox module make a baseline heap
// of their own, and under the capped heap the raw loop must not pay for code it never runs.
const { baseUrl, total, mode, legacyKeys } = JSON.parse(process.argv[2]);
const uuid = '11e81bcc-9c1c-ce38-b96b-a0369fe50396';
const MiB = 2 ** 20;

/** Every item of the list, one page in memory at a time. */
async function* chartstackItems() {
  const { Soundcharts } = await import('chartstack/soundcharts');
  const sc = Soundcharts.sandbox({ baseUrl, rateLimit: false });
  try {
    yield* sc.artists.songs(uuid, { limit: 100 });
  } finally {
    await sc.close();
  }
}

async function* rawItems() {
  const { request } = await import('undici');
  const headers = { 'x-app-id': legacyKeys.appId, 'x-api-key': legacyKeys.apiKey, accept: 'application/json' };
  let next = `/api/v2.21/artist/${uuid}/songs?offset=0&limit=100`;
  while (next) {
    const res = await request(baseUrl + next, { headers });
    const body = JSON.parse(await res.body.text());
    yield* body.items;
    next = body.page.next;
  }
}

const walk = mode === 'raw' ? rawItems : chartstackItems;

// Warm-up: one page through the same path, so code loading and JIT do not count as growth.
for await (const _ of walk()) break;
globalThis.gc?.();
const baseline = process.memoryUsage().rss;
const baselineHeap = process.memoryUsage().heapUsed;
let peak = baseline;
/** V8's young generation (new space) when RSS peaked: the part of the growth that is V8's sizing. */
let newSpaceAtPeak = 0;
const sample = () => {
  const rss = process.memoryUsage().rss;
  if (rss <= peak) return;
  peak = rss;
  newSpaceAtPeak = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
};
const timer = setInterval(sample, 20);

let items = 0;
let atHalf = 0;
const started = performance.now();
for await (const _ of walk()) {
  items++;
  if (items % 1000 === 0) sample();
  if (items === total / 2) atHalf = process.memoryUsage().rss;
}
const seconds = (performance.now() - started) / 1000;
clearInterval(timer);
sample();
const atEnd = process.memoryUsage().rss;
globalThis.gc?.();
console.log(
  JSON.stringify({
    mode,
    items,
    seconds,
    itemsPerSecond: items / seconds,
    baselineMiB: baseline / MiB,
    peakMiB: peak / MiB,
    growthMiB: (peak - baseline) / MiB,
    newSpaceMiB: newSpaceAtPeak / MiB,
    // RSS over the second half of the walk: near zero when memory levels off.
    secondHalfMiB: (atEnd - atHalf) / MiB,
    // The heap that survives a full GC after the walk, compared with before it: what is really kept.
    retainedMiB: (process.memoryUsage().heapUsed - baselineHeap) / MiB,
  }),
);
process.exit(0);
