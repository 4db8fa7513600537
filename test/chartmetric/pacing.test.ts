/**
 * Header-driven pacing against the sandbox's enforced sliding window, on a fake clock: the sandbox
 * counts each request when it arrives (its window reads the same faked `Date.now()`), so what is
 * measured is the pacer's decisions, not how busy the machine is. The client learns
 * X-RateLimit-Limit from its first response and stays under it with zero 429s; its first call waits
 * for nothing but round trips (issue #19).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { resetPacers } from '../../src/core/limiter.js';
import { createSandbox, SANDBOX_CREDENTIALS, type Sandbox } from '../../src/testing/index.js';

beforeEach(() => {
  vi.useFakeTimers();
  resetPacers();
});
afterEach(() => {
  vi.useRealTimers();
  resetPacers();
});

/** A sandbox that counts what it answered: metered calls, 429s, and when each metered call arrived. */
function countingSandbox(limit: number, options: Parameters<typeof createSandbox>[0] = {}) {
  const sandbox = createSandbox({ enforceRateLimits: true, limits: { chartmetricPerSecond: limit }, ...options });
  const seen = { metered: 0, tooMany: 0, tokens: 0, arrivals: [] as number[] };
  const dispatch = sandbox.dispatch.bind(sandbox);
  sandbox.dispatch = async (request: Request) => {
    const outcome = await dispatch(request);
    if (new URL(request.url).pathname === '/api/token') seen.tokens++;
    else {
      seen.metered++;
      seen.arrivals.push(Date.now());
      if (outcome.response?.status === 429) seen.tooMany++;
    }
    return outcome;
  };
  return { sandbox, seen };
}

/** Settles `work` while the fake clock runs, and returns how much (fake) time it took. */
async function timed<T>(work: Promise<T>, stepMs = 5): Promise<{ value: T; ms: number }> {
  const t0 = Date.now();
  let done = false;
  const settled = work.finally(() => (done = true));
  while (!done) await vi.advanceTimersByTimeAsync(stepMs);
  return { value: await settled, ms: Date.now() - t0 };
}

const client = (sandbox: Sandbox) => new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, coalesce: false, fetch: sandbox.fetch, maxRetries: 0 });

