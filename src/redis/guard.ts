/**
 * Redis as optional infrastructure, for the token store and the cache store alike: a command that
 * fails, or does not answer in time, or is sent while ioredis says the connection is down, yields
 * `FAILED` instead of an error, and the store that asked falls back (to memory, or to no cache). One
 * warning per outage; Redis is tried again after `retryAfterMs`, and a command that works again ends
 * the outage. Also the pieces both stores use: the client check, lock owners and the release script.
 */

/** What a store needs to know about the connection (ioredis' `status`). */
export interface RedisStatus {
  readonly status?: string;
}

/**
 * What the stores need from a Redis client: an ioredis client (typed loosely, so that ioredis'
 * overloaded command signatures fit and chartstack does not depend on its types).
 */
export interface RedisCommands extends RedisStatus {
  get(key: string): Promise<string | null>;
  set(...args: never[]): Promise<unknown>;
  del(...args: never[]): Promise<unknown>;
  eval(...args: never[]): Promise<unknown>;
  /** ioredis' connection state; when it says the connection is down, the store does not wait for it. */
  readonly status?: string;
}

/** The same commands with the argument lists the stores use. */
export interface StoreCommands extends RedisStatus {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ...args: Array<string | number>): Promise<unknown>;
  del(key: string): Promise<unknown>;
  eval(script: string, numKeys: number, ...args: Array<string | number>): Promise<unknown>;
}

/** The client a store was given, checked (a clear TypeError instead of a failure on first use). */
export function storeCommands(redis: RedisCommands, store: string): StoreCommands {
  if (!redis || typeof redis.get !== 'function' || typeof redis.set !== 'function' || typeof redis.eval !== 'function') {
    throw new TypeError(`${store} needs an ioredis client: new ${store}(new Redis(url)).`);
  }
  return redis as unknown as StoreCommands;
}

/** A value only this holder writes into a lock or claim key. */
export function ownerToken(): string {
  return `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;
}

/** Deletes a lock or claim only if this holder still has it (it may have lapsed and been taken). */
export const RELEASE_IF_OWNER = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;

/** ioredis states in which a command would only wait for a reconnect. */
const DOWN = new Set(['reconnecting', 'close', 'end']);

export const FAILED: unique symbol = Symbol('redis command failed');

export class RedisGuard<C extends RedisStatus> {
  readonly #redis: C;
  readonly #timeoutMs: number;
  readonly #retryAfterMs: number;
  readonly #warn: (reason: string) => void;
  #unavailableUntil = 0;
  #warned = false;

  constructor(redis: C, timeoutMs: number, retryAfterMs: number, warn: (reason: string) => void) {
    this.#redis = redis;
    this.#timeoutMs = timeoutMs;
    this.#retryAfterMs = retryAfterMs;
    this.#warn = warn;
  }

  /** Runs one command with a time limit; `FAILED` when Redis is unusable. */
  async run<T>(command: (redis: C) => Promise<T>): Promise<T | typeof FAILED> {
    if (Date.now() < this.#unavailableUntil) return FAILED;
    if (this.#redis.status && DOWN.has(this.#redis.status)) return this.#failed(new Error(`connection ${this.#redis.status}`));
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const result = await Promise.race([
        command(this.#redis),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${this.#timeoutMs} ms`)), this.#timeoutMs);
        }),
      ]);
      this.#warned = false;
      return result;
    } catch (err) {
      return this.#failed(err);
    } finally {
      clearTimeout(timer);
    }
  }

  #failed(err: unknown): typeof FAILED {
    this.#unavailableUntil = Date.now() + this.#retryAfterMs;
    if (!this.#warned) {
      this.#warned = true;
      // Only the reason's text: command errors can carry their arguments in other fields.
      this.#warn(err instanceof Error ? err.message : String(err));
    }
    return FAILED;
  }
}
