import { describe, expect, it } from 'vitest';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { InvalidParamsError, ResponseValidationError } from '../../src/errors.js';
import { checkBaseUrl, fillPath, resolveLink } from '../../src/core/url.js';
import { serializeQuery } from '../../src/core/query.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';
import { failure, json, scriptedFetch } from '../support/scripted.js';

describe('URL safety', () => {
  it('requires https except for loopback', () => {
    expect(checkBaseUrl('https://api.example.com/')).toBe('https://api.example.com');
    expect(checkBaseUrl('http://127.0.0.1:8080/chartmogul')).toBe('http://127.0.0.1:8080/chartmogul');
    expect(checkBaseUrl('http://localhost:3000')).toBe('http://localhost:3000');
    expect(() => checkBaseUrl('http://api.example.com')).toThrow(InvalidParamsError);
    expect(() => checkBaseUrl('ftp://x')).toThrow(/https/);
    expect(() => checkBaseUrl('not a url')).toThrow(InvalidParamsError);
    expect(() => checkBaseUrl('https://user:pass@api.example.com')).toThrow(/credentials/);
    expect(() => new ChartMogul({ apiKey: 'k123456', baseUrl: 'http://evil.example.com' })).toThrow(InvalidParamsError);
  });

  it('encodes path segments so no id changes the route', () => {
    expect(fillPath('/api/artist/{id}', { id: '../../admin' })).toBe('/api/artist/..%2F..%2Fadmin');
    expect(fillPath('/x/{id}', { id: 'a?b#c%d e+f' })).toBe('/x/a%3Fb%23c%25d%20e%2Bf');
    expect(() => fillPath('/x/{id}', { id: '..' })).toThrow(InvalidParamsError);
    expect(() => fillPath('/x/{id}', { id: '' })).toThrow(InvalidParamsError);
  });

  it('follows only same-origin page links', () => {
    expect(resolveLink('http://127.0.0.1:9/soundcharts', '/api/v2.21/artist/x/songs?offset=100')).toBe('http://127.0.0.1:9/soundcharts/api/v2.21/artist/x/songs?offset=100');
    expect(() => resolveLink('https://customer.api.soundcharts.com', 'https://evil.example.com/steal')).toThrow(InvalidParamsError);
    expect(() => resolveLink('https://customer.api.soundcharts.com', '//evil.example.com/x')).toThrow(InvalidParamsError);
  });

  it('serializes queries in each API form', () => {
    expect(serializeQuery({ geo: ['US', 'GB'], plans: ['Gold Plan'] }, (k) => k, 'comma')).toBe('geo=US,GB&plans=Gold%20Plan');
    expect(serializeQuery({ code2: ['US', 'GB'], latest: true }, (k) => k, 'brackets')).toBe('code2[]=US&code2[]=GB&latest=true');
    expect(serializeQuery({ a: undefined, b: null, c: [] }, (k) => k, 'comma')).toBe('');
    expect(serializeQuery({ q: 'a&b=c' }, (k) => k, 'comma')).toBe('q=a%26b%3Dc');
  });

  it('the escape hatch refuses dot segments and embedded queries', async () => {
    const { fetch, calls } = scriptedFetch([]);
    const mogul = new ChartMogul({ apiKey: 'k123456', fetch, rateLimit: false });
    for (const path of ['/v1/../admin', 'v1/ping', '//evil.example.com/x', '/v1/ping?x=1']) {
      await expect(mogul.request({ method: 'GET', path })).rejects.toBeInstanceOf(InvalidParamsError);
    }
    expect(calls).toHaveLength(0);
  });
});

