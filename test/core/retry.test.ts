import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartMogul } from '../../src/chartmogul/index.js';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
} from '../../src/errors.js';
import { backoff, parseRetryAfter } from '../../src/core/retry.js';
import { failure, json, scriptedFetch, stall, type Step } from '../support/scripted.js';

const ok = () => json(200, { data: 'pong!' });
const client = (steps: Step[], opts: Record<string, unknown> = {}) => {
  const s = scriptedFetch(steps);
  return { mogul: new ChartMogul({ apiKey: 'key_test_1234', fetch: s.fetch, rateLimit: false, ...opts }), calls: s.calls };
};

describe('retry loop', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`retries ${status} and then succeeds`, async () => {
      const { mogul, calls } = client([json(status, { error: 'x' }), ok()]);
      const p = mogul.ping();
      await vi.runAllTimersAsync();
      await expect(p).resolves.toEqual({ data: 'pong!' });
      expect(calls).toHaveLength(2);
    });
  }

  for (const [status, Klass] of [[400, BadRequestError], [404, NotFoundError]] as const) {
    it(`does not retry ${status}`, async () => {
      const { mogul, calls } = client([json(status, { error: 'nope' }), ok()]);
      await expect(mogul.ping()).rejects.toBeInstanceOf(Klass);
      expect(calls).toHaveLength(1);
    });
  }

  it('stops after maxRetries + 1 attempts with the last error', async () => {
    const { mogul, calls } = client([json(500, 'a'), json(502, 'b'), json(503, 'c'), ok()], { maxRetries: 2 });
    const p = failure(mogul.ping());
    await vi.runAllTimersAsync();
    const err = await p;
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err.status).toBe(503);
    expect(calls).toHaveLength(3);
  });

  it('honours per-call maxRetries: 0', async () => {
    const { mogul, calls } = client([json(500, 'a'), ok()]);
    await expect(mogul.ping({ maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
    expect(calls).toHaveLength(1);
  });

  it('waits exactly Retry-After seconds before retrying a 429', async () => {
    const { mogul, calls } = client([json(429, { error: 'slow down' }, { 'retry-after': '3' }), ok()]);
    const p = mogul.ping();
    await vi.advanceTimersByTimeAsync(2_900);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(p).resolves.toEqual({ data: 'pong!' });
    expect(calls).toHaveLength(2);
  });

  it('honours an HTTP-date Retry-After', async () => {
    const at = new Date(Date.now() + 5_000).toUTCString();
    const { mogul, calls } = client([json(503, 'busy', { 'retry-after': at }), ok()]);
    const p = mogul.ping();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3_000);
    await p;
    expect(calls).toHaveLength(2);
  });

  it('does not start a wait that would overrun the retry budget', async () => {
    const { mogul, calls } = client([json(429, { error: 'x' }, { 'retry-after': '120' }), ok()], { retryBudget: 10_000 });
    const err = await failure(mogul.ping());
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err.retryAfter).toBe(120);
    expect(calls).toHaveLength(1);
  });

  it('retries connection errors on idempotent requests', async () => {
    const { mogul, calls } = client([new TypeError('fetch failed'), ok()]);
    const p = mogul.ping();
    await vi.runAllTimersAsync();
    await expect(p).resolves.toEqual({ data: 'pong!' });
    expect(calls).toHaveLength(2);
  });

  it('does not resend a POST after a connection error or a 500 (it may have been processed)', async () => {
    const a = client([new TypeError('fetch failed'), ok()]);
    await expect(a.mogul.activitiesExport.create({ type: 'churn' })).rejects.toBeInstanceOf(APIConnectionError);
    expect(a.calls).toHaveLength(1);
    const b = client([json(500, 'boom'), ok()]);
    await expect(b.mogul.activitiesExport.create({ type: 'churn' })).rejects.toBeInstanceOf(InternalServerError);
    expect(b.calls).toHaveLength(1);
  });

  it('does resend a POST after 429/503 (not processed)', async () => {
    const { mogul, calls } = client([json(503, 'too many connections'), json(202, { id: 'exp_1', status: 'pending', file_url: null })]);
    const p = mogul.activitiesExport.create({ type: 'churn' });
    await vi.runAllTimersAsync();
    await expect(p).resolves.toMatchObject({ id: 'exp_1' });
    expect(calls).toHaveLength(2);
  });

  it('times out a stalled attempt, retries it, and reports APITimeoutError', async () => {
    const { mogul, calls } = client([stall, stall], { timeout: 1_000, maxRetries: 1 });
    const p = failure(mogul.ping());
    await vi.runAllTimersAsync();
    const err = await p;
    expect(err).toBeInstanceOf(APITimeoutError);
    expect(err.message).toMatch(/timed out after 1000 ms/);
    expect(calls).toHaveLength(2);
  });

  it('never retries after the caller aborts, and sends nothing more', async () => {
    const { mogul, calls } = client([json(500, 'x'), ok()]);
    const controller = new AbortController();
    const p = failure(mogul.ping({ signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(1);
    controller.abort();
    await vi.runAllTimersAsync();
    expect(await p).toBeInstanceOf(APIUserAbortError);
    expect(calls).toHaveLength(1);
  });

  it('aborts a stalled request promptly, as an abort rather than a timeout', async () => {
    const { mogul } = client([stall]);
    const controller = new AbortController();
    const p = failure(mogul.ping({ signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(50);
    controller.abort();
    const err = await p;
    expect(err).toBeInstanceOf(APIUserAbortError);
    expect(err).not.toBeInstanceOf(APITimeoutError);
  });
});

describe('backoff and Retry-After parsing', () => {
  it('uses full jitter capped at maxDelay', () => {
    expect(backoff(0, 500, 8000, () => 0.999)).toBe(499);
    expect(backoff(10, 500, 8000, () => 0.999)).toBe(7992);
    expect(backoff(3, 500, 8000, () => 0)).toBe(0);
  });
  it('parses seconds, dates and retry-after-ms', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '150', 'retry-after': '9' }), now)).toBe(150);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
  });
});