describe('Chartmetric pacing', () => {
  for (const [limit, calls] of [
    [1, 8],
    [5, 40],
    [20, 120],
  ] as const) {
    it(`stays under a ${limit} req/s sliding window with zero 429s, near the limit`, async () => {
      const { sandbox, seen } = countingSandbox(limit);
      const cm = client(sandbox);
      await timed(cm.genres.list()); // token + first metered call: the limit is learned here
      const { ms } = await timed(Promise.all(Array.from({ length: calls }, () => cm.genres.list())));
      expect(seen.tooMany).toBe(0);
      expect(cm.rateLimit.limit).toBe(limit);
      // On a fake clock with instant answers the margin stays at its base (3 %): the pace is that
      // close to the limit, give or take the first window's burst.
      const rate = calls / (ms / 1000);
      expect(rate / limit).toBeGreaterThan(0.95);
      expect(rate / limit).toBeLessThan(1.25);
    });
  }

  it('a fresh client sends its first call as soon as it has a token: no clock to wait for', async () => {
    const { sandbox, seen } = countingSandbox(1);
    const cm = client(sandbox);
    const { ms } = await timed(cm.genres.list(), 1);
    expect(ms).toBeLessThan(10); // two round trips, which take no time here (bottleneck's hops aside)
    expect(seen).toMatchObject({ tokens: 1, metered: 1, tooMany: 0 });
  });

  it('concurrent first calls: one token exchange, one probe, and the rest go when its answer came', async () => {
    const { sandbox, seen } = countingSandbox(25);
    const cm = client(sandbox);
    const { ms } = await timed(Promise.all([cm.genres.list(), cm.genres.list(), cm.genres.list()]), 1);
    expect(ms).toBeLessThan(15);
    expect(seen).toMatchObject({ tokens: 1, metered: 3, tooMany: 0 });
    expect(cm.tokenExchanges).toBe(1);
  });

  it('the token exchange is never counted against the pace', async () => {
    const { sandbox } = countingSandbox(1);
    const cm = client(sandbox);
    await timed(Promise.all([cm.genres.list(), cm.genres.list()]));
    // Two metered calls on a 1 req/s plan: the second one second (and 3 %) after the first; the token
    // exchange before them took no slot.
    const metered = sandbox.requests.filter((r) => r.path !== '/api/token');
    expect(metered).toHaveLength(2);
    const pacer = (cm as unknown as { core: { pacer(): { stats: { scheduled: number } } } }).core.pacer();
    expect(pacer.stats.scheduled).toBe(2);
  });

  it('50 concurrent first calls: one token exchange, and no 429 on a 25 or a 1 req/s plan', async () => {
    for (const limit of [25, 1]) {
      resetPacers();
      const { sandbox, seen } = countingSandbox(limit);
      const cm = client(sandbox);
      const results = await timed(Promise.allSettled(Array.from({ length: limit === 1 ? 5 : 50 }, () => cm.genres.list())), 10);
      expect(results.value.every((r) => r.status === 'fulfilled')).toBe(true);
      expect(seen.tooMany).toBe(0);
      expect(seen.tokens).toBe(1);
    }
  });

  it('with arrivals delayed 0–150 ms at random, the margin widens and no call is refused', async () => {
    const { sandbox, seen } = countingSandbox(20, { latency: { minMs: 0, maxMs: 150 }, seed: 3 });
    const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, coalesce: false, fetch: sandbox.fetch });
    await timed(Promise.all(Array.from({ length: 160 }, () => cm.genres.list())));
    expect(seen.tooMany).toBeLessThanOrEqual(1);
    const pacer = (cm as unknown as { core: { pacer(): { margin: number; stats: { othersPerWindow: number } } } }).core.pacer();
    expect(pacer.margin).toBeGreaterThan(0.1);
    expect(pacer.margin).toBeLessThan(0.2);
    // Jitter never passes for another client: the pacer sees none and keeps the whole window.
    expect(pacer.stats.othersPerWindow).toBe(0);
  });

  it('another client on the account: its share (from X-RateLimit-Remaining) is left to it, and taken back when it stops', async () => {
    const { sandbox, seen } = countingSandbox(20);
    const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, coalesce: false, fetch: sandbox.fetch }); // retries on
    const pacer = (cm as unknown as { core: { pacer(): { perSecond: number; minTime: number; stats: { othersPerWindow: number } } } }).core.pacer();
    // A colleague's script on the same account, unpaced: 8 requests a second, evenly.
    const colleague = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch, rateLimit: false, coalesce: false, maxRetries: 0 });
    let colleagueRefused = 0;
    const timer = setInterval(() => void colleague.genres.list().catch(() => colleagueRefused++), 125);
    await timed(colleague.genres.list());
    const ours = (n: number) => Array.from({ length: n }, () => cm.genres.list());

    const shared = await timed(Promise.all(ours(60)));
    expect(pacer.stats.othersPerWindow).toBe(8);
    // Refused calls of ours: the few sent before four answers told about the colleague (4 here;
    // pacing at the whole limit regardless, 14 of these 60 were refused, and more after).
    expect(seen.tooMany - colleagueRefused).toBeLessThanOrEqual(5);
    const tooManyWhileShared = seen.tooMany;
    const steady = await timed(Promise.all(ours(60)));
    expect(seen.tooMany).toBe(tooManyWhileShared); // none once the share is known
    // 20 less the colleague's 8, below by the margin (still wider for a while after those 429s).
    const rate = 60 / (steady.ms / 1000);
    expect(rate).toBeGreaterThan(9.5);
    expect(rate).toBeLessThanOrEqual(12);
    expect(shared.value).toHaveLength(60);

    // The colleague stops: within a few answers the whole window is ours again.
    clearInterval(timer);
    await vi.advanceTimersByTimeAsync(1_500);
    const alone = await timed(Promise.all(ours(60)));
    expect(pacer.stats.othersPerWindow).toBe(0);
    expect(pacer.perSecond).toBe(20);
    expect(60 / (alone.ms / 1000)).toBeGreaterThan(17);
  });
});
