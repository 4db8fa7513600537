/**
 * A `TokenStore` on Redis: every process that uses the same Redis and prefix shares one access token
 * per credential, and a lock makes the exchange single flight across processes — one exchange per
 * token lifetime for the whole fleet, and one (not one per process) after a 401.
 *
 * It degrades instead of failing: if Redis is unreachable or slow, the store answers from memory
 * (each process then holds its own token, as without Redis), warns once, and tries Redis again a few
 * seconds later. The lock is best-effort in the same way: it expires on its own if its holder dies,
 * and is renewed while a slow exchange is still running.
 *
 * Tokens are stored as JSON under `<prefix><key>` with a Redis expiry at the token's own expiry.
 * They are bearer credentials: give this prefix the same protection as the rest of your Redis.
 */
import { MemoryTokenStore, type StoredToken, type TokenStore } from '../core/auth/token-store.js';
import { sleep } from '../core/sleep.js';
import { FAILED, ownerToken, RedisGuard, RELEASE_IF_OWNER, storeCommands, type RedisCommands, type StoreCommands } from './guard.js';

export type { RedisCommands };

export interface RedisTokenStoreOptions {
  /** Prefix of every key the store writes. Default `'chartstack:'`. */
  prefix?: string;
  /** A lock expires after this long if its holder dies; renewed while the exchange runs. Default 30 000 ms. */
  lockTtlMs?: number;
  /** How often a process waiting for the lock tries again, ms. Default 50. */
  pollMs?: number;
  /** How long one Redis command may take before the store answers from memory, ms. Default 1 000. */
  commandTimeoutMs?: number;
  /** How long to keep answering from memory after Redis failed, before trying it again, ms. Default 5 000. */
  retryAfterMs?: number;
  /** Where "Redis is unavailable" warnings go (never with a token in them). Default `console`. */
  logger?: { warn(message: string): void };
}

/** Extends the lock only if we still hold it. */
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0`;

export class RedisTokenStore implements TokenStore {
  readonly #guard: RedisGuard<StoreCommands>;
  readonly #prefix: string;
  readonly #lockTtl: number;
  readonly #poll: number;
  /** The last tokens seen, for when Redis is away. */
  readonly #memory = new MemoryTokenStore();

  /**
   * @param redis an ioredis client (used as is: the store issues short commands only).
   * @example
   * ```ts
   * import Redis from 'ioredis';
   * import { RedisTokenStore } from 'chartstack/redis';
   * const tokenStore = new RedisTokenStore(new Redis(process.env.REDIS_URL!), { prefix: 'myapp:' });
   * const cm = new Chartmetric({ refreshToken, tokenStore });
   * ```
   */
  constructor(redis: RedisCommands, options: RedisTokenStoreOptions = {}) {
    const commands = storeCommands(redis, 'RedisTokenStore');
    this.#prefix = options.prefix ?? 'chartstack:';
    this.#lockTtl = options.lockTtlMs ?? 30_000;
    this.#poll = options.pollMs ?? 50;
    const logger = options.logger ?? console;
    const retryAfter = options.retryAfterMs ?? 5_000;
    // Only the reason's text reaches the warning (the guard's rule): command errors can carry their
    // arguments, a token among them, in other fields.
    this.#guard = new RedisGuard(commands, options.commandTimeoutMs ?? 1_000, retryAfter, (reason) =>
      logger.warn(
        `[chartstack:redis] Redis is unavailable for the token store (${reason}); keeping tokens in this process's memory and retrying Redis in ${retryAfter / 1000} s.`,
      ),
    );
  }

  /** The key prefix (a client's shared limiter uses it too, unless `rateLimit.prefix` says otherwise). */
  get prefix(): string {
    return this.#prefix;
  }

  async get(key: string): Promise<StoredToken | undefined> {
    const raw = await this.#guard.run((r) => r.get(this.#prefix + key));
    if (raw === FAILED) return this.#memory.get(key);
    const token = parse(raw);
    // Redis is the truth while it answers: a token another process deleted (a 401) is gone here too.
    if (token) this.#memory.set(key, token);
    else this.#memory.delete(key);
    return token;
  }

  async set(key: string, token: StoredToken): Promise<void> {
    this.#memory.set(key, token);
    const ttl = Math.floor(token.expiresAt - Date.now());
    if (ttl <= 0) return;
    await this.#guard.run((r) => r.set(this.#prefix + key, JSON.stringify({ value: token.value, expiresAt: token.expiresAt }), 'PX', ttl));
  }

  async delete(key: string): Promise<void> {
    this.#memory.delete(key);
    await this.#guard.run((r) => r.del(this.#prefix + key));
  }

  /** Runs `fn` holding `<prefix>lock:<key>`; without Redis, runs it at once (single flight per process still holds). */
  async lock<T>(key: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const lockKey = `${this.#prefix}lock:${key}`;
    const owner = ownerToken();
    const acquired = await this.#acquire(lockKey, owner, signal);
    if (!acquired) return fn();
    // Keep the lock while a slow exchange (timeouts, retries) is still running.
    const renew = setInterval(() => void this.#guard.run((r) => r.eval(RENEW, 1, lockKey, owner, this.#lockTtl)), Math.max(50, this.#lockTtl / 3));
    (renew as { unref?: () => void }).unref?.();
    try {
      return await fn();
    } finally {
      clearInterval(renew);
      await this.#guard.run((r) => r.eval(RELEASE_IF_OWNER, 1, lockKey, owner));
    }
  }

  /** True once the lock is ours; false when Redis is unusable or the holder outlived the lock's TTL. */
  async #acquire(lockKey: string, owner: string, signal?: AbortSignal): Promise<boolean> {
    const deadline = Date.now() + this.#lockTtl + this.#poll;
    for (;;) {
      const reply = await this.#guard.run((r) => r.set(lockKey, owner, 'PX', this.#lockTtl, 'NX'));
      if (reply === FAILED) return false;
      if (reply === 'OK') return true;
      if (Date.now() > deadline) return false;
      await sleep(this.#poll, signal);
    }
  }
}

function parse(raw: unknown): StoredToken | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    const v = JSON.parse(raw) as Partial<StoredToken>;
    return typeof v.value === 'string' && typeof v.expiresAt === 'number' ? { value: v.value, expiresAt: v.expiresAt } : undefined;
  } catch {
    return undefined;
  }
}
