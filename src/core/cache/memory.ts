/**
 * The in-process response cache: a least-recently-used map on `lru-cache`, bounded both by the
 * number of entries and by their size, so a burst of large chart responses cannot grow a process
 * without limit. Entries expire by their TTL on the store's clock too (checked on read: no timer
 * runs, so it is safe in edge runtimes, where global-scope timers are forbidden).
 */
import { LRUCache } from 'lru-cache';
import type { CacheEntry, CacheStore } from './store.js';

export interface MemoryCacheStoreOptions {
  /** Most entries kept; the least recently used goes first. Default 1,000. */
  maxEntries?: number;
  /**
   * Most bytes kept, counted as the characters of each entry's body, headers, URL and key (the
   * UTF-8 size for ASCII JSON). A response larger than this is not stored. Default 32 MiB.
   */
  maxBytes?: number;
  /** Clock for expiry, ms. Default `Date.now`. Tests and simulations pass the client's `cache.clock`. */
  now?: () => number;
}

/** Fixed cost counted per entry besides its text (status, timestamps, the map's own bookkeeping). */
const ENTRY_OVERHEAD = 64;

/**
 * An in-memory `CacheStore` for one process.
 *
 * ```ts
 * import { MemoryCacheStore } from 'chartstack/cache';
 * const cm = new Chartmetric({ refreshToken, cache: { store: new MemoryCacheStore({ maxEntries: 5_000, maxBytes: 64 * 2 ** 20 }) } });
 * ```
 */
export class MemoryCacheStore implements CacheStore {
  readonly #lru: LRUCache<string, CacheEntry>;

  constructor(options: MemoryCacheStoreOptions = {}) {
    const maxEntries = options.maxEntries ?? 1_000;
    const maxBytes = options.maxBytes ?? 32 * 2 ** 20;
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new TypeError(`MemoryCacheStore: maxEntries must be an integer ≥ 1, got ${maxEntries}.`);
    if (!Number.isInteger(maxBytes) || maxBytes < 1) throw new TypeError(`MemoryCacheStore: maxBytes must be an integer ≥ 1, got ${maxBytes}.`);
    const now = options.now ?? Date.now;
    this.#lru = new LRUCache<string, CacheEntry>({
      max: maxEntries,
      maxSize: maxBytes,
      sizeCalculation: (entry, key) => entrySize(entry, key),
      // Read the clock on every check: lru-cache otherwise caches it for a millisecond with a timer.
      ttlResolution: 0,
      perf: { now },
    });
  }

  get(key: string): CacheEntry | undefined {
    return this.#lru.get(key);
  }

  set(key: string, entry: CacheEntry, ttlMs: number): void {
    if (ttlMs > 0) this.#lru.set(key, entry, { ttl: ttlMs });
  }

  delete(key: string): void {
    this.#lru.delete(key);
  }

  /** Drops every entry. */
  clear(): void {
    this.#lru.clear();
  }

  /** How many entries are kept now. */
  get size(): number {
    return this.#lru.size;
  }

  /** How many bytes the entries take now, counted as `maxBytes` counts them. */
  get bytes(): number {
    return this.#lru.calculatedSize;
  }
}

function entrySize(entry: CacheEntry, key: string): number {
  let n = ENTRY_OVERHEAD + key.length + entry.body.length + entry.url.length;
  for (const name in entry.headers) n += name.length + entry.headers[name]!.length;
  return n;
}
