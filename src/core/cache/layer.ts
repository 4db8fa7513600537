/**
 * The client's side of the response cache: how long each endpoint's responses stay fresh, reading
 * entries back (never past their expiry, whatever the store does), and writing successful reads.
 *
 * A store is infrastructure the call does not depend on: whatever it throws is logged once and the
 * call goes on as if nothing were cached.
 */
import type { AnyEndpoint } from '../endpoint.js';
import type { CacheOptions } from '../options.js';
import type { CacheEntry, CacheStore } from './store.js';

/** Freshness for reads whose family has no default of its own, when the user sets no `ttl`. */
export const DEFAULT_TTL = 5 * 60_000;

export class ResponseCache {
  readonly #store: CacheStore;
  readonly #options: CacheOptions;
  /** The provider's per-family (or per-endpoint) defaults; 0 = never stored unless asked. */
  readonly #defaults: Readonly<Record<string, number>>;
  readonly #warn: (message: string) => void;
  /** TTL per endpoint id, resolved once. */
  readonly #ttls = new Map<string, number>();
  #warned = false;
  /** The clock for freshness and ages, epoch ms. */
  readonly now: () => number;

  constructor(options: CacheOptions, defaults: Readonly<Record<string, number>> | undefined, warn: (message: string) => void) {
    this.#store = options.store;
    this.#options = options;
    this.#defaults = defaults ?? {};
    this.#warn = warn;
    this.now = options.clock ?? Date.now;
  }

  /**
   * How long a response of `endpoint` stays fresh, ms (0: not stored). In order: the call's
   * `cacheTtl`; the user's `ttls` for the endpoint id, then for its family; a provider default of 0
   * (data that must not be cached, such as a job's status); the user's `ttl`; the provider default
   * for the family; 5 minutes.
   */
  ttlFor(endpoint: AnyEndpoint | undefined, perCall: number | undefined): number {
    if (perCall !== undefined) return perCall;
    if (!endpoint) return this.#options.ttl ?? DEFAULT_TTL;
    let ttl = this.#ttls.get(endpoint.id);
    if (ttl === undefined) this.#ttls.set(endpoint.id, (ttl = this.#resolve(endpoint.id)));
    return ttl;
  }

  #resolve(id: string): number {
    const family = id.split('.')[0]!;
    const own = this.#options.ttls;
    const mine = own && (Object.hasOwn(own, id) ? own[id] : Object.hasOwn(own, family) ? own[family] : undefined);
    if (mine !== undefined) return mine;
    const defaults = this.#defaults;
    const builtIn = Object.hasOwn(defaults, id) ? defaults[id] : Object.hasOwn(defaults, family) ? defaults[family] : undefined;
    if (builtIn === 0) return 0;
    return this.#options.ttl ?? builtIn ?? DEFAULT_TTL;
  }

  /**
   * A fresh entry for `key` (younger than `maxAge` too, when given), or undefined: at once from a
   * store that answers synchronously, else as a promise. A store shared by processes may hold a miss
   * while another process fetches the same key (`signal` ends the wait).
   */
  lookup(key: string, maxAge: number | undefined, signal: AbortSignal | undefined): CacheEntry | undefined | Promise<CacheEntry | undefined> {
    let found: CacheEntry | undefined | PromiseLike<CacheEntry | undefined>;
    try {
      found = this.#store.get(key, signal);
    } catch (err) {
      return this.#failed(err, undefined);
    }
    if (found && typeof (found as PromiseLike<unknown>).then === 'function') {
      // An abort ends a shared store's wait: the caller's own abort error follows from `execute`.
      const failed = (err: unknown) => (signal?.aborted ? undefined : this.#failed(err, undefined));
      return Promise.resolve(found).then((entry) => {
        // The entry expired between the store's look and ours (its last millisecond): ask again, so a
        // store shared by processes sees it expired too and hands its fetch to one of them.
        if (!entry || this.#fresh(entry, undefined) || !(entry.expiresAt > 0)) return this.#fresh(entry, maxAge);
        return Promise.resolve(this.#store.get(key, signal)).then((again) => this.#fresh(again, maxAge), failed);
      }, failed);
    }
    return this.#fresh(found as CacheEntry | undefined, maxAge);
  }

  #fresh(entry: CacheEntry | undefined, maxAge: number | undefined): CacheEntry | undefined {
    if (!entry || typeof entry.body !== 'string' || !(entry.expiresAt > 0)) return undefined;
    const now = this.now();
    return entry.expiresAt <= now || (maxAge !== undefined && now - entry.storedAt >= maxAge) ? undefined : entry;
  }

  async set(key: string, entry: CacheEntry, ttl: number): Promise<void> {
    try {
      await this.#store.set(key, entry, ttl);
    } catch (err) {
      this.#failed(err, undefined);
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.#store.delete?.(key);
    } catch (err) {
      this.#failed(err, undefined);
    }
  }

  /** After a miss that stores nothing (the call failed): lets a shared store hand the key to another process. */
  async release(key: string): Promise<void> {
    try {
      await this.#store.release?.(key);
    } catch (err) {
      this.#failed(err, undefined);
    }
  }

  /** A store failure: warned about once, then the call goes on uncached. */
  #failed<T>(err: unknown, fallback: T): T {
    if (!this.#warned) {
      this.#warned = true;
      this.#warn(
        `The response cache store failed (${err instanceof Error ? err.message : String(err)}); calls go uncached while it does (warned once).`,
      );
    }
    return fallback;
  }
}

/** A deep copy of JSON-shaped data (what decoded responses are): plain objects, arrays, primitives. */
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneJson(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const k in value) {
    const v = cloneJson((value as Record<string, unknown>)[k]);
    // A body's own "__proto__" key stays a key (assigning it would set the copy's prototype).
    if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    else out[k] = v;
  }
  return out as T;
}
