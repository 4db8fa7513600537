// What a fresh client's first calls cost (issue #19): a loopback sandbox where every request takes a
// fixed `latencyMs` to arrive (a network's round trip), a fresh Chartmetric or Soundcharts (OAuth)
// client, and `concurrent` first calls made at once. The client's modules and undici are loaded by a
// first client in the same process beforehand, so what is measured is the new client: its token
// exchange, its pacing and its calls. Median of `runs`. Prints the time and the round trips it is
// compared with.
/* global performance */
import { Chartmetric } from 'chartstack/chartmetric';
import { Soundcharts } from 'chartstack/soundcharts';
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';

const { provider, concurrent, latencyMs, runs = 5, redis: shared = false } = JSON.parse(process.argv[2]);
// With `redis`, the client paces through Redis (a fleet of one): its first call also waits for the
// shared limiter to connect, and must still not be slower than alone (issue #19).
const redis = shared ? await (await import('../../test/redis/redis-server.ts')).startRedis() : undefined;
const rateLimit = redis ? { rateLimit: { redis: redis.url, prefix: `first${process.pid}:` } } : {};
const sandbox = createSandbox({ latency: latencyMs });
sandbox.maxRecorded = 0;

const fresh = (server) =>
  provider === 'chartmetric'
    ? new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, ...rateLimit, baseUrl: server.baseUrl('chartmetric'), coalesce: false })
    : new Soundcharts({ ...SANDBOX_CREDENTIALS.soundcharts, ...rateLimit, coalesce: false, baseUrl: server.baseUrl('soundcharts'), tokenUrl: `${server.baseUrl('soundcharts-account')}/oauth/token` });
const call = (client) => (provider === 'chartmetric' ? client.artists.get(206557) : client.artists.get('11e81bcc-9c1c-ce38-b96b-a0369fe50396'));

// The concurrent first calls are identical: `coalesce: false` keeps them separate requests, as the
// goal counts them (with the default, they would share one).
// Load everything once (modules, undici, the sandbox's data) with a first client.
const warm = await sandbox.listen();
await call(fresh(warm));
await warm.close();

// Each run talks to the sandbox through a server of its own: a new base URL, so the client's limiter
// (shared per provider, base URL and credential within a process) is as new as the client.
const samples = [];
for (let i = 0; i < runs; i++) {
  const server = await sandbox.listen();
  const client = fresh(server);
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrent }, () => call(client)));
  samples.push(performance.now() - t0);
  await client.close();
  await server.close();
}
await redis?.stop();
samples.sort((a, b) => a - b);
const median = samples[Math.floor(samples.length / 2)];
// Round trips as the goal counts them: the token exchange, then the first call, and for concurrent
// calls one more round (Chartmetric's calls made while the first is out wait for its answer, then
// leave together; Soundcharts has no limit to learn and needs one round fewer).
const roundTrips = concurrent > 1 ? 3 : 2;
console.log(JSON.stringify({ provider, concurrent, latencyMs, redis: shared, ms: median, roundTrips, overheadMs: median - roundTrips * latencyMs }));
process.exit(0);
