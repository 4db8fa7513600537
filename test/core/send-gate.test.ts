/**
 * The send gate (src/core/send-gate.ts) on a fake clock: when each paced request may leave.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SendGate } from '../../src/core/send-gate.js';

/** Sends `count` calls through the gate at once and returns when each was let through (ms from start). */
async function burst(gate: SendGate, count: number, advanceMs: number): Promise<number[]> {
  const t0 = Date.now();
  const times: number[] = [];
  const all = Array.from({ length: count }, () => gate.acquire().then(() => void times.push(Date.now() - t0)));
  await vi.advanceTimersByTimeAsync(advanceMs);
  await Promise.all(all);
  return times;
}

/** The most sends in any window of `ms` (a sliding window, as the APIs count). */
function peakIn(times: number[], ms: number): number {
  let peak = 0;
  for (let i = 0; i < times.length; i++) peak = Math.max(peak, times.filter((t) => t >= times[i]! && t < times[i]! + ms).length);
  return peak;
}

describe('send gate', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('after an idle spell, three leave at once; the rest follow one spacing apart', async () => {
    const gate = new SendGate(100, 10);
    const times = await burst(gate, 12, 3_000);
    expect(times.slice(0, 4)).toEqual([0, 0, 0, 100]);
    // Never more than 10 in any window of 10 spacings, and even after the burst.
    expect(peakIn(times, 1_000)).toBeLessThanOrEqual(10);
    const gaps = times.slice(4).map((t, i) => t - times[3 + i]!);
    expect(gaps.every((g) => g >= 99)).toBe(true);
  });

  it('at most half the window leaves at once: one at a time on a 1 req/s plan', async () => {
    const gate = new SendGate(1_000, 1);
    expect(await burst(gate, 3, 3_000)).toEqual([0, 1_000, 2_000]);
  });

  it('a saturated queue settles on an even pace: the burst is not repeated in later windows', async () => {
    const gate = new SendGate(50, 20);
    const times = await burst(gate, 80, 10_000);
    const late = times.filter((t) => t >= 2_000);
    const gaps = late.slice(1).map((t, i) => t - late[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(49);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(51);
    expect(peakIn(times, 1_000)).toBeLessThanOrEqual(20);
  });

  it('counts real send times: sends that come late cannot crowd one window', async () => {
    // Callers arriving at uneven moments (as with late timers) still never exceed n per n spacings.
    const gate = new SendGate(100, 5);
    const times: number[] = [];
    const t0 = Date.now();
    const pending: Array<Promise<void>> = [];
    for (const at of [0, 5, 5, 10, 400, 401, 402, 403, 404, 900, 901, 902]) {
      await vi.advanceTimersByTimeAsync(at - (Date.now() - t0));
      pending.push(gate.acquire().then(() => void times.push(Date.now() - t0)));
    }
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all(pending);
    expect(times).toHaveLength(12);
    expect(peakIn(times, 500)).toBeLessThanOrEqual(5);
  });

  it('a hold stops calls already waiting at the gate, not only new ones', async () => {
    const gate = new SendGate(100, 10);
    const t0 = Date.now();
    const times: number[] = [];
    const first = Array.from({ length: 8 }, () => gate.acquire().then(() => void times.push(Date.now() - t0)));
    await vi.advanceTimersByTimeAsync(0);
    gate.hold(t0 + 2_000);
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all(first);
    expect(times.filter((t) => t < 2_000)).toHaveLength(3); // the burst left before the hold
    expect(times.filter((t) => t > 0 && t < 2_000)).toEqual([]);
  });

  it('an aborted waiter leaves without taking a slot', async () => {
    const gate = new SendGate(100, 1);
    await gate.acquire();
    const controller = new AbortController();
    const aborted = gate.acquire(controller.signal).catch((e: unknown) => e);
    const t0 = Date.now();
    let nextAt = -1;
    const next = gate.acquire().then(() => void (nextAt = Date.now() - t0));
    controller.abort(new Error('stop'));
    expect(await aborted).toBeInstanceOf(Error);
    await vi.advanceTimersByTimeAsync(500);
    await next;
    expect(nextAt).toBe(100);
  });

  it('a new pace re-spaces the next send from the last one', async () => {
    const gate = new SendGate(1_000, 1);
    await gate.acquire();
    const t0 = Date.now();
    let at = -1;
    const next = gate.acquire().then(() => void (at = Date.now() - t0));
    await vi.advanceTimersByTimeAsync(10);
    gate.configure(40, 25);
    await vi.advanceTimersByTimeAsync(100);
    await next;
    expect(at).toBeLessThanOrEqual(40);
  });
});
