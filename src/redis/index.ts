/**
 * `chartstack/redis`: running several processes against one account.
 *
 * - `RedisTokenStore`: one access token per credential for every process, exchanged once (a lock makes
 *   the exchange single flight across processes, also after a 401).
 * - `RedisCacheStore`: one response cache for every process (`cache: { store }`); a missing entry is
 *   fetched by one process while the others wait for it, so each distinct read goes upstream once per
 *   TTL for the whole fleet. If Redis goes away, calls go uncached with one warning, never an error.
 * - Shared pacing needs no import from here: pass `rateLimit: { redis }` to any client (see
 *   `RateLimitOptions.redis`); this entry re-exports the option's type for convenience.
 *
 * ```ts
 * import Redis from 'ioredis';
 * import { Chartmetric } from 'chartstack/chartmetric';
 * import { RedisTokenStore } from 'chartstack/redis';
 *
 * const redis = new Redis(process.env.REDIS_URL!);
 * const cm = new Chartmetric({
 *   refreshToken: process.env.CHARTMETRIC_REFRESH_TOKEN!,
 *   tokenStore: new RedisTokenStore(redis, { prefix: 'myapp:' }),
 *   rateLimit: { redis },
 * });
 * ```
 * Node only (ioredis is a Node client).
 */
export { RedisTokenStore, type RedisCommands, type RedisTokenStoreOptions } from './token-store.js';
export { RedisCacheStore, type RedisCacheCommands, type RedisCacheStoreOptions } from './cache-store.js';
export type { CacheStore, CacheEntry } from '../core/cache/store.js';
export type { TokenStore, StoredToken } from '../core/auth/token-store.js';
export type { RateLimitOptions, RedisConnection } from '../core/options.js';
