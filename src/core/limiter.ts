/**
 * Pacing on bottleneck, one limiter per provider + credential (DESIGN.md, "Pacing"), the same for all
 * three providers; a provider only says where its limit comes from (`ProviderSpec.pacing`):
 * - created lazily on the first request (edge runtimes forbid timers at import time);
 * - spaced evenly (`minTime`), not bursted: Chartmetric's window slides, so bursts at the start of a
 *   second are punished (reference/chartmetric.md §2.2);
 * - driven by what the API says: `X-RateLimit-Limit` sets the pace; the margin below it follows the
 *   jitter seen in response latencies and rises a little on each 429 (pace-margin.ts); a 429 on a
 *   sliding window holds the queue only briefly, escalating on repeated 429s, never past the reset
 *   the server announced (`X-RateLimit-Reset`), and exactly as long as a `Retry-After` says;
 *   `X-RateLimit-Remaining: 0` while this process sent few calls means another client is using the
 *   account, and the queue waits for the reset;
 * - bottleneck orders the calls (retries first), caps how many are in flight and stops starting new
 *   ones during a pause; when each call really leaves is up to the send gate (send-gate.ts), which
 *   counts real send times against the window and keeps an even pace under load;
 * - the first call of a header-driven limiter goes out at once, alone: any plan allows one call, and
 *   its headers tell the pace; calls made meanwhile wait for that answer, not for a clock, and may
 *   then leave together within the window's budget (issue #19). The token exchange is not metered
 *   (its rate-limit headers are `"false"`) and is never paced.
 * With `rateLimit.redis`, the queue lives in Redis instead (bottleneck's cluster mode, see
 * cluster-limiter.ts): every process pacing the credential shares one budget, the learned limit and
 * margin, and a 429 pause reaches all of them. If Redis fails, pacing falls back to this process
 * alone with a warning (no crash), and tries Redis again later.
 */
import Bottleneck from 'bottleneck/light.js';
import type { ClusterLimiter } from './cluster-limiter.js';
/** Kept in step with cluster-limiter.ts (a type-only import keeps that Node-only module out of edge bundles). */
const PACE_REASSERT_MS = 1_000;
import { PaceMargin } from './pace-margin.js';
import type { RateLimitInfo } from './provider.js';
import { SendGate } from './send-gate.js';

export interface PacerOptions {
  /** Starting rate; the learned limit replaces it (never above `cap`). */
  perSecond: number;
  maxConcurrent: number;
  /** A ceiling the user set: learned limits never exceed it. */
  cap?: number | undefined;
  /** Whether response headers may change the rate (providers that send limits). */
  learn: boolean;
  /**
   * How the provider's window recovers after a 429 without `Retry-After`: `'sliding'` (default) frees
   * a slot as soon as the oldest request leaves it, so the queue holds for one spacing interval,
   * doubling on repeated 429s, never past the announced reset; `'fixed'` waits for the reset.
   */
  window?: 'sliding' | 'fixed';
  /**
   * Share this limiter between processes through Redis: an ioredis client (duplicated, never used
   * directly), a Redis URL, or ioredis connection options.
   */
  redis?: unknown;
  /** Prefix of every Redis key the shared limiter writes. Default `'chartstack:'`. */
  redisPrefix?: string | undefined;
  /** Where warnings go (Redis failing over to local pacing). */
  warn?: ((message: string) => void) | undefined;
  /** After Redis failed, how long to pace locally before trying Redis again, ms. Default 30 000. */
  sharedRetryMs?: number;
}

/** What a response tells the pacer besides its rate-limit headers. */
export interface ResponseTiming {
  /** The documented route (latency baselines are kept per route). */
  route: string;
  /** From sending the request to its response headers, ms. */
  latencyMs: number;
}

/** Per-call scheduling options. */
export interface ScheduleOptions {
  /** With Redis, a slot held longer than this is freed for the other processes (this one died mid-call). */
  maxRunMs?: number | undefined;
  /** A retry goes before calls that have not been sent yet. */
  retry?: boolean | undefined;
}

