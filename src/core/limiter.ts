/**
 * Pacing on bottleneck, one limiter per provider + credential (DESIGN.md, "Pacing"):
 * - created lazily on the first request (edge runtimes forbid timers at import time);
 * - spaced evenly (`minTime`), not bursted: Chartmetric's window is sliding, so bursts at the start
 *   of a second are punished (reference/chartmetric.md §2.2);
 * - driven by the API's own headers: a learned `X-RateLimit-Limit` re-spaces the queue;
 * - a 429 pauses the whole queue for that credential by setting bottleneck's reservoir to 0 until
 *   the reset, so queued calls wait instead of failing.
 * With `rateLimit.redis`, the queue lives in Redis instead (bottleneck's cluster mode, see
 * cluster-limiter.ts): every process pacing the credential shares one budget, and a 429 pause reaches
 * all of them. If Redis fails, pacing falls back to this process alone with a warning (no crash), and
 * tries Redis again later.
 */
import Bottleneck from 'bottleneck/light.js';
import type { ClusterLimiter } from './cluster-limiter.js';
import type { RateLimitInfo } from './provider.js';

export interface PacerOptions {
  /** Starting rate; the learned limit replaces it (never above `cap`). */
  perSecond: number;
  maxConcurrent: number;
  /** A ceiling the user set: learned limits never exceed it. */
  cap?: number | undefined;
  /** Whether response headers may change the rate (providers that send limits). */
  learn: boolean;
  /**
   * Share this limiter between processes through Redis: an ioredis client (duplicated, never used
   * directly), a Redis URL, or ioredis connection options.
   */
  redis?: unknown;
  /** Where warnings go (Redis failing over to local pacing). */
  warn?: ((message: string) => void) | undefined;
  /** After Redis failed, how long to pace locally before trying Redis again, ms. Default 30 000. */
  sharedRetryMs?: number;
}

/** After Redis failed, how long to pace locally before trying Redis again. */
const CLUSTER_RETRY_MS = 30_000;
/** How long a shared slot may be held before Redis frees it (a process that died mid-request). */
const DEFAULT_MAX_RUN_MS = 5 * 60_000;

/** A call waiting for a shared slot; `run` executes the call at most once, wherever it gets a slot. */
interface SharedJob {
  started: boolean;
  run(): Promise<void>;
}

/** Spacing margin over the exact limit, so network jitter cannot push two requests into one window slot. */
const SAFETY = 1.03;
const minTimeFor = (perSecond: number) => Math.ceil((1000 / perSecond) * SAFETY);
/**
 * Across processes the margin is larger (10 %: one request may arrive up to 100 ms late within any
 * window before the next on-time one would make it 11 in a second): starts are claimed on Redis' clock,
 * but a process can still be slow between its claim and the request leaving (a busy event loop), and
 * several hosts add network jitter on top.
 */
const SHARED_SAFETY = 1.1;
const sharedMinTimeFor = (perSecond: number) => Math.ceil((1000 / perSecond) * SHARED_SAFETY);

export class Pacer {
  readonly key: string;
  #opts: PacerOptions;
  #limiter: Bottleneck | undefined;
  #perSecond: number;
  #pausedUntil = 0;
  #resumeTimer: ReturnType<typeof setTimeout> | undefined;
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
  /** The spacing this process last wrote to the shared budget. */
  #sharedMinTime: number | undefined;
  /** Counters for tests, the demo and benchmarks. */
  readonly stats = { scheduled: 0, pauses: 0, learnedLimit: undefined as number | undefined, sharedFallbacks: 0 };

  constructor(key: string, opts: PacerOptions) {
    this.key = key;
    this.#opts = opts;
    this.#perSecond = Math.min(opts.perSecond, opts.cap ?? Infinity);
    this.#sharedLearned = !opts.learn;
  }

  /** Current pace, requests per second. */
  get perSecond(): number {
    return this.#perSecond;
  }

  /** Whether calls are paced through Redis right now (false without `redis`, or while falling back). */
  get shared(): boolean {
    return this.#opts.redis !== undefined && Date.now() >= this.#localUntil;
  }

