/**
 * Compile-time contract of `chartstack/chartmogul`: what params accept and reject, what results are.
 * Checked by `npm run test:types` (vitest typecheck); every `@ts-expect-error` must stay an error.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { ChartMogul, type APIPromise, type RateLimitInfo } from '../../src/chartmogul/index.js';

const mogul = new ChartMogul({ apiKey: 'key' });

describe('ChartMogul options', () => {
  it('requires the API key and types the common options', () => {
    // @ts-expect-error apiKey is required
    new ChartMogul({});
    // @ts-expect-error validation is a closed set
    new ChartMogul({ apiKey: 'k', validation: 'loose' });
    // @ts-expect-error timeout is milliseconds, a number
    new ChartMogul({ apiKey: 'k', timeout: '5s' });
    new ChartMogul({ apiKey: 'k', baseUrl: 'https://api.chartmogul.com', timeout: 5_000, maxRetries: 2, rateLimit: false, validation: 'warn', logLevel: 'debug' });
  });
});

describe('metrics.mrr', () => {
  it('accepts dates as strings or Date objects and a known interval', () => {
    mogul.metrics.mrr({ startDate: '2025-01-01', endDate: new Date(), interval: 'month' });
    mogul.metrics.mrr({ startDate: new Date(), endDate: '2025-06-30', geo: ['US', 'GB'] }, { timeout: 1_000, signal: new AbortController().signal });
  });

  it('rejects wrong params at compile time', () => {
    // @ts-expect-error startDate and endDate are required
    mogul.metrics.mrr({ interval: 'month' });
    // @ts-expect-error a date is a string or a Date, not a number
    mogul.metrics.mrr({ startDate: 20250101, endDate: '2025-06-30' });
    // @ts-expect-error interval is one of day/week/month/quarter/year
    mogul.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-06-30', interval: 'fortnight' });
    // @ts-expect-error unknown params are typos, not silently dropped
    mogul.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-06-30', start_date: '2025-01-01' });
    // @ts-expect-error geo is a list
    mogul.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-06-30', geo: 'US' });
    // @ts-expect-error per-call options are typed too
    mogul.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-06-30' }, { timeout: 'soon' });
  });

  it('resolves to typed entries and summary', async () => {
    const promise = mogul.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-06-30' });
    expectTypeOf(promise).toExtend<APIPromise<unknown>>();
    const mrr = await promise;
    expectTypeOf(mrr.entries).toBeArray();
    expectTypeOf(mrr.entries[0]!.date).toEqualTypeOf<string>();
    expectTypeOf(mrr.entries[0]!.mrr).toEqualTypeOf<number>();
    expectTypeOf(mrr.summary).toExtend<{ current?: number | null | undefined } | null | undefined>();
    // Fields the API adds later are kept, typed `unknown` (never `any`): narrow before use.
    expectTypeOf(mrr.entries[0]!.revenue).toBeUnknown();
    // @ts-expect-error an unknown field cannot be used as a number without narrowing
    void (mrr.entries[0]!.revenue + 1);
  });

  it('withResponse() gives the data beside the raw response', async () => {
    const { data, requestId, rateLimit } = await mogul.metrics.arr({ startDate: '2025-01-01', endDate: '2025-06-30' }).withResponse();
    expectTypeOf(data.entries[0]!.arr).toEqualTypeOf<number>();
    expectTypeOf(requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(rateLimit).toExtend<RateLimitInfo | undefined>();
  });
});
