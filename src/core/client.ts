/**
 * The one pipeline (DESIGN.md, "The one pipeline"): every request of every provider flows through
 * `CoreClient`, in one direction —
 *   params validated and serialized → auth attaches credentials → limiter schedules → transport sends
 *   → response classified → retry loop → envelope unwrapped → validated → typed result or typed error.
 * Providers plug in a `ProviderSpec` (envelopes, error and rate-limit readers) and an auth strategy.
 */
import { APIPromise, ResponseView, type WithResponse } from './api-promise.js';
import { fingerprint, type AuthStrategy } from './auth/types.js';
import { cloneJson, ResponseCache } from './cache/layer.js';
import type { CacheEntry } from './cache/store.js';
import { Coalescer, type Flight } from './coalesce.js';
import type { AnyEndpoint, NextPage } from './endpoint.js';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  ChartstackError,
  InvalidParamsError,
  QuotaExceededError,
  ResponseValidationError,
  errorClassFor,
} from './errors.js';
import { Log } from './logger.js';
import { holdProcess } from './keep-alive.js';
import { pacerFor, type Pacer } from './limiter.js';
import type { CacheOptions, ClientOptions, RequestOptions, ValidationMode } from './options.js';
import { PagePromise, pagingFor } from './pagination.js';
import type { ErrorInfo, ProviderSpec, RateLimitInfo } from './provider.js';
import { serializeQuery } from './query.js';
import { Redactor } from './redact.js';
import { isRetryableStatus, markRetry, parseRetryAfter, withRetries } from './retry.js';
import { defaultTransport, platformName } from './transport/platform.js';
import { fetchTransport } from './transport/fetch.js';
import { AttemptSignal } from './transport/attempt-signal.js';
import { headerRecord, RecordHeaders, webHeaders, type ResponseHeaders } from './transport/headers.js';
import type { Transport } from './transport/types.js';
import { checkBaseUrl, fillPath, resolveLink } from './url.js';
import { newCounters, type ChartstackEvent, type EventListener, type Usage } from './usage.js';
import { pathParamsOf, validateParams, validateResponse } from './validate.js';
import { VERSION } from '../version.js';

/** A request ready to send. */
export interface PreparedRequest {
  method: string;
  url: string;
  /** The documented path template, for messages and logs. */
  route: string;
  body?: string | undefined;
  contentType?: string | undefined;
  headers?: Record<string, string> | undefined;
  /** Whether credentials are attached (false for the token exchange itself). */
  auth: boolean;
  idempotent: boolean;
  endpoint?: AnyEndpoint | undefined;
}

/** What the escape hatch `client.request()` takes. Names are sent exactly as given (wire names). */
export interface RawRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A concrete path such as `/api/artist/206557`; must start with `/`. */
  path: string;
  query?: Record<string, unknown>;
  body?: unknown;
}

/**
 * A successful read that several calls can each turn into a result of their own: the call that
 * fetched it keeps the result it decoded; every other caller, and every cache hit, makes its own
 * from `body` (or from the entry's decoded copy), so no two callers ever share an object. Also
 * where `execute` leaves the body text it parsed.
 */
interface Shared {
  status: number;
  url: string;
  /** The body as received. */
  body: string;
  /** The headers as the transport gave them (a fresh response). */
  headers: ResponseHeaders | undefined;
  /** The same headers as a plain record (built once, when first needed; a cache entry has only this). */
  record: Record<string, string> | undefined;
  requestId: string | undefined;
  rateLimit: RateLimitInfo | undefined;
  /** When it was stored, for a response that came from the cache. */
  storedAt: number | undefined;
  /** The cache entry it came from. */
  entry: CacheEntry | undefined;
}

/** A read in flight: the coalescer's record and the shared response in one object. */
type SharedFlight = Flight<WithResponse<unknown>> & Shared;

/** A read's business with the cache: where its entry lives, for how long, and its lookup in progress. */
interface CacheWork {
  cache: ResponseCache;
  key: string;
  ttl: number;
  lookup: Promise<CacheEntry | undefined> | undefined;
}