  #get(): Bottleneck {
    return (this.#limiter ??= new Bottleneck({
      maxConcurrent: this.#opts.maxConcurrent,
      minTime: minTimeFor(this.#perSecond),
      reservoir: this.#pausedUntil > Date.now() ? 0 : null,
    }));
  }

  /**
   * Runs `fn` when pacing allows. A call aborted while queued never runs.
   * For providers that announce their limit in headers, the first call goes out alone: its response
   * sets the pace, and the queue starts one interval after it (so a slow default never delays the
   * calls behind it, and a fast start never bursts past the real limit).
   */
  schedule<T>(fn: () => Promise<T>, signal?: AbortSignal, maxRunMs?: number): Promise<T> {
    this.stats.scheduled++;
    if (this.shared) return this.#sharedSchedule(fn, signal, maxRunMs);
    return this.#schedule(fn, signal);
  }

  // ---------- shared (Redis) pacing ----------

  /**
   * Queues on the shared limiter. Probing is fleet-wide here: a new shared budget of a header-driven
   * provider allows one call in flight until a response tells the limit (see `observe`), and learning
   * re-spaces the shared queue at once (cluster-limiter.ts).
   */
  #sharedSchedule<T>(fn: () => Promise<T>, signal: AbortSignal | undefined, maxRunMs: number | undefined): Promise<T> {
    const result = new Promise<T>((resolve, reject) => {
      const job: SharedJob = {
        started: false,
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
        cluster.schedule(job.run, (maxRunMs ?? DEFAULT_MAX_RUN_MS) + 10_000).catch((err: unknown) => {
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
          id: `chartstack:${this.key}`,
          redis: this.#opts.redis,
          maxConcurrent: this.#sharedLearned ? this.#opts.maxConcurrent : 1,
          minTime: sharedMinTimeFor(this.#perSecond),
          pausedUntil: this.#pausedUntil,
          onFailure: (err) => this.#fallBack(err),
        }),
      )
      .then((cluster) => {
        this.#warned = false;
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
    for (const job of waiting) void this.#limited(job.run).catch(noop);
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

  #schedule<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const probing = this.#opts.learn && !this.#limiter && (this.stats.learnedLimit === undefined || this.#probe) && this.#probesLeft > 0;
    if (!probing) return this.#limited(fn, signal);
    if (this.#probe) return abortable(this.#probe, signal).then(() => this.#schedule(fn, signal));
    // This call is the probe. Unmetered answers (Chartmetric's token call sends "false") teach nothing,
    // so the next call probes again, at most a few times before falling back to the default pace.
    this.#probesLeft--;
    const started = Date.now();
    const run = fn();
    this.#probe = run
      .then(noop, noop)
      .then(() => new Promise<void>((release) => setTimeout(release, Math.max(0, started + minTimeFor(this.#perSecond) - Date.now()))))
      .then(() => {
        this.#probe = undefined;
      });
    return run;
  }

  #limited<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const limiter = this.#get();
    const job = limiter.schedule(() => {
      // Aborted while queued: never send.
      if (signal?.aborted) return Promise.reject(signal.reason);
      return fn();
    });
    // Leave the queue at once on abort (the slot itself is skipped when its turn comes).
    return abortable(job, signal);
  }

  /** Feeds one response's rate-limit state in. */
  observe(info: RateLimitInfo, status: number): void {
    if (this.#opts.learn && info.limit !== undefined && info.limit > 0 && Number.isFinite(info.limit)) {
      const next = Math.min(info.limit, this.#opts.cap ?? Infinity);
      this.stats.learnedLimit = info.limit;
      if (next !== this.#perSecond) {
        this.#perSecond = next;
        void this.#limiter?.updateSettings({ minTime: minTimeFor(next) });
      }
      // One Redis round trip per change of the learned value (not per response).
      if (this.#cluster && this.#sharedMinTime !== sharedMinTimeFor(next)) {
        const minTime = (this.#sharedMinTime = sharedMinTimeFor(next));
        void this.#cluster.then((c) => c?.setMinTime(minTime)).catch(noop);
      }
      this.#releaseShared();
    } else if (this.#opts.learn && !this.#sharedLearned && ++this.#sharedUnmetered >= 3) {
      // Unmetered answers (a token call) teach nothing; after a few, run at the default pace.
      this.#releaseShared();
    }
    const now = Date.now();
    if (status === 429 || status === 503) {
      const wait = info.retryAfterMs ?? (info.resetAt !== undefined ? info.resetAt - now : undefined) ?? 1000;
      this.pause(Math.max(wait, 0));
    }
    // An exhausted window (remaining 0) is not a reason to pause: spacing at the learned limit already
    // waits for the window to slide, and reset headers have one-second granularity, so pausing on them
    // would only lose throughput. A 429 (above) is the real signal.
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
    void this.#limiter?.updateSettings({ reservoir: 0 });
    // Every process sharing the credential waits too (a pause known before connecting is applied on connect).
    if (this.#cluster) void this.#cluster.then((c) => c?.pauseUntil(until)).catch(noop);
    if (this.#resumeTimer) clearTimeout(this.#resumeTimer);
    this.#resumeTimer = setTimeout(() => {
      this.#resumeTimer = undefined;
      this.#pausedUntil = 0;
      void this.#limiter?.updateSettings({ reservoir: null });
    }, ms);
    (this.#resumeTimer as { unref?: () => void }).unref?.();
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
