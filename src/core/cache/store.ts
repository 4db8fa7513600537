/**
 * The response cache's storage: one small interface, so the cache can live in memory
 * (`MemoryCacheStore`, chartstack/cache), in Redis (`RedisCacheStore`, chartstack/redis), or
 * anywhere a user puts it (a KV namespace, a file, memcached).
 *
 * A store keeps opaque entries under string keys for a given time. It needs no understanding of
 * HTTP: the client builds the keys, decides what may be stored and for how long, and checks every
 * entry's own expiry again when it reads it, so a store that keeps entries a little too long never
 * serves stale data.
 */

/**
 * One cached response, as the client stores it: the successful answer of a read, exactly as
 * received (status, headers, body text), with when it was stored. Every caller served from it parses
 * the body again, so no two callers ever share a result object. JSON-serializable.
 */
export interface CacheEntry {
  /** HTTP status (always 2xx: only successful reads are stored). */
  status: number;
  /** Response headers, lower-case names (without `set-cookie`). */
  headers: Record<string, string>;
  /** The response body as received (JSON text, or empty). */
  body: string;
  /** The URL the response answered. */
  url: string;
  /** When it was stored, epoch ms (the client's clock). */
  storedAt: number;
  /** When it stops being fresh, epoch ms (the client's clock): it is never served after this. */
  expiresAt: number;
}

/**
 * Where cached responses live. Implement it to put the cache anywhere; every method may be sync or
 * async. A store that fails (throws or rejects) never fails a call: the client treats it as a miss,
 * sends the request, and logs one warning.
 *
 * ```ts
 * const kvStore: CacheStore = {
 *   get: async (key) => (await env.KV.get(key, 'json')) ?? undefined,
 *   set: (key, entry, ttlMs) => env.KV.put(key, JSON.stringify(entry), { expirationTtl: Math.max(60, Math.ceil(ttlMs / 1000)) }),
 * };
 * ```
 */
export interface CacheStore {
  /**
   * The entry stored under `key`, or `undefined`. Returning an expired entry is harmless (the client
   * checks). A store shared by several processes may hold a miss while another process is fetching
   * the same key, and answer with that entry once it is stored (`RedisCacheStore` does: each
   * distinct read then goes upstream once per TTL for the whole fleet); `signal` aborts such a wait.
   */
  get(key: string, signal?: AbortSignal): Promise<CacheEntry | undefined> | CacheEntry | undefined;
  /** Stores `entry` under `key` for `ttlMs` milliseconds (the store may drop it sooner, e.g. when full). */
  set(key: string, entry: CacheEntry, ttlMs: number): Promise<void> | void;
  /** Optional: removes an entry. */
  delete?(key: string): Promise<void> | void;
  /**
   * Optional: called when a read that missed `key` will store nothing (it failed), so a store that
   * makes other processes wait for this one's fetch can let them go.
   */
  release?(key: string): Promise<void> | void;
}
