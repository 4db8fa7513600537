/**
 * The ChartMogul sandbox's `metrics` endpoints, keyed by endpoint id (definitions:
 * src/chartmogul/catalog/metrics.ts): every metric is derived from one seeded MRR series, bucketed by
 * `interval` (reference/chartmogul.md §2.1), with 400s for bad dates and intervals.
 */
import { INTERVALS as CLIENT_INTERVALS } from '../../chartmogul/catalog/params.js';
import type { RouteContext, RouteHandlers } from '../types.js';
import { bucketEnds, mrrOn, type Interval } from './data.js';
import { apiError, ISO_DAY, type ChartmogulState, type Failed } from './shared.js';

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

const customerCount = (mrr: number) => Math.round(mrr / 9_500);
const churn = (i: number) => Math.round((2 + ((i * 7) % 5) * 0.4) * 100) / 100;

export const metricsHandlers = (state: ChartmogulState): RouteHandlers => ({
  'metrics.mrr': single('mrr', (v) => v, () => state.seed, (mrr, prev) => {
    const delta = mrr - prev;
    return {
      'mrr-new-business': Math.round(Math.max(delta, 0) * 0.7 + mrr * 0.02),
      'mrr-expansion': Math.round(mrr * 0.015),
      'mrr-contraction': -Math.round(mrr * 0.005),
      'mrr-churn': -Math.round(mrr * 0.02),
      'mrr-reactivation': Math.round(mrr * 0.002),
    };
  }),
  'metrics.arr': single('arr', (v) => v * 12, () => state.seed),
  'metrics.arpa': single('arpa', (v) => Math.round(v / customerCount(v)), () => state.seed),
  'metrics.asp': (ctx) => {
    const interval = ctx.query.get('interval') ?? 'month';
    // ASP is documented for month/quarter/year only (reference §2.1, ASP caveat).
    if (interval === 'day' || interval === 'week') return apiError(400, `Interval ${interval} is not supported for ASP`, 'interval');
    return single('asp', (v) => Math.round((v / customerCount(v)) * 1.1), () => state.seed)(ctx);
  },
  'metrics.customerCount': single('customers', customerCount, () => state.seed),
  'metrics.customerChurnRate': single('customer-churn-rate', (_v, i) => churn(i), () => state.seed),
  'metrics.mrrChurnRate': single('mrr-churn-rate', (_v, i) => Math.round((churn(i) - 3.1) * 100) / 100, () => state.seed),
  'metrics.ltv': single('ltv', (v, i) => Math.round((v / customerCount(v) / (churn(i) / 100)) * 10) / 10, () => state.seed),
  'metrics.all': (ctx) => {
    const s = series(ctx, state.seed);
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
});
