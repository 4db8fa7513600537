/**
 * ChartMogul metrics: `GET /v1/metrics/*` (reference/chartmogul.md §2.1).
 * Money (`mrr`, `arr`, `arpa`, `asp`, `ltv`) is in integer minor units (cents) of the account's
 * primary currency: divide by 100 for display (reference §5). Rates and every `percentageChange`
 * are percent values (3.9 = 3.9 %). Entry dates are the last day of each bucket.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { INTERVALS, countryCode, startBeforeEnd } from './params.js';

const ALL_KEYS = ['mrr', 'arr', 'customerChurnRate', 'mrrChurnRate', 'ltv', 'customers', 'asp', 'arpa'] as const;

export const metrics = defineFamily(() => {
  const metricsQuery = {
    /** First day of the range, `YYYY-MM-DD` or a `Date`. Required. */
    startDate: p.date(),
    /** Last day of the range (inclusive), `YYYY-MM-DD` or a `Date`. Required; not before `startDate`. */
    endDate: p.date(),
    /** Bucket size. Default `month`. ASP is documented for `month`, `quarter` and `year` only. */
    interval: p.optional(p.exactly(INTERVALS)),
    /** Countries to include, ISO 3166-1 alpha-2 (`['US', 'GB']`). Sent as `geo=US,GB`. */
    geo: p.optional(p.list(countryCode(), { min: 1, expected: 'a list of ISO 3166-1 alpha-2 country codes' })),
    /** Plans to include, by name, UUID or external id. Sent comma-separated. */
    plans: p.optional(p.list(p.text(), { min: 1, expected: 'a list of plan names, UUIDs or external ids' })),
    /** A ChartMogul Filter Language expression, e.g. `currency~ANY~'USD'` (copy it from the app URL). */
    filters: p.optional(p.text()),
  };

  /** `{current, previous, percentageChange}` of a single-metric endpoint. */
  // Older responses (before mid-2022) have no percentage changes and no summary (reference §3).
  const summary = s.obj({ current: s.opt(s.num()), previous: s.opt(s.num()), percentageChange: s.opt(s.num()) });

  /** Builds the schema of a single-metric endpoint whose entries carry `key`. */
  function single<const K extends string, X extends s.Shape = Record<never, never>>(key: K, extra?: X) {
    return s.obj({
      entries: s.arr(s.obj({ date: s.date(), percentageChange: s.opt(s.num()), ...(extra as X), ...({ [key]: s.num() } as Record<K, ReturnType<typeof s.num>>) })),
      summary: s.opt(summary),
    });
  }

  const metric = <const K extends string, R extends s.Schema>(id: string, path: string, key: K, response: R, summaryText: string) =>
    defineEndpoint({
      id: `metrics.${id}`,
      method: 'GET',
      path: path as `/v1/metrics/${string}`,
      query: metricsQuery,
      checks: [startBeforeEnd],
      response,
      summary: summaryText,
      docs: `reference/chartmogul.md §2.1 (${key})`,
    });

  type AllKey = (typeof ALL_KEYS)[number];

  const allEntry = s.obj({
    date: s.date(),
    ...(Object.fromEntries(ALL_KEYS.flatMap((k) => [[k, s.num()], [`${k}PercentageChange`, s.opt(s.num())]])) as Record<AllKey, ReturnType<typeof s.num>> &
      Record<`${AllKey}PercentageChange`, ReturnType<typeof s.opt<ReturnType<typeof s.num>>>>),
  });
  const allSummary = s.obj(
    Object.fromEntries(ALL_KEYS.flatMap((k) => [[`current${cap(k)}`, s.opt(s.num())], [`previous${cap(k)}`, s.opt(s.num())], [`${k}PercentageChange`, s.opt(s.num())]])) as Record<
      `current${Capitalize<AllKey>}` | `previous${Capitalize<AllKey>}` | `${AllKey}PercentageChange`,
      ReturnType<typeof s.opt<ReturnType<typeof s.num>>>
    >,
  );
  function cap<S extends string>(k: S): Capitalize<S> {
    return (k[0]!.toUpperCase() + k.slice(1)) as Capitalize<S>;
  }

  return {
    /**
     * All key metrics in one call: `entries[]` with mrr, arr, customerChurnRate, mrrChurnRate, ltv,
     * customers, asp, arpa and each `<metric>PercentageChange`; `summary` has `current<Metric>`,
     * `previous<Metric>` and `<metric>PercentageChange`. Money in cents. `GET /v1/metrics/all`.
     */
    all: metric('all', '/v1/metrics/all', 'all', s.obj({ entries: s.arr(allEntry), summary: s.opt(allSummary) }), 'All key metrics with their percentage changes.'),
    /**
     * Monthly recurring revenue in cents, with its movements: `mrrNewBusiness`, `mrrExpansion`,
     * `mrrContraction` (≤ 0), `mrrChurn` (≤ 0), `mrrReactivation`. `GET /v1/metrics/mrr`.
     */
    mrr: metric(
      'mrr',
      '/v1/metrics/mrr',
      'mrr',
      single('mrr', {
        mrrNewBusiness: s.opt(s.num()),
        mrrExpansion: s.opt(s.num()),
        mrrContraction: s.opt(s.num()),
        mrrChurn: s.opt(s.num()),
        mrrReactivation: s.opt(s.num()),
      }),
      'MRR in cents with new-business, expansion, contraction, churn and reactivation movements.',
    ),
    /** Annual run rate in cents. `GET /v1/metrics/arr`. */
    arr: metric('arr', '/v1/metrics/arr', 'arr', single('arr'), 'ARR in cents.'),
    /** Average revenue per account in cents. `GET /v1/metrics/arpa`. */
    arpa: metric('arpa', '/v1/metrics/arpa', 'arpa', single('arpa'), 'ARPA in cents.'),
    /** Average sale price in cents. Documented for `month`, `quarter`, `year` intervals. `GET /v1/metrics/asp`. */
    asp: metric('asp', '/v1/metrics/asp', 'asp', single('asp'), 'ASP in cents.'),
    /** Number of active customers (`customers` in each entry). `GET /v1/metrics/customer-count`. */
    customerCount: metric('customerCount', '/v1/metrics/customer-count', 'customers', single('customers'), 'Active customer count.'),
    /** Customer churn rate in percent. `GET /v1/metrics/customer-churn-rate`. */
    customerChurnRate: metric('customerChurnRate', '/v1/metrics/customer-churn-rate', 'customerChurnRate', single('customerChurnRate'), 'Customer churn rate (%).'),
    /** Net MRR churn rate in percent; can be negative. `GET /v1/metrics/mrr-churn-rate`. */
    mrrChurnRate: metric('mrrChurnRate', '/v1/metrics/mrr-churn-rate', 'mrrChurnRate', single('mrrChurnRate'), 'Net MRR churn rate (%), may be negative.'),
    /** Customer lifetime value in cents (may be fractional). `GET /v1/metrics/ltv`. */
    ltv: metric('ltv', '/v1/metrics/ltv', 'ltv', single('ltv'), 'LTV in cents.'),
  };
});
