/**
 * Fault injection against the sandbox, for every provider and both transports. Each case adds faults
 * to a fresh sandbox, makes one call and checks the properties of issue 6:
 * - the call settles, with the correct data (deep-equal to a fault-free call) or the expected typed
 *   error — never a bare TypeError/SyntaxError — and the raw body on errors that had one;
 * - the number of attempts is exactly what the case implies, and never above maxRetries + 1;
 * - it settles within the retry budget (and within the case's own bound);
 * - nothing is left as an unhandled rejection (checked once for the whole file).
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  ChartstackError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  ResponseValidationError,
} from '../../src/errors.js';
import type { Fault } from '../../src/testing/index.js';
import {
  FAULT_DEFAULTS,
  PROVIDERS,
  ROUTES,
  everywhere,
  expectedData,
  settle,
  trackUnhandledRejections,
  withTarget,
  type ProviderName,
  type TransportName,
  withLoadSlack,
} from './harness.js';

const unhandled = trackUnhandledRejections();
afterAll(() => {
  unhandled.stop();
  expect(unhandled.list).toEqual([]);
});

type ErrorClass = abstract new (...args: never[]) => Error;

interface FaultCase {
  name: string;
  /** Faults on the data route (`where: 'data'`, default) or on the token route. */
  where?: 'data' | 'token';
  faults: Array<Omit<Fault, 'provider' | 'path'>>;
  /** `'data'`: the correct data; else the error class. */
  outcome: 'data' | ErrorClass;
  /** Exact data (or token) requests expected. */
  attempts: number;
  /** Token requests expected, for token cases. */
  tokenAttempts?: number;
  /** What the error's raw body must look like. */
  body?: (body: unknown) => void;
  /** Lower bound on the duration (a wait that the server asked for). */
  minMs?: number;
  /** Upper bound on the duration. Default: retries × 1 s backoff cap + attempts × timeout + 1.5 s. */
  maxMs?: number;
  only?: ProviderName[];
}

const ALWAYS = Infinity;
const isHtml = (body: unknown) => expect(String(body)).toMatch(/<!DOCTYPE html>/);

/** 429/5xx with and without advice, once (recovered) and always (budget spent). */
const statusCases: FaultCase[] = [
  { name: '429 with Retry-After, once', faults: [{ status: 429, headers: { 'retry-after': '1' }, body: { error: 'slow down' } }], outcome: 'data', attempts: 2, minMs: 950 },
  {
    name: '429 with Retry-After, always',
    faults: [{ status: 429, headers: { 'retry-after': '1' }, body: { error: 'slow down' }, times: ALWAYS }],
    outcome: RateLimitError,
    attempts: 3,
    minMs: 1_900,
    maxMs: 4_500,
    body: (b) => expect(b).toEqual({ error: 'slow down' }),
  },
  { name: '429 without headers, once', faults: [{ status: 429 }], outcome: 'data', attempts: 2 },
  { name: '429 without headers, always', faults: [{ status: 429, body: { error: 'Too Many Requests' }, times: ALWAYS }], outcome: RateLimitError, attempts: 3, body: (b) => expect(b).toEqual({ error: 'Too Many Requests' }) },
  ...[500, 502, 503, 504].flatMap((status): FaultCase[] => [
    { name: `${status}, once`, faults: [{ status, body: { error: `server ${status}` } }], outcome: 'data', attempts: 2 },
    {
      name: `${status}, always`,
      faults: [{ status, body: { error: `server ${status}` }, times: ALWAYS }],
      outcome: InternalServerError,
      attempts: 3,
      body: (b) => expect(b).toEqual({ error: `server ${status}` }),
      // A 503 also pauses the credential's queue for 1 s each time.
      maxMs: status === 503 ? 5_000 : undefined,
    },
  ]),
];

/** Broken connections and slow servers: retried for reads, the timeout fires on stalls. */
const connectionCases: FaultCase[] = (['reset', 'reset-body', 'stall-headers', 'stall-body'] as const).flatMap((kind): FaultCase[] => {
  const error = kind.startsWith('stall') ? APITimeoutError : APIConnectionError;
  return [
    { name: `${kind}, once`, faults: [{ kind }], outcome: 'data', attempts: 2 },
    { name: `${kind}, always`, faults: [{ kind, times: ALWAYS }], outcome: error, attempts: 3, minMs: kind.startsWith('stall') ? 3 * FAULT_DEFAULTS.timeout - 50 : undefined },
  ];
});

