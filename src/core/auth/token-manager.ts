/**
 * The generic access-token manager behind Chartmetric's refresh-token exchange and Soundcharts'
 * OAuth client credentials (DESIGN.md, "Tokens"):
 * - single flight: however many calls need a token at once, one exchange runs;
 * - refreshed `refreshMargin` before expiry, so no call goes out with a token about to lapse;
 * - after a 401, `renew()` drops the rejected token (also from a shared store) and mints once; callers
 *   that were rejected with the same token share that one exchange (no stampede), and the pipeline
 *   replays the call once, never more;
 * - tokens live in a pluggable `TokenStore`, so processes can share them; a store with a `lock`
 *   (chartstack/redis) makes the exchange single flight across processes too: the exchange runs under
 *   the lock and first re-reads the store, so processes that waited reuse the token just minted — also
 *   after a 401, where only a token other than the rejected one counts (no stampede at the hour).
 */
import type { Redactor } from '../redact.js';
import type { StoredToken, TokenStore } from './token-store.js';
import { fingerprint, type AuthStrategy } from './types.js';

export interface MintedToken {
  token: string;
  /** Lifetime in seconds, as the token endpoint reports it. */
  expiresIn: number;
}

export interface TokenManagerOptions {
  /** Identifies the credential (non-secret); used as the store key. */
  key: string;
  store: TokenStore;
  /** Performs the exchange. Must throw an `AuthenticationError` for rejected credentials. */
  mint: (signal?: AbortSignal) => Promise<MintedToken>;
  redactor: Redactor;
  /** Refresh this long before expiry, ms. Default 60 s. */
  refreshMargin?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** How the token is attached. Default `Authorization: Bearer`. */
  toHeaders?: (token: string) => Record<string, string>;
}

export class TokenManager implements AuthStrategy {
  readonly credentialKey: string;
  #opts: TokenManagerOptions;
  #inflight: Promise<string> | undefined;
  /** Number of exchanges performed by this manager (observable in tests and the demo). */
  mints = 0;

  constructor(opts: TokenManagerOptions) {
    this.#opts = opts;
    this.credentialKey = `token:${opts.key}`;
  }

  #now(): number {
    return (this.#opts.now ?? Date.now)();
  }

  #toHeaders(token: string): Record<string, string> {
    return this.#opts.toHeaders ? this.#opts.toHeaders(token) : { authorization: `Bearer ${token}` };
  }

  /** A valid token: from the store if fresh enough, else from one shared exchange. */
  async token(signal?: AbortSignal): Promise<string> {
    const stored = await this.#opts.store.get(this.credentialKey);
    if (this.#fresh(stored)) {
      this.#opts.redactor.add(stored.value);
      return stored.value;
    }
    return this.#exchange(signal);
  }

  #fresh(stored: StoredToken | undefined): stored is StoredToken {
    return Boolean(stored && stored.expiresAt - (this.#opts.refreshMargin ?? 60_000) > this.#now());
  }

  /**
   * One exchange for every caller in this process. With a locking store, it runs under the store's
   * lock and first looks again: another process may have minted while we waited. `rejected` is the
   * header set a 401 came back with; a stored token that produces it does not count as fresh.
   */
  #exchange(signal?: AbortSignal, rejected?: string): Promise<string> {
    this.#inflight ??= (async () => {
      try {
        const { store } = this.#opts;
        if (!store.lock) return await this.#mint(signal);
        return await store.lock(
          this.credentialKey,
          async () => {
            const current = await store.get(this.credentialKey);
            const isRejected = current !== undefined && JSON.stringify(this.#toHeaders(current.value)) === rejected;
            if (this.#fresh(current) && !isRejected) {
              this.#opts.redactor.add(current.value);
              return current.value;
            }
            // Others stop picking up the rejected token while we mint (they wait for the lock instead).
            if (isRejected) await store.delete(this.credentialKey);
            return this.#mint(signal);
          },
          signal,
        );
      } finally {
        this.#inflight = undefined;
      }
    })();
    return this.#inflight;
  }

  async #mint(signal?: AbortSignal): Promise<string> {
    this.mints++;
    const minted = await this.#opts.mint(signal);
    this.#opts.redactor.add(minted.token);
    const lifetime = Number.isFinite(minted.expiresIn) && minted.expiresIn > 0 ? minted.expiresIn : 3600;
    await this.#opts.store.set(this.credentialKey, { value: minted.token, expiresAt: this.#now() + lifetime * 1000 });
    return minted.token;
  }

  async headers(signal?: AbortSignal): Promise<Record<string, string>> {
    return this.#toHeaders(await this.token(signal));
  }

  /**
   * After a 401: if the rejected token is still the current one, drop it and mint a new one;
   * if someone already replaced it, just use the new one. Returns true when a replay may help.
   */
  async renew(rejected: Record<string, string>, signal?: AbortSignal): Promise<boolean> {
    const stored = await this.#opts.store.get(this.credentialKey);
    const rejectedHeader = JSON.stringify(rejected);
    if (stored && JSON.stringify(this.#toHeaders(stored.value)) !== rejectedHeader && stored.expiresAt > this.#now()) {
      return true; // another caller already renewed it
    }
    if (this.#inflight) {
      await this.#inflight;
      return true;
    }
    // With a lock, the check-and-replace happens inside it (a delete out here could remove the token
    // another process has just minted); the exchange skips the rejected token by itself.
    if (!this.#opts.store.lock) await this.#opts.store.delete(this.credentialKey);
    await this.#exchange(signal, rejectedHeader);
    return true;
  }
}

/** A store key for a secret credential that reveals nothing about it. */
export const tokenKey = (provider: string, secret: string) => `${provider}:${fingerprint(secret)}`;
