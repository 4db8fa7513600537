/**
 * What a provider contributes to the one pipeline: data and small strategies, never its own
 * retry or pacing logic (DESIGN.md, "The one pipeline").
 */
import type { AnyEndpoint, ArrayFormat } from './endpoint.js';
import type { ResponseHeaders } from './transport/headers.js';

export type ProviderName = 'chartmetric' | 'soundcharts' | 'chartmogul';

/** Rate-limit state read from one response's headers; every field optional. */
export interface RateLimitInfo {
  /** Requests allowed per window (Chartmetric `X-RateLimit-Limit`). */
  limit?: number;
  /** Requests left in the current window. */
  remaining?: number;
  /** When the window frees up again, epoch milliseconds. */
  resetAt?: number;
  /** Calls left in the plan's quota (Soundcharts `x-quota-remaining`). */
  quotaRemaining?: number;
  /** How long to wait before retrying, ms (`Retry-After` or a provider reset header), on 429/503. */
  retryAfterMs?: number;
}

/** What the error reader found in an error body. */
export interface ErrorInfo {
  message?: string;
  code?: string;
  details?: unknown;
}

/** The outcome class of a response, when a provider documents something other than the defaults. */
export type Classification = 'retry' | 'fatal' | 'quota';

export interface ProviderSpec {
  name: ProviderName;
  /** Human name used in messages ("ChartMogul"). */
  displayName: string;
  defaultBaseUrl: string;
  /** Default mapping from SDK param names (camelCase) to wire names; endpoints override with `wire`. */
  wireName(key: string): string;
  /** Default array form for query lists. */
  arrayFormat: ArrayFormat;
  /**
   * Default pacing when the user sets nothing: requests per second and in-flight cap; `learn` when the
   * API announces its limit in headers (the first call then goes alone and sets the pace); `window`,
   * how the limit's window recovers after a 429 (`'sliding'`, the default: as soon as the oldest
   * request leaves it; `'fixed'`: at the announced reset).
   */
  pacing: { perSecond: number; maxConcurrent: number; learn?: boolean; window?: 'sliding' | 'fixed' };
  /** Unwraps the success envelope (`{obj}`, `{type, object}`, …) for one endpoint. */
  unwrap(body: unknown, endpoint: AnyEndpoint | undefined): unknown;
  /** Optional normalization applied before validation (ChartMogul: kebab/snake keys → camelCase). */
  normalize?(data: unknown): unknown;
  /** Reads message/code/details out of an error body of any documented shape. */
  readError(body: unknown, status: number): ErrorInfo;
  /** An error reported inside a 2xx body (Soundcharts `errors: [...]`), as a status + info. */
  errorInSuccess?(body: unknown): (ErrorInfo & { status: number }) | undefined;
  /** Reads the provider's rate-limit headers. */
  readRateLimit(headers: ResponseHeaders, now: number): RateLimitInfo;
  /** Overrides the default retry classification for a status (undefined = defaults). */
  classify?(status: number, info: ErrorInfo, headers: ResponseHeaders): Classification | undefined;
  /** Extra advice appended to an error message for this provider and status. */
  advice?(status: number, info: ErrorInfo, context: { method: string; path: string; sandbox: boolean; replayed: boolean }): string | undefined;
}