/** After Redis failed, how long to pace locally before trying Redis again. */
const CLUSTER_RETRY_MS = 30_000;
/** How long a shared slot may be held before Redis frees it (a process that died mid-request). */
const DEFAULT_MAX_RUN_MS = 5 * 60_000;
/** The window the limits are per (every provider's documented limit is per second). */
const WINDOW_MS = 1000;
/** Spacing changes smaller than this fraction are not applied (with Redis, each costs a round trip). */
const RESPACE_THRESHOLD = 0.02;
/** How long a pause lasts when a 503 says nothing about when to come back. */
const DEFAULT_503_PAUSE_MS = 1000;
/** Latencies a process measures before its margin counts in a shared (Redis) budget. */
const SHARED_MIN_SAMPLES = 8;
/** The margin of a shared budget's first calls (pace-margin.ts starts at it too). */
const CAUTIOUS_MARGIN = 0.15;
/** bottleneck priorities: lower runs first. */
const PRIORITY_RETRY = 4;
const PRIORITY_NEW = 5;

/** A call waiting for a shared slot; `run` executes the call at most once, wherever it gets a slot. */
interface SharedJob {
  started: boolean;
  retry: boolean;
  run(): Promise<void>;
}

export class Pacer {
  readonly key: string;
  #opts: PacerOptions;
  #limiter: Bottleneck | undefined;
  /** The limit in requests per window (the learned one, or the default). */
  #perSecond: number;
  readonly #margin = new PaceMargin();
  /** The spacing applied now, ms. */
  #minTime: number;
  #pausedUntil = 0;
  /** When each local call may leave (send-gate.ts). */
  readonly #gate: SendGate;
  /** 429s since the last accepted call: a sliding window's pause doubles with each. */
  #rejectedInARow = 0;
  /** While the first call of a header-driven limiter is out, the others wait here. */
  #probe: Promise<void> | undefined;
  #probesLeft = 3;
  /** The shared limiter on Redis, once connected (or being connected). */
  #cluster: Promise<ClusterLimiter | undefined> | undefined;
  /** Set while Redis is unusable: pace locally until then (epoch ms). */
  #localUntil = 0;
  /** One warning per outage: set when warned, cleared once Redis works again. */
  #warned = false;
  /** Calls queued on the shared limiter and not started yet (moved to local pacing if Redis fails). */
  #sharedWaiting = new Set<SharedJob>();
  /**
   * Whether the shared limiter runs at full concurrency. A header-driven one starts at one call in
   * flight (fleet-wide), so the first call sets the pace before a queue builds at the slow default.
   */
  #sharedLearned: boolean;
  #sharedUnmetered = 0;
  /** The spacing this process last wrote to the shared budget, and when. */
  #sharedMinTime: number | undefined;
  #sharedWrittenAt = 0;
  /** Counters for tests, the demo, benchmarks and `client.usage`. */
  readonly stats = {
    scheduled: 0,
    pauses: 0,
    learnedLimit: undefined as number | undefined,
    sharedFallbacks: 0,
    /** Total time calls spent waiting for their turn (queue, pauses, spacing), ms. */
    waitedMs: 0,
  };

  constructor(key: string, opts: PacerOptions) {
    this.key = key;
    this.#opts = opts;
    this.#perSecond = Math.min(opts.perSecond, opts.cap ?? Infinity);
    this.#sharedLearned = !opts.learn;
    this.#minTime = this.#spacingFor(this.#perSecond);
    this.#gate = new SendGate(this.#minTime, this.#perSecond);
  }

