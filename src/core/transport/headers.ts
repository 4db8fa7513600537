/**
 * Response headers as the pipeline reads them. The fetch transport passes the WHATWG `Headers` it
 * received; the Node transport passes undici's own header object behind `NodeResponseHeaders`.
 * Building a `Headers` for every response (name and value validation on each `set`, then again on
 * each `get`) cost more CPU than the rest of the envelope handling of a small call, and the pipeline
 * only ever reads a handful of names. Users still get a real `Headers` from `.withResponse()` and on
 * errors: `webHeaders()` builds it, once, when they look.
 */

/** The reads the pipeline makes. A WHATWG `Headers` satisfies it. Names are case-insensitive. */
export interface ResponseHeaders {
  get(name: string): string | null;
  has(name: string): boolean;
  /** A WHATWG `Headers` with the same content (views that are not one already). */
  toHeaders?(): Headers;
}

type RawHeaderValue = string | string[] | undefined;

/** A read-only view over undici's header object (names already lower-cased by undici's parser). */
export class NodeResponseHeaders implements ResponseHeaders {
  readonly #raw: Record<string, RawHeaderValue>;
  #web: Headers | undefined;

  constructor(raw: Record<string, RawHeaderValue>) {
    this.#raw = raw;
  }

  get(name: string): string | null {
    const key = name.toLowerCase();
    if (!Object.hasOwn(this.#raw, key)) return null;
    const v = this.#raw[key];
    // Repeated headers read as one value joined with ", ", exactly as `Headers.get` does.
    return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  /** The same headers as a WHATWG `Headers` (built on the first call). */
  toHeaders(): Headers {
    if (this.#web) return this.#web;
    const web = new Headers();
    for (const [k, v] of Object.entries(this.#raw)) {
      if (Array.isArray(v)) for (const x of v) web.append(k, x);
      else if (v !== undefined) web.set(k, v);
    }
    return (this.#web = web);
  }
}

/**
 * The WHATWG `Headers` for what a transport returned. (Asked by method, not `instanceof`, so that
 * edge bundles, which never see the Node view, do not carry its class.)
 */
export function webHeaders(headers: ResponseHeaders): Headers {
  return headers.toHeaders ? headers.toHeaders() : (headers as Headers);
}

/** Headers kept as a plain record of lower-case names (cached and shared responses). */
export class RecordHeaders implements ResponseHeaders {
  readonly #record: Readonly<Record<string, string>>;

  constructor(record: Readonly<Record<string, string>>) {
    this.#record = record;
  }

  get(name: string): string | null {
    const key = name.toLowerCase();
    return Object.hasOwn(this.#record, key) ? this.#record[key]! : null;
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  /** A new WHATWG `Headers` on each call: every caller gets one of its own. */
  toHeaders(): Headers {
    return new Headers(this.#record as Record<string, string>);
  }
}

/** A plain copy of response headers (lower-case names), without `set-cookie`: what a cache entry keeps. */
export function headerRecord(headers: ResponseHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of webHeaders(headers)) if (name !== 'set-cookie') out[name] = value;
  return out;
}
