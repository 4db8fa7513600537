/**
 * What Chartmetric contributes to the pipeline (reference/chartmetric.md §1–2, §6).
 * - Envelope: `{ obj: … }` unwrapped; entries marked `envelope: 'root'` keep the whole body
 *   (directory lists put `offset`/`total` beside `obj`).
 * - Errors: `{ "error": "…" }`, or an Express text/HTML page (`Cannot GET /api/…`) on some 404s.
 * - Limits: `X-RateLimit-Limit / -Remaining / -Reset` (reset = epoch seconds of the server clock;
 *   the values are the string "false" on unmetered responses, §2.2). The reset is converted with the
 *   server's `Date` header, so a skewed local clock does not change how long we wait.
 * - 401 is ambiguous (expired token, a route outside the developer API, or a plan lock, §6.16–17):
 *   the pipeline re-mints and replays once; the second 401's message names the remaining causes.
 */
import type { ErrorInfo, ProviderSpec, RateLimitInfo } from '../core/provider.js';
import { snakeCase } from '../core/query.js';
import type { ResponseHeaders } from '../core/transport/headers.js';

function headerNumber(headers: ResponseHeaders, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw === 'false' || raw === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

export function readChartmetricRateLimit(headers: ResponseHeaders, now: number): RateLimitInfo {
  const info: RateLimitInfo = {};
  const limit = headerNumber(headers, 'x-ratelimit-limit');
  const remaining = headerNumber(headers, 'x-ratelimit-remaining');
  const reset = headerNumber(headers, 'x-ratelimit-reset');
  if (limit !== undefined) info.limit = limit;
  if (remaining !== undefined) info.remaining = remaining;
  if (reset !== undefined) {
    const serverNow = Date.parse(headers.get('date') ?? '');
    const base = Number.isNaN(serverNow) ? now : serverNow;
    // Date has one-second granularity: round the wait up, never down.
    info.resetAt = now + Math.max(0, reset * 1000 - base) + (Number.isNaN(serverNow) ? 0 : 500);
  }
  return info;
}

function readError(body: unknown): ErrorInfo {
  if (typeof body === 'string') {
    const text = body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    return { message: text.slice(0, 200) || undefined };
  }
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    if (typeof b.error === 'string') return { message: b.error };
    if (typeof b.message === 'string') return { message: b.message };
  }
  return {};
}

export const chartmetricSpec: ProviderSpec = {
  name: 'chartmetric',
  displayName: 'Chartmetric',
  defaultBaseUrl: 'https://api.chartmetric.com',
  wireName: snakeCase,
  arrayFormat: 'brackets',
  // Entry plans allow 1 request/second; the first response's X-RateLimit-Limit sets the real pace.
  // The window slides (§2.2): after a 429 a slot frees as soon as the oldest request leaves it.
  pacing: { perSecond: 1, maxConcurrent: 8, learn: true, window: 'sliding' },
  unwrap(body, endpoint) {
    if (endpoint?.envelope === 'root') return body;
    return body && typeof body === 'object' && 'obj' in body ? (body as { obj: unknown }).obj : body;
  },
  readError,
  readRateLimit: readChartmetricRateLimit,
  advice(status, _info, ctx) {
    if (status === 401 && ctx.path === '/api/token') {
      return 'Chartmetric rejected the refresh token. Pass the refresh token Chartmetric emailed you as `refreshToken` (it does not expire unless Chartmetric reassigns it).';
    }
    if (status === 401) {
      return ctx.replayed
        ? 'Chartmetric still answered 401 with a freshly minted token, so the token is not the problem: either this route is not part of the public developer API (check the path), or your plan does not include this endpoint.'
        : 'Chartmetric answered 401: the token expired, the route is not in the developer API, or your plan does not include it.';
    }
    if (status === 402) return 'Chartmetric reports no API credits or a lapsed subscription (402); this is not retried.';
    if (status === 404) return 'The id does not exist on Chartmetric, or the path is malformed.';
    if (status === 429) return 'Rate limited: chartstack waits until X-RateLimit-Reset and paces the whole credential.';
    return undefined;
  },
};
