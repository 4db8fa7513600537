/**
 * The pacing margin (src/core/pace-margin.ts): how far below the limit to pace, from what the network
 * does. Pure numbers, no clock.
 */
import { describe, expect, it } from 'vitest';
import { PaceMargin } from '../../src/core/pace-margin.js';

/** A deterministic sequence in [0, 1). */
function sequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('pace margin', () => {
  it('is cautious before anything is known, and small on a steady network', () => {
    const m = new PaceMargin();
    expect(m.value).toBe(0.15);
    for (let i = 0; i < 40; i++) m.sample('/v1/metrics/mrr', 20 + (i % 3));
    expect(m.value).toBeCloseTo(0.03, 5);
  });

  it('follows the spread of arrival delays: 0–150 ms of jitter gives about 0.15', () => {
    const m = new PaceMargin();
    const random = sequence(1);
    for (let i = 0; i < 200; i++) m.sample('/api/artist/{id}', 5 + 150 * random());
    expect(m.jitterMs).toBeGreaterThan(130);
    expect(m.jitterMs).toBeLessThan(165);
    expect(m.value).toBeGreaterThan(0.13);
    expect(m.value).toBeLessThan(0.165);
  });

  it('two samples that agree are not taken for a steady network', () => {
    const m = new PaceMargin();
    m.sample('/api/token', 40);
    m.sample('/api/artist/{id}', 90);
    // The range of two draws covers a third of the true range on average: widened accordingly, as far
    // as the cautious start.
    expect(m.jitterMs).toBe(150);
    m.sample('/api/artist/{id}', 80);
    expect(m.jitterMs).toBe(150); // 50 ms in three samples: the true range could well be three times that
    for (let i = 0; i < 61; i++) m.sample('/api/artist/{id}', 80 + (i % 2));
    // Sixty samples within a millisecond outweigh the two early ones (set aside as outliers).
    expect(m.jitterMs).toBeLessThan(2);
  });

  it('compares latencies per route: a slow endpoint is not jitter', () => {
    const m = new PaceMargin();
    m.sample('/fast', 10);
    m.sample('/slow', 400);
    // A route seen once counts no more than the cautious start.
    expect(m.value).toBeCloseTo(0.15, 5);
    for (let i = 0; i < 40; i++) {
      m.sample('/fast', 10 + (i % 2));
      m.sample('/slow', 400 + (i % 2));
    }
    expect(m.value).toBeCloseTo(0.03, 5); // the base: the slow route's 400 ms is not jitter
  });

  it('a single outlier (a handshake, a GC pause) does not set the pace for the next minute', () => {
    const m = new PaceMargin();
    m.sample('/r', 300);
    for (let i = 0; i < 63; i++) m.sample('/r', 10 + (i % 3));
    expect(m.value).toBeCloseTo(0.03, 5); // the base: the 300 ms outlier is set aside
  });

  it('a 429 slows the pace a little, and the pace recovers as calls go through', () => {
    const m = new PaceMargin();
    for (let i = 0; i < 20; i++) m.sample('/r', 10);
    const before = m.value;
    m.rejected();
    expect(m.value).toBeCloseTo(before + 0.05, 5);
    for (let i = 0; i < 300; i++) m.accepted();
    expect(m.value).toBeLessThan(before + 0.005);
  });
});
