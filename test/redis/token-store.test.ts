/**
 * `RedisTokenStore` against a real redis-server. Each client gets its own store and its own Redis
 * connection, standing for one process: tokens are shared only through Redis, and the lock is the
 * only thing that keeps them from exchanging at the same time.
 */
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { RedisTokenStore } from '../../src/redis/index.js';
import { Soundcharts } from '../../src/soundcharts/index.js';
import { createSandbox, SANDBOX_CREDENTIALS, type Sandbox } from '../../src/testing/index.js';
import { REDIS_SERVER_AVAILABLE, SKIP_REASON } from './redis-server.js';
import { useRedisServer } from './use-redis.js';

let prefixCounter = 0;

describe.skipIf(!REDIS_SERVER_AVAILABLE)('RedisTokenStore', () => {
  const redisForTests = useRedisServer();
  const connect = () => redisForTests.connect();

  /** A connection that is ready, so every "process" reaches Redis at the same moment (the race is real). */
  const ready = async () => {
    const c = connect();
    await c.ping();
    return c;
  };

  /** `n` Chartmetric "processes" sharing tokens through Redis under one prefix. */
  async function fleet(sandbox: Sandbox, n: number, prefix = `t${++prefixCounter}:`) {
    const warnings: string[] = [];
    const redisClients = await Promise.all(Array.from({ length: n }, ready));
    return redisClients.map(
      (r) =>
        new Chartmetric({
          ...SANDBOX_CREDENTIALS.chartmetric,
          fetch: sandbox.fetch,
          rateLimit: false,
          tokenStore: new RedisTokenStore(r, { prefix, logger: { warn: (m) => warnings.push(m) } }),
        }),
    );
  }
  const tokenCalls = (sandbox: Sandbox) => sandbox.requests.filter((r) => r.path === '/api/token').length;

  it('four processes calling at once: exactly one token exchange', async () => {
    const sandbox = createSandbox();
    const clients = await fleet(sandbox, 4);
    await Promise.all(clients.flatMap((c) => [c.genres.list(), c.genres.list(), c.genres.list()]));
    expect(tokenCalls(sandbox)).toBe(1);
    expect(clients.reduce((n, c) => n + c.tokenExchanges, 0)).toBe(1);
  });

  it('after a 401 (the token expired server-side), one re-exchange for all of them, no stampede', async () => {
    const sandbox = createSandbox();
    const clients = await fleet(sandbox, 4);
    await Promise.all(clients.map((c) => c.genres.list()));
    expect(tokenCalls(sandbox)).toBe(1);
    sandbox.expireTokens();
    const results = await Promise.allSettled(clients.flatMap((c) => [c.genres.list(), c.genres.list()]));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(tokenCalls(sandbox)).toBe(2);
  });

  it('Soundcharts OAuth: one client-credentials exchange for the fleet', async () => {
    const sandbox = createSandbox();
    const prefix = `sc${++prefixCounter}:`;
    const redisClients = await Promise.all(Array.from({ length: 3 }, ready));
    const clients = redisClients.map(
      (r) => new Soundcharts({ ...SANDBOX_CREDENTIALS.soundcharts, fetch: sandbox.fetch, rateLimit: false, tokenStore: new RedisTokenStore(r, { prefix }) }),
    );
    await Promise.all(clients.map((c) => c.artists.get('11e81bcc-9c1c-ce38-b96b-a0369fe50396')));
    expect(sandbox.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(1);
  });

  it('stores the access token with its expiry, and nothing else secret', async () => {
    const sandbox = createSandbox({ limits: { tokenTtlSeconds: 120 } });
    const prefix = `x${++prefixCounter}:`;
    const [client] = await fleet(sandbox, 1, prefix);
    await client!.genres.list();
    const keys = await redisForTests.server.admin.keys(`${prefix}*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(new RegExp(`^${prefix}token:chartmetric:`));
    const ttl = await redisForTests.server.admin.pttl(keys[0]!);
    expect(ttl).toBeGreaterThan(100_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
    const stored = await redisForTests.server.admin.get(keys[0]!);
    expect(stored).not.toContain(SANDBOX_CREDENTIALS.chartmetric.refreshToken);
    expect(JSON.parse(stored!)).toEqual({ value: expect.stringMatching(/^sbx\./), expiresAt: expect.any(Number) });
  });

  it('a lock whose holder died expires, and the next process proceeds', async () => {
    const sandbox = createSandbox();
    const prefix = `l${++prefixCounter}:`;
    const [client] = await fleet(sandbox, 1, prefix);
    // Learn the credential key from a first exchange, then forget the token and hold the lock as a dead process would.
    await client!.genres.list();
    const [tokenKey] = await redisForTests.server.admin.keys(`${prefix}token:*`);
    await redisForTests.server.admin.del(tokenKey!);
    const store = new RedisTokenStore(await ready(), { prefix, lockTtlMs: 400 });
    const other = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch, rateLimit: false, tokenStore: store });
    await redisForTests.server.admin.set(`${prefix}lock:${tokenKey!.slice(prefix.length)}`, 'a-dead-process', 'PX', 400);
    const started = Date.now();
    await other.genres.list();
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(tokenCalls(sandbox)).toBe(2);
  });

  it('Redis unavailable: tokens are kept in memory, with one warning, and calls do not wait for Redis', async () => {
    const sandbox = createSandbox();
    const warnings: string[] = [];
    const dead = new Redis({ port: 1, host: '127.0.0.1', maxRetriesPerRequest: 1, retryStrategy: () => 200 });
    dead.on('error', () => undefined);
    redisForTests.adopt(dead);
    const client = new Chartmetric({
      ...SANDBOX_CREDENTIALS.chartmetric,
      fetch: sandbox.fetch,
      rateLimit: false,
      tokenStore: new RedisTokenStore(dead, { commandTimeoutMs: 300, logger: { warn: (m) => warnings.push(m) } }),
    });
    const results = await Promise.allSettled([client.genres.list(), client.genres.list(), client.genres.list()]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const started = Date.now();
    await client.genres.list();
    expect(Date.now() - started).toBeLessThan(250); // answered from memory, not after a Redis timeout
    expect(tokenCalls(sandbox)).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Redis is unavailable for the token store/);
    expect(warnings[0]).not.toMatch(/sbx\./);
  });
});

// Without the binary, one skipped test says why (and nothing else is reported as skipped when it is there).
if (!REDIS_SERVER_AVAILABLE) describe('RedisTokenStore (skipped)', () => it.skip(SKIP_REASON, () => undefined));
