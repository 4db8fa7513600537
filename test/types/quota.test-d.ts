/**
 * Compile-time contract of the quota economy (issue #17): cache and coalescing options, per-call
 * cache options, what `.withResponse()`, `client.usage` and `onEvent` give.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { MemoryCacheStore, type CacheEntry, type CacheStore } from '../../src/cache/index.js';
import { Chartmetric, type ChartstackEvent, type Usage } from '../../src/chartmetric/index.js';
import { openTelemetry } from '../../src/otel/index.js';
import { RedisCacheStore } from '../../src/redis/index.js';

declare const redis: { get(key: string): Promise<string | null>; set(...args: never[]): Promise<unknown>; del(...args: never[]): Promise<unknown>; eval(...args: never[]): Promise<unknown> };

describe('cache and coalescing options', () => {
  it('take a store (memory, Redis or your own), TTLs, and a switch for coalescing', () => {
    new Chartmetric({ refreshToken: 't', cache: { store: new MemoryCacheStore({ maxEntries: 10, maxBytes: 1_000 }) } });
    new Chartmetric({ refreshToken: 't', cache: { store: new RedisCacheStore(redis), ttl: 60_000, ttls: { charts: 3_600_000, 'artists.get': 0 } } });
    const mine: CacheStore = { get: async (_key: string): Promise<CacheEntry | undefined> => undefined, set: () => undefined };
    new Chartmetric({ refreshToken: 't', cache: { store: mine }, coalesce: false, onEvent: openTelemetry() });
    new Chartmetric({ refreshToken: 't', cache: false });
    // @ts-expect-error a store is required
    new Chartmetric({ refreshToken: 't', cache: { ttl: 1_000 } });
    // @ts-expect-error a TTL is milliseconds, a number
    new Chartmetric({ refreshToken: 't', cache: { store: mine, ttl: '1h' } });
    // @ts-expect-error coalesce is a boolean
    new Chartmetric({ refreshToken: 't', coalesce: 'off' });
  });

  it('per call: cache: false and cacheTtl', () => {
    const cm = new Chartmetric({ refreshToken: 't' });
    cm.artists.get(206557, { cache: false });
    cm.artists.get(206557, { cacheTtl: 30_000 });
    // @ts-expect-error cacheTtl is milliseconds, a number
    cm.artists.get(206557, { cacheTtl: '30s' });
  });
});

describe('what comes back', () => {
  it('withResponse() says where the data came from; usage and events are typed', async () => {
    const cm = new Chartmetric({ refreshToken: 't', onEvent: (e) => expectTypeOf(e).toEqualTypeOf<ChartstackEvent>() });
    const r = await cm.artists.get(206557).withResponse();
    expectTypeOf(r.fromCache).toEqualTypeOf<boolean>();
    expectTypeOf(r.age).toEqualTypeOf<number>();
    expectTypeOf(r.coalesced).toEqualTypeOf<boolean>();
    expectTypeOf(cm.usage).toEqualTypeOf<Usage>();
    expectTypeOf(cm.usage.quotaRemaining).toEqualTypeOf<number | undefined>();
    const listener = (e: ChartstackEvent) => {
      if (e.type === 'response') expectTypeOf(e.status).toEqualTypeOf<number>();
      if (e.type === 'cache-hit') expectTypeOf(e.ageMs).toEqualTypeOf<number>();
      if (e.type === 'rate-limit-wait') expectTypeOf(e.waitedMs).toEqualTypeOf<number>();
      // @ts-expect-error a request event has no status
      if (e.type === 'request') void e.status;
    };
    void listener;
  });
});
