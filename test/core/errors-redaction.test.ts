import { describe, expect, it, vi } from 'vitest';
import { inspect } from 'node:util';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { Soundcharts } from '../../src/soundcharts/index.js';
import * as errors from '../../src/errors.js';
import { failure, json, scriptedFetch } from '../support/scripted.js';

const API_KEY = 'cmk_LIVE_SECRET_abcdef123456';

/** Everything an error exposes, deeply. */
function exposed(err: unknown): string {
  const parts = [String(err), JSON.stringify(err), inspect(err, { depth: 20, showHidden: true })];
  for (let c = (err as { cause?: unknown })?.cause, i = 0; c && i < 5; c = (c as { cause?: unknown }).cause, i++) parts.push(inspect(c, { depth: 20, showHidden: true }));
  return parts.join('\n');
}

describe('error hierarchy', () => {
  it('maps statuses to classes', async () => {
    const cases: Array<[number, new (...a: never[]) => unknown]> = [
      [400, errors.BadRequestError], [401, errors.AuthenticationError], [402, errors.PaymentRequiredError], [403, errors.PermissionDeniedError],
      [404, errors.NotFoundError], [409, errors.ConflictError], [422, errors.UnprocessableEntityError], [429, errors.RateLimitError], [500, errors.InternalServerError],
    ];
    for (const [status, Klass] of cases) {
      const { fetch } = scriptedFetch([json(status, { code: status, message: `m${status}`, param: null })]);
      const mogul = new ChartMogul({ apiKey: API_KEY, fetch, maxRetries: 0, rateLimit: false });
      const err = await failure(mogul.ping());
      expect(err).toBeInstanceOf(Klass);
      expect(err).toBeInstanceOf(errors.APIError);
      expect(err).toBeInstanceOf(errors.ChartstackError);
      expect(err).toMatchObject({ provider: 'chartmogul', status, message: expect.stringContaining(`m${status}`) });
    }
  });

  it('reads every documented ChartMogul error body shape', async () => {
    const bodies: Array<[unknown, string]> = [
      [{ code: 400, message: 'Parameter "name" is missing', param: 'name' }, 'Parameter "name" is missing'],
      [{ error: 'Data source not found' }, 'Data source not found'],
      [{ errors: { name: 'A name is required.' } }, 'name: A name is required.'],
      [{ name: ["Name can't be blank"], error_details: [{ param: 'name', code: 'blank', message: "Name can't be blank" }] }, "Name can't be blank"],
    ];
    for (const [body, text] of bodies) {
      const { fetch } = scriptedFetch([json(422, body)]);
      const err = await failure(new ChartMogul({ apiKey: API_KEY, fetch, rateLimit: false }).ping());
      expect(err.message).toContain(text);
      expect(err.body).toEqual(body);
    }
    const { fetch } = scriptedFetch([new Response('500 Internal Server Error', { status: 500, headers: { 'content-type': 'text/plain' } })]);
    const err = await failure(new ChartMogul({ apiKey: API_KEY, fetch, rateLimit: false, maxRetries: 0 }).ping());
    expect(err).toBeInstanceOf(errors.InternalServerError);
    expect(err.body).toBe('500 Internal Server Error');
  });

  it('keeps instanceof across copies of the classes (brand check, not prototype identity)', () => {
    const foreign = Object.create(null);
    Object.defineProperty(foreign, Symbol.for('chartstack.error.kinds'), { value: ['RateLimitError', 'APIError', 'ChartstackError'] });
    expect(foreign).toBeInstanceOf(errors.RateLimitError);
    expect(foreign).toBeInstanceOf(errors.APIError);
    expect(foreign).not.toBeInstanceOf(errors.NotFoundError);
  });
});

describe('secrets never leak', () => {
  it('ChartMogul API key: not in message, JSON, inspect, cause, headers or logs', async () => {
    const lines: string[] = [];
    const logger = { error: (...a: unknown[]) => lines.push(inspect(a)), warn: (...a: unknown[]) => lines.push(inspect(a)), info: (...a: unknown[]) => lines.push(inspect(a)), debug: (...a: unknown[]) => lines.push(inspect(a)) };
    const echo = (req: Request) => json(401, { message: `bad key ${API_KEY}`, header: req.headers.get('authorization') });
    const { fetch } = scriptedFetch([echo, new TypeError(`connect failed for ${API_KEY}`)], new TypeError(`connect failed for ${API_KEY}`));
    const mogul = new ChartMogul({ apiKey: API_KEY, fetch, rateLimit: false, logger, logLevel: 'debug' });
    const basic = btoa(`${API_KEY}:`);
    const e1 = await failure(mogul.ping());
    const e2 = await failure(mogul.ping());
    for (const e of [e1, e2]) {
      const text = exposed(e);
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(basic);
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(API_KEY);
    expect(inspect(mogul, { depth: 10, showHidden: true })).not.toContain(API_KEY);
    expect(JSON.stringify(mogul)).not.toContain(API_KEY);
  });

  it('Chartmetric refresh and access tokens, Soundcharts client secret and legacy key', async () => {
    const refresh = 'cm_REFRESH_SECRET_777777';
    const access = 'eyJ-ACCESS-TOKEN-888888';
    const { fetch } = scriptedFetch([json(200, { token: access, expires_in: 3600 }), json(500, { error: `server saw ${access} and ${refresh}` })], json(500, { error: access }));
    const cm = new Chartmetric({ refreshToken: refresh, fetch, rateLimit: false, maxRetries: 0 });
    const err = await failure(cm.request({ method: 'GET', path: '/api/artist/1' }));
    expect(exposed(err)).not.toMatch(new RegExp(`${refresh}|${access}`));

    const secret = 'sc_CLIENT_SECRET_999999';
    const sf = scriptedFetch([json(401, { error: 'invalid_client', error_description: `no ${secret}` })]);
    const sc = new Soundcharts({ clientId: 'client-id-1', clientSecret: secret, fetch: sf.fetch, rateLimit: false });
    const scErr = await failure(sc.request({ method: 'GET', path: '/api/v2.9/artist/x' }));
    expect(scErr).toBeInstanceOf(errors.AuthenticationError);
    expect(exposed(scErr)).not.toContain(secret);
    expect(exposed(scErr)).not.toContain(btoa(`client-id-1:${secret}`));

    const legacyKey = 'sc_LEGACY_KEY_555555';
    const lf = scriptedFetch([json(403, { errors: [{ key: 'access', code: 403, message: `key ${legacyKey} not allowed` }] })]);
    const legacy = new Soundcharts({ appId: 'my-app-id-1', apiKey: legacyKey, fetch: lf.fetch, rateLimit: false });
    const lErr = await failure(legacy.request({ method: 'GET', path: '/api/v2.9/artist/x' }));
    expect(exposed(lErr)).not.toContain(legacyKey);
    expect((lErr as unknown as errors.APIError).headers).not.toHaveProperty('x-api-key');
  });

  it('logs nothing by default', async () => {
    const spy = vi.spyOn(console, 'debug');
    const { fetch } = scriptedFetch([json(200, { data: 'pong!' })]);
    await new ChartMogul({ apiKey: API_KEY, fetch, rateLimit: false }).ping();
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
