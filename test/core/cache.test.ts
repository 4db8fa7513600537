/**
 * The response cache (issue #17): what is stored, for how long, for whom, and what a hit costs.
 * Every clock here is a fake one handed to both the client (`cache.clock`) and the store, so expiry
 * is decided by the test, not by how busy the machine is.
 */
import { describe, expect, it } from 'vitest';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { MemoryCacheStore } from '../../src/cache/index.js';
import type { CacheEntry, CacheStore } from '../../src/core/cache/store.js';
import { AuthenticationError, InternalServerError, InvalidParamsError, NotFoundError, RateLimitError, ResponseValidationError } from '../../src/errors.js';
import { createSandbox, SANDBOX_CREDENTIALS, type Sandbox } from '../../src/testing/index.js';
import { failure } from '../support/scripted.js';

const MRR = { startDate: '2025-01-01', endDate: '2025-06-30', interval: 'month' } as const;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A clock the test moves by hand. */
function fakeClock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

/** A store that keeps everything forever and records what it was given (it never expires anything). */
function recordingStore() {
  const map = new Map<string, CacheEntry>();
  const ttls: number[] = [];
  const store: CacheStore = {
    get: (key) => map.get(key),
    set: (key, entry, ttl) => {
      map.set(key, entry);
      ttls.push(ttl);
    },
    delete: (key) => void map.delete(key),
  };
  return { store, map, ttls };
}

const upstream = (sandbox: Sandbox, provider = 'chartmogul') => sandbox.requestsTo(provider).filter((r) => !r.path.endsWith('/token')).length;

function mogulWith(sandbox: Sandbox, clock: { now: () => number }, store: CacheStore = new MemoryCacheStore({ now: clock.now }), extra: Record<string, unknown> = {}) {
  return new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false, maxRetries: 0, cache: { store, clock: clock.now, ...extra }, ...extra });
}

