/**
 * Soundcharts behaviour through the public client: both auth modes, the sandbox preset, quota vs
 * per-minute 429s, errors inside 200 bodies, plan and sandbox messages, pagination across `page.next`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Soundcharts } from '../../src/soundcharts/index.js';
import { resetPacers } from '../../src/core/limiter.js';
import { APIError, AuthenticationError, NotFoundError, PermissionDeniedError, QuotaExceededError, RateLimitError } from '../../src/errors.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';
import { failure, json, scriptedFetch } from '../support/scripted.js';

const BILLIE = '11e81bcc-9c1c-ce38-b96b-a0369fe50396';
afterEach(() => {
  resetPacers();
  vi.useRealTimers();
});

describe('auth', () => {
  it('OAuth: one token exchange (Basic client credentials, form body) for many concurrent calls', async () => {
    const sandbox = createSandbox();
    const sc = new Soundcharts({ ...SANDBOX_CREDENTIALS.soundcharts, teamId: 'team-1', fetch: sandbox.fetch, rateLimit: false });
    await Promise.all(Array.from({ length: 30 }, () => sc.artists.get(BILLIE)));
    const tokenCalls = sandbox.requestsTo('soundcharts-account');
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]!.method).toBe('POST');
    expect(tokenCalls[0]!.path).toBe('/oauth/token');
    expect(tokenCalls[0]!.headers.authorization).toBe(`Basic ${btoa('sc_sandbox_client:sc_sandbox_secret')}`);
    expect(tokenCalls[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(tokenCalls[0]!.body))).toEqual({ grant_type: 'client_credentials', team_id: 'team-1' });
    expect(sc.tokenExchanges).toBe(1);
  });

  it('OAuth: a 401 on a cached token renews once and replays once', async () => {
    const sandbox = createSandbox();
    const sc = new Soundcharts({ ...SANDBOX_CREDENTIALS.soundcharts, fetch: sandbox.fetch, rateLimit: false });
    await sc.artists.get(BILLIE);
    sandbox.expireTokens();
    await expect(sc.artists.get(BILLIE)).resolves.toMatchObject({ uuid: BILLIE });
    expect(sc.tokenExchanges).toBe(2);
  });

  it('bad client credentials: AuthenticationError at once, the secret nowhere', async () => {
    const sandbox = createSandbox();
    const sc = new Soundcharts({ clientId: 'sc_sandbox_client', clientSecret: 'WRONG-secret-123', fetch: sandbox.fetch, rateLimit: false });
    const err = await failure(sc.artists.get(BILLIE));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(JSON.stringify(err) + err.message).not.toContain('WRONG-secret-123');
    expect(sandbox.requestsTo('soundcharts')).toHaveLength(0);
  });

  it('legacy keys and the sandbox preset send x-app-id / x-api-key', async () => {
    const sandbox = createSandbox();
    const sc = Soundcharts.sandbox({ fetch: sandbox.fetch, rateLimit: false });
    await sc.artists.get(BILLIE);
    const req = sandbox.requestsTo('soundcharts')[0]!;
    expect(req.headers['x-app-id']).toBe('soundcharts');
    expect(req.headers['x-api-key']).toBe('soundcharts');
    expect(req.headers.authorization).toBeUndefined();
  });

  it('tokenUrl is separate from baseUrl and must be https (or loopback)', () => {
    expect(() => new Soundcharts({ clientId: 'a1', clientSecret: 'b1', tokenUrl: 'http://evil.example.com/token' })).toThrow(/tokenUrl/);
    expect(() => new Soundcharts({} as never)).toThrow(/clientId, clientSecret|appId, apiKey/);
  });

  it('a write with the sandbox keys is a 405 that says it is a sandbox restriction', async () => {
    const sandbox = createSandbox();
    const sc = Soundcharts.sandbox({ fetch: sandbox.fetch, rateLimit: false });
    const err = await failure(sc.favorites.addArtist(BILLIE));
    expect(err).toBeInstanceOf(APIError);
    expect(err.status).toBe(405);
    expect(err.message).toMatch(/sandbox restriction/);
  });
});

describe('quota and rate limits', () => {
  it('x-quota-remaining on every response: withResponse().rateLimit and the client getter', async () => {
    const sandbox = createSandbox({ limits: { soundchartsQuota: 100 } });
    const sc = new Soundcharts({ ...SANDBOX_CREDENTIALS.soundcharts, fetch: sandbox.fetch, rateLimit: false });
    const { data, rateLimit } = await sc.artists.get(BILLIE).withResponse();
    expect(data.uuid).toBe(BILLIE);
    expect(rateLimit.quotaRemaining).toBe(99);
    await sc.artists.get(BILLIE);
    expect(sc.quotaRemaining).toBe(98);
  });

  it('"Maximum quota reached" is a QuotaExceededError and is not retried', async () => {
    const sandbox = createSandbox({ limits: { soundchartsQuota: 1 } });
    const sc = new Soundcharts({ ...SANDBOX_CREDENTIALS.soundcharts, fetch: sandbox.fetch, rateLimit: false });
    await sc.artists.get(BILLIE);
    const before = sandbox.requestsTo('soundcharts').length;
    const err = await failure(sc.artists.get(BILLIE));
    expect(err).toBeInstanceOf(QuotaExceededError);
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err.message).toMatch(/quota/i);
    expect(sandbox.requestsTo('soundcharts').length - before).toBe(1);
  });

  it('a per-minute 429 waits x-ratelimit-reset (+1 s) and retries', async () => {
    vi.useFakeTimers();
    const ok = json(200, { type: 'artist', object: { uuid: BILLIE, name: 'Billie Eilish' }, errors: [] }, { 'x-quota-remaining': '10' });
    const limited = json(429, { errors: [{ key: 'rate', code: 429, message: 'You have reached the maximum request count per minute' }] }, { 'x-ratelimit-reset': '4' });
    const { fetch, calls } = scriptedFetch([limited, ok]);
    const sc = new Soundcharts({ appId: 'app-1', apiKey: 'key-1234', fetch, rateLimit: false });
    const p = sc.artists.get(BILLIE);
    await vi.advanceTimersByTimeAsync(4_900);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(p).resolves.toMatchObject({ name: 'Billie Eilish' });
    expect(calls).toHaveLength(2);
  });

  it('an error inside a 200 body is an error, and "not in your plan" says so', async () => {
    const { fetch } = scriptedFetch([
      json(200, { items: [], errors: [{ key: 'access', code: 404, message: 'Not found.' }] }),
      json(403, { errors: [{ key: 'access', code: 403, message: 'This endpoint is not included in your current plan' }] }),
    ]);
    const sc = new Soundcharts({ appId: 'app-1', apiKey: 'key-1234', fetch, rateLimit: false });
    expect(await failure(sc.artists.get(BILLIE))).toBeInstanceOf(NotFoundError);
    const plan = await failure(sc.artists.get(BILLIE));
    expect(plan).toBeInstanceOf(PermissionDeniedError);
    expect(plan.message).toMatch(/not included in your Soundcharts plan/);
  });
});

describe('pagination', () => {
  it('follows page.next across several pages and exposes related on each page', async () => {
    const sandbox = createSandbox();
    const sc = Soundcharts.sandbox({ fetch: sandbox.fetch, rateLimit: false });
    const sizes: number[] = [];
    for await (const page of sc.artists.songs(BILLIE, { sortBy: 'releaseDate', sortOrder: 'desc', limit: 100 }).pages()) {
      sizes.push(page.items.length);
      expect(page.related).toMatchObject({ uuid: BILLIE });
    }
    expect(sizes).toEqual([100, 100, 50]);
    const paths = sandbox.requestsTo('soundcharts').map((r) => `${r.path}?${r.query}`);
    expect(paths[1]).toMatch(/offset=100/);
    let n = 0;
    for await (const song of sc.artists.songs(BILLIE)) {
      expect(song.uuid).toBeTypeOf('string');
      n++;
    }
    expect(n).toBe(250);
  });

  it('stops on an empty page that claims more and on a repeated next link', async () => {
    const page = (items: unknown[], next: string | null) => json(200, { items, page: { offset: 0, limit: 1, total: 99, next, previous: null }, related: { uuid: BILLIE, name: 'Billie Eilish' }, errors: [] });
    const repeat = `/api/v2.21/artist/${BILLIE}/songs?offset=1&limit=1`;
    const a = scriptedFetch([page([{ uuid: 's1', name: 'a' }], repeat), page([{ uuid: 's2', name: 'b' }], repeat)], json(500, 'not asked'));
    const sc = new Soundcharts({ appId: 'app-1', apiKey: 'key-1234', fetch: a.fetch, rateLimit: false });
    expect(await sc.artists.songs(BILLIE).toArray({ limit: 100 })).toHaveLength(2);
    expect(a.calls).toHaveLength(2);
    const b = scriptedFetch([page([], repeat)], json(500, 'not asked'));
    const sc2 = new Soundcharts({ appId: 'app-1', apiKey: 'key-1234', fetch: b.fetch, rateLimit: false });
    expect(await sc2.artists.songs(BILLIE).toArray({ limit: 100 })).toEqual([]);
    expect(b.calls).toHaveLength(1);
  });

  it('bad input is rejected before sending: limits, UUIDs, batch size', async () => {
    const { fetch, calls } = scriptedFetch([]);
    const sc = new Soundcharts({ appId: 'app-1', apiKey: 'key-1234', fetch, rateLimit: false });
    await expect(sc.artists.songs(BILLIE, { limit: 101 })).rejects.toThrow(/"limit"/);
    await expect(sc.artists.get('not-a-uuid')).rejects.toThrow(/UUID/);
    await expect(sc.search.artists('billie', { limit: 21 })).rejects.toThrow(/"limit"/);
    const eleven = Array.from({ length: 11 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`).join(',');
    await expect(sc.artists.getMany(eleven)).rejects.toThrow(/uuids/);
    expect(calls).toHaveLength(0);
  });
});