  /**
   * Gets ready for a first call: with Redis, starts connecting the shared limiter now, so that the
   * connection is made while the call's token is exchanged rather than after.
   */
  prepare(): void {
    if (this.shared && !this.#cluster) void this.#connectCluster();
  }

  /** Current limit the pace is derived from, requests per second. */
  get perSecond(): number {
    return this.#perSecond;
  }

  /** The spacing between request starts now, ms (the limit with its margin). */
  get minTime(): number {
    return this.#minTime;
  }

  /** The margin below the limit now (0.05 = pacing at limit / 1.05). */
  get margin(): number {
    return this.#margin.value;
  }

  /** Whether calls are paced through Redis right now (false without `redis`, or while falling back). */
  get shared(): boolean {
    return this.#opts.redis !== undefined && Date.now() >= this.#localUntil;
  }

  /** One window over the limit, stretched by the margin; to a tenth of a millisecond (timers round it). */
  #spacingFor(perSecond: number): number {
    return Math.ceil((WINDOW_MS / perSecond) * (1 + this.#margin.value) * 10) / 10;
  }

  /** The local queue: order and in-flight cap only; spacing and pauses are the gate's. */
  #get(): Bottleneck {
    return (this.#limiter ??= new Bottleneck({ maxConcurrent: this.#opts.maxConcurrent }));
  }

  /**
   * Runs `fn` when pacing allows. A call aborted while queued never runs.
   * For providers that announce their limit in headers, the first call goes out at once and alone:
   * its response sets the pace, and the calls behind it are spaced from the moment it left.
   */
  schedule<T>(fn: () => Promise<T>, signal?: AbortSignal, options: ScheduleOptions = {}): Promise<T> {
    this.stats.scheduled++;
    const queuedAt = Date.now();
    const timed = () => {
      this.stats.waitedMs += Date.now() - queuedAt;
      return fn();
    };
    if (this.shared) return this.#sharedSchedule(timed, signal, options);
    return this.#schedule(timed, signal, options);
  }

  // ---------- shared (Redis) pacing ----------

  /**
   * Queues on the shared limiter. Probing is fleet-wide here: a new shared budget of a header-driven
   * provider allows one call in flight until a response tells the limit (see `observe`); a process
   * joining a budget whose limit is known starts at that pace (cluster-limiter.ts).
   */
  #sharedSchedule<T>(fn: () => Promise<T>, signal: AbortSignal | undefined, options: ScheduleOptions): Promise<T> {
    const result = new Promise<T>((resolve, reject) => {
      const job: SharedJob = {
        started: false,
        retry: Boolean(options.retry),
        run: () => {
          if (job.started) return Promise.resolve();
          job.started = true;
          this.#sharedWaiting.delete(job);
          // Aborted while queued: never send.
          if (signal?.aborted) {
            reject(signal.reason);
            return Promise.resolve();
          }
          // The shared job lasts as long as the call (it holds a concurrency slot), but never fails:
          // only Redis trouble may reject a shared job, and that is what triggers the fallback.
          return fn().then(resolve, reject);
        },
      };
      this.#sharedWaiting.add(job);
      void this.#connectCluster().then((cluster) => {
        // No cluster (failed to connect): the fallback already moved this job to local pacing.
        if (!cluster || job.started || !this.#sharedWaiting.has(job)) return;
        const priority = job.retry ? PRIORITY_RETRY : PRIORITY_NEW;
        cluster.schedule(job.run, (options.maxRunMs ?? DEFAULT_MAX_RUN_MS) + 10_000, priority).catch((err: unknown) => {
          if (!job.started) this.#fallBack(err);
        });
      });
    });
    return abortable(result, signal);
  }

  #connectCluster(): Promise<ClusterLimiter | undefined> {
    return (this.#cluster ??= import('./cluster-limiter.js')
      .then(({ ClusterLimiter }) =>
        ClusterLimiter.connect({
          id: `limiter:${this.key}`,
          redis: this.#opts.redis,
          prefix: this.#opts.redisPrefix ?? 'chartstack:',
          maxConcurrent: this.#sharedLearned ? this.#opts.maxConcurrent : 1,
          // bottleneck's Lua scripts need whole milliseconds.
          minTime: Math.ceil(this.#minTime),
          pausedUntil: this.#pausedUntil,
          onFailure: (err) => this.#fallBack(err),
          perSecond: this.#perSecond,
        }),
      )
      .then((cluster) => {
        this.#warned = false;
        // The fleet already knows the limit: start at its pace, without a probe of our own (#19).
        if (this.#opts.learn && cluster.knownLimit !== undefined) {
          this.#learn(cluster.knownLimit);
          this.#sharedLearned = true;
        }
        return cluster;
      })
      .catch((err: unknown) => {
        this.#fallBack(err);
        return undefined;
      }));
  }

  /** Redis failed: warn once, move every waiting call to local pacing, retry Redis later. */
  #fallBack(reason: unknown): void {
    if (Date.now() < this.#localUntil) return;
    const retryMs = this.#opts.sharedRetryMs ?? CLUSTER_RETRY_MS;
    this.#localUntil = Date.now() + retryMs;
    this.#sharedMinTime = undefined;
    this.stats.sharedFallbacks++;
    if (!this.#warned) this.#opts.warn?.(
      `Shared rate limiting through Redis failed (${reason instanceof Error ? reason.message : String(reason)}); ` +
        `pacing ${this.key.split('|')[0]} calls in this process alone for now (other processes are not counted), and retrying Redis every ${retryMs / 1000} s.`,
    );
    this.#warned = true;
    this.#moveSharedToLocal();
    const cluster = this.#cluster;
    this.#cluster = undefined;
    void cluster?.then((c) => c?.close()).catch(noop);
  }

