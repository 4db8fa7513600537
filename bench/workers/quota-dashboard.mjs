/* global performance */
// The dashboard scenario of issue #17: 10 artists, 5 widgets each (50 concurrent widget reads),
// refreshed every minute for 10 minutes — 11 loads at simulated minutes 0, 1, …, 10. The cache's
// clock is simulated (`cache.clock` and the store's `now`), so ten minutes take seconds; the
// sandbox's data clock is fixed, so both runs see the same data. Run twice against one counting
// sandbox (real loopback HTTP, the Node transport, default pacing): once with coalescing and the
// cache off, once with coalescing (the default) and an in-memory cache with the default TTLs.
// Prints upstream calls per run and whether every widget got identical data.
import { Chartmetric } from 'chartstack/chartmetric';
import { MemoryCacheStore } from 'chartstack/cache';
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';

const { artists = 10, loads = 11, minuteMs = 60_000 } = JSON.parse(process.argv[2] ?? '{}');
const DATA_NOW = Date.UTC(2025, 6, 1, 12);
const sandbox = createSandbox({ seed: 42, now: () => DATA_NOW, enforceRateLimits: true });
sandbox.maxRecorded = 0;
const counts = { upstream: 0, tokens: 0, tooMany: 0 };
const dispatch = sandbox.dispatch.bind(sandbox);
sandbox.dispatch = async (request) => {
  const outcome = await dispatch(request);
  if (new URL(request.url).pathname.endsWith('/api/token')) counts.tokens++;
  else {
    counts.upstream++;
    if (outcome.response?.status === 429) counts.tooMany++;
  }
  return outcome;
};
const server = await sandbox.listen();
const baseUrl = server.baseUrl('chartmetric');

const IDS = Array.from({ length: artists }, (_, i) => 206557 + i * 1013);
const FOLLOWERS = { field: 'followers', since: '2025-01-01', until: '2025-06-30' };
/** Each widget of an artist's panel and the read it makes. Header and card both show the profile; chart and KPI tile both read followers. */
const WIDGETS = [
  ['header', (cm, id) => cm.artists.get(id)],
  ['profile card', (cm, id) => cm.artists.get(id)],
  ['followers chart', (cm, id) => cm.artists.stats(id, 'spotify', FOLLOWERS)],
  ['followers tile', (cm, id) => cm.artists.stats(id, 'spotify', FOLLOWERS)],
  ['cross-platform stats', (cm, id) => cm.artists.cmStats(id)],
];

async function run(economy) {
  counts.upstream = counts.tokens = counts.tooMany = 0;
  let simulated = Date.UTC(2026, 0, 1, 9);
  const clock = () => simulated;
  const cm = new Chartmetric({
    ...SANDBOX_CREDENTIALS.chartmetric,
    baseUrl,
    ...(economy ? { cache: { store: new MemoryCacheStore({ now: clock }), clock } } : { coalesce: false }),
  });
  const results = [];
  const started = performance.now();
  for (let load = 0; load < loads; load++) {
    const data = await Promise.all(IDS.flatMap((id) => WIDGETS.map(([, read]) => read(cm, id))));
    results.push(data.map((d) => JSON.stringify(d)));
    simulated += minuteMs;
  }
  const wallMs = performance.now() - started;
  await cm.close();
  return { ...counts, widgetReads: loads * IDS.length * WIDGETS.length, usage: cm.usage, wallMs, results };
}

const baseline = await run(false);
const economy = await run(true);
await server.close();
const identical = baseline.results.length === economy.results.length && baseline.results.every((load, i) => load.every((d, j) => d === economy.results[i][j]));
const strip = ({ results, ...rest }) => ({ ...rest, distinctReadsPerLoad: new Set(results[0]).size });
console.log(JSON.stringify({ artists: IDS.length, widgets: WIDGETS.map(([name]) => name), loads, minuteMs, baseline: strip(baseline), economy: strip(economy), identical, ratio: economy.upstream / baseline.upstream }));
process.exit(0);
