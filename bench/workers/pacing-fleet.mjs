// Pacing efficiency of a fleet: `workers` processes (bench/workers/fleet-member.mjs) share one
// Chartmetric credential, its token and its rate limit through Redis, against one sandbox enforcing
// `limit` requests per second in a sliding window, with arrivals delayed 0–`jitterMs` ms at random.
// The sandbox counts at the server what arrived and what it refused. Needs `redis-server`.
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';
import { runWorker } from '../lib/child.mjs';
import { REDIS_SERVER_AVAILABLE, startRedis } from '../../test/redis/redis-server.ts';

const { limit, calls, workers = 4, jitterMs = 0, seed = 42 } = JSON.parse(process.argv[2]);
if (!REDIS_SERVER_AVAILABLE) {
  console.log(JSON.stringify({ skipped: 'redis-server is not installed' }));
  process.exit(0);
}

const sandbox = createSandbox({ seed, enforceRateLimits: true, limits: { chartmetricPerSecond: limit }, latency: jitterMs ? { minMs: 0, maxMs: jitterMs } : undefined });
sandbox.maxRecorded = 0;
const arrivals = [];
let tooMany = 0;
let tokens = 0;
const dispatch = sandbox.dispatch.bind(sandbox);
sandbox.dispatch = async (request) => {
  const outcome = await dispatch(request);
  if (new URL(request.url).pathname.endsWith('/api/token')) tokens++;
  else {
    arrivals.push(Date.now());
    if (outcome.response?.status === 429) tooMany++;
  }
  return outcome;
};
const server = await sandbox.listen();
const redis = await startRedis();

// Node starts take a while on a loaded machine: every member begins at the same moment.
const startAt = Date.now() + 2_000;
const input = { redisUrl: redis.url, baseUrl: server.baseUrl('chartmetric'), refreshToken: SANDBOX_CREDENTIALS.chartmetric.refreshToken, prefix: `bench${process.pid}:`, calls, startAt };
const reports = await Promise.all(Array.from({ length: workers }, () => runWorker('fleet-member', input)));
await server.close();
await redis.stop();

const done = reports.flatMap((r) => r.done).sort((a, b) => a - b);
if (process.env.FLEET_DEBUG) {
  // The gaps between arrivals at the server, ms, in order: where a burst or a stall came from.
  const sorted = [...arrivals].sort((a, b) => a - b);
  console.error(sorted.slice(1).map((t, i) => t - sorted[i]).join(' '));
}
const total = workers * calls;
arrivals.sort((a, b) => a - b);
let peak = 0;
for (let i = 0; i < arrivals.length; i++) {
  let j = i;
  while (j < arrivals.length && arrivals[j] < arrivals[i] + 1000) j++;
  peak = Math.max(peak, j - i);
}
console.log(
  JSON.stringify({
    provider: 'chartmetric',
    fleet: workers,
    limit,
    jitterMs,
    calls: total,
    failed: reports.reduce((n, r) => n + r.failed, 0),
    margins: reports.map((r) => Number(r.margin.toFixed(3))),
    tooMany,
    tokenExchanges: tokens,
    peakPerSecond: peak,
    seconds: (done.at(-1) - startAt) / 1000,
    overall: total / ((done.at(-1) - startAt) / 1000) / limit,
    steady: (done.length - 1) / ((done.at(-1) - done[0]) / 1000) / limit,
  }),
);
process.exit(0);
