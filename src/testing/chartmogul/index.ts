/**
 * The ChartMogul fake (reference/chartmogul.md): Basic auth with the key as user, the documented
 * error bodies, 400s for bad metrics params, cursor pagination, the asynchronous activities export,
 * and — when enforcement is on — 40 requests/second (429) and 20 parallel connections (503).
 */
import { chartmogulEndpoints } from '../../chartmogul/catalog/index.js';
import { INTERVALS as CLIENT_INTERVALS } from '../../chartmogul/catalog/params.js';
import { SlidingWindow } from '../http.js';
import { routedProvider } from '../routed.js';
import { reply, type RouteContext, type RouteHandlers, type SandboxReply } from '../types.js';
import { activitiesFor, bucketEnds, customersFor, mrrOn, type Interval } from './data.js';

/** The API key the ChartMogul sandbox accepts. */
export const CHARTMOGUL_SANDBOX_KEY = 'cm_sandbox_key';

const apiError = (status: number, message: string, param: string | null = null) => reply(status, { code: status, message, param });
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function pageOf<T>(all: T[], ctx: RouteContext) {
  const perPage = Math.min(Number(ctx.query.get('per_page') ?? 200) || 200, 200);
  const start = ctx.query.get('cursor') ? Number(atob(ctx.query.get('cursor')!)) : 0;
  if (!Number.isInteger(start) || start < 0) return { error: apiError(400, 'Invalid cursor', 'cursor') };
  const entries = all.slice(start, start + perPage);
  const hasMore = start + perPage < all.length;
  return { body: { entries, has_more: hasMore, cursor: hasMore ? btoa(String(start + perPage)) : null, per_page: perPage } };
}

type Failed = { error: SandboxReply };

function metricParams(ctx: RouteContext): Failed | { start: string; end: string; interval: Interval; share: number } {
  const start = ctx.query.get('start-date');
  const end = ctx.query.get('end-date');
  if (!start) return { error: apiError(400, 'Parameter "start-date" is missing', 'start-date') };
  if (!end) return { error: apiError(400, 'Parameter "end-date" is missing', 'end-date') };
  if (!ISO_DAY.test(start) || !ISO_DAY.test(end)) return { error: apiError(400, 'Dates must be in the format YYYY-MM-DD', 'start-date') };
  if (start > end) return { error: apiError(400, 'start-date must be before end-date', 'start-date') };
  const interval = (ctx.query.get('interval') ?? 'month') as Interval;
  if (!(CLIENT_INTERVALS as readonly string[]).includes(interval)) return { error: apiError(400, `Invalid interval: ${interval}`, 'interval') };
  // Each geo/plan filter narrows the numbers, so filtering is visible in the data.
  const share = (ctx.query.get('geo')?.split(',').length ?? 0) * 0.2 + (ctx.query.get('plans') ? 0.5 : 0) || 1;
  return { start, end, interval, share: Math.min(share, 1) };
}

const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round(((a - b) / b) * 10_000) / 100);

function series(ctx: RouteContext, seed: number): Failed | { days: string[]; mrr: number[] } {
  const m = metricParams(ctx);
  if ('error' in m) return m;
  const days = bucketEnds(m.start, m.end, m.interval);
  const mrr = days.map((d) => Math.round(mrrOn(d, seed) * m.share));
  return { days, mrr };
}

/** Single-metric handler: `value(mrr, i)` derives the metric from the MRR series. */
const single =
  (key: string, value: (mrr: number, i: number, all: number[]) => number, seed: () => number, extra?: (mrr: number, prev: number) => Record<string, number>) =>
  (ctx: RouteContext) => {
    const s = series(ctx, seed());
    if ('error' in s) return s.error;
    const values = s.mrr.map((v, i) => value(v, i, s.mrr));
    const entries = s.days.map((date, i) => ({
      date,
      [key]: values[i],
      'percentage-change': i === 0 ? 0 : pct(values[i]!, values[i - 1]!),
      ...extra?.(s.mrr[i]!, s.mrr[i - 1] ?? s.mrr[i]!),
    }));
    const current = values.at(-1) ?? 0;
    const previous = values.at(-2) ?? current;
    return { entries, summary: { current, previous, 'percentage-change': pct(current, previous) } };
  };

