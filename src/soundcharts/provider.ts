/**
 * What Soundcharts contributes to the pipeline (reference/soundcharts.md §1, §6).
 * - Envelopes: `{type, object, errors}` → `object`; lists `{items, page, related, errors}` stay whole
 *   (pagination reads `items` and `page`). `errors: []` on success is ignored; a non-empty `errors`
 *   array is an error even inside a 200 (§1.3, §6.3).
 * - Quota: `x-quota-remaining` on every response (exposed as `rateLimit.quotaRemaining`).
 *   A 429 "Maximum quota reached" is final (`QuotaExceededError`); a per-minute 429 waits for
 *   `x-ratelimit-reset` seconds (+1, like the official SDK) and is retried (§1.2).
 * - 403 "not included in your current plan"; 405 on writes with the sandbox credentials.
 */
import type { ErrorInfo, ProviderSpec, RateLimitInfo } from '../core/provider.js';
import type { ResponseHeaders } from '../core/transport/headers.js';

type ErrorItem = { key?: string; code?: number | string; message?: string };

function firstError(body: unknown): ErrorItem[] | undefined {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) && errors.length > 0 ? (errors as ErrorItem[]) : undefined;
}

function readError(body: unknown): ErrorInfo {
  const errors = firstError(body);
  if (errors) return { message: errors[0]?.message, code: errors[0]?.key, details: errors };
  if (typeof body === 'string') return { message: body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200) || undefined };
  const b = body as { message?: unknown; error?: unknown; error_description?: unknown } | null;
  if (typeof b?.error_description === 'string') return { message: b.error_description, code: typeof b.error === 'string' ? b.error : undefined };
  if (typeof b?.message === 'string') return { message: b.message };
  if (typeof b?.error === 'string') return { message: b.error };
  return {};
}

export function readSoundchartsRateLimit(headers: ResponseHeaders, now: number): RateLimitInfo {
  const info: RateLimitInfo = {};
  const quota = headers.get('x-quota-remaining');
  if (quota !== null && quota !== '' && Number.isFinite(Number(quota))) info.quotaRemaining = Number(quota);
  const reset = headers.get('x-ratelimit-reset');
  if (reset !== null && Number.isFinite(Number(reset))) info.resetAt = now + (Number(reset) + 1) * 1000;
  return info;
}

export const soundchartsSpec: ProviderSpec = {
  name: 'soundcharts',
  displayName: 'Soundcharts',
  defaultBaseUrl: 'https://customer.api.soundcharts.com',
  wireName: (k) => k,
  arrayFormat: 'comma',
  // Soundcharts recommends at most 5,000 calls per minute (§1.2): 75/s stays under it.
  // The per-minute limit's 429 says when it resets; the official SDK waits that long (§1.2).
  pacing: { perSecond: 75, maxConcurrent: 16, window: 'fixed' },
  unwrap(body) {
    if (body && typeof body === 'object' && 'object' in body && 'type' in body) return (body as { object: unknown }).object;
    return body;
  },
  readError,
  errorInSuccess(body) {
    const errors = firstError(body);
    if (!errors) return undefined;
    const code = Number(errors[0]?.code);
    return { status: code >= 400 && code < 600 ? code : 400, message: errors[0]?.message, code: errors[0]?.key, details: errors };
  },
  readRateLimit: readSoundchartsRateLimit,
  classify(status, info) {
    if (status === 429) return /quota/i.test(info.message ?? '') ? 'quota' : 'retry';
    return undefined;
  },
  advice(status, info, ctx) {
    if (status === 401) return 'Soundcharts rejected the credentials: check `clientId`/`clientSecret` (or `appId`/`apiKey`).';
    if (status === 403 && /plan/i.test(info.message ?? '')) return 'This endpoint is not included in your Soundcharts plan; ask Soundcharts to add it.';
    if (status === 405 && ctx.sandbox) return 'This is a Soundcharts sandbox restriction: write operations are not allowed with the sandbox credentials. Use production credentials.';
    if (status === 429 && /quota/i.test(info.message ?? '')) return 'Your Soundcharts quota for this billing period is used up; this is not retried. See `team.usage()` for the numbers.';
    if (status === 429) return 'The per-minute rate limit was hit; chartstack waits for x-ratelimit-reset and retries.';
    if (status === 410) return 'Soundcharts blacklisted this ISRC (several tracks matched on the DSP).';
    return undefined;
  },
};