  #moveSharedToLocal(): void {
    const waiting = [...this.#sharedWaiting];
    this.#sharedWaiting.clear();
    for (const job of waiting) void this.#limited(job.run, undefined, job.retry).catch(noop);
  }

  /**
   * Releases the Redis connections of a shared limiter (calls still waiting are paced locally).
   * The pacer stays usable: the next call reconnects.
   */
  async close(): Promise<void> {
    const cluster = this.#cluster;
    this.#cluster = undefined;
    this.#sharedMinTime = undefined;
    this.#moveSharedToLocal();
    await cluster?.then((c) => c?.close()).catch(noop);
  }

  // ---------- local pacing ----------

  #schedule<T>(fn: () => Promise<T>, signal: AbortSignal | undefined, options: ScheduleOptions): Promise<T> {
    const probing = this.#opts.learn && this.stats.learnedLimit === undefined && this.#probesLeft > 0;
    if (!probing) return this.#limited(fn, signal, options.retry);
    if (this.#probe) return abortable(this.#probe, signal).then(() => this.#schedule(fn, signal, options));
    // This call is the probe: it goes now, and the calls behind it wait for its answer. An answer
    // without a limit (a 401 sends "false") teaches nothing, so the next call probes again, at most a
    // few times before falling back to the default pace.
    this.#probesLeft--;
    const run = this.#gate.acquire(signal).then(fn);
    this.#probe = run.then(noop, noop).then(() => {
      this.#probe = undefined;
    });
    return run;
  }

  #limited<T>(fn: () => Promise<T>, signal: AbortSignal | undefined, retry = false): Promise<T> {
    const limiter = this.#get();
    const job = limiter.schedule({ priority: retry ? PRIORITY_RETRY : PRIORITY_NEW }, async () => {
      // Aborted while queued: never send.
      if (signal?.aborted) throw signal.reason;
      await this.#gate.acquire(signal);
      return fn();
    });
    // Leave the queue at once on abort (the slot itself is skipped when its turn comes).
    return abortable(job, signal);
  }

  // ---------- what responses say ----------

  /**
   * Feeds one response in: its rate-limit headers (`info`), its status and, when known, how long it
   * took. Returns how long the queue now pauses because of it, ms (0 when it does not).
   * `info.retryAfterMs` is the server's explicit `Retry-After`, if it sent one.
   */
  observe(info: RateLimitInfo, status: number, timing?: ResponseTiming): number {
    if (timing) this.#margin.sample(timing.route, timing.latencyMs);
    const metered = info.limit !== undefined && info.limit > 0 && Number.isFinite(info.limit);
    if (this.#opts.learn && metered) {
      this.stats.learnedLimit = info.limit;
      this.#learn(info.limit!);
      // The fleet's spacing first, then its full concurrency: released the other way round, a call of
      // another process could take its slot at the slow default spacing (one Redis connection keeps
      // the two commands in this order).
      this.#respace();
      this.#releaseShared();
    } else if (this.#opts.learn && !this.#sharedLearned && ++this.#sharedUnmetered >= 3) {
      // Unmetered answers (a token call, a 401) teach nothing; after a few, run at the default pace.
      this.#releaseShared();
    }
    const now = Date.now();
    let pause = 0;
    if (status === 429) {
      this.#margin.rejected();
      this.#rejectedInARow++;
      this.#respace();
      pause = this.#pauseAfter429(info, now);
    } else if (status === 503) {
      pause = info.retryAfterMs ?? (info.resetAt !== undefined ? info.resetAt - now : DEFAULT_503_PAUSE_MS);
    } else if (status < 400) {
      this.#margin.accepted();
      this.#rejectedInARow = 0;
      // The window is used up while this process sent only a few calls in it: another client is
      // using the account. Wait for the reset instead of spending 429s to find out.
      const alone = !this.shared;
      if (alone && info.remaining === 0 && info.resetAt !== undefined && info.limit !== undefined && this.#gate.sentWithin(WINDOW_MS, now) < info.limit / 2) {
        pause = info.resetAt - now;
      }
    }
    this.#respace();
    if (pause > 0) this.pause(pause);
    return Math.max(0, pause);
  }

  /**
   * How long to hold the queue after a 429: exactly a `Retry-After`; on a sliding window one spacing
   * interval, doubling with each 429 in a row, but never past the announced reset (the window has a
   * free slot by then); on a fixed window (or with no spacing to go by) until the reset.
   */
  #pauseAfter429(info: RateLimitInfo, now: number): number {
    if (info.retryAfterMs !== undefined) return info.retryAfterMs;
    const untilReset = info.resetAt !== undefined ? Math.max(0, info.resetAt - now) : undefined;
    if ((this.#opts.window ?? 'sliding') === 'fixed') return untilReset ?? WINDOW_MS;
    const escalating = Math.min(WINDOW_MS, this.#minTime * 2 ** (this.#rejectedInARow - 1));
    return untilReset === undefined ? escalating : Math.min(untilReset, escalating);
  }

  #learn(limit: number): void {
    this.#perSecond = Math.min(limit, this.#opts.cap ?? Infinity);
  }

  /** Applies the current limit and margin to the queue's spacing (local, and shared when on Redis). */
  #respace(): void {
    const next = this.#spacingFor(this.#perSecond);
    if (Math.abs(next - this.#minTime) > this.#minTime * RESPACE_THRESHOLD) {
      this.#minTime = next;
      this.#gate.configure(next, this.#perSecond);
    }
    // The shared budget takes the largest spacing any process asks for; a process re-asserts its own
    // every few seconds, so one that stopped asking stops holding the fleet back (cluster-limiter.ts).
    const now = Date.now();
    // Before a few of its own latencies are in, a process's margin says little either way: it does
    // not hold the fleet to its view, and what it brings (a newly learned limit) is paced with the
    // cautious margin at least — the fleet's first calls leave from processes that are just starting.
    const measured = this.#margin.samples >= SHARED_MIN_SAMPLES;
    const shared = measured ? Math.ceil(this.#minTime) : Math.max(Math.ceil(this.#minTime), Math.ceil((WINDOW_MS / this.#perSecond) * (1 + CAUTIOUS_MARGIN)));
    if (this.#cluster && (this.#sharedMinTime !== shared || now - this.#sharedWrittenAt > PACE_REASSERT_MS)) {
      const minTime = (this.#sharedMinTime = shared);
      this.#sharedWrittenAt = now;
      const limit = this.stats.learnedLimit;
      void this.#cluster
        .then((c) => c?.setPace(minTime, limit, this.#perSecond, measured))
        .then((known) => {
          // Another process learned the limit: pace by it too (and say so on the next response).
          if (this.#opts.learn && known !== undefined && known !== limit) {
            this.stats.learnedLimit = known;
            this.#learn(known);
            this.#sharedMinTime = undefined;
          }
        })
        .catch(noop);
    }
  }

  /** The shared budget leaves its one-call probing phase (once per process; a no-op when already done). */
  #releaseShared(): void {
    if (this.#sharedLearned) return;
    this.#sharedLearned = true;
    if (this.#cluster) void this.#cluster.then((c) => c?.setMaxConcurrent(this.#opts.maxConcurrent)).catch(noop);
  }

  /** Holds every queued call of this credential for `ms`. */
  pause(ms: number): void {
    const until = Date.now() + ms;
    if (until <= this.#pausedUntil) return;
    this.#pausedUntil = until;
    this.stats.pauses++;
    // Calls waiting at the gate hold too. A pause sets no timer of its own: with nothing waiting it
    // must not keep a process alive, and whatever waits keeps it alive by itself (keep-alive.ts).
    this.#gate.hold(until);
    // Every process sharing the credential waits too (a pause known before connecting is applied on connect).
    if (this.#cluster) void this.#cluster.then((c) => c?.pauseUntil(until)).catch(noop);
  }

  /** Ms until a pause ends (0 when not paused). */
  pausedFor(): number {
    return Math.max(0, this.#pausedUntil - Date.now());
  }
}

const noop = () => undefined;

/** Settles like `p`, or rejects with the signal's reason as soon as it aborts. */
function abortable<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Limiters are shared by every client of the same provider and credential in this process, so two
 * clients built from the same key cannot together exceed the account's limit. The first client's
 * options create the limiter.
 */
const registry = new Map<string, Pacer>();

export function pacerFor(key: string, opts: PacerOptions): Pacer {
  let pacer = registry.get(key);
  if (!pacer) registry.set(key, (pacer = new Pacer(key, opts)));
  return pacer;
}

/** Forgets every shared limiter (tests), releasing Redis connections. */
export function resetPacers(): void {
  for (const pacer of registry.values()) void pacer.close();
  registry.clear();
}