describe('ChartMogul bad input fails before sending, naming the parameter', () => {
  const bad: Array<[string, Record<string, unknown>, RegExp]> = [
    ['startDate', { endDate: '2025-01-31' }, /"startDate" is required/],
    ['endDate', { startDate: '2025-01-01' }, /"endDate" is required/],
    ['startDate', { startDate: '2025-02-30', endDate: '2025-03-01' }, /"startDate" expected a date as 'YYYY-MM-DD'/],
    ['startDate', { startDate: '01/02/2025', endDate: '2025-03-01' }, /YYYY-MM-DD/],
    ['startDate', { startDate: '2025-03-01', endDate: '2025-01-01' }, /"startDate" \(2025-03-01\) must not be after "endDate"/],
    ['interval', { startDate: '2025-01-01', endDate: '2025-02-01', interval: 'fortnight' }, /"interval" expected one of 'day', 'week', 'month', 'quarter', 'year'/],
    ['geo', { startDate: '2025-01-01', endDate: '2025-02-01', geo: 'US' }, /"geo"/],
    ['geo[1]', { startDate: '2025-01-01', endDate: '2025-02-01', geo: ['US', 'usa'] }, /"geo\[1\]" expected an ISO 3166-1 alpha-2/],
    ['plans', { startDate: '2025-01-01', endDate: '2025-02-01', plans: [] }, /"plans"/],
    ['filters', { startDate: '2025-01-01', endDate: '2025-02-01', filters: '' }, /"filters"/],
    ['start_date', { start_date: '2025-01-01', endDate: '2025-02-01' }, /"start_date" is not a parameter/],
  ];
  for (const [param, params, message] of bad) {
    it(`rejects bad ${param}`, async () => {
      const { fetch, calls } = scriptedFetch([]);
      const mogul = new ChartMogul({ apiKey: 'k123456', fetch, rateLimit: false });
      const err = await failure(mogul.metrics.mrr(params as never));
      expect(err).toBeInstanceOf(InvalidParamsError);
      expect(err.message).toMatch(message);
      expect((err as unknown as InvalidParamsError).issues.map((i) => i.param)).toContain(param.replace(/\[.*/, '') === param ? param : param);
      expect(calls).toHaveLength(0);
    });
  }
  it('rejects bad options and constructor input clearly', async () => {
    expect(() => new ChartMogul({} as never)).toThrow(/apiKey/);
    expect(() => new ChartMogul({ apiKey: 'k123456', timeout: -1 })).toThrow(/timeout/);
    expect(() => new ChartMogul({ apiKey: 'k123456', validation: 'loose' as never })).toThrow(/validation/);
    const mogul = new ChartMogul({ apiKey: 'k123456', fetch: scriptedFetch([]).fetch });
    await expect(mogul.ping({ maxRetries: 1.5 })).rejects.toThrow(/maxRetries/);
    await expect(mogul.activities.list({}).toArray({} as never)).rejects.toThrow(/limit/);
  });
});

describe('validation modes', () => {
  const wrong = () => json(200, { entries: [{ date: '2025-01-31', mrr: 'lots', 'percentage-change': 0 }], summary: { current: 1, previous: 1, 'percentage-change': 0 } });
  const range = { startDate: '2025-01-01', endDate: '2025-01-31' };

  it('strict: throws ResponseValidationError with the raw body', async () => {
    const { fetch } = scriptedFetch([wrong()]);
    const err = await failure(new ChartMogul({ apiKey: 'k123456', fetch, rateLimit: false }).metrics.mrr(range));
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err.message).toMatch(/entries\[0\]\.mrr/);
    expect((err.body as { entries: Array<{ mrr: unknown }> }).entries[0]!.mrr).toBe('lots');
  });

  it('strict: error.body is the body as received (ChartMogul keys not camelCased)', async () => {
    const { fetch } = scriptedFetch([wrong()]);
    const err = await failure(new ChartMogul({ apiKey: 'k123456', fetch, rateLimit: false }).metrics.mrr(range));
    const body = err.body as { entries: Array<Record<string, unknown>>; summary: Record<string, unknown> };
    expect(body.entries[0]).toEqual({ date: '2025-01-31', mrr: 'lots', 'percentage-change': 0 });
    expect(body.summary).toHaveProperty('percentage-change', 0);
    expect(body.summary).not.toHaveProperty('percentageChange');
  });

  it('warn: logs and returns the body as received', async () => {
    const warnings: string[] = [];
    const logger = { error() {}, info() {}, debug() {}, warn: (m: string) => warnings.push(m) };
    const { fetch } = scriptedFetch([wrong()]);
    const r = await new ChartMogul({ apiKey: 'k123456', fetch, rateLimit: false, validation: 'warn', logger, logLevel: 'warn' }).metrics.mrr(range);
    expect(r.entries[0]!.mrr).toBe('lots');
    expect(warnings.join()).toMatch(/does not match/);
  });

  it('off: skips parsing', async () => {
    const { fetch } = scriptedFetch([wrong()]);
    const r = await new ChartMogul({ apiKey: 'k123456', fetch, rateLimit: false, validation: 'off' }).metrics.mrr(range);
    expect(r.entries[0]!.mrr).toBe('lots');
  });

  it('numbers sent as strings are accepted and typed as numbers', async () => {
    const { fetch } = scriptedFetch([json(200, { entries: [{ date: '2025-01-31', mrr: '1500', 'percentage-change': '2.5' }], summary: { current: '1500', previous: 1400, 'percentage-change': 7.1 } })]);
    const r = await new ChartMogul({ apiKey: 'k123456', fetch, rateLimit: false }).metrics.mrr(range);
    expect(r.entries[0]!.mrr).toBe(1500);
    expect(r.summary?.current).toBe(1500);
  });

  it('a 200 with truncated JSON becomes a typed error with the raw text, never data', async () => {
    const { fetch } = scriptedFetch([new Response('{"entries":[{"da', { status: 200, headers: { 'content-type': 'application/json' } })], new Response('{"entries":[{"da', { status: 200, headers: { 'content-type': 'application/json' } }));
    const err = await failure(new ChartMogul({ apiKey: 'k123456', fetch, rateLimit: false, maxRetries: 1 }).metrics.mrr(range));
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err.body).toBe('{"entries":[{"da');
  });

  it('an HTML 404 becomes a NotFoundError, not a parse crash', async () => {
    const { fetch } = scriptedFetch([
      json(200, { token: 't', expires_in: 3600 }),
      new Response('<!DOCTYPE html><html><body><pre>Cannot GET /api/track/1/spotify/stats</pre></body></html>', { status: 404, headers: { 'content-type': 'text/html' } }),
    ]);
    const err = await failure(new Chartmetric({ refreshToken: 'r123456', fetch, rateLimit: false }).request({ method: 'GET', path: '/api/track/1/spotify/stats' }));
    expect(err.name).toBe('NotFoundError');
    expect(err.message).toMatch(/Cannot GET/);
  });
});