describe('MemoryCacheStore', () => {
  const entry = (body: string): CacheEntry => ({ status: 200, headers: {}, body, url: 'https://x.test/a', storedAt: 0, expiresAt: 1 });

  it('drops entries once their TTL has passed on its clock (the client itself never serves one at its TTL)', () => {
    const clock = fakeClock();
    const store = new MemoryCacheStore({ now: clock.now });
    store.set('a', entry('1'), 1_000);
    clock.advance(999);
    expect(store.get('a')?.body).toBe('1');
    clock.advance(2);
    expect(store.get('a')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('evicts the least recently used entry beyond maxEntries', () => {
    const store = new MemoryCacheStore({ maxEntries: 3 });
    for (const k of ['a', 'b', 'c']) store.set(k, entry(k), HOUR);
    store.get('a'); // a is now the most recently used
    store.set('d', entry('d'), HOUR);
    expect(store.get('b')).toBeUndefined();
    expect(['a', 'c', 'd'].map((k) => store.get(k)?.body)).toEqual(['a', 'c', 'd']);
    expect(store.size).toBe(3);
  });

  it('evicts by bytes, and never stores an entry larger than maxBytes', () => {
    const store = new MemoryCacheStore({ maxEntries: 100, maxBytes: 1_000 });
    const body = 'x'.repeat(300);
    for (const k of ['a', 'b', 'c', 'd']) store.set(k, entry(body), HOUR);
    expect(store.bytes).toBeLessThanOrEqual(1_000);
    expect(store.get('a')).toBeUndefined();
    expect(store.get('d')?.body).toBe(body);
    store.set('huge', entry('y'.repeat(2_000)), HOUR);
    expect(store.get('huge')).toBeUndefined();
    expect(store.get('d')?.body).toBe(body);
  });

  it('rejects nonsense bounds', () => {
    expect(() => new MemoryCacheStore({ maxEntries: 0 })).toThrow(/maxEntries/);
    expect(() => new MemoryCacheStore({ maxBytes: 1.5 })).toThrow(/maxBytes/);
  });
});

describe('response cache', () => {
  it('a second call is a hit: no request, its own copy, and withResponse() says so and how old', async () => {
    const sandbox = createSandbox();
    const clock = fakeClock();
    const mogul = mogulWith(sandbox, clock);
    const first = await mogul.metrics.mrr(MRR).withResponse();
    expect(first).toMatchObject({ fromCache: false, age: 0, coalesced: false });
    clock.advance(42_000);
    const second = await mogul.metrics.mrr(MRR).withResponse();
    expect(second).toMatchObject({ fromCache: true, age: 42_000, coalesced: false });
    expect(second.data).toEqual(first.data);
    expect(second.response.status).toBe(200);
    expect(second.response.headers.get('content-type')).toMatch(/json/);
    expect(upstream(sandbox)).toBe(1);

    // Hits are copies: mutating one changes neither the cache nor the next hit.
    second.data.entries[0]!.mrr = -1;
    second.data.entries.length = 0;
    const third = await mogul.metrics.mrr(MRR);
    expect(third).toEqual(first.data);
    // Later hits copy the entry's decoded result: still a copy each.
    third.entries[1]!.mrr = -2;
    (third.summary as Record<string, unknown>).previous = 'changed';
    const fourth = await mogul.metrics.mrr(MRR);
    expect(fourth).toEqual(first.data);
    expect(fourth).not.toBe(third);
    expect(mogul.usage).toMatchObject({ requests: 1, cacheHits: 3, cacheMisses: 1 });
  });

  it('never serves an entry past its TTL, even from a store that keeps it', async () => {
    const sandbox = createSandbox();
    const clock = fakeClock();
    const { store, ttls } = recordingStore();
    const mogul = mogulWith(sandbox, clock, store, { ttl: 10_000 });
    await mogul.metrics.mrr(MRR);
    clock.advance(9_999);
    expect((await mogul.metrics.mrr(MRR).withResponse()).fromCache).toBe(true);
    clock.advance(1);
    expect((await mogul.metrics.mrr(MRR).withResponse()).fromCache).toBe(false);
    expect(upstream(sandbox)).toBe(2);
    expect(ttls).toEqual([10_000, 10_000]);
  });

  it('an entry this version cannot read back (it fails validation) is fetched again, never thrown', async () => {
    const sandbox = createSandbox();
    const clock = fakeClock();
    const { store, map } = recordingStore();
    const mogul = mogulWith(sandbox, clock, store);
    await mogul.metrics.mrr(MRR);
    const [key, entry] = [...map][0]!;
    map.set(key, { ...entry, body: JSON.stringify({ entries: 'not a list' }) });
    const r = await mogul.metrics.mrr(MRR).withResponse();
    expect(r.fromCache).toBe(false);
    expect(r.data.entries).toHaveLength(6);
    expect(upstream(sandbox)).toBe(2);
    // The unreadable entry was dropped: the next call stores a good one, and the one after hits it.
    await mogul.metrics.mrr(MRR);
    expect((await mogul.metrics.mrr(MRR).withResponse()).fromCache).toBe(true);
    expect(upstream(sandbox)).toBe(3);
  });

  it('two credentials never share an entry, even in one store', async () => {
    const sandbox = createSandbox();
    const clock = fakeClock();
    const store = new MemoryCacheStore({ now: clock.now });
    const good = mogulWith(sandbox, clock, store);
    await good.metrics.mrr(MRR);
    // Another key (the sandbox knows only its own): served from the cache, it would get the data.
    const other = new ChartMogul({ apiKey: 'another-key-1234', fetch: sandbox.fetch, rateLimit: false, maxRetries: 0, cache: { store, clock: clock.now } });
    expect(await failure(other.metrics.mrr(MRR))).toBeInstanceOf(AuthenticationError);
    expect(upstream(sandbox)).toBe(2);
    expect(store.size).toBe(1);
  });

  it('keys hold a fingerprint of the credential, never the credential', async () => {
    const sandbox = createSandbox();
    const clock = fakeClock();
    const { store, map } = recordingStore();
    const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch, rateLimit: false, cache: { store, clock: clock.now } });
    const mogul = mogulWith(sandbox, clock, store);
    await cm.artists.get(206557);
    await mogul.metrics.mrr(MRR);
    const keys = [...map.keys()].join('\n');
    expect(keys).toContain('/api/artist/206557');
    expect(keys).not.toContain(SANDBOX_CREDENTIALS.chartmetric.refreshToken);
    expect(keys).not.toContain(SANDBOX_CREDENTIALS.chartmogul.apiKey);
    expect(keys).not.toContain(btoa(`${SANDBOX_CREDENTIALS.chartmogul.apiKey}:`));
    const token = sandbox.requestsTo('chartmetric').find((r) => r.path === '/api/artist/206557')!.headers.authorization!.slice('Bearer '.length);
    expect(keys).not.toContain(token);
    expect(JSON.stringify([...map.values()])).not.toContain(token);
  });

  it('errors are never cached: 404, 5xx after retries, 429, and a body that fails validation', async () => {
    const sandbox = createSandbox();
    const clock = fakeClock();
    const mogul = mogulWith(sandbox, clock);
    sandbox.faults
      .add({ provider: 'chartmogul', status: 404, body: { error: 'Not found' } })
      .add({ provider: 'chartmogul', status: 500 })
      .add({ provider: 'chartmogul', status: 429, headers: { 'retry-after': '0' } })
      .add({ provider: 'chartmogul', status: 200, body: { entries: 'not a list' } });
    expect(await failure(mogul.metrics.mrr(MRR))).toBeInstanceOf(NotFoundError);
    expect(await failure(mogul.metrics.mrr(MRR))).toBeInstanceOf(InternalServerError);
    expect(await failure(mogul.metrics.mrr(MRR))).toBeInstanceOf(RateLimitError);
    expect(await failure(mogul.metrics.mrr(MRR))).toBeInstanceOf(ResponseValidationError);
    const ok = await mogul.metrics.mrr(MRR).withResponse();
    expect(ok.fromCache).toBe(false);
    expect(ok.data.entries).toHaveLength(6);
    expect((await mogul.metrics.mrr(MRR).withResponse()).fromCache).toBe(true);
    expect(upstream(sandbox)).toBe(5);
  });

  it('a hit takes no rate-limit slot, no token and no quota', async () => {
    const sandbox = createSandbox({ enforceRateLimits: true });
    const clock = fakeClock();
    const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch, cache: { store: new MemoryCacheStore({ now: clock.now }), clock: clock.now } });
    await cm.artists.get(206557);
    const pacer = (cm as unknown as { core: { pacer(): { stats: { scheduled: number } } } }).core.pacer();
    const scheduled = pacer.stats.scheduled;
    const hits = await Promise.all(Array.from({ length: 50 }, () => cm.artists.get(206557).withResponse()));
    expect(hits.every((h) => h.fromCache)).toBe(true);
    expect(pacer.stats.scheduled).toBe(scheduled);
    expect(cm.tokenExchanges).toBe(1);
    expect(upstream(sandbox, 'chartmetric')).toBe(1);
    expect(cm.usage).toMatchObject({ requests: 2, cacheHits: 50 });
  });

  it('per call: cache: false skips it both ways; cacheTtl bounds the age accepted and the time kept', async () => {
    const sandbox = createSandbox();
    const clock = fakeClock();
    const { store, ttls } = recordingStore();
    const mogul = mogulWith(sandbox, clock, store);
    await mogul.metrics.mrr(MRR, { cache: false });
    expect(ttls).toEqual([]);
    await mogul.metrics.mrr(MRR);
    expect((await mogul.metrics.mrr(MRR, { cache: false }).withResponse()).fromCache).toBe(false);
    expect(upstream(sandbox)).toBe(3);

    clock.advance(30_000);
    expect((await mogul.metrics.mrr(MRR, { cacheTtl: 60_000 }).withResponse()).fromCache).toBe(true);
    const fresh = await mogul.metrics.mrr(MRR, { cacheTtl: 20_000 }).withResponse();
    expect(fresh.fromCache).toBe(false);
    expect(ttls.at(-1)).toBe(20_000);
    await mogul.metrics.mrr(MRR, { cacheTtl: 0 });
    expect(ttls.at(-1)).toBe(20_000);
    expect(upstream(sandbox)).toBe(5);
    await expect(mogul.metrics.mrr(MRR, { cacheTtl: -1 })).rejects.toBeInstanceOf(InvalidParamsError);
    await expect(mogul.metrics.mrr(MRR, { cache: 'no' as never })).rejects.toBeInstanceOf(InvalidParamsError);
  });

  it('TTLs: per-family defaults, then ttl, ttls by family or id; the never-cached families stay uncached', async () => {
    const sandbox = createSandbox();
    const clock = fakeClock();
    const ttlsOf = async (cache: Record<string, unknown>) => {
      const { store, ttls } = recordingStore();
      const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch, rateLimit: false, cache: { store, clock: clock.now, ...cache } });
      const mogul = mogulWith(sandbox, clock, store, cache);
      await cm.charts.spotify({ date: '2025-06-01', countryCode: 'US', type: 'regional', interval: 'daily' });
      await cm.artists.get(206557);
      await cm.genres.list();
      await cm.search.query({ q: 'billie', limit: 5 });
      await mogul.metrics.mrr(MRR);
      await mogul.ping();
      await mogul.request({ method: 'GET', path: '/v1/account' });
      return ttls;
    };
    // charts, artists: 1 h; genres: 1 day; search, metrics, raw requests: 5 min; ping: never.
    expect(await ttlsOf({})).toEqual([HOUR, HOUR, 24 * HOUR, 5 * MINUTE, 5 * MINUTE, 5 * MINUTE]);
    expect(await ttlsOf({ ttl: 30_000 })).toEqual([30_000, 30_000, 30_000, 30_000, 30_000, 30_000]);
    expect(await ttlsOf({ ttl: 30_000, ttls: { charts: 6 * HOUR, 'artists.get': 0, ping: 1_000 } })).toEqual([6 * HOUR, 30_000, 30_000, 30_000, 1_000, 30_000]);
  });

  it('a failing store never fails a call: uncached, with one warning', async () => {
    const sandbox = createSandbox();
    const warnings: string[] = [];
    const broken: CacheStore = {
      get: () => Promise.reject(new Error('disk on fire')),
      set: () => {
        throw new Error('disk on fire');
      },
    };
    const mogul = new ChartMogul({
      ...SANDBOX_CREDENTIALS.chartmogul,
      fetch: sandbox.fetch,
      rateLimit: false,
      cache: { store: broken },
      logger: { warn: (m: string) => warnings.push(m), error: () => undefined, info: () => undefined, debug: () => undefined },
    });
    for (let i = 0; i < 3; i++) expect((await mogul.metrics.mrr(MRR)).entries).toHaveLength(6);
    expect(upstream(sandbox)).toBe(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cache store failed \(disk on fire\)/);
  });

  it('identical calls at once with a cold cache: one request, one entry, every caller served', async () => {
    const sandbox = createSandbox();
    const clock = fakeClock();
    const { store, map } = recordingStore();
    const mogul = mogulWith(sandbox, clock, store);
    const results = await Promise.all(Array.from({ length: 8 }, () => mogul.metrics.mrr(MRR).withResponse()));
    expect(upstream(sandbox)).toBe(1);
    expect(map.size).toBe(1);
    expect(results.filter((r) => r.coalesced)).toHaveLength(7);
    const hits = await Promise.all(Array.from({ length: 8 }, () => mogul.metrics.mrr(MRR).withResponse()));
    expect(hits.every((h) => h.fromCache)).toBe(true);
    expect(new Set(hits.map((h) => h.data)).size).toBe(8);
    expect(upstream(sandbox)).toBe(1);
  });

  it('a call that skips the cache (or wants a younger entry) never shares a flight the cache answers', async () => {
    const sandbox = createSandbox();
    const clock = fakeClock();
    const { store } = recordingStore();
    // A store that answers asynchronously (like Redis): its lookups run inside the shared flight.
    const remote: CacheStore = { get: async (key) => store.get(key), set: store.set };
    const mogul = mogulWith(sandbox, clock, remote);
    await mogul.metrics.mrr(MRR);
    clock.advance(10_000);
    const [cached, skipped, younger] = await Promise.all([
      mogul.metrics.mrr(MRR).withResponse(),
      mogul.metrics.mrr(MRR, { cache: false }).withResponse(),
      mogul.metrics.mrr(MRR, { cacheTtl: 5_000 }).withResponse(),
    ]);
    expect(cached).toMatchObject({ fromCache: true, age: 10_000 });
    expect(skipped).toMatchObject({ fromCache: false, coalesced: false });
    expect(younger).toMatchObject({ fromCache: false, coalesced: false });
    expect(upstream(sandbox)).toBe(3);
  });

  it('an entry a shared store returns in its last millisecond is looked up again (so that store can hand the fetch to one process)', async () => {
    const sandbox = createSandbox();
    const clock = fakeClock();
    const { store, map } = recordingStore();
    let gets = 0;
    // Like RedisCacheStore: it judged the entry fresh, but it expires by the time the client looks.
    const remote: CacheStore = {
      get: async (key) => {
        gets++;
        const entry = map.get(key);
        return entry && gets === 2 ? { ...entry, expiresAt: clock.now() } : undefined;
      },
      set: store.set,
    };
    const mogul = mogulWith(sandbox, clock, remote);
    await mogul.metrics.mrr(MRR);
    gets = 1;
    const r = await mogul.metrics.mrr(MRR).withResponse();
    expect(r.fromCache).toBe(false);
    expect(gets).toBe(3);
  });

  it('checks its options', () => {
    const sandbox = createSandbox();
    const make = (cache: unknown) => () => new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, cache: cache as never });
    expect(make({})).toThrow(InvalidParamsError);
    expect(make({ store: new MemoryCacheStore(), ttl: -5 })).toThrow(/cache\.ttl/);
    expect(make({ store: new MemoryCacheStore(), ttls: { charts: Number.NaN } })).toThrow(/cache\.ttls\.charts/);
    expect(make(false)).not.toThrow();
  });
});
