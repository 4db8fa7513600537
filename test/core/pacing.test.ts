import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { Pacer, resetPacers } from '../../src/core/limiter.js';
import { json, scriptedFetch } from '../support/scripted.js';

describe('pacer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetPacers();
  });
  afterEach(() => vi.useRealTimers());

  it('sends in order: three at once after idle time, then evenly at the configured rate', async () => {
    const pacer = new Pacer('t1', { perSecond: 10, maxConcurrent: 10, learn: false });
    const starts: Array<[number, number]> = [];
    const t0 = Date.now();
    const jobs = Array.from({ length: 12 }, (_, i) => pacer.schedule(async () => void starts.push([i, Date.now() - t0])));
    await vi.advanceTimersByTimeAsync(3_000);
    await Promise.all(jobs);
    expect(starts.map(([i]) => i)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    // (bottleneck passes each job through a zero-delay timer: a millisecond or two apiece here.)
    expect(starts[2]![1]).toBeLessThan(10);
    // Before a margin is known the pace is cautious (0.15 below the limit): 10 sends take 10 × 115 ms.
    expect(starts[10]![1]).toBeGreaterThanOrEqual(1_150);
    for (let i = 4; i < starts.length; i++) expect(starts[i]![1] - starts[i - 1]![1]).toBeGreaterThanOrEqual(114);
  });

  it('a header-driven limiter sends its first call at once, and the others when its answer came', async () => {
    const pacer = new Pacer('t1b', { perSecond: 1, maxConcurrent: 8, learn: true });
    const t0 = Date.now();
    const starts: number[] = [];
    const probe = pacer.schedule(async () => {
      starts.push(Date.now() - t0);
      await new Promise((r) => setTimeout(r, 30)); // one round trip
      pacer.observe({ limit: 25, remaining: 24 }, 200, { route: '/api/genres', latencyMs: 30 });
    });
    const others = [1, 2].map(() => pacer.schedule(async () => void starts.push(Date.now() - t0)));
    await vi.advanceTimersByTimeAsync(29);
    expect(starts).toEqual([0]); // no clock to wait for, only the answer
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all([probe, ...others]);
    // Both go as soon as the answer is in (plus bottleneck's zero-delay hops): well within the window's budget of 25.
    expect(starts[0]).toBe(0);
    expect(starts.slice(1).every((t) => t >= 30 && t < 45)).toBe(true);
    expect(pacer.perSecond).toBe(25);
  });

  it('learns the limit from response headers', async () => {
    const pacer = new Pacer('t2', { perSecond: 1, maxConcurrent: 4, learn: true });
    pacer.observe({ limit: 20 }, 200);
    expect(pacer.perSecond).toBe(20);
    const capped = new Pacer('t3', { perSecond: 5, maxConcurrent: 4, learn: true, cap: 5 });
    capped.observe({ limit: 20 }, 200);
    expect(capped.perSecond).toBe(5);
  });

  it('a 429 with Retry-After pauses the whole queue for the credential exactly that long', async () => {
    const pacer = new Pacer('t4', { perSecond: 100, maxConcurrent: 10, learn: false });
    // bottleneck yields through timers: advance them while a job is pending.
    const first = pacer.schedule(async () => undefined);
    await vi.advanceTimersByTimeAsync(10);
    await first;
    expect(pacer.observe({ retryAfterMs: 2_000 }, 429)).toBe(2_000);
    const started: number[] = [];
    const t0 = Date.now();
    const jobs = [1, 2, 3].map(() => pacer.schedule(async () => void started.push(Date.now() - t0)));
    await vi.advanceTimersByTimeAsync(1_900);
    expect(started).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    await Promise.all(jobs);
    expect(started).toHaveLength(3);
    expect(Math.min(...started)).toBeGreaterThanOrEqual(2_000);
  });

  it('a 429 on a sliding window holds the queue one spacing, doubling on repeated 429s, never past the reset', async () => {
    const pacer = new Pacer('t4b', { perSecond: 1, maxConcurrent: 4, learn: true, window: 'sliding' });
    for (let i = 0; i < 10; i++) pacer.observe({ limit: 10, remaining: 9 }, 200, { route: '/r', latencyMs: 20 }); // alone on the account
    const spacing = pacer.minTime;
    expect(spacing).toBeCloseTo(103, 0);
    const resetAt = Date.now() + 900;
    const first = pacer.observe({ limit: 10, remaining: 0, resetAt }, 429);
    expect(first).toBeCloseTo(pacer.minTime, 0); // the margin rose a little with the 429
    expect(pacer.minTime).toBeGreaterThan(spacing);
    const second = pacer.observe({ limit: 10, remaining: 0, resetAt }, 429);
    expect(second).toBeCloseTo(2 * pacer.minTime, 0);
    pacer.observe({ limit: 10, remaining: 0, resetAt }, 429);
    const capped = pacer.observe({ limit: 10, remaining: 0, resetAt }, 429);
    expect(capped).toBeLessThanOrEqual(900);
    pacer.observe({ limit: 10, remaining: 3 }, 200);
    expect(pacer.observe({ limit: 10, remaining: 0, resetAt: Date.now() + 900 }, 429)).toBeLessThan(200);
  });

  it('a 429 on a fixed window (Soundcharts per minute) waits for the reset', () => {
    const pacer = new Pacer('t4c', { perSecond: 75, maxConcurrent: 4, learn: false, window: 'fixed' });
    expect(pacer.observe({ resetAt: Date.now() + 31_000 }, 429)).toBe(31_000);
  });

  it('a window used up by another client waits for the reset; one used up by this process does not', async () => {
    const busy = new Pacer('t4d', { perSecond: 25, maxConcurrent: 4, learn: true });
    expect(busy.observe({ limit: 25, remaining: 0, resetAt: Date.now() + 800 }, 200)).toBe(800);
    const own = new Pacer('t4e', { perSecond: 1, maxConcurrent: 4, learn: true });
    const call = own.schedule(async () => own.observe({ limit: 1, remaining: 0, resetAt: Date.now() + 1_000 }, 200));
    await vi.advanceTimersByTimeAsync(5);
    expect(await call).toBe(0);
  });

  it('an aborted call leaves the queue without being sent', async () => {
    const pacer = new Pacer('t5', { perSecond: 1, maxConcurrent: 1, learn: false });
    const sent: number[] = [];
    const first = pacer.schedule(async () => void sent.push(0));
    await vi.advanceTimersByTimeAsync(10);
    await first;
    const controller = new AbortController();
    const p = pacer.schedule(async () => void sent.push(1), controller.signal).catch((e) => e);
    controller.abort(new Error('stop'));
    expect(await p).toBeInstanceOf(Error);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sent).toEqual([0]);
  });

  it('ChartMogul clients pace at most 20 in flight per key, shared between clients of that key', async () => {
    let inflight = 0;
    let peak = 0;
    const { fetch } = scriptedFetch([], async () => {
      inflight++;
      peak = Math.max(peak, inflight);
      await new Promise((r) => setTimeout(r, 50));
      inflight--;
      return json(200, { data: 'pong!' });
    });
    const a = new ChartMogul({ apiKey: 'shared_key_1', fetch });
    const b = new ChartMogul({ apiKey: 'shared_key_1', fetch });
    const calls = Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).ping());
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all(calls);
    expect(peak).toBeLessThanOrEqual(20);
    expect(peak).toBeGreaterThan(1);
  });
});
