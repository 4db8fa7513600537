/**
 * Redis as optional infrastructure: a command that fails, or does not answer in time, or is sent
 * while ioredis says the connection is down, yields `FAILED` instead of an error, and the store that
 * asked falls back (to memory, or to no cache). One warning per outage; Redis is tried again after
 * `retryAfterMs`, and a command that works again ends the outage.
 */

/** What a store needs to know about the connection (ioredis' `status`). */
export interface RedisStatus {
  readonly status?: string;
}

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