/** Bodies that are not what they claim to be. */
const bodyCases: FaultCase[] = [
  { name: 'truncated JSON with 200, once', faults: [{ kind: 'truncate' }], outcome: 'data', attempts: 2 },
  {
    name: 'truncated JSON with 200, always',
    faults: [{ kind: 'truncate', times: ALWAYS }],
    outcome: ResponseValidationError,
    attempts: 3,
    body: (b) => {
      expect(typeof b).toBe('string');
      expect(() => JSON.parse(b as string)).toThrow();
      expect(b as string).toMatch(/^[[{]/);
    },
  },
  { name: 'HTML 502 page, once', faults: [{ kind: 'html' }], outcome: 'data', attempts: 2 },
  { name: 'HTML 502 page, always', faults: [{ kind: 'html', times: ALWAYS }], outcome: InternalServerError, attempts: 3, body: isHtml },
  { name: 'HTML page with 200 (a proxy login page)', faults: [{ kind: 'html', status: 200, times: ALWAYS }], outcome: ResponseValidationError, attempts: 1, body: isHtml },
  { name: 'HTML 404 page', faults: [{ kind: 'html', status: 404, times: ALWAYS }], outcome: NotFoundError, attempts: 1, body: isHtml },
  { name: 'JSON served as text/html', faults: [{ kind: 'content-type', times: ALWAYS }], outcome: 'data', attempts: 1 },
  { name: 'JSON served as application/octet-stream', faults: [{ kind: 'content-type', contentType: 'application/octet-stream', times: ALWAYS }], outcome: 'data', attempts: 1 },
  { name: 'JSON served with no content type', faults: [{ kind: 'content-type', contentType: '', times: ALWAYS }], outcome: 'data', attempts: 1 },
  { name: 'plain text "OK" with 200', faults: [{ status: 200, body: 'OK', times: ALWAYS }], outcome: ResponseValidationError, attempts: 1, body: (b) => expect(b).toBe('OK') },
  {
    name: 'a 200 whose JSON is valid but of the wrong shape',
    faults: [{ status: 200, body: [1, 2, 3], times: ALWAYS }],
    outcome: ResponseValidationError,
    attempts: 1,
    body: (b) => expect(b).toEqual([1, 2, 3]),
  },
  { name: 'server clock 1 h ahead on every response', faults: [{ kind: 'skew', skewMs: 3_600_000, times: ALWAYS }], outcome: 'data', attempts: 1 },
  { name: 'server clock 1 h behind on every response', faults: [{ kind: 'skew', skewMs: -3_600_000, times: ALWAYS }], outcome: 'data', attempts: 1 },
];

/** Soundcharts reports some errors inside a 200 (`errors: [...]`). */
const soundchartsErrors = (code: number) => ({ type: 'artist', object: null, errors: [{ code, key: code === 404 ? 'not_found' : 'internal', message: `error ${code} inside a 200` }] });
const soundchartsCases: FaultCase[] = [
  {
    name: 'a 200 carrying errors (404)',
    faults: [{ status: 200, body: soundchartsErrors(404), times: ALWAYS }],
    outcome: NotFoundError,
    attempts: 1,
    body: (b) => expect(b).toEqual(soundchartsErrors(404)),
    only: ['soundcharts'],
  },
  { name: 'a 200 carrying errors (500), once', faults: [{ status: 200, body: soundchartsErrors(500) }], outcome: 'data', attempts: 2, only: ['soundcharts'] },
  {
    name: 'a 200 carrying errors (500), always',
    faults: [{ status: 200, body: soundchartsErrors(500), times: ALWAYS }],
    outcome: InternalServerError,
    attempts: 3,
    body: (b) => expect(b).toEqual(soundchartsErrors(500)),
    only: ['soundcharts'],
  },
];

/** The token endpoint fails: the exchange has its own retries, the data call is not multiplied. */
const tokenCases: FaultCase[] = ([
  { name: 'token endpoint 500, once', where: 'token', faults: [{ status: 500 }], outcome: 'data', attempts: 1, tokenAttempts: 2 },
  { name: 'token endpoint 500, always', where: 'token', faults: [{ status: 500, body: { error: 'down' }, times: ALWAYS }], outcome: InternalServerError, attempts: 0, tokenAttempts: 3, body: (b) => expect(b).toEqual({ error: 'down' }) },
  { name: 'token endpoint 401', where: 'token', faults: [{ status: 401, body: { error: 'invalid_client' }, times: ALWAYS }], outcome: AuthenticationError, attempts: 0, tokenAttempts: 1 },
  { name: 'token endpoint resets, always', where: 'token', faults: [{ kind: 'reset', times: ALWAYS }], outcome: APIConnectionError, attempts: 0, tokenAttempts: 3 },
  { name: 'token endpoint stalls, always', where: 'token', faults: [{ kind: 'stall-headers', times: ALWAYS }], outcome: APITimeoutError, attempts: 0, tokenAttempts: 3 },
  { name: 'token endpoint HTML 502, always', where: 'token', faults: [{ kind: 'html', times: ALWAYS }], outcome: InternalServerError, attempts: 0, tokenAttempts: 3, body: isHtml },
  { name: 'token endpoint truncated, always', where: 'token', faults: [{ kind: 'truncate', times: ALWAYS }], outcome: ResponseValidationError, attempts: 0, tokenAttempts: 3 },
  { name: 'token endpoint 200 without a token', where: 'token', faults: [{ status: 200, body: { scope: 'api' }, times: ALWAYS }], outcome: ResponseValidationError, attempts: 0, tokenAttempts: 1 },
] satisfies FaultCase[]).map((c) => ({ ...c, only: ['chartmetric', 'soundcharts'] as ProviderName[] }));

/**
 * A 429 from a server whose clock is an hour off ours. The wait must follow the server's own clock
 * (its `Date` header): about a second, never an hour (which would overrun the budget) nor zero.
 */
function skewed429(skewMs: number): FaultCase[] {
  const label = skewMs > 0 ? 'ahead' : 'behind';
  const headersFor = (provider: ProviderName): Record<string, string> => {
    const serverNow = Date.now() + skewMs;
    const date = new Date(serverNow).toUTCString();
    if (provider === 'chartmetric') return { date, 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(serverNow / 1000) + 2) };
    return { date, 'retry-after': new Date(serverNow + 2_000).toUTCString() };
  };
  return PROVIDERS.map((provider) => ({
    name: `429 from a server clock 1 h ${label}`,
    faults: [{ status: 429, body: { error: 'Too Many Requests' }, headers: headersFor(provider) }],
    outcome: 'data' as const,
    attempts: 2,
    // Retry-After (an HTTP date, read on the server's clock) is waited out exactly. Chartmetric's
    // window slides: the queue holds one spacing interval, bounded by the reset read on the server's
    // clock — neither an hour nor the full 2 s.
    minMs: provider === 'chartmetric' ? 50 : 1_500,
    maxMs: provider === 'chartmetric' ? 1_500 : 4_000,
    only: [provider],
  }));
}

const CASES: FaultCase[] = [...statusCases, ...connectionCases, ...bodyCases, ...soundchartsCases, ...tokenCases];

function defaultMaxMs(c: FaultCase): number {
  const retries = Math.max(c.attempts, c.tokenAttempts ?? 0) - 1;
  return retries * 1_000 + Math.max(1, c.attempts + (c.tokenAttempts ?? 0)) * FAULT_DEFAULTS.timeout + 1_500;
}

async function runCase(c: FaultCase, provider: ProviderName, transport: TransportName): Promise<void> {
  const correct = await expectedData(provider);
  await withTarget(provider, transport, {}, async (t) => {
    const route = c.where === 'token' ? ROUTES[provider].token! : ROUTES[provider].data;
    for (const f of c.faults) t.sandbox.faults.add({ ...f, provider: route.provider, path: route.path } as Fault);

    const result = await settle(t.call());

    // Attempts: exactly as implied, never above maxRetries + 1.
    expect(t.attempts(), 'data requests').toBe(c.attempts);
    expect(t.attempts()).toBeLessThanOrEqual(FAULT_DEFAULTS.maxRetries + 1);
    if (c.tokenAttempts !== undefined) {
      expect(t.tokenAttempts(), 'token requests').toBe(c.tokenAttempts);
      expect(t.tokenAttempts()).toBeLessThanOrEqual(FAULT_DEFAULTS.maxRetries + 1);
    }
    // Settles in time: within the budget, and within the case's own bound (with room for a busy machine).
    expect(result.ms, 'duration').toBeLessThan(withLoadSlack(FAULT_DEFAULTS.retryBudget + FAULT_DEFAULTS.timeout));
    expect(result.ms, 'duration').toBeLessThan(withLoadSlack(c.maxMs ?? defaultMaxMs(c)));
    if (c.minMs !== undefined) expect(result.ms, 'duration').toBeGreaterThanOrEqual(c.minMs);

    if (c.outcome === 'data') {
      if (!result.ok) throw result.error;
      expect(result.value).toEqual(correct);
      return;
    }
    expect(result.ok, 'the call failed').toBe(false);
    const error = (result as { error: unknown }).error;
    expect(error).toBeInstanceOf(ChartstackError);
    expect(error).toBeInstanceOf(c.outcome);
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect((error as Error).message).not.toMatch(/^(fetch failed|terminated|Unexpected token|Unexpected end of JSON)/);
    if (c.body) {
      expect(error instanceof APIError || error instanceof ResponseValidationError).toBe(true);
      c.body((error as { body: unknown }).body);
    }
    if (error instanceof RateLimitError && c.faults[0]?.headers?.['retry-after']) expect(error.retryAfter).toBe(1);
  });
}

describe('faults, for every provider over sandbox.fetch and the loopback server', () => {
  it.concurrent.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => everywhere(c.only, (p, t) => runCase(c, p, t)));

  it.concurrent.each([3_600_000, -3_600_000].map((skew) => [skew > 0 ? 'ahead' : 'behind', skew] as const))(
    'a 429 from a server clock 1 h %s: the wait follows the server clock',
    (_label, skew) => everywhere(undefined, (p, t) => runCase(skewed429(skew).find((c) => c.only!.includes(p))!, p, t)),
  );
});

