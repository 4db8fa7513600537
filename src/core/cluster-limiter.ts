/**
 * One credential's limiter shared by every process through Redis: bottleneck's cluster mode
 * (`datastore: 'ioredis'`), where the queue and the in-flight cap (`maxConcurrent`) live in Redis and
 * are updated atomically by bottleneck's Lua scripts. As in one process (limiter.ts), bottleneck
 * decides which call goes and how many are in flight, and the moment each call starts is decided by
 * the send gate's rules — here a claim on Redis (below): bottleneck's own spacing counts from when a
 * slot is handed out, and each hand-out that comes late (a publish, a round trip, a busy event loop)
 * would push every later one back, about 10 % of the pace on a loaded machine.
 *
 * Loaded lazily by the pacer, and only when `rateLimit.redis` is set: the full `bottleneck` and
 * `ioredis` are imported through a computed specifier, so bundlers (edge builds) never pull them in.
 *
 * Four things bottleneck does not do, done here with small Lua scripts on its own settings hash:
 * - a 429 pause reaches every process: no start is claimed before its end (`chartstackPausedUntil`),
 *   and bottleneck's next free slot (`nextRequest`) is pushed there too;
 * - the pace is the fleet's: each process asks for the spacing its own observations call for (the
 *   learned limit and its jitter margin, pace-margin.ts); the largest request wins at once, and a
 *   lower one only after the process that asked for more has not re-asserted it for a few seconds.
 *   A changed spacing re-spaces the next slot from the last one handed out, instead of waiting one
 *   old (slow) interval first;
 * - the learned limit is kept (`chartstackLimit`), so a process joining the fleet starts at the
 *   fleet's pace without probing the API first (issue #19);
 * - the limit holds for the moments calls really start, not only for the slots handed out: a process
 *   whose timer fires late (a busy event loop, a GC pause) would otherwise start right before the next
 *   process's on-time call. Each call claims its start on Redis' own clock (`TIME`, so clocks of
 *   different machines do not matter), by the send gate's two rules (send-gate.ts): at most n starts
 *   in any n spacings (the recent starts are kept in a capped list), and an even schedule that lets a
 *   start come up to half a spacing early, so that one late start does not push every later one back.
 *
 * Our own Redis connections run without an offline queue, so a Redis outage surfaces as an error at
 * once (and the pacer falls back to local pacing) instead of commands piling up for minutes. They
 * carry the user's key prefix (ioredis `keyPrefix`), so every key chartstack writes starts with it,
 * and their sockets are unref'd: a pending call keeps the process alive (keep-alive.ts), an idle
 * shared limiter does not.
 */

