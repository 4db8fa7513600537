/**
 * `chartstack/redis`: running several processes against one account.
 *
 * - `RedisTokenStore`: one access token per credential for every process, exchanged once (a lock makes
 *   the exchange single flight across processes, also after a 401).
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
export type { TokenStore, StoredToken } from '../core/auth/token-store.js';
export type { RateLimitOptions, RedisConnection } from '../core/options.js';
