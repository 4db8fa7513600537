/**
 * The sandbox: one faithful fake of the three APIs (DESIGN.md, "The sandbox"). It is a plain
 * `Request → Response` function at heart, so the same handlers serve three ways:
 * - `sandbox.fetch`: pass it as the client's `fetch` (no network at all; works in every runtime);
 * - `await sandbox.mswHandlers()`: msw handlers for the real API hosts, for tests that intercept fetch;
 * - `await sandbox.listen()`: a loopback HTTP server (Node), which undici and other processes can reach.
 * Data is seeded and deterministic; auth, envelopes, rate-limit headers and errors follow the references;
 * rate-limit enforcement is switchable; faults are scriptable.
 */
import type { FetchLike } from '../core/transport/types.js';
import { seededRandom } from './data.js';
import { FAULTS_ON_REAL_RESPONSE, Faults, type ActiveFault } from './faults.js';

export interface SandboxEnv {
  readonly seed: number;
  /** The sandbox clock (real time unless `now` was given). */
  now(): number;
  /** Whether documented rate limits are enforced with 429s. */
  readonly enforceRateLimits: boolean;
  /** Simulated processing time per request, ms. */
  readonly latencyMs: number;
  readonly limits: Required<SandboxLimits>;
}

/** Provider limits the sandbox reports in headers and, with `enforceRateLimits`, enforces. */
export interface SandboxLimits {
  /** Chartmetric requests per second per account (`X-RateLimit-Limit`). Default 25. */
  chartmetricPerSecond?: number;
  /** Soundcharts requests per minute before a rate-limit 429. Default 5000. */
  soundchartsPerMinute?: number;
  /** Soundcharts quota per credential (`x-quota-remaining` counts down from it). Default 100000. */
  soundchartsQuota?: number;
  /** Lifetime of minted access tokens, seconds. Default 3600. */
  tokenTtlSeconds?: number;
}

/** One provider's fake API. */
export interface ProviderSandbox {
  /** Name used for routing, faults and loopback prefixes (`chartmogul`, `soundcharts-account`, …). */
  readonly name: string;
  /** The real API origins it stands in for (`https://api.chartmogul.com`). */
  readonly origins: readonly string[];
  handle(req: Request, env: SandboxEnv): Promise<Response>;
}

export interface SandboxOptions {
  /** Seed of the generated data. Default 42. */
  seed?: number;
  /** Enforce documented rate limits (429s). Default false. */
  enforceRateLimits?: boolean;
  /** Simulated processing time per request, ms, after the request is counted. Default 0. */
  latencyMs?: number;
  /**
   * Network delay on the way in: each request waits this long before the fake sees it — before it
   * is counted against a rate limit, as a real server counts requests when they arrive. A number of
   * ms, or a range drawn per request from a generator seeded by `seed` (the same seed gives the same
   * sequence of delays). Use it to reproduce uneven networks: `{ minMs: 0, maxMs: 150 }`.
   */
  latency?: number | SandboxLatency;
  /** A fixed clock for the data (rate-limit windows always use real time). */
  now?: () => number;
  limits?: SandboxLimits;
}

/** A per-request network delay drawn from a distribution. */
export interface SandboxLatency {
  minMs: number;
  maxMs: number;
  /**
   * `'uniform'` (default): any delay in the range equally likely. `'exponential'`: most requests near
   * `minMs`, a long tail towards `maxMs` (mean a fifth of the way), as on a congested link.
   */
  distribution?: 'uniform' | 'exponential';
}