/** The part of an ioredis client this module uses. */
interface RedisClient {
  duplicate(override?: Record<string, unknown>): RedisClient;
  eval(script: string, numKeys: number, ...args: Array<string | number>): Promise<unknown>;
  disconnect(): void;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** The part of bottleneck (full build) this module uses. */
interface BottleneckLike {
  schedule<T>(options: { expiration?: number; priority?: number }, fn: () => Promise<T>): Promise<T>;
  updateSettings(options: { maxConcurrent?: number }): Promise<unknown>;
  ready(): Promise<unknown>;
  on(event: 'error', listener: (err: unknown) => void): void;
  stop(options?: { dropWaitingJobs?: boolean }): Promise<void>;
  disconnect(flush?: boolean): Promise<void> | void;
}
interface BottleneckModule {
  new (options: Record<string, unknown>): BottleneckLike;
  IORedisConnection: new (options: Record<string, unknown>) => {
    on(event: 'error', listener: (err: unknown) => void): void;
    disconnect(flush?: boolean): Promise<void>;
    ready: Promise<unknown>;
    client: unknown;
    subscriber: unknown;
  };
}

export interface ClusterLimiterOptions {
  /** Limiter id; bottleneck's keys are `<prefix>b_<id>_*`. Same prefix and id = same shared budget. */
  id: string;
  /** Prefix of every key written (ioredis `keyPrefix` on our own connections). */
  prefix: string;
  /** An ioredis client (it is duplicated, never used directly), a Redis URL, or ioredis options. */
  redis: unknown;
  /**
   * In-flight cap for a budget created by this process (an existing shared budget keeps its settings).
   * A header-driven limiter starts at 1, so the first call of the whole fleet goes alone and sets the
   * pace (see `setMaxConcurrent`).
   */
  maxConcurrent: number;
  /** Spacing between request starts, ms. */
  minTime: number;
  /** A pause already known when connecting (epoch ms). */
  pausedUntil?: number;
  /** Called (possibly several times) when Redis fails after connecting. */
  onFailure(reason: unknown): void;
  /** Requests per second of this process's pace, until the fleet knows the limit (the window rule's n). */
  perSecond: number;
  /** How long connecting may take before giving up, ms. Default 3 s. */
  connectTimeoutMs?: number;
}

/** Shared keys expire after this long without use (bottleneck's `timeout`), so stale state cleans itself. */
const KEY_TTL_MS = 15 * 60_000;

/** Keep the next free slot at or after the pause end, for every process. */
const PAUSE_SCRIPT = `
if redis.call('exists', KEYS[1]) == 0 then return 0 end
local untilMs = tonumber(ARGV[1])
local paused = tonumber(redis.call('hget', KEYS[1], 'chartstackPausedUntil')) or 0
if untilMs > paused then redis.call('hset', KEYS[1], 'chartstackPausedUntil', untilMs) end
local nextRequest = tonumber(redis.call('hget', KEYS[1], 'nextRequest')) or 0
if untilMs > nextRequest then redis.call('hset', KEYS[1], 'nextRequest', untilMs) end
return 1`;

/**
 * A process asks for a spacing (ARGV[1], ms) and reports the limit it learned (ARGV[2], '' if none).
 * - A limit the fleet did not know yet is news for everyone: it is stored, and its spacing applies
 *   at once, whichever way it moves the pace.
 * - A process that has not learned the limit the fleet knows, or has not measured its margin yet
 *   (ARGV[4] ~= '1'), has nothing to say about the spacing (it adopts the fleet's limit from the reply).
 * - Otherwise more spacing wins at once, and less only once whoever asked for the current spacing has
 *   not re-asserted it for ARGV[3] ms.
 * A change re-spaces the next start from the last one claimed. Time is Redis' own (\`TIME\`), so
 * the clocks of different machines do not matter. Returns the fleet's limit ('' if none).
 */
const PACE_SCRIPT = `
if redis.call('exists', KEYS[1]) == 0 then return '' end
local t = redis.call('time')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local known = redis.call('hget', KEYS[1], 'chartstackLimit') or ''
local newMin = tonumber(ARGV[1])
local oldMin = tonumber(redis.call('hget', KEYS[1], 'chartstackMinTime')) or 0
local assertedAt = tonumber(redis.call('hget', KEYS[1], 'chartstackPaceAt')) or 0
if ARGV[2] ~= '' and ARGV[2] ~= known then
  redis.call('hset', KEYS[1], 'chartstackLimit', ARGV[2])
  known = ARGV[2]
elseif ARGV[2] ~= known or ARGV[4] ~= '1' then
  return known
elseif newMin == oldMin then
  redis.call('hset', KEYS[1], 'chartstackPaceAt', now)
  return known
elseif newMin < oldMin and now - assertedAt < tonumber(ARGV[3]) then
  return known
end
if newMin ~= oldMin then
  local nextStart = tonumber(redis.call('hget', KEYS[1], 'chartstackNextStart')) or 0
  redis.call('hset', KEYS[1], 'chartstackMinTime', newMin)
  redis.call('hset', KEYS[1], 'chartstackNextStart', nextStart - oldMin + newMin)
end
redis.call('hset', KEYS[1], 'chartstackPaceAt', now)
return known`;
/** How long a requested spacing holds against lower requests without being re-asserted, ms. */
const PACE_HOLD_MS = 3_000;
/** (Processes re-assert the spacing they ask for every second while they keep sending: limiter.ts.) */

/**
 * Claims a start (KEYS: the settings hash, the recent starts — a sorted set of start times; ARGV: this
 * process's limit per window n — the fleet's learned limit wins —, the keys' time to live, the
 * claim's id). Returns 0 when the call may start now (the start is recorded), else how long to wait
 * before asking again, ms. Nothing is reserved ahead: a process that wakes late would otherwise send
 * after a reservation that the other processes already counted on, and the fleet's requests would
 * bunch. The schedule lets a start come half a spacing early, so a claim that comes back a little late
 * after its wait does not push every later start back.
 */
const CLAIM_SCRIPT = `
if redis.call('exists', KEYS[1]) == 0 then return 0 end
local t = redis.call('time')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local minTime = tonumber(redis.call('hget', KEYS[1], 'chartstackMinTime')) or 0
local n = math.max(1, math.floor(tonumber(redis.call('hget', KEYS[1], 'chartstackLimit')) or tonumber(ARGV[1])))
local nextStart = tonumber(redis.call('hget', KEYS[1], 'chartstackNextStart')) or 0
local paused = tonumber(redis.call('hget', KEYS[1], 'chartstackPausedUntil')) or 0
local bySchedule = nextStart - minTime / 2
local nth = redis.call('zrevrange', KEYS[2], n - 1, n - 1, 'withscores')
local byWindow = nth[2] and (tonumber(nth[2]) + n * minTime) or 0
local ready = math.max(bySchedule, byWindow, paused)
if ready > now then return math.ceil(ready - now) end
if byWindow > bySchedule + minTime / 2 then nextStart = now + minTime * 1.5 else nextStart = math.max(nextStart, now) + minTime end
redis.call('hset', KEYS[1], 'chartstackNextStart', nextStart)
redis.call('zadd', KEYS[2], now, ARGV[3])
redis.call('zremrangebyrank', KEYS[2], 0, -257)
redis.call('pexpire', KEYS[2], ARGV[2])
return 0`;

/** `import()` through a variable: bundlers leave it alone, so edge bundles carry neither module. */
const importOptional = (specifier: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ specifier) as Promise<Record<string, unknown>>;

function isClient(v: unknown): v is RedisClient {
  return typeof (v as RedisClient | null)?.duplicate === 'function' && typeof (v as RedisClient).eval === 'function';
}

/** Our own connection: no offline queue (fail fast), one retry per command, the user's key prefix. */
const ownConnection = (keyPrefix: string) => ({ enableOfflineQueue: false, maxRetriesPerRequest: 1, keyPrefix });

async function ownClient(redis: unknown, keyPrefix: string): Promise<RedisClient> {
  if (isClient(redis)) return redis.duplicate(ownConnection(keyPrefix));
  const mod = await importOptional('ioredis').catch(() => {
    throw new Error('rateLimit.redis needs the `ioredis` package: npm install ioredis');
  });
  const Redis = (mod.default ?? mod) as new (...args: unknown[]) => RedisClient;
  const own = ownConnection(keyPrefix);
  return typeof redis === 'string' ? new Redis(redis, own) : new Redis({ ...(redis as object), ...own });
}

/**
 * Lets an idle connection's socket stop holding the process (ioredis has no `unref` of its own).
 * bottleneck's subscriber connection is a duplicate made later; it is unref'd the same way on connect.
 */
function unrefSocket(client: unknown): void {
  const c = client as { stream?: { unref?: () => void }; on?: (e: string, l: () => void) => void };
  c.stream?.unref?.();
  c.on?.('connect', () => c.stream?.unref?.());
}

export class ClusterLimiter {
  readonly #limiter: BottleneckLike;
  readonly #connection: { disconnect(flush?: boolean): Promise<void> };
  readonly #client: RedisClient;
  readonly #settingsKey: string;
  readonly #startsKey: string;
  /** The limit per window the window rule counts with (the learned limit, or the default). */
  #perWindow = 1;
  /** Ids of this process's claims: a random prefix and a counter. */
  readonly #claimPrefix = `${Math.random().toString(36).slice(2)}:`;
  #claims = 0;
  #closed = false;
  /** The limit the fleet learned before this process joined (undefined for a new budget). */
  readonly knownLimit: number | undefined;

