/**
 * `chartstack/cache`: the in-memory response cache store. Its own entry, so that apps which never
 * cache do not carry `lru-cache`; the cache itself is a client option (`cache: { store, ttl }`),
 * and a store shared by several processes lives in `chartstack/redis` (`RedisCacheStore`).
 *
 * ```ts
 * import { Chartmetric } from 'chartstack/chartmetric';
 * import { MemoryCacheStore } from 'chartstack/cache';
 *
 * const cm = new Chartmetric({ refreshToken, cache: { store: new MemoryCacheStore({ maxEntries: 5_000 }) } });
 * const { data, fromCache, age } = await cm.artists.get(206557).withResponse();
 * ```
 */
export { MemoryCacheStore, type MemoryCacheStoreOptions } from '../core/cache/memory.js';
export type { CacheStore, CacheEntry } from '../core/cache/store.js';
export type { CacheOptions } from '../core/options.js';
