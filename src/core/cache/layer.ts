/**
 * The client's side of the response cache: how long each endpoint's responses stay fresh, reading
 * entries back (never past their expiry, whatever the store does), writing successful reads, and,
 * with a store shared by several processes, letting one process fetch a missing entry while the
 * others wait for it.
 *
 * A store is infrastructure the call does not depend on: whatever it throws is logged once and the
 * call goes on as if nothing were cached.
 */
import type { AnyEndpoint } from '../endpoint.js';
import type { CacheOptions } from '../options.js';
import { sleep } from '../sleep.js';
import type { CacheEntry, CacheStore } from './store.js';

/** Freshness for reads whose family has no default of its own, when the user sets no `ttl`. */
export const DEFAULT_TTL = 5 * 60_000;
/** How often a process waiting for another process's fetch looks for its entry, ms. */
const POLL_MS = 25;
/** Longest a claim on a shared store is held (a process that died mid-fetch frees it by then), ms. */
const MAX_CLAIM_MS = 30_000;

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

  /** A fresh entry for `key` (younger than `maxAge` too, when given), or undefined. */
  async get(key: string, maxAge?: number): Promise<CacheEntry | undefined> {
    let entry: CacheEntry | undefined;
    try {
      entry = await this.#store.get(key);
    } catch (err) {
      return this.#failed(err, undefined);
    }
    if (!entry || typeof entry.body !== 'string' || !(entry.expiresAt > 0)) return undefined;
    const now = this.now();
    if (entry.expiresAt <= now || (maxAge !== undefined && now - entry.storedAt >= maxAge)) return undefined;
    return entry;
  }

  async set(key: string, entry: CacheEntry, ttl: number): Promise<void> {
    try {
      await this.#store.set(key, entry, ttl);
    } catch (err) {
      this.#failed(err, undefined);
    }
  }

  /** Whether the store can tell processes apart for a missing entry (`claim`). */
  get shared(): boolean {
    return typeof this.#store.claim === 'function';
  }

  /**
   * On a miss in a shared store: resolves with the entry another process stored meanwhile, or with
   * `true` when this process should fetch it holding the claim (release it after), `false` when it
   * should fetch without one (the store failed, or a claim outlived `claimMs` without an entry).
   */
  async claimOrWait(key: string, claimMs: number, maxAge: number | undefined, signal: AbortSignal | undefined): Promise<CacheEntry | boolean> {
    const ttl = Math.min(Math.max(1_000, claimMs), MAX_CLAIM_MS);
    const deadline = this.now() + ttl + POLL_MS;
    for (;;) {
      let claimed: boolean;
      try {
        claimed = await this.#store.claim!(key, ttl);
      } catch (err) {
        return this.#failed(err, false);
      }
      // Stored between our miss and the claim (its fetcher released just before): no fetch needed.
      const entry = await this.get(key, maxAge);
      if (entry || claimed) {
        if (entry && claimed) await this.release(key);
        return entry ?? true;
      }
      if (this.now() > deadline) return false;
      await sleep(POLL_MS, signal);
    }
  }

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
        `The response cache store failed (${err instanceof Error ? err.message : String(err)}); calls go to the API uncached when it does (this warning is shown once).`,
      );
    }
    return fallback;
  }
}
