/**
 * The generic token manager against a fake token endpoint (single flight, refresh before expiry,
 * forced refresh + one replay after a 401, pluggable store, rejected credentials), exercised through
 * the Chartmetric client, which uses it.
 */
import { describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { MemoryTokenStore } from '../../src/core/auth/token-store.js';
import { TokenManager } from '../../src/core/auth/token-manager.js';
import { Redactor } from '../../src/core/redact.js';
import { AuthenticationError } from '../../src/errors.js';
import { failure, json } from '../support/scripted.js';

const REFRESH = 'refresh-SECRET-0123456789';

/** A fake Chartmetric: a token endpoint and one data route; tokens can be revoked. */
function fakeChartmetric(opts: { ttl?: number; tokenDelay?: number; alwaysUnauthorized?: boolean } = {}) {
  let minted = 0;
  const valid = new Set<string>();
  const seen: string[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const req = new Request(input, init);
    const url = new URL(req.url);
    if (url.pathname === '/api/token') {
      const body = (await req.json()) as { refreshtoken: string };
      if (opts.tokenDelay) await new Promise((r) => setTimeout(r, opts.tokenDelay));
      if (body.refreshtoken !== REFRESH) return json(401, { error: 'bad refresh token' }, { 'x-ratelimit-limit': 'false' });
      const token = `access-TOKEN-${++minted}`;
      valid.add(token);
      return json(200, { token, expires_in: opts.ttl ?? 3600, refresh_token: REFRESH, scope: 'api' });
    }
    const token = req.headers.get('authorization')?.replace('Bearer ', '') ?? '';
    seen.push(token);
    if (opts.alwaysUnauthorized || !valid.has(token)) return json(401, { error: 'Session token not found or was expired.' });
    return json(200, { obj: { ok: true } }, { 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '49', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) });
  };
  return { fetch, seen, valid, minted: () => minted };
}

const cmFor = (f: ReturnType<typeof fakeChartmetric>, extra: Record<string, unknown> = {}) =>
  new Chartmetric({ refreshToken: REFRESH, fetch: f.fetch, rateLimit: false, ...extra });

describe('token manager', () => {
  it('runs one exchange for 50 concurrent calls (single flight)', async () => {
    const f = fakeChartmetric({ tokenDelay: 20 });
    const cm = cmFor(f);
    const results = await Promise.all(Array.from({ length: 50 }, () => cm.request({ method: 'GET', path: '/api/x' })));
    expect(results).toHaveLength(50);
    expect(f.minted()).toBe(1);
    expect(cm.tokenExchanges).toBe(1);
    expect(new Set(f.seen)).toEqual(new Set(['access-TOKEN-1']));
  });

  it('reuses the token until shortly before expiry, then refreshes', async () => {
    let now = 1_000_000;
    let mints = 0;
    const manager = new TokenManager({
      key: 'k',
      store: new MemoryTokenStore(),
      redactor: new Redactor(),
      now: () => now,
      refreshMargin: 60_000,
      mint: async () => ({ token: `t${++mints}`, expiresIn: 3600 }),
    });
    expect(await manager.token()).toBe('t1');
    now += 3600_000 - 61_000; // just outside the margin
    expect(await manager.token()).toBe('t1');
    now += 2_000; // inside the refresh margin
    expect(await manager.token()).toBe('t2');
    expect(mints).toBe(2);
  });

  it('on a 401 re-mints once and replays once', async () => {
    const f = fakeChartmetric();
    const cm = cmFor(f);
    await cm.request({ method: 'GET', path: '/api/x' });
    f.valid.clear(); // the server forgets the token (expired early)
    await expect(cm.request({ method: 'GET', path: '/api/x' })).resolves.toEqual({ ok: true });
    expect(f.minted()).toBe(2);
    expect(f.seen).toEqual(['access-TOKEN-1', 'access-TOKEN-1', 'access-TOKEN-2']);
  });

  it('never loops: a second 401 becomes an AuthenticationError naming the remaining causes', async () => {
    const f = fakeChartmetric({ alwaysUnauthorized: true });
    const cm = cmFor(f);
    const err = await failure(cm.request({ method: 'GET', path: '/api/artist/1/playlists' }));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err.message).toMatch(/freshly minted token/);
    expect(err.message).toMatch(/not part of the public developer API|plan/);
    expect(f.seen).toHaveLength(2); // the call and exactly one replay
    expect(f.minted()).toBe(2);
  });

  it('concurrent 401s with the same token share one renewal (no stampede)', async () => {
    const f = fakeChartmetric({ tokenDelay: 10 });
    const cm = cmFor(f);
    await cm.request({ method: 'GET', path: '/api/x' });
    f.valid.clear();
    await Promise.all(Array.from({ length: 20 }, () => cm.request({ method: 'GET', path: '/api/x' })));
    expect(f.minted()).toBe(2);
  });

  it('shares tokens between clients through a tokenStore', async () => {
    const f = fakeChartmetric();
    const store = new MemoryTokenStore();
    await cmFor(f, { tokenStore: store }).request({ method: 'GET', path: '/api/x' });
    await cmFor(f, { tokenStore: store }).request({ method: 'GET', path: '/api/x' });
    expect(f.minted()).toBe(1);
  });

  it('a bad refresh token is an AuthenticationError at once, with no secret anywhere', async () => {
    const f = fakeChartmetric();
    const cm = new Chartmetric({ refreshToken: 'wrong-refresh-SECRET-999', fetch: f.fetch, rateLimit: false });
    const err = await failure(cm.request({ method: 'GET', path: '/api/x' }));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err.message).toMatch(/refresh token/);
    expect(f.seen).toHaveLength(0);
    for (const text of [err.message, JSON.stringify(err), inspect(err, { depth: 10 }), String(err.stack)]) {
      expect(text).not.toContain('wrong-refresh-SECRET-999');
    }
  });
});
