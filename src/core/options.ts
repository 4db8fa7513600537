/**
 * Options shared by every provider client, and per-call options. DESIGN.md, "The public surface".
 */
import type { Logger, LogLevel } from './logger.js';
import type { TokenStore } from './auth/token-store.js';
import type { CacheStore } from './cache/store.js';
import type { FetchLike } from './transport/types.js';
import type { EventListener } from './usage.js';

/**
 * How to reach Redis for shared pacing: an ioredis client (anything with `duplicate()`), a Redis URL,
 * or ioredis connection options. Typed loosely so that chartstack does not depend on ioredis' types.
 */
export type RedisConnection = { duplicate(...args: never[]): unknown } | string | Record<string, unknown>;

/** Pacing options. Every provider has documented defaults; set this only to go slower or share pacing. */
export interface RateLimitOptions {
  /** Requests per second to start with, until the API's own headers say otherwise. */
  perSecond?: number;
  /** Most requests in flight at once for this credential. */
  maxConcurrent?: number;
  /**
   * Share this credential's budget between processes through Redis (bottleneck's cluster mode): every
   * process pacing the same provider, base URL and credential draws from one queue, the learned limit
   * and the in-flight cap are shared, and a 429 pauses all of them. Node only; needs `ioredis`.
   *
   * Pass an ioredis client (chartstack opens its own two connections from it with `duplicate()`, so
   * your client is never blocked), a Redis URL (`'redis://10.0.0.5:6379'`), or ioredis options.
   * Call `client.close()` to release those connections. If Redis fails, pacing falls back to this
   * process alone with a warning (logged even at the default log level), and Redis is retried after 30 s.
   *
   * ```ts
   * new Chartmetric({ refreshToken, rateLimit: { redis: new Redis(process.env.REDIS_URL) } })
   * ```
   */
  redis?: RedisConnection;
  /**
   * Prefix of every Redis key the shared limiter writes, so applications can share one Redis.
   * Defaults to the prefix of a `RedisTokenStore` passed as `tokenStore`, else `'chartstack:'`.
   */
  prefix?: string;
}

/**
 * The response cache (off unless you pass it). Successful reads — GETs, and the POST queries the
 * catalog marks read-only — are kept in `store` and served from there until they are `ttl` old:
 * a cache hit sends nothing, takes no rate-limit slot and costs no quota. Errors are never stored,
 * and an entry is never served past its TTL. Keys carry the credential's fingerprint (never the
 * secret), so two API keys never share an entry.
 *
 * ```ts
 * import { MemoryCacheStore } from 'chartstack/cache';
 * const cm = new Chartmetric({ refreshToken, cache: { store: new MemoryCacheStore() } });
 * const { data, fromCache, age } = await cm.artists.get(206557).withResponse();
 * ```
 */
export interface CacheOptions {
  /**
   * Where entries live: `new MemoryCacheStore()` (chartstack/cache; this process, bounded by entries
   * and bytes), `new RedisCacheStore(redis)` (chartstack/redis; shared by processes, which then also
   * fetch each missing entry once for the whole fleet), or your own `CacheStore`.
   */
  store: CacheStore;
  /**
   * How long a response stays fresh, ms. Without it, each resource family has its own default where
   * its data has a natural freshness (a chart, a daily statistic: 1 hour; reference lists: 1 day;
   * see the README, "Saving quota") and everything else gets 5 minutes. With it, every read gets this
   * TTL, except the families that are never cached by default (a job's status, your own library or
   * favourites, the quota report), which only `ttls` or a call's `cacheTtl` can cache.
   */
  ttl?: number;
  /**
   * TTLs by resource family (`charts`) or endpoint id (`artists.get`), ms; they win over `ttl` and
   * the defaults. `0` means never cache it. `{ charts: 6 * 3_600_000, 'artists.get': 86_400_000 }`.
   */
  ttls?: Readonly<Record<string, number>>;
  /** The clock for freshness and ages, epoch ms. Default `Date.now`. For tests and simulations. */
  clock?: () => number;
}

