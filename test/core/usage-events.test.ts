/**
 * `client.usage` and `onEvent` (issue #17): where the calls and the waiting went, with no secrets.
 */
import { describe, expect, it } from 'vitest';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { Soundcharts } from '../../src/soundcharts/index.js';
import { MemoryCacheStore } from '../../src/cache/index.js';
import type { ChartstackEvent } from '../../src/core/usage.js';
import { APIConnectionError } from '../../src/errors.js';
import { openTelemetry } from '../../src/otel/index.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';
import { failure } from '../support/scripted.js';

const MRR = { startDate: '2025-01-01', endDate: '2025-06-30', interval: 'month' } as const;
const KEY = SANDBOX_CREDENTIALS.chartmogul.apiKey;

function recorder() {
  const events: ChartstackEvent[] = [];
  return { events, onEvent: (e: ChartstackEvent) => void events.push(e), types: () => events.map((e) => e.type) };
}

describe('usage and events', () => {
  it('a retried call: request, response, retry, request, response — with ids and timings, counted', async () => {
    const sandbox = createSandbox();
    sandbox.faults.add({ provider: 'chartmogul', status: 429, headers: { 'retry-after': '0' } });
    const rec = recorder();
    const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false, onEvent: rec.onEvent });
    await mogul.metrics.mrr(MRR);
    expect(rec.types()).toEqual(['request', 'response', 'retry', 'request', 'response']);
    const [req1, res1, retry, , res2] = rec.events as [ChartstackEvent & { type: 'request' }, ChartstackEvent & { type: 'response' }, ChartstackEvent & { type: 'retry' }, unknown, ChartstackEvent & { type: 'response' }];
    expect(req1).toMatchObject({ provider: 'chartmogul', endpoint: 'metrics.mrr', method: 'GET', route: '/v1/metrics/mrr', attempt: 1 });
    expect(req1.url).toMatch(/^https:\/\/api\.chartmogul\.com\/v1\/metrics\/mrr\?start-date=2025-01-01/);
    expect(res1).toMatchObject({ status: 429, attempt: 1 });
    expect(retry).toMatchObject({ attempt: 1, delayMs: 0, reason: '429' });
    expect(res2).toMatchObject({ status: 200, attempt: 2 });
    expect(res2.durationMs).toBeGreaterThanOrEqual(0);
    expect(typeof res2.time).toBe('number');
    expect(mogul.usage).toEqual({ requests: 2, cacheHits: 0, cacheMisses: 0, coalesced: 0, retries: 1, rateLimited: 1, queueWaitMs: 0, quotaRemaining: undefined });
    // A copy: callers cannot change the client's counters.
    const u = mogul.usage;
    u.requests = 99;
    expect(mogul.usage.requests).toBe(2);
  });

  it('cache hits and coalesced calls are reported; a connection failure is a response with status 0', async () => {
    const sandbox = createSandbox();
    const rec = recorder();
    const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false, maxRetries: 0, onEvent: rec.onEvent, cache: { store: new MemoryCacheStore() } });
    await Promise.all([mogul.metrics.mrr(MRR), mogul.metrics.mrr(MRR)]);
    await mogul.metrics.mrr(MRR);
    expect(rec.types()).toEqual(['request', 'response', 'coalesced', 'cache-hit']);
    expect(rec.events[3]).toMatchObject({ type: 'cache-hit', endpoint: 'metrics.mrr' });
    expect(mogul.usage).toMatchObject({ requests: 1, cacheHits: 1, cacheMisses: 1, coalesced: 1 });

    sandbox.faults.add({ provider: 'chartmogul', kind: 'reset' });
    expect(await failure(mogul.metrics.arr(MRR))).toBeInstanceOf(APIConnectionError);
    expect(rec.events.at(-1)).toMatchObject({ type: 'response', status: 0, error: 'APIConnectionError', endpoint: 'metrics.arr' });
  });

  it('time spent waiting in the rate-limit queue is counted and reported', async () => {
    const sandbox = createSandbox();
    const rec = recorder();
    const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: { perSecond: 20 }, onEvent: rec.onEvent });
    const months = ['01', '02', '03', '04', '05', '06'];
    await Promise.all(months.map((m) => mogul.metrics.mrr({ startDate: `2025-${m}-01`, endDate: '2025-12-31' })));
    const waits = rec.events.filter((e): e is ChartstackEvent & { type: 'rate-limit-wait' } => e.type === 'rate-limit-wait');
    // Six calls at 20/s: however the pacer spaces them, the later ones wait at least ~40 ms each.
    expect(waits.length).toBeGreaterThan(0);
    expect(mogul.usage.queueWaitMs).toBe(waits.reduce((n, w) => n + w.waitedMs, 0));
    expect(mogul.usage.queueWaitMs).toBeGreaterThanOrEqual(100);
  });

  it('events never carry a secret; a listener that throws is logged, never thrown into the call', async () => {
    const sandbox = createSandbox();
    const seen: string[] = [];
    const warnings: string[] = [];
    const mogul = new ChartMogul({
      ...SANDBOX_CREDENTIALS.chartmogul,
      fetch: sandbox.fetch,
      rateLimit: false,
      logLevel: 'warn',
      logger: { warn: (m: string) => warnings.push(m), error: () => undefined, info: () => undefined, debug: () => undefined },
      onEvent: (e) => {
        seen.push(JSON.stringify(e));
        throw new Error('listener bug');
      },
    });
    // A path that happens to contain the key: its URL is reported redacted.
    await failure(mogul.request({ method: 'GET', path: `/v1/customers/${KEY}` }));
    await expect(mogul.metrics.mrr(MRR)).resolves.toMatchObject({ entries: expect.any(Array) });
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.join('\n')).not.toContain(KEY);
    expect(seen[0]).toContain('[REDACTED]');
    expect(warnings.some((w) => /onEvent listener threw/.test(w))).toBe(true);
  });

  it('quota left comes from the latest response that said (Soundcharts)', async () => {
    const sandbox = createSandbox();
    const sc = Soundcharts.sandbox({ fetch: sandbox.fetch, rateLimit: false });
    expect(sc.usage.quotaRemaining).toBeUndefined();
    await sc.artists.get('11e81bcc-9c1c-ce38-b96b-a0369fe50396');
    expect(sc.usage.quotaRemaining).toBe(sc.quotaRemaining);
    expect(typeof sc.usage.quotaRemaining).toBe('number');
  });
});

