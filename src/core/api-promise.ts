/**
 * The promise every method returns: awaiting it gives the parsed data; `.withResponse()` also gives
 * the raw response, the request id and the rate-limit state (DESIGN.md, "The public surface").
 */
import type { RateLimitInfo } from './provider.js';
import { webHeaders, type ResponseHeaders } from './transport/headers.js';

/** The raw side of a response: what `.withResponse()` returns beside the data. */
export interface RawResponse {
  status: number;
  headers: Headers;
  url: string;
}

/**
 * The `RawResponse` the pipeline hands out. Its `headers` become a WHATWG `Headers` only when read:
 * most callers never look, and building one per response was measurable (transport/headers.ts).
 */
export class ResponseView implements RawResponse {
  readonly status: number;
  readonly url: string;
  readonly #source: ResponseHeaders;

  constructor(status: number, url: string, source: ResponseHeaders) {
    this.status = status;
    this.url = url;
    this.#source = source;
  }

  get headers(): Headers {
    return webHeaders(this.#source);
  }

  /** `console.log` and `JSON.stringify` show the headers like any other field. */
  toJSON(): { status: number; url: string; headers: Record<string, string> } {
    return { status: this.status, url: this.url, headers: Object.fromEntries(this.headers) };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): { status: number; url: string; headers: Headers } {
    return { status: this.status, url: this.url, headers: this.headers };
  }
}

export interface WithResponse<T> {
  data: T;
  response: RawResponse;
  /** The provider's request id header, when it sends one. */
  requestId: string | undefined;
  /**
   * Rate-limit and quota state read from the response headers (for a cache hit: the client's latest
   * state, as no request was made).
   */
  rateLimit: RateLimitInfo;
  /** Whether the data came from the response cache (the client's `cache` option) instead of the API. */
  fromCache: boolean;
  /** How old the data is, ms: for a cache hit, the time since the response was stored; otherwise 0. */
  age: number;
  /** Whether this call shared an identical call's request that was already in flight (`coalesce`). */
  coalesced: boolean;
}

const resolveNull = (resolve: (value: never) => void) => resolve(null as never);

export class APIPromise<T> extends Promise<T> {
  #inner: Promise<WithResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(inner: Promise<WithResponse<T>>) {
    // The executor value is never observed: `then` below is overridden to read from `inner`.
    super(resolveNull);
    this.#inner = inner;
  }

  // Derived promises (`.then(...)` results) must be plain Promises, not APIPromises.
  static override get [Symbol.species]() {
    return Promise;
  }

  /** Resolves to the data together with the raw response, request id and rate-limit state. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#inner;
  }

  #parsed(): Promise<T> {
    return (this.#data ??= this.#inner.then((r) => r.data));
  }

  override then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#parsed().then(onfulfilled, onrejected);
  }

  override catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#parsed().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parsed().finally(onfinally);
  }
}
