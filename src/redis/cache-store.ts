/**
 * A `CacheStore` on Redis: every process that uses the same Redis and prefix shares one response
 * cache, so a read one process made is a hit for all of them. A missing entry is fetched by one
 * process while the others wait for it: on a miss, `get` claims the key (`SET NX` with a TTL); a
 * process that finds it claimed polls until the entry appears (or the claim lapses, and it claims
 * it itself). Each distinct read then goes upstream once per TTL for the whole fleet.
 *
 * Redis is optional infrastructure here: if it is unreachable or slow, the store answers "not
 * cached" (the calls go to the API, as without a cache), warns once, and tries Redis again a few
 * seconds later. It never makes a call fail.
 *
 * Entries are stored under `<prefix><key>` with a Redis expiry at the entry's own expiry (Redis and
 * this store use the wall clock: give the client no other `cache.clock` with it). Keys hold the
 * provider, a fingerprint of the credential (never the credential) and the request's URL; values
 * hold the response as the API sent it.
 */
import type { CacheEntry, CacheStore } from '../core/cache/store.js';
import { sleep } from '../core/sleep.js';
import { FAILED, ownerToken, RedisGuard, RELEASE_IF_OWNER, storeCommands, type RedisCommands, type StoreCommands } from './guard.js';

/** What the store needs from a Redis client (an ioredis client). */
export type RedisCacheCommands = RedisCommands;

export interface RedisCacheStoreOptions {
  /** Prefix of every key the store writes. Default `'chartstack:cache:'`. */
  prefix?: string;
  /** How long one Redis command may take before the store answers "not cached", ms. Default 500. */
  commandTimeoutMs?: number;
  /** After Redis failed, how long to go without it before trying again, ms. Default 5 000. */
  retryAfterMs?: number;
  /**
   * Longest a process waits for another process's fetch of the same key before fetching it itself
   * (a claim lapses after this long, e.g. when its process died), ms. Default 10 000.
   */
  claimTtlMs?: number;
  /** How often a waiting process looks for the entry, ms. Default 25. */
  pollMs?: number;
  /** Where the "Redis is unavailable" warning goes (once per outage). Default `console`. */
  logger?: { warn(message: string): void };
}

export class RedisCacheStore implements CacheStore {
  readonly #guard: RedisGuard<StoreCommands>;
  readonly #prefix: string;
  readonly #claimTtl: number;
  readonly #poll: number;
  /** Claims this process holds: key → owner token. */
  readonly #claims = new Map<string, string>();