  private constructor(
    limiter: BottleneckLike,
    connection: { disconnect(flush?: boolean): Promise<void> },
    client: RedisClient,
    id: string,
    knownLimit: number | undefined,
    perSecond: number,
  ) {
    this.#perWindow = Math.max(1, Math.floor(knownLimit ?? perSecond));
    this.#limiter = limiter;
    this.#connection = connection;
    this.#client = client;
    this.#settingsKey = `b_${id}_settings`;
    this.#startsKey = `b_${id}_chartstack_started`;
    this.knownLimit = knownLimit;
  }

  /** Connects and joins (or creates) the shared limiter. Rejects if Redis cannot be reached in time. */
  static async connect(opts: ClusterLimiterOptions): Promise<ClusterLimiter> {
    const client = await ownClient(opts.redis, opts.prefix);
    unrefSocket(client);
    // ioredis reports connection trouble as 'error' events; until we are connected, the timeout decides.
    let connected = false;
    client.on('error', (err) => {
      if (connected) opts.onFailure(err);
    });
    try {
      const mod = await importOptional('bottleneck').catch(() => {
        throw new Error('rateLimit.redis needs the full `bottleneck` package (a dependency of chartstack).');
      });
      const Bottleneck = (mod.default ?? mod) as BottleneckModule;
      const connection = new Bottleneck.IORedisConnection({ client, Redis: (client as object).constructor });
      unrefSocket(connection.subscriber);
      const limiter = new Bottleneck({
        id: opts.id,
        datastore: 'ioredis',
        connection,
        // Join the budget other processes already share: never wipe it.
        clearDatastore: false,
        maxConcurrent: opts.maxConcurrent,
        // Spacing is the claim's (see the module comment), not bottleneck's.
        minTime: 0,
        timeout: KEY_TTL_MS,
      });
      await withTimeout(limiter.ready(), opts.connectTimeoutMs ?? 3_000, 'Redis did not answer in time');
      connected = true;
      limiter.on('error', (err) => opts.onFailure(err));
      connection.on('error', (err) => opts.onFailure(err));
      // A new budget starts at this process's spacing; a budget the fleet already shares keeps its own.
      const known = Number(
        await client
          .eval(`redis.call('hsetnx', KEYS[1], 'chartstackMinTime', ARGV[1]) return redis.call('hget', KEYS[1], 'chartstackLimit')`, 1, `b_${opts.id}_settings`, opts.minTime)
          .catch(() => undefined),
      );
      const cluster = new ClusterLimiter(limiter, connection, client, opts.id, known > 0 ? known : undefined, opts.perSecond);
      if (opts.pausedUntil && opts.pausedUntil > Date.now()) await cluster.pauseUntil(opts.pausedUntil);
      return cluster;
    } catch (err) {
      client.disconnect();
      throw err;
    }
  }

