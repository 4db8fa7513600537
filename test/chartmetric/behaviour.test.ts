/** Chartmetric behaviour through the public client: ambiguous 401s, 402, 429 until the reset, envelopes. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { resetPacers } from '../../src/core/limiter.js';
import { AuthenticationError, PaymentRequiredError, RateLimitError } from '../../src/errors.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';
import { failure, json, scriptedFetch } from '../support/scripted.js';

afterEach(() => {
  resetPacers();
  vi.useRealTimers();
});

const token = () => json(200, { token: 'access-1', expires_in: 3600, refresh_token: 'r', scope: 'api' }, { 'x-ratelimit-limit': 'false', 'x-ratelimit-remaining': 'false', 'x-ratelimit-reset': 'false' });

describe('Chartmetric', () => {
  it('a route outside the developer API: 401, one re-mint and replay, then an AuthenticationError naming the causes', async () => {
    const sandbox = createSandbox();
    const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch, rateLimit: false });
    const err = await failure(cm.request({ method: 'GET', path: '/api/artist/206557/playlists' }));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err.message).toMatch(/not part of the public developer API/);
    expect(err.message).toMatch(/plan/);
    expect(sandbox.requests.filter((r) => r.path === '/api/artist/206557/playlists')).toHaveLength(2);
    expect(sandbox.requests.filter((r) => r.path === '/api/token')).toHaveLength(2);
  });

  it('an expired token is renewed transparently', async () => {
    const sandbox = createSandbox();
    const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch, rateLimit: false });
    await cm.artists.get(206557);
    sandbox.expireTokens();
    await expect(cm.artists.get(206557)).resolves.toMatchObject({ id: 206557 });
    expect(cm.tokenExchanges).toBe(2);
  });

  it('402 is a PaymentRequiredError and is not retried', async () => {
    const { fetch, calls } = scriptedFetch([token(), json(402, { error: 'No API credits left' })]);
    const cm = new Chartmetric({ refreshToken: 'refresh-1234', fetch, rateLimit: false });
    const err = await failure(cm.artists.get(206557));
    expect(err).toBeInstanceOf(PaymentRequiredError);
    expect(err.message).toMatch(/credits/);
    expect(calls).toHaveLength(2);
  });

  it('a 429 waits until X-RateLimit-Reset (server clock) before the retry', async () => {
    vi.useFakeTimers();
    const now = Date.now();
    const reset = Math.ceil(now / 1000) + 3; // epoch seconds
    const limited = json(429, { error: 'Too Many Requests' }, { 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset), date: new Date(now).toUTCString() });
    const ok = json(200, { obj: { id: 206557, name: 'BTS' } }, { 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '4', 'x-ratelimit-reset': String(reset + 1) });
    const { fetch, calls } = scriptedFetch([token(), limited, ok]);
    const cm = new Chartmetric({ refreshToken: 'refresh-1234', fetch, rateLimit: false });
    const p = cm.artists.get(206557);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3_000);
    await expect(p).resolves.toMatchObject({ name: 'BTS' });
    expect(calls).toHaveLength(3);
  });

  it('a persistent 429 ends as a RateLimitError with retryAfter', async () => {
    vi.useFakeTimers();
    const reset = Math.ceil(Date.now() / 1000) + 1;
    const limited = () => json(429, { error: 'Too Many Requests' }, { 'x-ratelimit-limit': '1', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) });
    const { fetch, calls } = scriptedFetch([token()], limited());
    const cm = new Chartmetric({ refreshToken: 'refresh-1234', fetch, rateLimit: false, maxRetries: 1 });
    const p = failure(cm.artists.get(206557));
    await vi.runAllTimersAsync();
    const err = await p;
    expect(err).toBeInstanceOf(RateLimitError);
    expect(typeof err.retryAfter).toBe('number');
    expect(calls).toHaveLength(3);
  });

  it('unwraps obj, keeps siblings where they matter, and types numbers sent as strings', async () => {
    const sandbox = createSandbox();
    const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch, rateLimit: false });
    const chart = await cm.charts.spotify({ date: '2025-06-01', countryCode: 'US', type: 'regional', interval: 'daily' });
    expect(chart.data).toHaveLength(200);
    expect(chart.length).toBe(200);
    const page = await cm.artists.tracks(206557);
    expect(page.items.length).toBeGreaterThan(0);
    const bad = await failure(cm.artists.stats(206557, 'spotify', { since: 'yesterday' } as never));
    expect(bad.name).toBe('InvalidParamsError');
    expect(bad.message).toMatch(/"since"/);
  });
});