describe('pagination guards', () => {
  it('stops on an empty page that claims more, and on a repeated cursor', async () => {
    const pages = [
      json(200, { entries: [{ date: '2025-01-01T00:00:00Z', type: 'churn' }], has_more: true, cursor: 'A' }),
      json(200, { entries: [{ date: '2025-01-02T00:00:00Z', type: 'churn' }], has_more: true, cursor: 'A' }),
    ];
    const { fetch, calls } = scriptedFetch(pages, json(500, 'should not be asked'));
    const items = await new ChartMogul({ apiKey: 'k123456', fetch, rateLimit: false }).activities.list({}).toArray({ limit: 100 });
    expect(items).toHaveLength(2);
    expect(calls).toHaveLength(2);

    const empty = scriptedFetch([json(200, { entries: [], has_more: true, cursor: 'B' })], json(500, 'should not be asked'));
    const none = await new ChartMogul({ apiKey: 'k123456', fetch: empty.fetch, rateLimit: false }).activities.list({}).toArray({ limit: 100 });
    expect(none).toEqual([]);
    expect(empty.calls).toHaveLength(1);
  });

  it('iterates every page lazily, page by page and item by item', async () => {
    const sandbox = createSandbox();
    const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false });
    let n = 0;
    for await (const a of mogul.activities.list({ perPage: 100 })) {
      expect(a.type).toBeTypeOf('string');
      n++;
    }
    expect(n).toBe(450);
    const sizes: number[] = [];
    for await (const page of mogul.activities.list({ perPage: 200 }).pages()) sizes.push(page.items.length);
    expect(sizes).toEqual([200, 200, 50]);
    const before = sandbox.requests.length;
    expect(await mogul.activities.list({ perPage: 200 }).toArray({ limit: 5 })).toHaveLength(5);
    expect(sandbox.requests.length - before).toBe(1);
  });
});