  /**
   * @param redis an ioredis client (used as is: the store issues short commands only).
   * @example
   * ```ts
   * import { Redis } from 'ioredis';
   * import { RedisCacheStore } from 'chartstack/redis';
   * const cm = new Chartmetric({ refreshToken, cache: { store: new RedisCacheStore(new Redis(process.env.REDIS_URL!)) } });
   * ```
   */
  constructor(redis: RedisCacheCommands, options: RedisCacheStoreOptions = {}) {
    const commands = storeCommands(redis, 'RedisCacheStore');
    this.#prefix = options.prefix ?? 'chartstack:cache:';
    this.#claimTtl = options.claimTtlMs ?? 10_000;
    this.#poll = options.pollMs ?? 25;
    const logger = options.logger ?? console;
    const retryAfter = options.retryAfterMs ?? 5_000;
    this.#guard = new RedisGuard(commands, options.commandTimeoutMs ?? 500, retryAfter, (reason) =>
      logger.warn(
        `[chartstack:redis] Redis is unavailable for the response cache (${reason}); calls go to the API uncached meanwhile, and Redis is tried again every ${retryAfter / 1000} s.`,
      ),
    );
  }

  /** The key prefix. */
  get prefix(): string {
    return this.#prefix;
  }

  /**
   * The entry, or undefined when this process should fetch it. A miss claims the key for this
   * process; if another process holds the claim, waits (polling) for its entry, at most until the
   * claim lapses. Redis unusable: undefined at once (the call goes uncached).
   */
  async get(key: string, signal?: AbortSignal): Promise<CacheEntry | undefined> {
    const deadline = Date.now() + this.#claimTtl + this.#poll;
    for (;;) {
      const entry = await this.#read(key);
      if (entry !== undefined) return entry === FAILED ? undefined : entry;
      if (await this.#claim(key)) {
        // Stored between our read and our claim (its fetcher released just before): no fetch needed.
        const late = await this.#read(key);
        if (late === undefined || late === FAILED) return undefined;
        await this.release(key);
        return late;
      }
      if (Date.now() > deadline) return undefined;
      await sleep(this.#poll, signal);
    }
  }

  /**
   * The entry under `key`, if it is still fresh by its own expiry: one that another process's clock
   * (or Redis' expiry, which runs a little behind it) still keeps is treated as missing, so it is
   * claimed and fetched once instead of by every process that sees it stale.
   */
  async #read(key: string): Promise<CacheEntry | undefined | typeof FAILED> {
    const raw = await this.#guard.run((r) => r.get(this.#prefix + key));
    if (raw === FAILED) return FAILED;
    const entry = decode(raw);
    return entry && entry.expiresAt > Date.now() ? entry : undefined;
  }

  /** Stores the entry, then gives up this process's claim on the key (the waiting processes find it). */
  async set(key: string, entry: CacheEntry, ttlMs: number): Promise<void> {
    // Redis drops it when the entry itself expires (the TTL counted from its `storedAt`, not from now).
    const left = Math.ceil(entry.expiresAt - Date.now());
    const ttl = left > 0 && left < ttlMs ? left : Math.ceil(ttlMs);
    if (ttl > 0) await this.#guard.run((r) => r.set(this.#prefix + key, encode(entry), 'PX', ttl));
    await this.release(key);
  }

  async delete(key: string): Promise<void> {
    await this.#guard.run((r) => r.del(this.#prefix + key));
  }

  /** Claims `key` for this process (`SET NX PX`); true too when Redis is unusable (fetch without waiting). */
  async #claim(key: string): Promise<boolean> {
    const owner = ownerToken();
    const reply = await this.#guard.run((r) => r.set(`${this.#prefix}claim:${key}`, owner, 'PX', this.#claimTtl, 'NX'));
    if (reply === FAILED) return true;
    if (reply !== 'OK') return false;
    this.#claims.set(key, owner);
    return true;
  }

  /** Gives up this process's claim on `key`, if it holds one. */
  async release(key: string): Promise<void> {
    const owner = this.#claims.get(key);
    if (owner === undefined) return;
    this.#claims.delete(key);
    await this.#guard.run((r) => r.eval(RELEASE_IF_OWNER, 1, `${this.#prefix}claim:${key}`, owner));
  }
}

/**
 * Stored as one line of JSON metadata, a newline, then the body as received: the body is not
 * escaped into a JSON string (large chart bodies would grow and cost a second parse).
 */
function encode(entry: CacheEntry): string {
  const { body, ...meta } = entry;
  return `${JSON.stringify(meta)}\n${body}`;
}

function decode(raw: unknown): CacheEntry | undefined {
  if (typeof raw !== 'string') return undefined;
  const newline = raw.indexOf('\n');
  if (newline < 0) return undefined;
  try {
    const meta = JSON.parse(raw.slice(0, newline)) as Partial<CacheEntry>;
    if (typeof meta.status !== 'number' || typeof meta.url !== 'string' || typeof meta.storedAt !== 'number' || typeof meta.expiresAt !== 'number') return undefined;
    if (!meta.headers || typeof meta.headers !== 'object') return undefined;
    return { status: meta.status, headers: meta.headers, body: raw.slice(newline + 1), url: meta.url, storedAt: meta.storedAt, expiresAt: meta.expiresAt };
  } catch {
    return undefined;
  }
}