const TIMEOUT = Symbol('chartstack.timeout');
/**
 * Raw paths that a URL parser would turn into another route: dot segments (also percent-encoded,
 * `%2e%2e`, which WHATWG URLs resolve like `..`), `//`, `?`, `#`, backslashes (a separator in http
 * URLs) and control characters (tabs and newlines are stripped before parsing, so `.\n.` is `..`).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSAFE_RAW_PATH = /(^|\/)(\.|%2e){1,2}(\/|$)|\/\/|[?#\\\u0000-\u001f\u007f]/i;
/** An unpaired UTF-16 surrogate: URL parsers silently turn it into U+FFFD, a different path. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const DEFAULT_TIMEOUT = 60_000;
const DEFAULT_BUDGET = 5 * 60_000;
const isEmpty = (o: object): boolean => {
  for (const _ in o) return false;
  return true;
};

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid', 'x-correlation-id'];

const STATUS_ADVICE: Record<number, string> = {
  400: 'Check the parameters against the API reference.',
  401: 'Check the credentials you passed to the client.',
  402: 'Your plan or credits do not cover this call.',
  403: 'Your plan or key does not give access to this endpoint.',
  404: 'The resource does not exist, or the path is wrong.',
  409: 'The resource is in a conflicting state (it may already exist).',
  422: 'The request is well-formed but the API could not process it; see `details`.',
  429: 'The rate limit was hit; chartstack waits and retries, lower `rateLimit` if this persists.',
};

export class CoreClient {
  readonly spec: ProviderSpec;
  readonly baseUrl: string;
  readonly redactor: Redactor;
  readonly log: Log;
  readonly validation: ValidationMode;
  /** Whether this client talks to a sandbox (affects advice in messages). */
  sandbox = false;
  #auth: AuthStrategy | undefined;
  #transport: Transport & { close?(): Promise<void> };
  #timeout: number;
  #maxRetries: number;
  #budget: number;
  #options: ClientOptions;
  #pacer: Pacer | undefined;
  #endpointPacers = new Map<string, Pacer>();
  #baseHeaders: Record<string, string>;
  /** Identical reads in flight (undefined with `coalesce: false`). */
  #flights: Coalescer<WithResponse<unknown>, SharedFlight> | undefined;
  #cache: ResponseCache | undefined;
  /** What cache keys start with: provider, credential fingerprint, default headers (built on first use). */
  #keyScope: string | undefined;
  #usage = newCounters();
  #onEvent: EventListener | undefined;
  /** Decoded results of the cache entries this client served, by entry (see `#hit`). */
  #decoded = new WeakMap<CacheEntry, unknown>();
  /** Rate-limit state of the latest response. */
  rateLimit: RateLimitInfo = {};

  constructor(spec: ProviderSpec, options: ClientOptions, redactor = new Redactor()) {
    this.spec = spec;
    this.#options = options;
    this.redactor = redactor;
    this.baseUrl = checkBaseUrl(options.baseUrl ?? spec.defaultBaseUrl);
    this.#timeout = positive(options.timeout, 'timeout') ?? DEFAULT_TIMEOUT;
    this.#maxRetries = nonNegativeInt(options.maxRetries, 'maxRetries') ?? 2;
    this.#budget = positive(options.retryBudget, 'retryBudget') ?? DEFAULT_BUDGET;
    const validation = options.validation ?? 'strict';
    if (!['strict', 'warn', 'off'].includes(validation)) {
      throw new InvalidParamsError(`Invalid validation mode ${JSON.stringify(validation)}: expected 'strict', 'warn' or 'off'.`, [
        { param: 'validation', message: "expected 'strict', 'warn' or 'off'" },
      ]);
    }
    this.validation = validation;
    this.log = new Log(options.logger ?? console, options.logLevel, redactor, spec.name);
    this.#transport = options.fetch ? fetchTransport(options.fetch) : defaultTransport(this.#timeout);
    if (options.coalesce !== false) this.#flights = new Coalescer((signal) => this.#abortError(signal));
    if (options.cache) this.#cache = new ResponseCache(checkCache(options.cache), spec.cacheTtls, (m) => this.#operationalWarning(m));
    if (options.onEvent !== undefined && typeof options.onEvent !== 'function') {
      throw new InvalidParamsError('Invalid onEvent: expected a function (event) => void.', [{ param: 'onEvent', message: 'expected a function' }]);
    }
    this.#onEvent = options.onEvent;
    this.#baseHeaders = {
      ...options.defaultHeaders,
      accept: 'application/json',
      'user-agent': `chartstack/${VERSION} (${platformName}; ${spec.name})`,
    };
  }

  /** Installs the auth strategy (providers build it after the core, since minting uses the core). */
  setAuth(auth: AuthStrategy): void {
    this.#auth = auth;
  }

  get auth(): AuthStrategy | undefined {
    return this.#auth;
  }

  /** The limiter for this client's credential, created on first use. */
  pacer(): Pacer | undefined {
    if (this.#options.rateLimit === false) return undefined;
    if (this.#pacer) return this.#pacer;
    const user = this.#options.rateLimit ?? {};
    const key = `${this.spec.name}|${this.baseUrl}|${this.#auth?.credentialKey ?? 'anonymous'}`;
    return (this.#pacer = pacerFor(key, {
      perSecond: user.perSecond ?? this.spec.pacing.perSecond,
      maxConcurrent: user.maxConcurrent ?? this.spec.pacing.maxConcurrent,
      cap: user.perSecond,
      learn: this.spec.pacing.learn ?? false,
      window: this.spec.pacing.window,
      redis: user.redis,
      redisPrefix: this.#redisPrefix(),
      warn: (m) => this.#operationalWarning(m),
    }));
  }

  /**
   * The prefix of the shared limiter's Redis keys: the one the user gave, else the Redis token
   * store's (one prefix then covers every key chartstack writes), else `chartstack:`.
   */
  #redisPrefix(): string | undefined {
    const user = this.#options.rateLimit;
    if (user && user.prefix !== undefined) return user.prefix;
    const store = this.#options.tokenStore as { prefix?: unknown } | undefined;
    return typeof store?.prefix === 'string' ? store.prefix : undefined;
  }

  /**
   * A warning about degraded infrastructure (Redis failing over to local pacing). It is shown even when
   * logging is left at its silent default — the user opted into Redis — but an explicit level wins.
   */
  #operationalWarning(message: string): void {
    if (this.log.level !== 'off' || this.#options.logLevel !== undefined) this.log.warn(message);
    else (this.#options.logger ?? console).warn(`[chartstack:${this.spec.name}] ${this.redactor.text(message)}`);
  }

  #endpointPacer(endpoint: AnyEndpoint | undefined): Pacer | undefined {
    if (!endpoint?.maxPerSecond || this.#options.rateLimit === false) return undefined;
    let p = this.#endpointPacers.get(endpoint.id);
    if (!p) {
      const key = `${this.spec.name}|${this.baseUrl}|${this.#auth?.credentialKey ?? ''}|${endpoint.id}`;
      const redis = this.#options.rateLimit?.redis;
      p = pacerFor(key, {
        perSecond: endpoint.maxPerSecond,
        maxConcurrent: endpoint.maxPerSecond,
        learn: false,
        redis,
        redisPrefix: this.#redisPrefix(),
        warn: (m) => this.#operationalWarning(m),
      });
      this.#endpointPacers.set(endpoint.id, p);
    }
    return p;
  }

  // ---------- catalog methods ----------

  /** Calls a catalog endpoint with a method's arguments: path args, then params, then options. */
  call(endpoint: AnyEndpoint, args: unknown[]): APIPromise<unknown> | PagePromise<unknown, unknown> {
    const names = pathParamsOf(endpoint);
    const hasParams = Boolean(endpoint.query || endpoint.body);
    const params = hasParams ? args[names.length] : undefined;
    const options = ((hasParams ? args[names.length + 1] : args[names.length]) ?? {}) as RequestOptions;
    let prepared: { path: string; query: Record<string, unknown> | undefined; body: Record<string, unknown> | undefined; pathParams: Record<string, unknown> };
    let firstRequest: PreparedRequest;
    try {
      checkRequestOptions(options);
      const v = validateParams(endpoint, args.slice(0, names.length), params);
      prepared = { path: fillPath(endpoint.path, v.path), query: v.query, body: v.body, pathParams: v.path };
      // Encoded here, inside the try: text that cannot be encoded fails as bad input, before sending.
      firstRequest = this.#prepare(endpoint, this.#url(prepared.path, prepared.query ?? {}, endpoint), prepared.body);
    } catch (err) {
      const failed = Promise.reject(unencodable(err));
      return endpoint.paginate
        ? new PagePromise(failed, { params: {} }, endpoint.paginate, () => failed, () => undefined)
        : new APIPromise(failed);
    }
    const fetchOne = (next: NextPage) => {
      if (next === first) return this.#parsed(endpoint, firstRequest, options);
      try {
        const url =
          'url' in next
            ? resolveLink(this.baseUrl, next.url)
            : this.#url(prepared.path, next.params, endpoint);
        return this.#parsed(endpoint, this.#prepare(endpoint, url, prepared.body), options);
      } catch (err) {
        return Promise.reject(unencodable(err));
      }
    };
    const first: NextPage = { params: prepared.query ?? {} };
    if (endpoint.paginate) {
      return new PagePromise(() => fetchOne(first), first, pagingFor(endpoint.paginate, prepared.pathParams), fetchOne, (why) =>
        this.log.warn(`${endpoint.id}: ${why}`),
      );
    }
    return new APIPromise(fetchOne(first));
  }

  #url(path: string, query: Record<string, unknown> | undefined, endpoint?: AnyEndpoint): string {
    const qs = query
      ? serializeQuery(query, (k) => endpoint?.wire?.[k] ?? this.spec.wireName(k), endpoint?.arrayFormat ?? this.spec.arrayFormat)
      : '';
    return `${this.baseUrl}${path}${qs ? `?${qs}` : ''}`;
  }

  #prepare(endpoint: AnyEndpoint, url: string, body: Record<string, unknown> | undefined): PreparedRequest {
    let encoded: string | undefined;
    let contentType: string | undefined;
    if (body && endpoint.method !== 'GET') {
      const wire: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(body)) if (v !== undefined) wire[endpoint.wire?.[k] ?? this.spec.wireName(k)] = v;
      if (endpoint.bodyEncoding === 'form') {
        encoded = serializeQuery(wire, (k) => k, 'comma');
        contentType = 'application/x-www-form-urlencoded';
      } else {
        encoded = JSON.stringify(wire);
        contentType = 'application/json';
      }
    }
    return {
      method: endpoint.method,
      url,
      route: endpoint.path,
      body: encoded,
      contentType,
      auth: true,
      idempotent: endpoint.method !== 'POST' || Boolean(endpoint.idempotent),
      endpoint,
    };
  }

  /**
   * Sends and then unwraps, normalizes and validates per the client's validation mode. Reads may be
   * answered from the cache or share an identical call in flight instead (`#read`).
   */
  #parsed(endpoint: AnyEndpoint | undefined, req: PreparedRequest, options: RequestOptions): Promise<WithResponse<unknown>> {
    if ((this.#flights || this.#cache) && req.auth && (req.method === 'GET' || (req.method === 'POST' && req.idempotent))) {
      return this.#read(endpoint, req, options);
    }
    return this.#sent(endpoint, req, options);
  }

  async #sent(endpoint: AnyEndpoint | undefined, req: PreparedRequest, options: RequestOptions): Promise<WithResponse<unknown>> {
    return this.#decode(endpoint, await this.execute(req, options));
  }

  /** Unwraps, normalizes and validates one call's own response, in place. */
  #decode(endpoint: AnyEndpoint | undefined, raw: WithResponse<unknown>): WithResponse<unknown> {
    // The unwrapped body as received: a validation error carries it, not the normalized copy.
    const received = this.spec.unwrap(raw.data, endpoint);
    let data = received;
    if (this.spec.normalize) data = this.spec.normalize(received);
    // `raw` is this call's own object: replacing its data in place saves a copy per call.
    raw.data = data;
    if (!endpoint || this.validation === 'off') return raw;
    const outcome = validateResponse(endpoint.response, data);
    if (outcome.ok) {
      raw.data = outcome.data;
      return raw;
    }
    const summary = outcome.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ');
    if (this.validation === 'warn') {
      this.log.warn(`${endpoint.id}: response does not match the schema (${summary}); returning the body as received.`);
      return raw;
    }
    throw new ResponseValidationError({
      provider: this.spec.name,
      endpoint: endpoint.id,
      issues: outcome.issues,
      body: this.redactor.value(received),
      requestId: raw.requestId,
      message: this.redactor.text(
        `${this.spec.displayName} ${endpoint.method} ${endpoint.path} returned a body that does not match chartstack's schema (${summary}). ` +
          `The raw body is on error.body. Set validation: 'warn' to receive it instead of an error, and please report the mismatch.`,
      ),
    });
  }

  // ---------- reads: cache and coalescing ----------

  /**
   * A read: shared with an identical call in flight, else looked up in the cache (a hit sends
   * nothing, takes no rate-limit slot and costs no quota), else fetched and, if it succeeds, stored.
   * All of it happens before auth and pacing, so neither a hit nor a shared call costs a token or a slot.
   */
  #read(endpoint: AnyEndpoint | undefined, req: PreparedRequest, options: RequestOptions): Promise<WithResponse<unknown>> {
    const signal = options.signal;
    if (signal?.aborted) return Promise.reject(this.#abortError(signal));
    // Flights are per client (one credential): a GET's URL is its whole identity here.
    let key = req.method === 'GET' ? req.url : `${req.method} ${req.url}`;
    if (req.body !== undefined) key += `\n${req.body}`;
    if (options.headers) key += `\n${JSON.stringify(Object.entries(options.headers).map(([k, v]) => `${k.toLowerCase()}:${v}`).sort())}`;
    const identity = key;
    // A call that asks more of the cache than the default (skip it, or a younger entry) only shares
    // with calls that ask the same: a flight may be answered from the cache.
    if (this.#cache && (options.cache === false || options.cacheTtl !== undefined)) key += `\n~${options.cache === false ? 'none' : options.cacheTtl}`;
    const flights = this.#flights;
    const joined = flights?.get(key);
    if (joined) return this.#follow(endpoint, req, options, key, joined);
    const cache = options.cache === false ? undefined : this.#cache;
    const ttl = cache ? cache.ttlFor(endpoint, options.cacheTtl) : 0;
    let store: CacheWork | undefined;
    if (ttl > 0) {
      // The cache key adds provider, credential fingerprint and default headers (stores are shared).
      const cacheKey = (this.#keyScope ??= this.#scope()) + identity;
      // A store that answers at once (in memory) is asked right here: a hit then costs no flight.
      const found = cache!.lookup(cacheKey, options.cacheTtl, signal);
      if (found && !(found instanceof Promise)) {
        try {
          return Promise.resolve(this.#hit(endpoint, req, options, sharedEntry(found), false, cacheKey));
        } catch (err) {
          return Promise.reject(err);
        }
      }
      store = { cache: cache!, key: cacheKey, ttl, lookup: found };
    }
    // One record: the flight in the map, and where `execute` leaves what the other callers need.
    const shared: SharedFlight = {
      promise: undefined as unknown as Promise<WithResponse<unknown>>,
      controller: flights && signal ? new AbortController() : undefined,
      waiting: 0,
      status: 0,
      url: req.url,
      body: '',
      headers: undefined,
      record: undefined,
      requestId: undefined,
      rateLimit: undefined,
      storedAt: undefined,
      entry: undefined,
    };
    if (!flights) return this.#fetchShared(endpoint, req, options, signal, shared, store, undefined);
    flights.start(key, shared);
    shared.promise = this.#fetchShared(endpoint, req, options, shared.controller?.signal, shared, store, key);
    return flights.wait(key, shared, signal);
  }

  /** A call identical to one in flight: waits for it, then makes its own copy of what it got. */
  async #follow(endpoint: AnyEndpoint | undefined, req: PreparedRequest, options: RequestOptions, key: string, flight: SharedFlight): Promise<WithResponse<unknown>> {
    await this.#flights!.wait(key, flight, options.signal);
    if (flight.storedAt !== undefined) return this.#hit(endpoint, req, options, flight, true, undefined);
    this.#usage.coalesced++;
    if (this.#onEvent) this.#emit(req, { type: 'coalesced' });
    return this.#decode(endpoint, this.#copy(flight, true));
  }

  /**
   * A call answered from a cache entry. The first hit on an entry decodes its body; later hits on
   * the same entry object (an in-memory store hands back the one it keeps) copy that decoded result,
   * which costs a fraction of parsing and validating the body again.
   */
  #hit(
    endpoint: AnyEndpoint | undefined,
    req: PreparedRequest,
    options: RequestOptions,
    shared: Shared,
    coalesced: boolean,
    cacheKey: string | undefined,
  ): WithResponse<unknown> | Promise<WithResponse<unknown>> {
    let hit: WithResponse<unknown>;
    const entry = shared.entry!;
    const decoded = this.#decoded.get(entry);
    if (decoded !== undefined) {
      hit = this.#copy(shared, coalesced, cloneJson(decoded));
    } else {
      try {
        hit = this.#decode(endpoint, this.#copy(shared, coalesced));
      } catch {
        // An entry this version cannot read back (another version stored it): drop it, ask the API.
        if (cacheKey !== undefined) void this.#cache!.delete(cacheKey);
        return this.#sent(endpoint, req, options);
      }
      this.#decoded.set(entry, cloneJson(hit.data));
    }
    this.#usage.cacheHits++;
    if (this.#onEvent) this.#emit(req, { type: 'cache-hit', ageMs: hit.age });
    return hit;
  }

  /**
   * The work identical callers share, run by the first of them: the cache entry (from a store that
   * answers asynchronously), or else the response, fetched once and decoded once for that caller
   * (a body that fails validation fails every caller alike, and is not stored), then stored. What
   * the other callers need is left on `shared`.
   */
  async #fetchShared(
    endpoint: AnyEndpoint | undefined,
    req: PreparedRequest,
    options: RequestOptions,
    signal: AbortSignal | undefined,
    shared: Shared,
    store: CacheWork | undefined,
    flightKey: string | undefined,
  ): Promise<WithResponse<unknown>> {
    try {
      if (store?.lookup) {
        const entry = await store.lookup;
        if (entry) return await this.#hit(endpoint, req, options, Object.assign(shared, sharedEntry(entry)), false, store.key);
      }
      if (store) this.#usage.cacheMisses++;
      let own: WithResponse<unknown>;
      try {
        const raw = await this.execute(req, signal === options.signal ? options : { ...options, signal }, shared);
        shared.status = raw.response.status;
        shared.requestId = raw.requestId;
        shared.rateLimit = raw.rateLimit;
        own = this.#decode(endpoint, raw);
      } catch (err) {
        // Nothing will be stored: a shared store may let other processes fetch it now.
        if (store) await store.cache.release(store.key);
        throw err;
      }
      if (store) {
        const now = store.cache.now();
        const entry: CacheEntry = { status: shared.status, headers: (shared.record = headerRecord(shared.headers!)), body: shared.body, url: req.url, storedAt: now, expiresAt: now + store.ttl };
        await store.cache.set(store.key, entry, store.ttl);
      }
      return own;
    } finally {
      if (flightKey !== undefined) this.#flights!.end(flightKey, shared as SharedFlight);
    }
  }

  /** A result of its own for one caller, from a shared response or a cache entry. */
  #copy(shared: Shared, coalesced: boolean, data?: unknown): WithResponse<unknown> {
    const fromCache = shared.storedAt !== undefined;
    return {
      data: data !== undefined ? data : shared.body.length > 0 ? JSON.parse(shared.body) : null,
      response: new ResponseView(shared.status, shared.url, new RecordHeaders((shared.record ??= headerRecord(shared.headers!)))),
      requestId: shared.requestId,
      // A cache hit sent nothing: the client's latest rate-limit state is the current one.
      rateLimit: { ...(fromCache ? this.rateLimit : shared.rateLimit) },
      fromCache,
      age: fromCache ? Math.max(0, this.#cache!.now() - shared.storedAt!) : 0,
      coalesced,
    };
  }

  /**
   * What cache keys start with, before the request's own identity (method, URL, body, per-call
   * headers): provider, the credential's fingerprint (never the secret), the default headers'
   * fingerprint. Stores may be shared by clients and processes; two credentials never share an entry.
   */
  #scope(): string {
    const defaults = this.#options.defaultHeaders;
    const extra = defaults && !isEmpty(defaults) ? `${fingerprint(JSON.stringify(Object.entries(defaults).sort()))}:` : '';
    return `${this.spec.name}:${this.#auth?.credentialKey ?? 'anonymous'}:${extra}`;
  }

  #abortError(signal: AbortSignal): APIUserAbortError {
    return new APIUserAbortError(undefined, { cause: safeCause(signal.reason, this.redactor) });
  }

  // ---------- usage and events ----------

  /** What this client has done since it was created (a copy). */
  usage(): Usage {
    return { ...this.#usage, quotaRemaining: this.rateLimit.quotaRemaining };
  }

  /** Hands one event to the user's listener (only called when there is one). */
  #emit(req: PreparedRequest, event: DistributiveOmit<ChartstackEvent, 'provider' | 'endpoint' | 'method' | 'route' | 'url' | 'time'>): void {
    const full = {
      ...event,
      provider: this.spec.name,
      endpoint: req.endpoint?.id,
      method: req.method,
      // A raw request's path is the user's own text: scrubbed like the URL.
      route: req.endpoint ? req.route : this.redactor.text(req.route),
      url: this.redactor.text(req.url),
      time: Date.now(),
    } as ChartstackEvent;
    try {
      this.#onEvent!(full);
    } catch (err) {
      this.log.warn(`The onEvent listener threw on a '${event.type}' event (${describe(err)}); the call goes on.`);
    }
  }

  /** The escape hatch: any path, wire-named params, the provider envelope unwrapped, no schema. */
  request<T = unknown>(req: RawRequest, options: RequestOptions = {}): APIPromise<T> {
    try {
      checkRequestOptions(options);
      if (typeof req?.path !== 'string' || !req.path.startsWith('/') || UNSAFE_RAW_PATH.test(req.path) || LONE_SURROGATE.test(req.path)) {
        throw new InvalidParamsError(
          `Invalid path ${JSON.stringify(req?.path)}: expected an absolute API path such as '/v1/ping' (no '..', '//', '?', '#', backslashes, control characters or broken Unicode; put query params in \`query\`).`,
          [{ param: 'path', message: 'expected an absolute path without dot segments' }],
        );
      }
      const method = String(req.method ?? 'GET').toUpperCase();
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) {
        throw new InvalidParamsError(`Invalid method ${JSON.stringify(req.method)}: expected GET, POST, PUT, PATCH or DELETE.`, [
          { param: 'method', message: 'expected GET, POST, PUT, PATCH or DELETE' },
        ]);
      }
      checkRawQuery(req.query);
      const url = `${this.baseUrl}${req.path}${req.query ? `?${serializeQuery(req.query, (k) => k, this.spec.arrayFormat)}` : ''}`.replace(/\?$/, '');
      const prepared: PreparedRequest = {
        method,
        url,
        route: req.path,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        contentType: req.body === undefined ? undefined : 'application/json',
        auth: true,
        idempotent: method !== 'POST',
      };
      return new APIPromise(this.#parsed(undefined, prepared, options) as Promise<WithResponse<T>>);
    } catch (err) {
      return new APIPromise(Promise.reject(unencodable(err)));
    }
  }

  // ---------- the exchange ----------

  /** One call: auth, pacing, transport, classification, retries and one replay after a 401. */
  async execute(req: PreparedRequest, options: RequestOptions = {}, sink?: Shared): Promise<WithResponse<unknown>> {
    const signal = options.signal;
    if (signal?.aborted) throw this.#abortError(signal);
    const timeout = options.timeout ?? this.#timeout;
    let replayed = false;
    // Until this call settles, the process stays alive: a plain script waiting on it in a paused
    // queue or a backoff must not exit and lose the result (keep-alive.ts, issue #14).
    const release = holdProcess();
    // A shared limiter connects to Redis while the token is exchanged, not after (#19).
    if (req.auth) this.pacer()?.prepare();
    try {
      return await withRetries(
        async (attempt) => {
          // Fixed credentials need no round through the strategy (one promise less on every call).
          const credentials = (req.auth && this.#auth?.fixedHeaders) || (await this.#credentials(req, signal));
          try {
            return await this.#attempt(req, credentials, timeout, signal, attempt, false, options.headers, sink);
          } catch (err) {
            // 401 on a token: renew once and replay once; a second 401 is final (never a loop).
            if (err instanceof AuthenticationError && req.auth && this.#auth?.renew && !replayed) {
              replayed = true;
              this.log.info(`${req.method} ${req.route}: 401 with a cached token; renewing it and replaying once.`);
              if (await this.#auth.renew(credentials, signal)) {
                const fresh = await this.#credentials(req, signal);
                return await this.#attempt(req, fresh, timeout, signal, attempt, true, options.headers, sink);
              }
            }
            throw err;
          }
        },
        { maxRetries: options.maxRetries ?? this.#maxRetries, budget: this.#budget, idempotent: req.idempotent },
        signal,
        {
          onRetry: (err, attempt, delay) => {
            this.#usage.retries++;
            if (this.#onEvent) this.#emit(req, { type: 'retry', attempt, delayMs: delay, reason: err instanceof APIError ? String(err.status) : err instanceof Error ? err.name : 'Error' });
            this.log.info(`${req.method} ${req.route}: attempt ${attempt} failed (${describe(err)}); retrying in ${delay} ms.`);
          },
        },
      );
    } catch (err) {
      if (signal?.aborted) {
        throw err instanceof APIUserAbortError ? err : this.#abortError(signal);
      }
      if (err instanceof ChartstackError) throw err;
      throw new APIConnectionError(this.redactor.text(`Unexpected failure calling ${this.spec.displayName}: ${describe(err)}`), {
        cause: safeCause(err, this.redactor),
      });
    } finally {
      release();
    }
  }

  async #credentials(req: PreparedRequest, signal?: AbortSignal): Promise<Record<string, string>> {
    if (!req.auth || !this.#auth) return {};
    try {
      return await this.#auth.headers(signal);
    } catch (err) {
      // The exchange already had its own retries; do not multiply them.
      throw err instanceof Error ? markRetry(err, false) : err;
    }
  }

  async #attempt(
    req: PreparedRequest,
    credentials: Readonly<Record<string, string>>,
    timeout: number,
    signal: AbortSignal | undefined,
    attempt: number,
    replayed: boolean,
    extraHeaders?: Record<string, string>,
    sink?: Shared,
  ): Promise<WithResponse<unknown>> {
    const pacer = this.pacer();
    /** When the request joined a rate-limit queue (0: not paced). */
    let queuedAt = 0;
    const send = async () => {
      const abort = new AttemptSignal();
      const timer = setTimeout(() => abort.abort(TIMEOUT), timeout);
      const onAbort = () => abort.abort(signal!.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      const started = Date.now();
      const usage = this.#usage;
      if (queuedAt && started > queuedAt) {
        usage.queueWaitMs += started - queuedAt;
        if (this.#onEvent) this.#emit(req, { type: 'rate-limit-wait', attempt, waitedMs: started - queuedAt });
      }
      usage.requests++;
      if (this.#onEvent) this.#emit(req, { type: 'request', attempt });
      try {
        // Credentials come last: per-call headers cannot replace them.
        const headers: Record<string, string> = { ...this.#baseHeaders };
        if (req.headers) addLowerCased(headers, req.headers);
        if (extraHeaders) addLowerCased(headers, extraHeaders);
        Object.assign(headers, credentials);
        if (req.contentType) headers['content-type'] = req.contentType;
        if (this.log.enabled('debug')) this.log.debug(`→ ${req.method} ${req.url} (attempt ${attempt}${replayed ? ', replay' : ''})`);
        const res = await this.#transport({ url: req.url, method: req.method, headers, body: req.body, signal: abort, timeout });
        const now = Date.now();
        const info = this.spec.readRateLimit(res.headers, now);
        if (res.status === 429) usage.rateLimited++;
        const limited = res.status === 429 || res.status === 503;
        if (limited && info.retryAfterMs === undefined) {
          const explicit = parseRetryAfter(res.headers);
          if (explicit !== undefined) info.retryAfterMs = explicit;
        }
        // The pacer hears every response, the token exchange's too (its latency tells about the
        // network); it answers how long it now holds the queue, and a retry waits exactly that long.
        const paused = pacer?.observe(info, res.status, { route: req.route, latencyMs: now - started });
        if (limited && info.retryAfterMs === undefined) {
          // No Retry-After: the pacer's pause, or without pacing the provider's reset header
          // (Chartmetric epoch seconds, Soundcharts seconds).
          const wait = paused ?? (info.resetAt !== undefined ? Math.max(0, info.resetAt - now) : undefined);
          if (wait !== undefined) info.retryAfterMs = wait;
        }
        if (!isEmpty(info)) this.rateLimit = { ...this.rateLimit, ...info };
        const text = await res.text();
        if (this.log.enabled('debug')) this.log.debug(`← ${res.status} ${req.method} ${req.route} in ${Date.now() - started} ms`);
        if (this.#onEvent) this.#emit(req, { type: 'response', attempt, status: res.status, durationMs: Date.now() - started });
        return { status: res.status, headers: res.headers, text, info };
      } catch (err) {
        const error = this.#transportError(err, abort, signal, timeout, req);
        if (this.#onEvent) this.#emit(req, { type: 'response', attempt, status: 0, durationMs: Date.now() - started, error: error.name });
        throw error;
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      }
    };
    const endpointPacer = this.#endpointPacer(req.endpoint);
    const retry = attempt > 1;
    // With Redis, a slot held longer than `maxRunMs` is freed for the other processes (this one died
    // mid-call). The token exchange is not metered (reference/chartmetric.md §2.1: its rate-limit
    // headers are "false"), so it is never queued behind the calls that wait for its token (#19).
    const paced = pacer && req.auth ? () => pacer.schedule(send, signal, { maxRunMs: timeout, retry }) : send;
    if (endpointPacer || paced !== send) queuedAt = Date.now();
    const { status, headers, text, info } = endpointPacer
      ? await endpointPacer.schedule(paced, signal, { maxRunMs: this.#budget + timeout, retry })
      : await paced();
    return this.#classify(req, status, headers, text, info, replayed, sink);
  }

  #transportError(err: unknown, abort: AttemptSignal, signal: AbortSignal | undefined, timeout: number, req: PreparedRequest): Error {
    if (err instanceof ChartstackError) return err;
    if (signal?.aborted) return new APIUserAbortError(undefined, { cause: safeCause(signal.reason, this.redactor) });
    if (abort.fired && abort.reason === TIMEOUT) {
      return new APITimeoutError(
        `${this.spec.displayName} ${req.method} ${req.route} timed out after ${timeout} ms (headers and body). ` +
          `Raise \`timeout\` (client or per call) if the endpoint is slow, or check your network.`,
      );
    }
    const code = (err as { code?: string; cause?: { code?: string } })?.code ?? (err as { cause?: { code?: string } })?.cause?.code;
    return new APIConnectionError(
      this.redactor.text(
        `Could not complete ${req.method} ${req.route} with ${this.spec.displayName}${code ? ` (${code})` : ''}: ${describe(err)}. ` +
          `Check the network, proxy settings and \`baseUrl\` (${new URL(this.baseUrl).origin}).`,
      ),
      { cause: safeCause(err, this.redactor) },
    );
  }

  #classify(req: PreparedRequest, status: number, headers: ResponseHeaders, text: string, info: RateLimitInfo, replayed: boolean, sink?: Shared): WithResponse<unknown> {
    let requestId: string | undefined;
    for (const h of REQUEST_ID_HEADERS) if ((requestId = headers.get(h) || undefined)) break;
    const contentType = headers.get('content-type') ?? '';
    let body: unknown = text;
    let parsed = false;
    const looksJson = /json/i.test(contentType) || /^\s*[[{"]/.test(text);
    if (text.length > 0 && looksJson) {
      try {
        body = JSON.parse(text);
        parsed = true;
      } catch {
        /* handled below */
      }
    } else if (text.length === 0) {
      body = null;
      parsed = true;
    }
    if (status >= 200 && status < 300) {
      if (!parsed) {
        // A truncated or non-JSON 2xx: never hand back wrong data. Truncation is transient, so retry it.
        throw markRetry(
          new ResponseValidationError({
            provider: this.spec.name,
            endpoint: req.endpoint?.id ?? req.route,
            issues: [{ path: '(root)', message: looksJson ? 'the body is not valid JSON (truncated?)' : `expected JSON, got ${contentType || 'no content type'}` }],
            body: this.redactor.text(text.slice(0, 10_000)),
            requestId,
            message: `${this.spec.displayName} ${req.method} ${req.route} answered ${status} with a body that is not valid JSON${contentType ? ` (${contentType})` : ''}. The raw text is on error.body.`,
          }),
          looksJson,
        );
      }
      const inBody = this.spec.errorInSuccess?.(body);
      if (inBody) throw this.#apiError(req, inBody.status, inBody, headers, body, requestId, info, replayed);
      if (sink) {
        sink.body = text;
        sink.headers = headers;
      }
      return { data: body, response: new ResponseView(status, req.url, headers), requestId, rateLimit: info, fromCache: false, age: 0, coalesced: false };
    }
    const errInfo = this.spec.readError(body, status);
    throw this.#apiError(req, status, errInfo, headers, body, requestId, info, replayed);
  }

  #apiError(req: PreparedRequest, status: number, info: ErrorInfo, headers: ResponseHeaders, body: unknown, requestId: string | undefined, rl: RateLimitInfo, replayed: boolean): Error {
    const decision = this.spec.classify?.(status, info, headers) ?? (isRetryableStatus(status) ? 'retry' : 'fatal');
    const Klass = decision === 'quota' ? QuotaExceededError : errorClassFor(status);
    const advice =
      this.spec.advice?.(status, info, { method: req.method, path: req.route, sandbox: this.sandbox, replayed }) ??
      STATUS_ADVICE[status] ??
      (status >= 500 ? `${this.spec.displayName} had a server error; chartstack retried it where safe. Try again later.` : undefined);
    const reason = info.message ?? (typeof body === 'string' && body.length < 200 && body ? body : `HTTP ${status}`);
    const message = `${this.spec.displayName} ${status} on ${req.method} ${req.route}: ${reason}${advice ? ` — ${advice}` : ''}`;
    const err = new Klass({
      provider: this.spec.name,
      status,
      message: this.redactor.text(message),
      code: info.code,
      details: this.redactor.value(info.details),
      requestId,
      headers: this.redactor.headers(webHeaders(headers)),
      body: this.redactor.value(body),
      retryAfter: rl.retryAfterMs !== undefined ? Math.ceil(rl.retryAfterMs / 1000) : undefined,
    });
    return markRetry(err, decision === 'retry', decision === 'retry' ? rl.retryAfterMs : undefined);
  }

  /** Releases the connection pool (Node). Pending calls finish first. */
  async close(): Promise<void> {
    await this.#transport.close?.();
    // Redis connections of shared limiters (a no-op for local pacing; the next call reconnects).
    await Promise.all([this.#pacer, ...this.#endpointPacers.values()].map((p) => p?.close()));
  }
}

/**
 * `encodeURIComponent` throws a bare `URIError` on an unpaired UTF-16 surrogate (a string cut in
 * the middle of an emoji); that is bad input, reported as such before anything is sent.
 */
function unencodable(err: unknown): unknown {
  if (!(err instanceof URIError)) return err;
  return new InvalidParamsError(
    'A parameter contains text that cannot be put in a URL: an unpaired UTF-16 surrogate (often a string cut in the middle of an emoji). Nothing was sent.',
    [{ param: 'params', message: 'contains an unpaired UTF-16 surrogate' }],
  );
}

const isScalar = (v: unknown) => v == null || ['string', 'number', 'boolean'].includes(typeof v) || v instanceof Date;

/** The escape hatch's query is not schema-checked, but it must be something a query string can carry. */
function checkRawQuery(query: unknown): void {
  if (query === undefined) return;
  if (query === null || typeof query !== 'object' || Array.isArray(query)) {
    throw new InvalidParamsError('Invalid query: expected an object of wire names to values, such as { since: \'2025-01-01\' }.', [
      { param: 'query', message: 'expected an object' },
    ]);
  }
  for (const [name, value] of Object.entries(query)) {
    if (isScalar(value) || (Array.isArray(value) && value.every(isScalar))) continue;
    throw new InvalidParamsError(`Invalid query parameter "${name}": expected a string, number, boolean, Date, or a list of them.`, [
      { param: name, message: 'expected a string, number, boolean, Date, or a list of them' },
    ]);
  }
}

/** Copies headers into `into` under lower-case names, so a caller's `Accept` replaces our `accept`. */
function addLowerCased(into: Record<string, string>, headers: Record<string, string>): void {
  for (const [k, v] of Object.entries(headers)) into[k.toLowerCase()] = v;
}

function describe(err: unknown): string {
  if (err instanceof APIError) return `${err.status}`;
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

/** A copy of an error with secrets scrubbed, so `cause` chains cannot leak credentials. */
function safeCause(err: unknown, redactor: Redactor): unknown {
  if (!(err instanceof Error)) return err === undefined ? undefined : redactor.text(String(err));
  const copy = new Error(redactor.text(err.message));
  copy.name = err.name;
  const code = (err as { code?: unknown }).code;
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}

function positive(v: number | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) {
    throw new InvalidParamsError(`Invalid ${name} ${JSON.stringify(v)}: expected a positive number of milliseconds.`, [
      { param: name, message: 'expected a positive number of milliseconds' },
    ]);
  }
  return v;
}

function nonNegativeInt(v: number | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (!Number.isInteger(v) || v < 0) {
    throw new InvalidParamsError(`Invalid ${name} ${JSON.stringify(v)}: expected an integer ≥ 0.`, [{ param: name, message: 'expected an integer ≥ 0' }]);
  }
  return v;
}

/** `Omit` applied to each member of a union (plain `Omit` would merge them into one shape). */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A cache entry as a shared response (its request id read back from its headers). */
function sharedEntry(entry: CacheEntry): Shared {
  let requestId: string | undefined;
  for (const h of REQUEST_ID_HEADERS) if ((requestId = entry.headers[h] || undefined)) break;
  return { status: entry.status, url: entry.url, body: entry.body, headers: undefined, record: entry.headers, requestId, rateLimit: undefined, storedAt: entry.storedAt, entry };
}

function checkCache(cache: CacheOptions): CacheOptions {
  const store = cache?.store as Partial<CacheOptions['store']> | undefined;
  if (typeof store?.get !== 'function' || typeof store.set !== 'function') {
    throw new InvalidParamsError("Invalid cache: expected { store } with a CacheStore, such as new MemoryCacheStore() from 'chartstack/cache'.", [
      { param: 'cache.store', message: 'expected a CacheStore' },
    ]);
  }
  nonNegative(cache.ttl, 'cache.ttl');
  for (const [name, ttl] of Object.entries(cache.ttls ?? {})) nonNegative(ttl, `cache.ttls.${name}`);
  return cache;
}

function nonNegative(v: number | undefined, name: string): void {
  if (v !== undefined && !(typeof v === 'number' && v >= 0 && v < Infinity)) {
    throw new InvalidParamsError(`Invalid ${name} ${JSON.stringify(v)}: expected milliseconds ≥ 0.`, [{ param: name, message: 'expected milliseconds ≥ 0' }]);
  }
}

function checkRequestOptions(o: RequestOptions): void {
  if (o === null || typeof o !== 'object') {
    throw new InvalidParamsError('Invalid request options: expected an object such as { signal, timeout, maxRetries, headers }.', [
      { param: 'options', message: 'expected an object' },
    ]);
  }
  positive(o.timeout, 'timeout');
  nonNegativeInt(o.maxRetries, 'maxRetries');
  if (o.signal !== undefined && !(typeof o.signal === 'object' && o.signal && 'aborted' in o.signal)) {
    throw new InvalidParamsError('Invalid signal: expected an AbortSignal.', [{ param: 'signal', message: 'expected an AbortSignal' }]);
  }
  if (o.cache !== undefined && typeof o.cache !== 'boolean') {
    throw new InvalidParamsError('Invalid cache: expected a boolean (false skips the response cache).', [{ param: 'cache', message: 'expected a boolean' }]);
  }
  nonNegative(o.cacheTtl, 'cacheTtl');
}