export function chartmogulSandbox() {
  let seed = 42;
  const exports = new Map<string, { polls: number; created: string; params: Record<string, unknown> }>();
  const window = new SlidingWindow();

  const customers = () => customersFor(seed);
  const customerCount = (mrr: number) => Math.round(mrr / 9_500);
  const churn = (i: number) => Math.round((2 + ((i * 7) % 5) * 0.4) * 100) / 100;

  const handlers: RouteHandlers = {
    ping: () => ({ data: 'pong!' }),
    'account.get': (ctx) => {
      const include = ctx.query.get('include');
      const bad = include?.split(',').find((x) => !['churn_recognition', 'churn_when_zero_mrr', 'auto_churn_subscription', 'refund_handling', 'proximate_movement_reclassification'].includes(x));
      if (bad) return reply(400, { message: `Invalid include parameter: ${bad}` });
      return { id: 'acc_93b52b3a-6c38-4d3c-9f0a-7f7d4a6f0c11', name: 'Sandbox Inc.', currency: 'USD', time_zone: 'UTC', week_start_on: 'sunday' };
    },
    'metrics.mrr': single('mrr', (v) => v, () => seed, (mrr, prev) => {
      const delta = mrr - prev;
      return {
        'mrr-new-business': Math.round(Math.max(delta, 0) * 0.7 + mrr * 0.02),
        'mrr-expansion': Math.round(mrr * 0.015),
        'mrr-contraction': -Math.round(mrr * 0.005),
        'mrr-churn': -Math.round(mrr * 0.02),
        'mrr-reactivation': Math.round(mrr * 0.002),
      };
    }),
    'metrics.arr': single('arr', (v) => v * 12, () => seed),
    'metrics.arpa': single('arpa', (v) => Math.round(v / customerCount(v)), () => seed),
    'metrics.asp': (ctx) => {
      const interval = ctx.query.get('interval') ?? 'month';
      // ASP is documented for month/quarter/year only (reference §2.1, ASP caveat).
      if (interval === 'day' || interval === 'week') return apiError(400, `Interval ${interval} is not supported for ASP`, 'interval');
      return single('asp', (v) => Math.round((v / customerCount(v)) * 1.1), () => seed)(ctx);
    },
    'metrics.customerCount': single('customers', customerCount, () => seed),
    'metrics.customerChurnRate': single('customer-churn-rate', (_v, i) => churn(i), () => seed),
    'metrics.mrrChurnRate': single('mrr-churn-rate', (_v, i) => Math.round((churn(i) - 3.1) * 100) / 100, () => seed),
    'metrics.ltv': single('ltv', (v, i) => Math.round((v / customerCount(v) / (churn(i) / 100)) * 10) / 10, () => seed),
    'metrics.all': (ctx) => {
      const s = series(ctx, seed);
      if ('error' in s) return s.error;
      const keys = {
        mrr: (v: number) => v,
        arr: (v: number) => v * 12,
        'customer-churn-rate': (_: number, i: number) => churn(i),
        'mrr-churn-rate': (_: number, i: number) => Math.round((churn(i) - 3.1) * 100) / 100,
        ltv: (v: number, i: number) => Math.round((v / customerCount(v) / (churn(i) / 100)) * 10) / 10,
        customers: customerCount,
        asp: (v: number) => Math.round((v / customerCount(v)) * 1.1),
        arpa: (v: number) => Math.round(v / customerCount(v)),
      };
      const table = Object.fromEntries(Object.entries(keys).map(([k, f]) => [k, s.mrr.map((v, i) => f(v, i))]));
      const entries = s.days.map((date, i) => {
        const e: Record<string, unknown> = { date };
        for (const k of Object.keys(keys)) {
          e[k] = table[k]![i];
          e[`${k}-percentage-change`] = i === 0 ? 0 : pct(table[k]![i]!, table[k]![i - 1]!);
        }
        return e;
      });
      const summary: Record<string, number> = {};
      for (const k of Object.keys(keys)) {
        const cur = table[k]!.at(-1) ?? 0;
        const prev = table[k]!.at(-2) ?? cur;
        Object.assign(summary, { [`current-${k}`]: cur, [`previous-${k}`]: prev, [`${k}-percentage-change`]: pct(cur, prev) });
      }
      return { entries, summary };
    },
    'customers.search': (ctx) => {
      const email = ctx.query.get('email');
      if (!email) return apiError(400, 'Parameter "email" is missing', 'email');
      const found = customers().filter((c) => c.email === email);
      if (found.length === 0) return apiError(404, `Can't find any customers with email: "${email}"`, 'email');
      const page = pageOf(found, ctx);
      return 'error' in page ? page.error : { ...page.body, current_page: 1, total_pages: 1 };
    },
    'customers.activities': (ctx) => {
      const c = customers().find((x) => x.uuid === ctx.params.customer_uuid);
      if (!c) return reply(404, { error: 'Customer not found' });
      const all = activitiesFor(seed)
        .filter((a) => a['customer-uuid'] === c.uuid)
        .map((a, i) => ({ id: 50_000 + i, date: a.date, type: a.type, description: a.description, 'activity-mrr': a['activity-mrr'], 'activity-mrr-movement': a['activity-mrr-movement'], 'activity-arr': a['activity-arr'], currency: 'USD', 'currency-sign': '$', 'subscription-external-id': a['subscription-external-id'], 'plan-external-id': a['plan-external-id'] }));
      const page = pageOf(all, ctx);
      return 'error' in page ? page.error : page.body;
    },
    'customers.subscriptions': (ctx) => {
      const c = customers().find((x) => x.uuid === ctx.params.customer_uuid);
      if (!c) return reply(404, { error: 'Customer not found' });
      const subs = [0, 1, 2].map((i) => ({
        id: 9000 + i,
        uuid: `sub_${c.uuid.slice(4, 12)}-${i}`,
        external_id: `sub_ext_${c.external_id}_${i}`,
        plan: ['Gold Plan', 'Silver Plan', 'Add-on Seats'][i],
        quantity: 1 + i,
        mrr: i === 2 ? 0 : c.mrr / 2,
        arr: i === 2 ? 0 : (c.mrr / 2) * 12,
        status: i === 2 ? 'inactive' : 'active',
        'billing-cycle': i === 1 ? 'year' : 'month',
        'billing-cycle-count': 1,
        'start-date': '2024-01-01T00:00:00+00:00',
        'end-date': '2026-01-01T00:00:00+00:00',
        currency: 'USD',
        'currency-sign': '$',
      }));
      const page = pageOf(subs, ctx);
      return 'error' in page ? page.error : page.body;
    },
    'customers.connectSubscriptions': (ctx) => {
      const subs = (ctx.body as { subscriptions?: unknown[] } | undefined)?.subscriptions;
      return Array.isArray(subs) && subs.length ? {} : apiError(400, 'Parameter "subscriptions" is missing', 'subscriptions');
    },
    'customers.disconnectSubscriptions': (ctx) => {
      const subs = (ctx.body as { subscriptions?: unknown[] } | undefined)?.subscriptions;
      return Array.isArray(subs) && subs.length ? {} : apiError(400, 'Parameter "subscriptions" is missing', 'subscriptions');
    },
    'activities.list': (ctx) => {
      let all = activitiesFor(seed);
      const type = ctx.query.get('type');
      const start = ctx.query.get('start-date');
      const end = ctx.query.get('end-date');
      if (type) all = all.filter((a) => a.type === type);
      if (start) all = all.filter((a) => a.date.slice(0, 10) >= start.slice(0, 10));
      if (end) all = all.filter((a) => a.date.slice(0, 10) <= end.slice(0, 10));
      if (ctx.query.get('order') === '-date') all = [...all].reverse();
      const page = pageOf(all, ctx);
      return 'error' in page ? page.error : page.body;
    },
    'activitiesExport.create': (ctx) => {
      const body = (ctx.body ?? {}) as Record<string, unknown>;
      const id = `exp_${exports.size + 1}_${seed}`;
      const created = new Date(ctx.now).toISOString();
      exports.set(id, { polls: 0, created, params: { activity_type: body.type ?? null, start_date: body['start-date'] ?? null, end_date: body['end-date'] ?? null } });
      return reply(202, exportBody(id));
    },
    'activitiesExport.get': (ctx) => {
      const job = exports.get(ctx.params.id!);
      if (!job) return reply(404, { error: 'Activities export not found' });
      job.polls++;
      return exportBody(ctx.params.id!);
    },
  };

  function exportBody(id: string) {
    const job = exports.get(id)!;
    const ready = job.polls >= 2; // ready on the second poll
    return {
      id,
      status: ready ? 'succeeded' : 'pending',
      file_url: ready ? `https://chartmogul-exports.s3.amazonaws.com/${id}.zip?X-Amz-Expires=604800` : null,
      params: { kind: 'activities', params: job.params },
      expires_at: ready ? new Date(Date.parse(job.created) + 7 * 86_400_000).toISOString() : null,
      created_at: job.created,
    };
  }

  const provider = routedProvider({
    name: 'chartmogul',
    origins: ['https://api.chartmogul.com'],
    endpoints: chartmogulEndpoints,
    handlers,
    before(req, env) {
      seed = env.seed;
      const auth = req.headers.get('authorization') ?? '';
      const m = /^Basic\s+(.+)$/i.exec(auth);
      const user = m ? atob(m[1]!).split(':')[0] : undefined;
      if (user !== CHARTMOGUL_SANDBOX_KEY) return apiError(401, 'No valid API key provided');
      if (env.enforceRateLimits) {
        const now = Date.now();
        if (window.hit(user, now).count > 40) {
          window.undo(user);
          return apiError(429, 'Your request rate has exceeded our rate limit.');
        }
        // This request is counted in `inflight` already.
        if (provider.inflight > 20) return reply(503, 'Service Unavailable: too many parallel connections');
      }
      return undefined;
    },
    notFound: () => reply(404, { error: 'Not found' }),
  });
  return provider;
}
