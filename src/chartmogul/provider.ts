/**
 * What ChartMogul contributes to the pipeline (reference/chartmogul.md §1, §6).
 * - Auth: HTTP Basic, API key as user, empty password (see client.ts).
 * - Pacing: 40 requests/second and at most 20 parallel connections; no rate-limit headers exist.
 * - Errors: several body shapes — `{code, message, param}`, `{error}`, `{errors: {field: msg}}`,
 *   `{field: [msg], error_details: [...]}`, `{message}`, or plain text for 5xx — all read here.
 * - 503 means "too many parallel connections": nothing was processed, so it is retried.
 * - Results: keys are camelCased (`mrr-new-business` → `mrrNewBusiness`, `external_id` → `externalId`),
 *   except inside `attributes`, which holds your own custom attributes, tags and integration data.
 */
import type { ErrorInfo, ProviderSpec } from '../core/provider.js';
import { kebabCase } from '../core/query.js';
import { camelizeKeys } from './camelize.js';

const HOUR = 3_600_000;

function readError(body: unknown): ErrorInfo {
  if (typeof body === 'string') return { message: body.trim().slice(0, 300) || undefined };
  if (!body || typeof body !== 'object') return {};
  const b = body as Record<string, unknown>;
  if (typeof b.message === 'string') return { message: b.message, code: typeof b.param === 'string' ? b.param : undefined, details: b.param ?? undefined };
  if (typeof b.error === 'string') return { message: b.error };
  if (b.errors && typeof b.errors === 'object') {
    const fields = b.errors as Record<string, unknown>;
    return { message: Object.entries(fields).map(([k, v]) => `${k}: ${String(v)}`).join('; '), details: fields };
  }
  if (Array.isArray(b.error_details)) {
    const details = b.error_details as Array<{ param?: string; code?: string; message?: string }>;
    return { message: details.map((d) => d.message ?? d.code).filter(Boolean).join('; '), code: details[0]?.code, details };
  }
  return {};
}

export const chartmogulSpec: ProviderSpec = {
  name: 'chartmogul',
  displayName: 'ChartMogul',
  defaultBaseUrl: 'https://api.chartmogul.com',
  // Metrics params are hyphenated on the wire (`start-date`); pagination ones are snake_case and
  // listed per endpoint in `wire`.
  wireName: kebabCase,
  arrayFormat: 'comma',
  pacing: { perSecond: 40, maxConcurrent: 20 },
  // Response-cache defaults (used only with the `cache` option). Metrics and activities follow your
  // billing data as it syncs: the client's default (5 min). Never cached unless asked (0): an export's
  // status (it is polled), `ping` (it checks the key), and customers, whose subscriptions change
  // through this API (`connectSubscriptions`).
  cacheTtls: { account: HOUR, activitiesExport: 0, ping: 0, customers: 0 },
  unwrap: (body) => body,
  normalize: camelizeKeys,
  readError,
  readRateLimit: () => ({}),
  classify: (status) => (status === 503 ? 'retry' : undefined),
  advice(status, _info, ctx) {
    if (status === 401) return 'ChartMogul rejected the API key. Pass a valid key as `apiKey` (ChartMogul → Profile → API keys); it is sent as HTTP Basic user.';
    if (status === 402) return 'ChartMogul accepted the parameters but could not complete the request ("Request Failed"); check the values, e.g. plans and filters.';
    if (status === 403) return 'The key lacks the access level for this endpoint, or the trial account expired.';
    if (status === 503) return 'ChartMogul allows at most 20 parallel connections per account; another process may share this key. chartstack retried with backoff.';
    if (status === 404 && ctx.path.includes('customers')) return 'No customer matched; check the UUID or email.';
    return undefined;
  },
};
