/**
 * Where the calls and the waiting went: `client.usage` counts them, and `onEvent` reports each as it
 * happens, so users can feed their own metrics (chartstack/otel does it for OpenTelemetry).
 *
 * Both are cheap enough to be always on: counting is a few integer increments per request, and an
 * event object is only built when a listener is installed. Nothing here ever carries a credential:
 * URLs go through the client's redactor before they are handed out.
 */
import type { ProviderName } from './provider.js';

/** What a client has done since it was created. `client.usage` returns a fresh copy on each read. */
export interface Usage {
  /** HTTP requests sent to the API: every attempt, retries, replays and token exchanges included. */
  requests: number;
  /** Calls answered from the response cache (`cache` option): no request, no rate-limit slot, no quota. */
  cacheHits: number;
  /** Cacheable reads that were not in the cache (fresh enough) and went to the API, or joined a call in flight. */
  cacheMisses: number;
  /** Calls that shared an identical call already in flight instead of sending their own request. */
  coalesced: number;
  /** Attempts that were retried (after a 429, 5xx, timeout or connection error). */
  retries: number;
  /** 429 responses received. */
  rateLimited: number;
  /** Total time requests waited for their turn in the rate-limit queue before being sent, ms. */
  queueWaitMs: number;
  /** Calls left in the plan's quota, from the latest response that said (Soundcharts `x-quota-remaining`). */
  quotaRemaining: number | undefined;
}

/** The counters behind `Usage` (everything but the quota, which the client reads from its rate-limit state). */
export type UsageCounters = Omit<Usage, 'quotaRemaining'>;

export const newCounters = (): UsageCounters => ({ requests: 0, cacheHits: 0, cacheMisses: 0, coalesced: 0, retries: 0, rateLimited: 0, queueWaitMs: 0 });

/** Fields every event has. */
export interface EventBase {
  provider: ProviderName;
  /** The catalog endpoint id (`artists.get`); undefined for `client.request()` calls and token exchanges. */
  endpoint: string | undefined;
  /** HTTP method. */
  method: string;
  /** The documented path template (`/api/artist/{id}`), or the raw path of a `client.request()` call. */
  route: string;
  /** The full URL, with query (URLs carry no credentials here; it is redacted all the same). */
  url: string;
  /** When it happened, epoch ms. */
  time: number;
}

/** A request is being sent (one per attempt). */
export interface RequestEvent extends EventBase {
  type: 'request';
  /** 1 for the first attempt, 2 for the first retry, … */
  attempt: number;
}

/** An attempt ended: with an HTTP status, or without one (`status` 0 and `error`). */
export interface ResponseEvent extends EventBase {
  type: 'response';
  attempt: number;
  /** The HTTP status, or 0 when no response arrived (connection error, timeout, abort). */
  status: number;
  /** From sending the request to the end of its body, ms. */
  durationMs: number;
  /** The error class when no response arrived (`APITimeoutError`, `APIConnectionError`, `APIUserAbortError`). */
  error?: string;
}

/** An attempt failed and the call will try again after `delayMs`. */
export interface RetryEvent extends EventBase {
  type: 'retry';
  /** The attempt that failed. */
  attempt: number;
  /** How long the call waits before the next attempt, ms. */
  delayMs: number;
  /** Why: the HTTP status (`'429'`, `'503'`) or the error class. */
  reason: string;
}

/** A request waited for its turn in the rate-limit queue (pacing, or a pause after a 429) before being sent. */
export interface RateLimitWaitEvent extends EventBase {
  type: 'rate-limit-wait';
  attempt: number;
  /** How long it waited, ms. */
  waitedMs: number;
}

/** A call was answered from the response cache. */
export interface CacheHitEvent extends EventBase {
  type: 'cache-hit';
  /** How old the cached response is, ms. */
  ageMs: number;
}

/** A call shared an identical call already in flight instead of sending its own request. */
export interface CoalescedEvent extends EventBase {
  type: 'coalesced';
}

/** Everything `onEvent` receives; switch on `type`. */
export type ChartstackEvent = RequestEvent | ResponseEvent | RetryEvent | RateLimitWaitEvent | CacheHitEvent | CoalescedEvent;

/** A listener for `ClientOptions.onEvent`. */
export type EventListener = (event: ChartstackEvent) => void;
