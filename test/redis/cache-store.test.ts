/**
 * `RedisCacheStore` against a real redis-server. Each client gets its own store and its own Redis
 * connection, standing for one process: responses are shared only through Redis.
 */
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { NotFoundError } from '../../src/errors.js';
import { RedisCacheStore, type RedisCacheStoreOptions } from '../../src/redis/index.js';
import { createSandbox, SANDBOX_CREDENTIALS, type Sandbox } from '../../src/testing/index.js';
import { REDIS_SERVER_AVAILABLE, SKIP_REASON, startRedis } from './redis-server.js';
import { useRedisServer } from './use-redis.js';

const MRR = { startDate: '2025-01-01', endDate: '2025-06-30', interval: 'month' } as const;
let prefixCounter = 0;

describe.skipIf(!REDIS_SERVER_AVAILABLE)('RedisCacheStore', () => {
  const redisForTests = useRedisServer();
  /** A connection, ready (one per simulated process). */
  const connect = async () => {
    const c = redisForTests.connect();
    await c.ping();
    return c;
  };

  /** `n` ChartMogul "processes" sharing one response cache through Redis under one prefix. */
  async function fleet(sandbox: Sandbox, n: number, options: RedisCacheStoreOptions = {}) {
    const prefix = `c${++prefixCounter}:`;
    const warnings: string[] = [];
    const members = await Promise.all(
      Array.from({ length: n }, async () => {
        const connection = await connect();
        const store = new RedisCacheStore(connection, { prefix, logger: { warn: (m) => warnings.push(m) }, ...options });
        const client = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false, maxRetries: 0, cache: { store } });
        return { client, store, connection };
      }),
    );
    return { members, warnings, prefix };
  }
  const upstream = (sandbox: Sandbox) => sandbox.requestsTo('chartmogul').length;

  it('a read one process made is a hit for the others', async () => {
    const sandbox = createSandbox();
    const { members, prefix } = await fleet(sandbox, 2);
    const first = await members[0]!.client.metrics.mrr(MRR).withResponse();
    const second = await members[1]!.client.metrics.mrr(MRR).withResponse();
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(second.data).toEqual(first.data);
    expect(upstream(sandbox)).toBe(1);

    // Stored under the prefix with a Redis expiry; no credential in keys or values.
    const keys = await redisForTests.server.admin.keys(`${prefix}*`);
    expect(keys).toHaveLength(1);
    expect(await redisForTests.server.admin.pttl(keys[0]!)).toBeGreaterThan(0);
    const stored = (await redisForTests.server.admin.get(keys[0]!))!;
    for (const text of [keys[0]!, stored]) {
      expect(text).not.toContain(SANDBOX_CREDENTIALS.chartmogul.apiKey);
      expect(text).not.toContain(btoa(`${SANDBOX_CREDENTIALS.chartmogul.apiKey}:`));
    }
  });

  it('four processes missing the same entry at once: one request upstream, the others wait for its entry', async () => {
    const sandbox = createSandbox({ latencyMs: 30 });
    const { members } = await fleet(sandbox, 4);
    const results = await Promise.all(members.map((m) => m.client.metrics.mrr(MRR).withResponse()));
    expect(upstream(sandbox)).toBe(1);
    expect(results.filter((r) => r.fromCache)).toHaveLength(3);
    for (const r of results) expect(r.data.entries).toHaveLength(6);
  });

  it('a fetch that fails is not stored and hands the key over at once (no wait for the claim to lapse)', async () => {
    const sandbox = createSandbox({ latencyMs: 30 });
    sandbox.faults.add({ provider: 'chartmogul', status: 404, body: { error: 'gone' } });
    // Claims that lapse only after a minute: a waiting process relies on the release.
    const { members } = await fleet(sandbox, 2, { claimTtlMs: 60_000 });
    const [a, b] = await Promise.allSettled(members.map((m) => m.client.metrics.mrr(MRR)));
    const outcomes = [a, b].map((r) => r!.status);
    expect(outcomes.sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = [a, b].find((r) => r!.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(NotFoundError);
    expect(upstream(sandbox)).toBe(2);
  });

  it('Redis going away: calls go uncached with one warning, never an error; caching resumes when it is back', async () => {
    const own = await startRedis();
    try {
      const sandbox = createSandbox();
      const warnings: string[] = [];
      const connection = new Redis(own.url, { maxRetriesPerRequest: 1, retryStrategy: () => 50 });
      connection.on('error', () => undefined);
      await connection.ping();
      const store = new RedisCacheStore(connection, { retryAfterMs: 0, commandTimeoutMs: 500, logger: { warn: (m) => warnings.push(m) } });
      const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false, cache: { store } });
      await mogul.metrics.mrr(MRR);
      expect((await mogul.metrics.mrr(MRR).withResponse()).fromCache).toBe(true);

      await own.kill();
      for (let i = 0; i < 4; i++) {
        const r = await mogul.metrics.mrr(MRR).withResponse();
        expect(r.fromCache).toBe(false);
        expect(r.data.entries).toHaveLength(6);
      }
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/Redis is unavailable for the response cache/);
      expect(upstream(sandbox)).toBe(5);

      const back = await startRedis(own.port);
      try {
        while (connection.status !== 'ready') await new Promise((r) => setTimeout(r, 20));
        await mogul.metrics.mrr(MRR);
        expect((await mogul.metrics.mrr(MRR).withResponse()).fromCache).toBe(true);
        expect(upstream(sandbox)).toBe(6);
        expect(warnings).toHaveLength(1);
      } finally {
        connection.disconnect();
        await back.stop();
      }
    } finally {
      await own.stop().catch(() => undefined);
    }
  });
});

if (!REDIS_SERVER_AVAILABLE) {
  describe('RedisCacheStore', () => {
    it.skip(SKIP_REASON, () => undefined);
  });
}