  /** Runs `run` when the shared budget allows. `expiration` frees the slot if this process dies mid-job. */
  schedule(run: () => Promise<void>, expiration?: number, priority?: number): Promise<void> {
    const options: { expiration?: number; priority?: number } = {};
    if (expiration) options.expiration = expiration;
    if (priority !== undefined) options.priority = priority;
    return this.#limiter.schedule(options, async () => {
      await this.#claimStart();
      return run();
    });
  }

  /** Waits until this call may really start (see the module comment). Redis trouble: start anyway. */
  async #claimStart(): Promise<void> {
    const claim = `${this.#claimPrefix}${++this.#claims}`;
    for (let i = 0; i < 100; i++) {
      const wait = Number(await this.#client.eval(CLAIM_SCRIPT, 2, this.#settingsKey, this.#startsKey, this.#perWindow, KEY_TTL_MS, claim).catch(() => 0));
      if (!(wait > 0)) return;
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  /** Holds every process's queue for this credential until `epochMs`. */
  async pauseUntil(epochMs: number): Promise<void> {
    await this.#client.eval(PAUSE_SCRIPT, 1, this.#settingsKey, Math.ceil(epochMs));
  }

  /**
   * Asks for a shared spacing (this process's learned limit with its margin; `measured` once the
   * margin rests on its own latencies), effective from the next start on, and records the learned
   * limit for processes that join later. Resolves with the limit the fleet knows, for a process that
   * has not learned it yet.
   */
  async setPace(minTime: number, limit: number | undefined, perSecond: number, measured: boolean): Promise<number | undefined> {
    const known = Number(await this.#client.eval(PACE_SCRIPT, 1, this.#settingsKey, minTime, limit ?? '', PACE_HOLD_MS, measured ? '1' : '0'));
    this.#perWindow = Math.max(1, Math.floor(known > 0 ? known : perSecond));
    return known > 0 ? known : undefined;
  }

  /** Sets the shared in-flight cap; every process is told to fill the new capacity at once. */
  async setMaxConcurrent(n: number): Promise<void> {
    await this.#limiter.updateSettings({ maxConcurrent: n });
  }

  /** Drops waiting jobs (the pacer has moved them) and releases both Redis connections. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#limiter.stop({ dropWaitingJobs: true }).catch(() => undefined);
    await this.#connection.disconnect(false).catch(() => undefined);
    this.#client.disconnect();
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${message} (${ms} ms)`)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
