/**
 * One worker process of the multi-process Redis test (bundled with esbuild by the test, run with
 * plain `node`). It makes `CALLS` concurrent Chartmetric calls with one shared credential, tokens
 * in Redis and pacing on Redis, and prints one JSON line with what happened.
 */
import { Redis } from 'ioredis';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { ChartstackError, RateLimitError } from '../../src/errors.js';
import { RedisTokenStore } from '../../src/redis/index.js';

const env = process.env;
const required = (name: string) => env[name] ?? (process.stderr.write(`missing ${name}\n`), process.exit(2));

const unhandled: string[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(String(reason)));

const warnings: string[] = [];
const logger = {
  error: (m: string) => warnings.push(`error: ${m}`),
  warn: (m: string) => warnings.push(m),
  info: () => undefined,
  debug: () => undefined,
};

const redis = new Redis(required('REDIS_URL'), { maxRetriesPerRequest: 1 });
redis.on('error', () => undefined); // outages are part of the test; the SDK reports them itself

const cm = new Chartmetric({
  refreshToken: required('REFRESH_TOKEN'),
  baseUrl: required('BASE_URL'),
  maxRetries: Number(env.MAX_RETRIES ?? 0),
  tokenStore: new RedisTokenStore(redis, { prefix: required('PREFIX'), logger }),
  rateLimit: { redis },
  // The calls are identical: each must be sent, so the fleet's pacing is what the test measures.
  coalesce: false,
  logger,
  logLevel: 'warn',
});

const startAt = Number(required('START_AT'));
await new Promise((r) => setTimeout(r, Math.max(0, startAt - Date.now())));

const results = await Promise.allSettled(Array.from({ length: Number(required('CALLS')) }, () => cm.genres.list()));
const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));

process.stdout.write(
  `${JSON.stringify({
    worker: env.WORKER,
    ok: results.length - failures.length,
    rateLimited: failures.filter((e) => e instanceof RateLimitError).length,
    untyped: failures.filter((e) => !(e instanceof ChartstackError)).map(String),
    failures: failures.map((e) => `${e.name}: ${e.message}`).slice(0, 5),
    tokenExchanges: cm.tokenExchanges,
    warnings,
    unhandled,
  })}\n`,
);
await cm.close();
redis.disconnect();