describe('chartstack/otel', () => {
  /** Just enough of a tracer and a meter to see what the listener records. */
  function fakeOtel() {
    const spans: Array<{ name: string; options: Record<string, unknown>; attributes: Record<string, unknown>; status?: unknown; end?: unknown }> = [];
    const recorded: Array<[string, number, Record<string, unknown>]> = [];
    const tracer = {
      startSpan(name: string, options: { attributes?: Record<string, unknown> }) {
        const span = { name, options, attributes: { ...options.attributes }, status: undefined as unknown, end: undefined as unknown };
        spans.push(span);
        return {
          setAttribute: (k: string, v: unknown) => void (span.attributes[k] = v),
          setStatus: (s: unknown) => void (span.status = s),
          end: (t: unknown) => void (span.end = t),
        };
      },
    };
    const instrument = (name: string) => ({ add: (v: number, a: Record<string, unknown>) => recorded.push([name, v, a]), record: (v: number, a: Record<string, unknown>) => recorded.push([name, v, a]) });
    const meter = { createCounter: instrument, createHistogram: instrument };
    return { spans, recorded, tracer: tracer as never, meter: meter as never };
  }

  it('records a client span per attempt and metrics, with the HTTP semantic conventions', async () => {
    const sandbox = createSandbox();
    sandbox.faults.add({ provider: 'chartmogul', status: 503 });
    const otel = fakeOtel();
    const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false, cache: { store: new MemoryCacheStore() }, onEvent: openTelemetry({ tracer: otel.tracer, meter: otel.meter }) });
    await mogul.metrics.mrr(MRR);
    await mogul.metrics.mrr(MRR);
    expect(otel.spans.map((s) => s.name)).toEqual(['GET /v1/metrics/mrr', 'GET /v1/metrics/mrr', 'GET /v1/metrics/mrr']);
    const [failed, ok, hit] = otel.spans;
    expect(failed!.attributes).toMatchObject({ 'http.request.method': 'GET', 'url.template': '/v1/metrics/mrr', 'server.address': 'api.chartmogul.com', 'http.response.status_code': 503, 'error.type': '503', 'chartstack.endpoint': 'metrics.mrr' });
    expect(failed!.status).toMatchObject({ code: 2 });
    expect(ok!.attributes).toMatchObject({ 'http.response.status_code': 200, 'http.request.resend_count': 1 });
    expect(ok!.status).toBeUndefined();
    expect(hit!.attributes).toMatchObject({ 'chartstack.cache.hit': true });
    expect(otel.recorded.map(([name]) => name).sort()).toEqual(
      ['chartstack.cache.hits', 'chartstack.requests', 'chartstack.requests', 'chartstack.retries', 'http.client.request.duration', 'http.client.request.duration'].sort(),
    );
    expect(JSON.stringify(otel)).not.toContain(KEY);
  });
});
