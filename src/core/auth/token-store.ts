/**
 * Where access tokens live between calls. The default keeps them in memory; pass your own
 * (Redis, a KV namespace, a file) to share one token between processes or isolates.
 */

export interface StoredToken {
  /** The access token. */
  value: string;
  /** When it stops working, epoch milliseconds. */
  expiresAt: number;
}

export interface TokenStore {
  get(key: string): Promise<StoredToken | undefined> | StoredToken | undefined;
  set(key: string, token: StoredToken): Promise<void> | void;
  /** Drops a token that the API rejected, so no other process keeps using it. */
  delete(key: string): Promise<void> | void;
  /**
   * Optional: runs `fn` while holding an exclusive lock on `key` across everything that shares this
   * store (processes, isolates), so that only one of them exchanges credentials at a time. The token
   * manager re-reads the store inside the lock, so whoever waited finds the token the first one minted.
   * Without it, each process still mints at most once at a time (single flight per process).
   */
  lock?<T>(key: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

/** The default store: one process, one map. */
export class MemoryTokenStore implements TokenStore {
  #tokens = new Map<string, StoredToken>();
  get(key: string) { return this.#tokens.get(key); }
  set(key: string, token: StoredToken) { this.#tokens.set(key, token); }
  delete(key: string) { this.#tokens.delete(key); }
}
