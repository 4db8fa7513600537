/**
 * The retry loop, on p-retry with every option set on purpose (its defaults — 10 retries, no jitter,
 * no cap, no Retry-After — are wrong for an SDK; reference/sdk-practices.md §6):
 * - `retries` = `maxRetries` (default 2): attempts never exceed maxRetries + 1;
 * - `maxRetryTime` = the call's total budget; a wait that would overrun it is not started;
 * - `minTimeout: 0`: p-retry's own backoff is switched off; the wait happens in `shouldRetry`,
 *   where we know the server's advice: `Retry-After` (seconds or HTTP date) or the provider's reset
 *   header, else capped exponential backoff with full jitter (AWS architecture blog's "full jitter");
 * - `signal`: the caller's abort stops the loop at once and is never retried.
 */
import pRetry from 'p-retry';
import { APIConnectionError, APIError, ResponseValidationError } from './errors.js';
import { sleep } from './sleep.js';
import type { ResponseHeaders } from './transport/headers.js';

export interface RetryPolicy {
  maxRetries: number;
  /** Total time budget for the call, ms. */
  budget: number;
  /** First backoff step, ms. */
  baseDelay?: number;
  /** Largest backoff step, ms. */
  maxDelay?: number;
  /** Whether the request may be sent twice (false for non-idempotent POSTs: only "not processed" statuses retry). */
  idempotent: boolean;
}

/** Why a failure may be retried. Marked on errors by the pipeline, which knows the provider's rules. */
export const RETRYABLE = Symbol('chartstack.retryable');
export const RETRY_AFTER_MS = Symbol('chartstack.retryAfterMs');

type Marked = Error & { [RETRYABLE]?: boolean; [RETRY_AFTER_MS]?: number };

/** Statuses that mean "the request was not processed", safe to resend even for POST. */
const NOT_PROCESSED = new Set([408, 429, 503]);

/** Default classification; providers override it through `ProviderSpec.classify`. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export function markRetry(err: Error, retryable: boolean, retryAfterMs?: number): Error {
  (err as Marked)[RETRYABLE] = retryable;
  if (retryAfterMs !== undefined) (err as Marked)[RETRY_AFTER_MS] = retryAfterMs;
  return err;
}

function canRetry(err: unknown, idempotent: boolean): boolean {
  const e = err as Marked;
  if (e?.[RETRYABLE] === false) return false;
  if (err instanceof APIError) return e[RETRYABLE] === true && (idempotent || NOT_PROCESSED.has(err.status));
  // Connection failures and timeouts: the request may have been processed, so only idempotent ones.
  if (err instanceof APIConnectionError) return idempotent;
  if (err instanceof ResponseValidationError) return e[RETRYABLE] === true && idempotent;
  return false;
}

/** Full jitter: a uniform wait in [0, min(maxDelay, base·2^n)]. */
export function backoff(retryIndex: number, base = 500, max = 8_000, random = Math.random): number {
  return Math.floor(random() * Math.min(max, base * 2 ** retryIndex));
}

/** Parses `Retry-After` (delta seconds or an HTTP date) into ms; `retry-after-ms` wins when present. */
export function parseRetryAfter(headers: ResponseHeaders, now = Date.now()): number | undefined {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.has('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers.get('retry-after');
  if (!raw) return undefined;
  const secs = Number(raw);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(raw);
  if (Number.isNaN(at)) return undefined;
  // An HTTP date is on the server's clock: measure it from the server's own `Date` header when there
  // is one, so a local clock that is off does not turn "in 2 s" into an hour, or into no wait at all.
  const serverNow = Date.parse(headers.get('date') ?? '');
  return Math.max(0, at - (Number.isNaN(serverNow) ? now : serverNow));
}

export interface RetryHooks {
  /** Called before each wait (for logging). */
  onRetry?(err: unknown, attempt: number, delayMs: number): void;
}

/** Runs `attempt` under the policy. Resolves with its value or rejects with the last error. */
export async function withRetries<T>(attempt: (n: number) => Promise<T>, policy: RetryPolicy, signal: AbortSignal | undefined, hooks: RetryHooks = {}): Promise<T> {
  const started = Date.now();
  // Nearly every call succeeds at once, so the first attempt runs directly and p-retry takes over
  // only when it fails: it receives that failure as its own attempt 1 (replayed, not resent), so
  // every rule below judges it as before, at no cost to the calls that never retry.
  let first: unknown;
  try {
    return await attempt(1);
  } catch (err) {
    first = err;
  }
  return pRetry((n) => (n === 1 ? Promise.reject(first) : attempt(n)), {
    retries: Math.max(0, policy.maxRetries),
    maxRetryTime: policy.budget,
    minTimeout: 0,
    maxTimeout: 0,
    factor: 1,
    randomize: false,
    signal,
    shouldConsumeRetry: () => true,
    onFailedAttempt: () => undefined,
    shouldRetry: async ({ error, attemptNumber }) => {
      if (!canRetry(error, policy.idempotent)) return false;
      const advised = (error as Marked)[RETRY_AFTER_MS];
      const delay = advised ?? backoff(attemptNumber - 1, policy.baseDelay, policy.maxDelay);
      // Do not start a wait that would overrun the budget: fail now with the real error.
      if (Date.now() - started + delay > policy.budget) return false;
      hooks.onRetry?.(error, attemptNumber, delay);
      await sleep(delay, signal);
      return true;
    },
  });
}