describe('the retry budget bounds the whole call', () => {
  it.concurrent('no wait is started that would overrun it', () =>
    everywhere(undefined, (provider, transport) =>
      // Each Retry-After is 1 s; a 1.5 s budget allows the first wait and refuses the second.
      withTarget(provider, transport, { client: { retryBudget: 1_500, maxRetries: 5 } }, async (t) => {
        t.sandbox.faults.add({ ...ROUTES[provider].data, status: 429, headers: { 'retry-after': '1' }, times: ALWAYS });
        const result = await settle(t.call());
        expect(result.ok).toBe(false);
        expect((result as { error: unknown }).error).toBeInstanceOf(RateLimitError);
        expect(t.attempts()).toBe(2);
        expect(result.ms).toBeLessThan(withLoadSlack(1_500 + FAULT_DEFAULTS.timeout));
      }),
    ),
  );

  it.concurrent('stalls end within the budget plus one attempt timeout', () =>
    everywhere(undefined, (provider, transport) =>
      withTarget(provider, transport, { client: { retryBudget: 1_000, maxRetries: 10, timeout: 300 } }, async (t) => {
        t.sandbox.faults.add({ ...ROUTES[provider].data, kind: 'stall-headers', times: ALWAYS });
        const result = await settle(t.call());
        expect((result as { error: unknown }).error).toBeInstanceOf(APITimeoutError);
        expect(result.ms).toBeLessThan(withLoadSlack(1_000 + 300 + 250));
        expect(t.attempts()).toBeGreaterThanOrEqual(2);
        expect(t.attempts()).toBeLessThanOrEqual(11);
      }),
    ),
  );
});

describe('a server clock an hour off, under the enforced Chartmetric limit', () => {
  it.concurrent.each([3_600_000, -3_600_000])('skew %d ms: 429 waits follow the server clock, every call succeeds', (skewMs) =>
    everywhere(['chartmetric'], (provider, transport) =>
      // No client pacing, so the server's limit is hit and every 429's X-RateLimit-Reset is read.
      withTarget(provider, transport, { sandbox: { enforceRateLimits: true, limits: { chartmetricPerSecond: 4 } }, client: { rateLimit: false, maxRetries: 6 } }, async (t) => {
        t.sandbox.faults.add({ provider: 'chartmetric', kind: 'skew', skewMs, times: ALWAYS });
        const started = performance.now();
        const results = await Promise.allSettled(Array.from({ length: 10 }, () => t.call()));
        const ms = performance.now() - started;
        expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
        // 10 calls at 4/s need about 2–3 s of waiting: not an hour (ahead), and not a hammering loop (behind).
        expect(ms).toBeLessThan(withLoadSlack(10_000));
        expect(t.attempts()).toBeLessThan(10 * 3);
      }),
    ),
  );
});
