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

  it('spaces requests evenly at the configured rate, in order', async () => {
    const pacer = new Pacer('t1', { perSecond: 10, maxConcurrent: 10, learn: false });
    const starts: Array<[number, number]> = [];
    const t0 = Date.now();
    const jobs = Array.from({ length: 5 }, (_, i) => pacer.schedule(async () => void starts.push([i, Date.now() - t0])));
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all(jobs);
    expect(starts.map(([i]) => i)).toEqual([0, 1, 2, 3, 4]);
    for (let i = 1; i < starts.length; i++) expect(starts[i]![1] - starts[i - 1]![1]).toBeGreaterThanOrEqual(100);
    expect(starts[4]![1]).toBeLessThan(500);
  });

  it('learns the limit from response headers', async () => {
    const pacer = new Pacer('t2', { perSecond: 1, maxConcurrent: 4, learn: true });
    pacer.observe({ limit: 20 }, 200);
    expect(pacer.perSecond).toBe(20);
    const capped = new Pacer('t3', { perSecond: 5, maxConcurrent: 4, learn: true, cap: 5 });
    capped.observe({ limit: 20 }, 200);
    expect(capped.perSecond).toBe(5);
  });

  it('a 429 pauses the whole queue for the credential until the reset', async () => {
    const pacer = new Pacer('t4', { perSecond: 100, maxConcurrent: 10, learn: false });
    // bottleneck yields through timers: advance them while a job is pending.
    const first = pacer.schedule(async () => undefined);
    await vi.advanceTimersByTimeAsync(10);
    await first;
    pacer.observe({ retryAfterMs: 2_000 }, 429);
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
