/**
 * Shared pacing through a real redis-server (bottleneck cluster mode). Several `Pacer` instances with
 * the same key stand for several processes: each has its own Redis connections and its own local
 * state, exactly like separate processes would (the multi-process run is in multi-process.test.ts).
 * Timing is measured (real time, bounded runs): counts of starts per sliding second, and lower bounds
 * on waits that a pause imposes.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Pacer } from '../../src/core/limiter.js';
import { REDIS_SERVER_AVAILABLE, SKIP_REASON, peakInWindow, startRedis, type RedisServer } from './redis-server.js';

let keyCounter = 0;
const freshKey = () => `test|shared|${process.pid}|${Date.now()}|${++keyCounter}`;

describe.skipIf(!REDIS_SERVER_AVAILABLE)('shared pacing on Redis', () => {
  let redis: RedisServer;
  const pacers: Pacer[] = [];
  const processLike = (key: string, opts: Partial<ConstructorParameters<typeof Pacer>[1]> = {}) => {
    const warnings: string[] = [];
    const pacer = new Pacer(key, { perSecond: 10, maxConcurrent: 4, learn: false, redis: redis.url, warn: (m) => warnings.push(m), ...opts });
    pacers.push(pacer);
    return Object.assign(pacer, { warnings });
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterEach(async () => {
    await Promise.all(pacers.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('two processes pacing one credential share one budget', async () => {
    const key = freshKey();
    const a = processLike(key);
    const b = processLike(key);
    const starts: number[] = [];
    const job = () => async () => void starts.push(Date.now());
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 24 }, (_, i) => (i % 2 ? a : b).schedule(job())));
    const elapsed = (Date.now() - t0) / 1000;
    expect(starts).toHaveLength(24);
    // 10/s shared, not 10/s each: never more than 10 starts in a second, and the run takes ~2.3 s, not ~1.2 s.
    expect(peakInWindow(starts)).toBeLessThanOrEqual(10);
    expect(elapsed).toBeGreaterThan(2.0);
    expect(a.shared && b.shared).toBe(true);
    expect(a.warnings.concat(b.warnings)).toEqual([]);
  });

  it('the in-flight cap is shared too', async () => {
    const key = freshKey();
    const a = processLike(key, { perSecond: 1_000, maxConcurrent: 3 });
    const b = processLike(key, { perSecond: 1_000, maxConcurrent: 3 });
    let inflight = 0;
    let peak = 0;
    const job = async () => {
      peak = Math.max(peak, ++inflight);
      await new Promise((r) => setTimeout(r, 60));
      inflight--;
    };
    await Promise.all(Array.from({ length: 18 }, (_, i) => (i % 2 ? a : b).schedule(job)));
    expect(peak).toBe(3);
  });

  it('a 429 pause in one process holds the queue of every process', async () => {
    const key = freshKey();
    const a = processLike(key, { perSecond: 50 });
    const b = processLike(key, { perSecond: 50 });
    await Promise.all([a.schedule(async () => undefined), b.schedule(async () => undefined)]); // both connected
    const pausedAt = Date.now();
    a.observe({ retryAfterMs: 1_500 }, 429);
    await new Promise((r) => setTimeout(r, 50)); // the pause reaches Redis
    const startedAfter: number[] = [];
    await Promise.all([1, 2, 3].map(() => b.schedule(async () => void startedAfter.push(Date.now() - pausedAt))));
    expect(Math.min(...startedAfter)).toBeGreaterThanOrEqual(1_450);
    expect(Math.max(...startedAfter)).toBeLessThan(3_000);
  });

  it('a limit learned from one response re-paces every process at once', async () => {
    const key = freshKey();
    // Chartmetric-like: starts at 1/s, learns the real limit from headers.
    const a = processLike(key, { perSecond: 1, maxConcurrent: 8, learn: true });
    const b = processLike(key, { perSecond: 1, maxConcurrent: 8, learn: true });
    const first = Date.now();
    await a.schedule(async () => a.observe({ limit: 20 }, 200));
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).schedule(async () => void starts.push(Date.now()))));
    const took = Date.now() - first;
    // 21 calls at 20/s: about 1 s — at the unlearned 1/s it would take 20 s (room left for a busy machine).
    expect(took).toBeLessThan(5_000);
    expect(peakInWindow(starts)).toBeLessThanOrEqual(20);
  });

  it('probing is fleet-wide: before the limit is known, one call is in flight across all processes', async () => {
    const key = freshKey();
    const a = processLike(key, { perSecond: 50, maxConcurrent: 8, learn: true });
    const b = processLike(key, { perSecond: 50, maxConcurrent: 8, learn: true });
    let inflight = 0;
    let peak = 0;
    const unmetered = (p: Pacer) => async () => {
      peak = Math.max(peak, ++inflight);
      await new Promise((r) => setTimeout(r, 40));
      inflight--;
      p.observe({}, 200); // like Chartmetric's token call: no limit headers
    };
    await Promise.all([a.schedule(unmetered(a)), b.schedule(unmetered(b))]);
    expect(peak).toBe(1);
  });

  it('an aborted call leaves the shared queue without being sent', async () => {
    const key = freshKey();
    const a = processLike(key, { perSecond: 2, maxConcurrent: 1 });
    const sent: number[] = [];
    await a.schedule(async () => void sent.push(0));
    const controller = new AbortController();
    const queued = a.schedule(async () => void sent.push(1), controller.signal).catch((e: unknown) => e);
    controller.abort(new Error('stop'));
    expect(await queued).toBeInstanceOf(Error);
    await a.schedule(async () => void sent.push(2)); // the slot of the aborted call is skipped, not sent
    expect(sent).toEqual([0, 2]);
  });

  it('a process joining a fleet whose limit is known starts at that pace, without a probe of its own', async () => {
    const key = freshKey();
    const first = processLike(key, { perSecond: 1, maxConcurrent: 4, learn: true });
    await first.schedule(async () => first.observe({ limit: 20, remaining: 19 }, 200));
    const joiner = processLike(key, { perSecond: 1, maxConcurrent: 4, learn: true });
    const t0 = Date.now();
    const starts: number[] = [];
    // Four calls at once: with a probe of its own (1 req/s until an answer) they would queue.
    await Promise.all([1, 2, 3, 4].map(() => joiner.schedule(async () => void starts.push(Date.now() - t0))));
    expect(joiner.perSecond).toBe(20);
    expect(joiner.stats.learnedLimit).toBe(20); // adopted from the fleet: no answer of its own was needed
    // Probing at the default 1 req/s, its four calls would take over 3 s.
    expect(Math.max(...starts)).toBeLessThan(2_500);
  });

  it('every key the shared limiter writes carries the prefix', async () => {
    const key = freshKey();
    const prefix = `app${++keyCounter}:`;
    const a = processLike(key, { redisPrefix: prefix });
    await Promise.all([1, 2, 3].map(() => a.schedule(async () => undefined)));
    a.observe({ retryAfterMs: 50 }, 429);
    await a.schedule(async () => undefined);
    const keys = await redis.admin.keys(`*${key}*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !k.startsWith(prefix))).toEqual([]);
  });

  it('close() releases the Redis connections', async () => {
    const clients = async () => String(await redis.admin.client('LIST')).trim().split('\n').length;
    const settled = async (n: number) => {
      for (let i = 0; i < 100 && (await clients()) !== n; i++) await new Promise((r) => setTimeout(r, 20));
      return clients();
    };
    expect(await settled(1)).toBe(1); // only the admin connection (earlier tests' pacers are closed)
    const a = processLike(freshKey());
    await a.schedule(async () => undefined);
    expect(await clients()).toBe(3); // admin + the pacer's command and subscriber connections
    await a.close();
    expect(await settled(1)).toBe(1);
  });
});

describe.skipIf(!REDIS_SERVER_AVAILABLE)('when Redis goes away', () => {
  it('mid-run: waiting calls are paced locally, with one warning, no crash', async () => {
    const redis = await startRedis();
    const warnings: string[] = [];
    const pacer = new Pacer(freshKey(), { perSecond: 10, maxConcurrent: 2, learn: false, redis: redis.url, warn: (m) => warnings.push(m) });
    try {
      const starts: number[] = [];
      const calls = Array.from({ length: 30 }, () => pacer.schedule(async () => void starts.push(Date.now())));
      await new Promise((r) => setTimeout(r, 700));
      expect(pacer.shared).toBe(true);
      const before = starts.length;
      expect(before).toBeGreaterThan(2);
      await redis.kill();
      const results = await Promise.allSettled(calls);
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      expect(starts).toHaveLength(30);
      expect(pacer.shared).toBe(false);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/Shared rate limiting through Redis failed .*pacing .* in this process alone/);
      // Still paced (locally, at 10/s), not a burst.
      expect(peakInWindow(starts.slice(before))).toBeLessThanOrEqual(11);
    } finally {
      await pacer.close();
      await redis.stop();
    }
  });

  it('when Redis comes back, pacing is shared again (after the retry interval)', async () => {
    let redis = await startRedis();
    const warnings: string[] = [];
    const key = freshKey();
    const pacer = new Pacer(key, { perSecond: 50, maxConcurrent: 2, learn: false, redis: redis.url, warn: (m) => warnings.push(m), sharedRetryMs: 500 });
    try {
      await pacer.schedule(async () => undefined);
      expect(pacer.shared).toBe(true);
      const port = redis.port;
      await redis.kill();
      await Promise.all([1, 2, 3].map(() => pacer.schedule(async () => undefined)));
      expect(pacer.shared).toBe(false);
      redis = await startRedis(port);
      await new Promise((r) => setTimeout(r, 600));
      expect(pacer.shared).toBe(true);
      await Promise.all([1, 2, 3].map(() => pacer.schedule(async () => undefined)));
      // The budget lives in the new server: the shared limiter really reconnected.
      expect(await redis.admin.exists(`chartstack:b_limiter:${key}_settings`)).toBe(1);
      expect(pacer.stats.sharedFallbacks).toBe(1);
      expect(warnings).toHaveLength(1);
    } finally {
      await pacer.close();
      await redis.stop();
    }
  });

  it('at start: calls are paced locally after the connect timeout, with a warning', async () => {
    const redis = await startRedis();
    const url = redis.url;
    await redis.stop(); // nothing listens on this port any more
    const warnings: string[] = [];
    const pacer = new Pacer(freshKey(), { perSecond: 20, maxConcurrent: 2, learn: false, redis: url, warn: (m) => warnings.push(m) });
    try {
      const started = Date.now();
      await Promise.all([1, 2, 3].map(() => pacer.schedule(async () => undefined)));
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(warnings).toHaveLength(1);
      expect(pacer.stats.sharedFallbacks).toBe(1);
    } finally {
      await pacer.close();
    }
  });
});

// Without the binary, one skipped test says why (and nothing else is reported as skipped when it is there).
if (!REDIS_SERVER_AVAILABLE) describe('shared pacing on Redis (skipped)', () => it.skip(SKIP_REASON, () => undefined));