/** A request as the sandbox received it (for assertions in tests). */
export interface RecordedRequest {
  provider: string;
  method: string;
  /** The provider path, without any loopback prefix (`/v1/metrics/mrr`). */
  path: string;
  /** The raw query string, without `?`. */
  query: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export class Sandbox {
  readonly faults = new Faults();
  /** Every request received, oldest first. */
  readonly requests: RecordedRequest[] = [];
  readonly env: SandboxEnv;
  #providers: ProviderSandbox[];
  /** Keep at most this many recorded requests (benchmarks send hundreds of thousands). */
  maxRecorded = 10_000;
  /** Draws each request's network delay (none without the `latency` option). */
  #delay: (() => number) | undefined;

  constructor(providers: ProviderSandbox[], options: SandboxOptions = {}) {
    this.#providers = providers;
    const clock = options.now ?? Date.now;
    this.env = {
      seed: options.seed ?? 42,
      now: clock,
      enforceRateLimits: options.enforceRateLimits ?? false,
      latencyMs: options.latencyMs ?? 0,
      limits: {
        chartmetricPerSecond: options.limits?.chartmetricPerSecond ?? 25,
        soundchartsPerMinute: options.limits?.soundchartsPerMinute ?? 5000,
        soundchartsQuota: options.limits?.soundchartsQuota ?? 100_000,
        tokenTtlSeconds: options.limits?.tokenTtlSeconds ?? 3600,
      },
    };
    this.#delay = delayDrawer(options.latency, this.env.seed);
  }

  /** A `fetch` that answers from the sandbox, routing by the real API origins. */
  readonly fetch: FetchLike = async (input, init) => {
    const req = input instanceof Request && !init ? input : new Request(input, init);
    const outcome = await this.dispatch(req);
    // The caller's own signal, not `req.signal`: a Request's signal follows the caller's through a weak
    // reference, so once the Request is garbage-collected a stalled fault would never hear the abort.
    if (outcome.fault) return fetchFault(outcome.fault, outcome.response, init?.signal ?? req.signal);
    return outcome.response!;
  };

  /** The provider that answers for a URL, and the URL it would have on the real API. */
  resolve(url: URL): { provider: ProviderSandbox; canonical: URL } | undefined {
    for (const p of this.#providers) {
      if (p.origins.includes(url.origin)) return { provider: p, canonical: url };
      const prefix = `/${p.name}/`;
      if (url.pathname.startsWith(prefix)) {
        const canonical = new URL(url.pathname.slice(prefix.length - 1) + url.search, p.origins[0]);
        return { provider: p, canonical };
      }
    }
    return undefined;
  }

  /** @internal Routes one request; a fault, if one matches, is returned for the caller's transport to act out. */
  async dispatch(req: Request): Promise<{ response?: Response; fault?: ActiveFault }> {
    const delay = this.#delay?.();
    if (delay) await arrival(delay, req.signal);
    const url = new URL(req.url);
    const target = this.resolve(url);
    if (!target) return { response: Response.json({ error: `No sandbox provider for ${url.origin}${url.pathname}` }, { status: 404 }) };
    const { provider, canonical } = target;
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await req.clone().text();
    if (this.requests.length >= this.maxRecorded) this.requests.shift();
    this.requests.push({
      provider: provider.name,
      method: req.method,
      path: canonical.pathname,
      query: canonical.search.replace(/^\?/, ''),
      headers: Object.fromEntries(req.headers),
      body,
    });
    const fault = this.faults.take(provider.name, req.method, canonical.pathname);
    const forward = new Request(canonical, { method: req.method, headers: req.headers, body: body ?? null, signal: req.signal });
    if (fault) {
      if (FAULTS_ON_REAL_RESPONSE.has(fault.kind)) return { fault, response: await provider.handle(forward, this.env) };
      if (fault.kind === 'echo') return { fault, response: echoResponse(fault, req, body) };
      return { fault };
    }
    return { response: await provider.handle(forward, this.env) };
  }

  /** Invalidates every access token the sandbox issued (as if they all expired server-side). */
  expireTokens(): void {
    for (const p of this.#providers) (p as { expireTokens?: () => void }).expireTokens?.();
  }

  /** Requests recorded for one provider. */
  requestsTo(provider: string): RecordedRequest[] {
    return this.requests.filter((r) => r.provider === provider);
  }

  /** msw request handlers for every provider origin (msw must be installed: it is a peer dependency). */
  async mswHandlers(): Promise<unknown[]> {
    const { http, passthrough } = await import('msw');
    return this.#providers.flatMap((p) =>
      p.origins.map((origin) =>
        http.all(`${origin}/*`, async ({ request }) => {
          const outcome = await this.dispatch(request);
          if (!outcome.fault) return outcome.response ?? passthrough();
          return fetchFault(outcome.fault, outcome.response, request.signal);
        }),
      ),
    );
  }

  /**
   * Starts a loopback HTTP server (Node only) serving every provider under a prefix:
   * `baseUrl('chartmogul')` → `http://127.0.0.1:<port>/chartmogul`.
   */
  async listen(port = 0): Promise<LoopbackServer> {
    const { startLoopback } = await import('./loopback.js');
    return startLoopback(this, port);
  }
}

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** The base URL to give a client of this provider. */
  baseUrl(provider: 'chartmogul' | 'chartmetric' | 'soundcharts' | 'soundcharts-account'): string;
  close(): Promise<void>;
}