/** How responses are checked against the catalog's schemas. */
export type ValidationMode = 'strict' | 'warn' | 'off';

export interface ClientOptions {
  /**
   * Base URL of the API. Must be `https://`, except for loopback hosts (`localhost`, `127.0.0.1`, `[::1]`),
   * which is how the sandbox in `chartstack/testing` is reached. Token endpoints follow it
   * (except Soundcharts', see its `tokenUrl`).
   */
  baseUrl?: string;
  /**
   * Your own `fetch` (any WHATWG-compatible implementation). When set, it replaces the default
   * transport (undici on Node, global `fetch` elsewhere).
   */
  fetch?: FetchLike;
  /** Time allowed for one attempt, headers and body together, in milliseconds. Default 60 000. */
  timeout?: number;
  /** Retries after the first attempt for retryable failures (429, 408, 5xx, connection errors, timeouts). Default 2. */
  maxRetries?: number;
  /**
   * Upper bound for one call including all retries and waits, in milliseconds. Default 5 minutes.
   * A wait that would overrun it is not started; the last error is thrown instead.
   */
  retryBudget?: number;
  /** Pacing options, or `false` to send without client-side pacing (429s are still handled). */
  rateLimit?: RateLimitOptions | false;
  /**
   * `'strict'` (default): a response that does not match the schema throws `ResponseValidationError`
   * with the raw body. `'warn'`: logs the mismatch and returns the body as sent. `'off'`: no checks.
   */
  validation?: ValidationMode;
  /** Where log lines go. Defaults to `console`. Secrets are redacted before anything is logged. */
  logger?: Logger;
  /** Minimum level logged. Defaults to the `CHARTSTACK_LOG` environment variable, else `'off'`. */
  logLevel?: LogLevel;
  /** Shares access tokens between clients or processes (Chartmetric, Soundcharts). In-memory by default. */
  tokenStore?: TokenStore;
  /** Headers sent with every request (credentials headers cannot be overridden). */
  defaultHeaders?: Record<string, string>;
  /**
   * The response cache: `{ store, ttl?, ttls? }` (see `CacheOptions`). Off by default.
   */
  cache?: CacheOptions | false;
  /**
   * Whether identical reads in flight at the same moment share one request. Default `true`.
   *
   * Reads are GETs and the POST queries the catalog marks read-only; identical means the same
   * credential, method, URL, body and per-call headers. Each caller still gets its own result object
   * (mutating one never changes another's) and keeps its own `signal`: aborting one caller does not
   * abort the others, and the shared request is aborted only when every caller has aborted. When it
   * fails, every caller gets the same error. The first caller's `timeout` and `maxRetries` apply to
   * the shared request. Set `false` to send every call separately.
   */
  coalesce?: boolean;
  /**
   * Called for each request, response, retry, rate-limit wait, cache hit and coalesced call, with
   * timings and the endpoint id (never a credential): feed your own metrics from here, or pass
   * `openTelemetry()` from chartstack/otel. Runs synchronously on the request path: keep it fast;
   * an exception it throws is logged, never thrown into the call. Totals are on `client.usage`.
   */
  onEvent?: EventListener;
}

/** Options for one call, passed as the last argument of any method. */
export interface RequestOptions {
  /** Aborts the call, including retries and waits; rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Per-attempt timeout for this call, in milliseconds. */
  timeout?: number;
  /** Retries for this call. */
  maxRetries?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /**
   * `false`: this call neither reads nor writes the response cache (it still shares an identical
   * call in flight). Only meaningful when the client has a `cache`.
   */
  cache?: boolean;
  /**
   * For this call, ms: accept a cached response only if it is younger than this, and keep this
   * call's response this long (0: fetch and do not store). Wins over the client's TTLs.
   */
  cacheTtl?: number;
}
