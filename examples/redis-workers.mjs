// @ts-check
// Several processes, one Chartmetric account: the workers share one access token (RedisTokenStore:
// exchanged once for the whole fleet) and one rate limit (`rateLimit: { redis }`: a single queue in
// Redis, so together they stay under the account's limit instead of each using all of it).
//   REDIS_URL=redis://127.0.0.1:6379 CHARTMETRIC_REFRESH_TOKEN=… node examples/redis-workers.mjs
// Without a refresh token the workers talk to the sandbox, which this script starts with Chartmetric's
// limit enforced at 5 requests per second (a 429 above it). Redis is required either way.
import { fork } from 'node:child_process';
import { Redis } from 'ioredis';
import { Chartmetric } from 'chartstack/chartmetric';
import { RedisTokenStore } from 'chartstack/redis';
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';

const WORKERS = 3;
const CALLS_PER_WORKER = 5;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

if (process.argv[2] === 'worker') {
  // One worker: its own client, sharing the token and the pace with the others through Redis.
  const redis = new Redis(redisUrl);
  const cm = new Chartmetric({
    refreshToken: process.env.CHARTMETRIC_REFRESH_TOKEN ?? SANDBOX_CREDENTIALS.chartmetric.refreshToken,
    ...(process.env.SANDBOX_BASE_URL ? { baseUrl: process.env.SANDBOX_BASE_URL } : {}),
    tokenStore: new RedisTokenStore(redis, { prefix: `example:${process.env.RUN_ID}:` }),
    rateLimit: { redis },
  });
  for (let i = 0; i < CALLS_PER_WORKER; i++) await cm.artists.get(206557);
  await cm.close();
  redis.disconnect();
  process.send?.({ calls: CALLS_PER_WORKER, tokenExchanges: cm.tokenExchanges });
} else {
  const live = Boolean(process.env.CHARTMETRIC_REFRESH_TOKEN) && !process.env.CHARTSTACK_SANDBOX;
  const LIMIT = 5;
  const sandbox = createSandbox({ enforceRateLimits: true, limits: { chartmetricPerSecond: LIMIT } });
  const server = live ? undefined : await sandbox.listen();
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, RUN_ID: String(Date.now()) };
  if (server) env.SANDBOX_BASE_URL = server.baseUrl('chartmetric');
  if (!live) delete env.CHARTMETRIC_REFRESH_TOKEN;

  const started = Date.now();
  const reports = await Promise.all(
    Array.from({ length: WORKERS }, () => {
      const worker = fork(process.argv[1] ?? '', ['worker'], { env });
      /** @type {Promise<{ calls: number, tokenExchanges: number }>} */
      const report = new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`a worker exited with code ${code}`)));
      });
      return report;
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  const calls = reports.reduce((n, r) => n + r.calls, 0);
  const exchanges = reports.reduce((n, r) => n + r.tokenExchanges, 0);
  console.log(`${WORKERS} workers made ${calls} calls in ${seconds.toFixed(1)} s with ${exchanges} token exchange(s) between them`);
  if (server) {
    const sent = sandbox.requestsTo('chartmetric').filter((r) => r.path !== '/api/token').length;
    console.log(`The sandbox saw ${sent} API calls and ${sandbox.requestsTo('chartmetric').length - sent} token exchange(s); limit ${LIMIT}/s, shared by all workers`);
    await server.close();
  }
}
