/**
 * Options shared by every provider client, and per-call options. DESIGN.md, "The public surface".
 */
import type { Logger, LogLevel } from './logger.js';
import type { TokenStore } from './auth/token-store.js';
import type { FetchLike } from './transport/types.js';

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
}
