/**
 * Header-driven pacing against the sandbox's enforced sliding window (real time, bounded runs):
 * the client learns X-RateLimit-Limit from the first response and stays under it with zero 429s.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { resetPacers } from '../../src/core/limiter.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';

afterEach(() => resetPacers());

async function run(limit: number, calls: number) {
  const sandbox = createSandbox({ enforceRateLimits: true, limits: { chartmetricPerSecond: limit } });
  const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch, maxRetries: 0 });
  await cm.genres.list(); // token + first metered call: the limit is learned here
  const started = Date.now();
  const results = await Promise.allSettled(Array.from({ length: calls }, () => cm.genres.list()));
  const elapsed = (Date.now() - started) / 1000;
  const statuses = results.map((r) => (r.status === 'fulfilled' ? 200 : (r.reason as { status?: number }).status));
  return { elapsed, rejected: statuses.filter((s) => s !== 200).length, rate: calls / elapsed, cm };
}

describe('Chartmetric pacing', () => {
  it('stays under a 5 req/s sliding window with zero 429s, near the limit', async () => {
    const { rejected, rate, cm } = await run(5, 15);
    // Zero 429s from a server that enforces the window is the proof of staying under it; the rate
    // bound only shows the pace is not needlessly slow (loose: these machines are noisy).
    expect(rejected).toBe(0);
    expect(rate).toBeGreaterThan(5 * 0.7);
    expect(cm.rateLimit.limit).toBe(5);
  });

  it('stays under a 20 req/s window with zero 429s', async () => {
    const { rejected, rate } = await run(20, 60);
    expect(rejected).toBe(0);
    expect(rate).toBeGreaterThan(20 * 0.5);
  });

  it('one token exchange for 50 concurrent first calls, and no 429 on a 1 req/s plan', async () => {
    const sandbox = createSandbox({ enforceRateLimits: true, limits: { chartmetricPerSecond: 25 } });
    const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch, maxRetries: 0 });
    await Promise.all(Array.from({ length: 50 }, () => cm.genres.list()));
    expect(cm.tokenExchanges).toBe(1);
    expect(sandbox.requests.filter((r) => r.path === '/api/token')).toHaveLength(1);

    resetPacers();
    const slow = createSandbox({ enforceRateLimits: true, limits: { chartmetricPerSecond: 1 } });
    const one = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: slow.fetch, maxRetries: 0 });
    const settled = await Promise.allSettled([one.genres.list(), one.genres.list(), one.genres.list()]);
    expect(settled.every((r) => r.status === 'fulfilled')).toBe(true);
  });
});
