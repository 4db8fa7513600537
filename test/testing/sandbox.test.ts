/** The sandbox itself: msw interception of the real hosts, ChartMogul's enforced limits, auth rules, faults. */
import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { resetPacers } from '../../src/core/limiter.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';

afterEach(() => resetPacers());

describe('sandbox', () => {
  it('msw handlers intercept the real API hosts for code that uses global fetch', async () => {
    const sandbox = createSandbox();
    const server = setupServer(...((await sandbox.mswHandlers()) as Parameters<typeof setupServer>));
    server.listen();
    try {
      // No `fetch` option and no baseUrl: a fetch-based client aimed at https://api.chartmogul.com.
      const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: (input, init) => fetch(input, init), rateLimit: false });
      await expect(mogul.ping()).resolves.toEqual({ data: 'pong!' });
      expect(sandbox.requests.at(-1)).toMatchObject({ provider: 'chartmogul', path: '/v1/ping' });
    } finally {
      server.close();
    }
  });

  it('enforces ChartMogul 40 req/s: unpaced bursts get 429s, the paced client gets none', async () => {
    const sandbox = createSandbox({ enforceRateLimits: true });
    const raw = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false, maxRetries: 0, coalesce: false });
    const burst = await Promise.allSettled(Array.from({ length: 60 }, () => raw.ping()));
    expect(burst.filter((r) => r.status === 'rejected' && (r.reason as { status?: number }).status === 429).length).toBeGreaterThanOrEqual(20);

    const fresh = createSandbox({ enforceRateLimits: true });
    const paced = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: fresh.fetch, maxRetries: 0, coalesce: false });
    const results = await Promise.allSettled(Array.from({ length: 60 }, () => paced.ping()));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(0);
  });

  it('enforces 20 parallel connections with a 503', async () => {
    const sandbox = createSandbox({ enforceRateLimits: true, latencyMs: 50 });
    const raw = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false, maxRetries: 0, coalesce: false });
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => raw.ping()));
    expect(results.some((r) => r.status === 'rejected' && (r.reason as { status?: number }).status === 503)).toBe(true);
  });

  it('answers 400 for bad metric params like the real API', async () => {
    const sandbox = createSandbox();
    const res = await sandbox.fetch('https://api.chartmogul.com/v1/metrics/mrr?start-date=2025-01-01', {
      headers: { authorization: `Basic ${btoa(`${SANDBOX_CREDENTIALS.chartmogul.apiKey}:`)}` },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 400, message: 'Parameter "end-date" is missing', param: 'end-date' });
  });

  it('is deterministic per seed', async () => {
    const a = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: createSandbox({ seed: 7 }).fetch, rateLimit: false });
    const b = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: createSandbox({ seed: 7 }).fetch, rateLimit: false });
    const c = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: createSandbox({ seed: 8 }).fetch, rateLimit: false });
    const range = { startDate: '2025-01-01', endDate: '2025-12-31' };
    const [ra, rb, rc] = await Promise.all([a.metrics.mrr(range), b.metrics.mrr(range), c.metrics.mrr(range)]);
    expect(ra).toEqual(rb);
    expect(ra).not.toEqual(rc);
  });
});
