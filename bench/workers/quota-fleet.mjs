// The Redis goal of issue #17: four processes (bench/workers/quota-fleet-member.mjs) share one
// response cache through Redis (`RedisCacheStore`), each reading the same 10 artists every 50 ms for
// `seconds`, with a TTL of `ttlMs`. The sandbox records when the requests for each distinct read
// arrive: each should go upstream once per TTL for the whole fleet — two requests for one read at
// least a TTL apart, so at most ⌊seconds / TTL⌋ + 1 of them (the first read, then once after each
// expiry) — however many reads the processes make.
// Needs `redis-server`.
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';
import { runWorker } from '../lib/child.mjs';
import { REDIS_SERVER_AVAILABLE, startRedis } from '../../test/redis/redis-server.ts';

const { workers = 4, seconds = 10, ttlMs = 2_000, everyMs = 50, artists = 10 } = JSON.parse(process.argv[2] ?? '{}');
if (!REDIS_SERVER_AVAILABLE) {
  console.log(JSON.stringify({ skipped: 'redis-server is not installed' }));
  process.exit(0);
}

const sandbox = createSandbox({ seed: 42 });
sandbox.maxRecorded = 0;
const perRead = new Map();
let tokens = 0;
const dispatch = sandbox.dispatch.bind(sandbox);
sandbox.dispatch = async (request) => {
  const { pathname, search } = new URL(request.url);
  if (pathname.endsWith('/api/token')) tokens++;
  else perRead.set(pathname + search, [...(perRead.get(pathname + search) ?? []), Date.now()]);
  return dispatch(request);
};
const server = await sandbox.listen();
const redis = await startRedis();

const ids = Array.from({ length: artists }, (_, i) => 206557 + i * 1013);
// Node starts take a while on a loaded machine: every member begins at the same moment.
const startAt = Date.now() + 2_000;
const endAt = startAt + seconds * 1000;
const input = { redisUrl: redis.url, baseUrl: server.baseUrl('chartmetric'), refreshToken: SANDBOX_CREDENTIALS.chartmetric.refreshToken, prefix: `bench${process.pid}:`, ids, ttlMs, everyMs, startAt, endAt };
const reports = await Promise.all(Array.from({ length: workers }, () => runWorker('quota-fleet-member', input)));
await server.close();
await redis.stop();

const counts = [...perRead.values()].map((arrivals) => arrivals.length);
if (process.env.DEBUG_GAPS) for (const [read, arrivals] of perRead) process.stderr.write(`${read}: ${arrivals.map((t) => t - startAt).join(' ')}\n`);
// The shortest time between two requests for the same read, at the server: at least the TTL when
// each distinct read goes upstream once per TTL (the next fetch leaves after the entry expired).
const gaps = [...perRead.values()].flatMap((arrivals) => arrivals.slice(1).map((t, i) => t - arrivals[i]));
console.log(
  JSON.stringify({
    workers,
    seconds,
    ttlMs,
    distinctReads: perRead.size,
    reads: reports.reduce((n, r) => n + r.reads, 0),
    failed: reports.reduce((n, r) => n + r.failed, 0),
    upstream: counts.reduce((n, c) => n + c, 0),
    maxPerRead: Math.max(...counts),
    minPerRead: Math.min(...counts),
    allowedPerRead: Math.floor((seconds * 1000) / ttlMs) + 1,
    minGapMs: gaps.length ? Math.min(...gaps) : null,
    tokenExchanges: tokens,
    cacheHits: reports.reduce((n, r) => n + r.usage.cacheHits, 0),
    coalesced: reports.reduce((n, r) => n + r.usage.coalesced, 0),
  }),
);
process.exit(0);