/** The `latency` option as a function drawing one delay per request (ms), or undefined for none. */
function delayDrawer(latency: SandboxOptions['latency'], seed: number): (() => number) | undefined {
  if (latency === undefined || latency === 0) return undefined;
  if (typeof latency === 'number') return () => latency;
  const { minMs, maxMs, distribution = 'uniform' } = latency;
  if (!(maxMs >= minMs && minMs >= 0)) throw new RangeError(`Invalid sandbox latency: expected 0 <= minMs <= maxMs, got ${minMs}..${maxMs}.`);
  const random = seededRandom(seed ^ 0x1a7e);
  const span = maxMs - minMs;
  if (distribution === 'exponential') {
    // Mean span / 5, cut at maxMs.
    return () => minMs + Math.min(span, (-Math.log(1 - random()) * span) / 5);
  }
  return () => minMs + random() * span;
}

/** Waits out a request's network delay (the client may give up meanwhile). */
function arrival(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** The `echo` fault's answer: the request as the server saw it, credentials included. */
function echoResponse(fault: ActiveFault, req: Request, body: string | undefined): Response {
  const echoed = { error: 'echo', method: req.method, url: req.url, headers: Object.fromEntries(req.headers), body: body ?? null };
  return Response.json(echoed, { status: fault.status ?? 400, headers: { ...fault.headers } });
}

/** The real response as a server `skewMs` off our clock would send it. */
function skewed(real: Response, skewMs: number): Response {
  const headers = new Headers(real.headers);
  const serverNow = Date.now() + skewMs;
  headers.set('date', new Date(serverNow).toUTCString());
  for (const name of ['x-ratelimit-reset', 'ratelimit-reset']) {
    const v = Number(headers.get(name));
    // Only epoch seconds move with the clock; a delta in seconds (Soundcharts) does not.
    if (headers.has(name) && Number.isFinite(v) && v > 1e9) headers.set(name, String(Math.round(v + skewMs / 1000)));
  }
  const retryAt = Date.parse(headers.get('retry-after') ?? '');
  if (!Number.isNaN(retryAt)) headers.set('retry-after', new Date(retryAt + skewMs).toUTCString());
  return new Response(real.body, { status: real.status, headers });
}

/** A stream of `text` up to `cut` characters that then fails the way a dropped connection does. */
function cutStream(text: string, cut: number): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text.slice(0, cut)));
      controller.error(Object.assign(new TypeError('terminated'), { cause: Object.assign(new Error('other side closed'), { code: 'ECONNRESET' }) }));
    },
  });
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Acts out a fault for `fetch`-based clients. */
export function fetchFault(fault: ActiveFault, real: Response | undefined, signal: AbortSignal): Promise<Response> {
  switch (fault.kind) {
    case 'reset':
      return Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) }));
    case 'stall-headers':
      return new Promise((_, reject) => {
        if (signal.aborted) return reject(abortError(signal));
        signal.addEventListener('abort', () => reject(abortError(signal)), { once: true });
      });
    case 'stall-body': {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"partial":'));
          signal.addEventListener('abort', () => controller.error(abortError(signal)), { once: true });
        },
      });
      return Promise.resolve(new Response(stream, { status: 200, headers: { 'content-type': 'application/json' } }));
    }
    case 'truncate':
      return (real ?? Response.json({ ok: true })).text().then(
        (text) => new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), { status: 200, headers: { 'content-type': 'application/json' } }),
      );
    case 'reset-body': {
      const source = real ?? Response.json({ ok: true });
      return source.text().then((text) => {
        const headers = new Headers(source.headers);
        headers.delete('content-length');
        return new Response(cutStream(text, Math.floor(text.length / 2)), { status: source.status, headers });
      });
    }
    case 'content-type': {
      const source = real ?? Response.json({ ok: true });
      const headers = new Headers(source.headers);
      headers.set('content-type', fault.contentType ?? 'text/html; charset=utf-8');
      return Promise.resolve(new Response(source.body, { status: source.status, headers }));
    }
    case 'skew':
      return Promise.resolve(skewed(real ?? Response.json({ ok: true }), fault.skewMs ?? 0));
    case 'echo':
      return Promise.resolve(real ?? Response.json({ error: 'echo' }, { status: fault.status ?? 400 }));
    case 'html':
      return Promise.resolve(
        new Response(`<!DOCTYPE html><html><head><title>${fault.status ?? 502} Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>`, {
          status: fault.status ?? 502,
          headers: { 'content-type': 'text/html', ...fault.headers },
        }),
      );
    case 'status': {
      const body = fault.body === undefined ? null : typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body);
      const type = typeof fault.body === 'string' ? 'text/plain' : 'application/json';
      return Promise.resolve(new Response(body, { status: fault.status ?? 500, headers: { 'content-type': type, ...fault.headers } }));
    }
  }
}
