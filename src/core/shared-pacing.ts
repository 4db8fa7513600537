/**
 * The Redis side of a pacer (limiter.ts): with `rateLimit.redis`, a credential's calls queue on a
 * limiter every process shares (cluster-limiter.ts, bottleneck's cluster mode). This module keeps the
 * pacer's view of it: connecting (lazily, and while the first token is exchanged), handing calls to
 * it, telling it the pace this process measures, and falling back to local pacing — with one warning,
 * never a crash — while Redis is unusable, retrying it later.
 *
 * Node only: edge builds swap it for shared-pacing.web.ts (tsup.config.ts, `webTwins`), so no edge
 * bundle carries it.
 */
import type { ClusterLimiter } from './cluster-limiter.js';
import type { PacerOptions, ScheduleOptions } from './limiter.js';

/** What the shared lane needs from its pacer. */
export interface PacerHost {
  readonly key: string;
  readonly opts: PacerOptions;
  readonly stats: { learnedLimit: number | undefined; sharedFallbacks: number };
  /** Until when the queue is paused (epoch ms; a pause known before connecting is applied on connect). */
  pausedUntil(): number;
  /** This process's pace now: its spacing (limit and margin), its limit, and how many latencies its margin rests on. */
  pace(): { minTime: number; perSecond: number; samples: number };
  /** Paces a call in this process (the fallback while Redis is unusable). */
  runLocally(run: () => Promise<void>, retry: boolean): void;
  /** The fleet knows the limit (a joining process, or another process learned it). */
  adopt(limit: number): void;
}

/** After Redis failed, how long to pace locally before trying Redis again. */
const CLUSTER_RETRY_MS = 30_000;
/** How long a shared slot may be held before Redis frees it (a process that died mid-request). */
const DEFAULT_MAX_RUN_MS = 5 * 60_000;
/** How often a process re-asserts the spacing it asks for while it keeps sending, ms (cluster-limiter.ts). */
const PACE_REASSERT_MS = 1_000;
/** Latencies a process measures before its margin counts in the fleet's. */
const MIN_SAMPLES = 8;
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

const noop = () => undefined;

export class SharedPacing {
  readonly #host: PacerHost;
  /** The shared limiter on Redis, once connected (or being connected). */
  #cluster: Promise<ClusterLimiter | undefined> | undefined;
  /** Set while Redis is unusable: pace locally until then (epoch ms). */
  #localUntil = 0;
  /** One warning per outage: set when warned, cleared once Redis works again. */
  #warned = false;
  /** Calls queued on the shared limiter and not started yet (moved to local pacing if Redis fails). */
  #waiting = new Set<SharedJob>();
  /**
   * Whether the shared limiter runs at full concurrency. A header-driven one starts at one call in
   * flight (fleet-wide), so the first call sets the pace before a queue builds at the slow default.
   */
  #learned: boolean;
  #unmetered = 0;
  /** The spacing this process last asked the fleet for, and when. */
  #askedMinTime: number | undefined;
  #askedAt = 0;

  constructor(host: PacerHost) {
    this.#host = host;
    this.#learned = !host.opts.learn;
  }

  /** Whether calls go through Redis right now (false while falling back). */
  get active(): boolean {
    return Date.now() >= this.#localUntil;
  }

  /** Starts connecting now (the first call's token is exchanged meanwhile). */
  prepare(): void {
    if (this.active && !this.#cluster) void this.#connect();
  }

  /**
   * Queues a call on the shared limiter. Probing is fleet-wide: a new shared budget of a header-driven
   * provider allows one call in flight until a response tells the limit (`learned`); a process
   * joining a budget whose limit is known starts at that pace.
   */
  schedule<T>(fn: () => Promise<T>, signal: AbortSignal | undefined, options: ScheduleOptions): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const job: SharedJob = {
        started: false,
        retry: Boolean(options.retry),
        run: () => {
          if (job.started) return Promise.resolve();
          job.started = true;
          this.#waiting.delete(job);
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
      this.#waiting.add(job);
      void this.#connect().then((cluster) => {
        // No cluster (failed to connect): the fallback already moved this job to local pacing.
        if (!cluster || job.started || !this.#waiting.has(job)) return;
        const priority = job.retry ? PRIORITY_RETRY : PRIORITY_NEW;
        cluster.schedule(job.run, (options.maxRunMs ?? DEFAULT_MAX_RUN_MS) + 10_000, priority).catch((err: unknown) => {
          if (!job.started) this.#fallBack(err);
        });
      });
    });
  }

  /** A response told the limit: the fleet leaves its one-call probing phase (once per process). */
  learned(): void {
    if (this.#learned) return;
    this.#learned = true;
    const max = this.#host.opts.maxConcurrent;
    if (this.#cluster) void this.#cluster.then((c) => c?.setMaxConcurrent(max)).catch(noop);
  }

  /** An unmetered answer (a token call, a 401) taught nothing; after a few, run at the default pace. */
  unmetered(): void {
    if (!this.#learned && ++this.#unmetered >= 3) this.learned();
  }

  /**
   * Tells the fleet the spacing this process asks for, when it changed or every second while it keeps
   * sending: the shared budget takes the largest any process asks for, and one that stops asking
   * stops holding the fleet back (cluster-limiter.ts).
   */
  pace(): void {
    if (!this.#cluster) return;
    const { minTime, perSecond, measured } = this.#asked();
    const now = Date.now();
    if (this.#askedMinTime === minTime && now - this.#askedAt <= PACE_REASSERT_MS) return;
    this.#askedMinTime = minTime;
    this.#askedAt = now;
    const limit = this.#host.stats.learnedLimit;
    void this.#cluster
      .then((c) => c?.setPace(minTime, limit, perSecond, measured))
      .then((known) => {
        if (this.#host.opts.learn && known !== undefined && known !== limit) {
          this.#host.adopt(known);
          this.#askedMinTime = undefined;
        }
      })
      .catch(noop);
  }

  /**
   * The spacing this process asks the fleet for. Before a few of its own latencies are in, a process's
   * margin says little either way: it does not hold the fleet to its view, and what it brings (a newly
   * learned limit) is paced with the cautious margin at least — the fleet's first calls leave from
   * processes that are just starting. Whole milliseconds: bottleneck's Lua scripts need them.
   */
  #asked(): { minTime: number; perSecond: number; measured: boolean } {
    const { minTime, perSecond, samples } = this.#host.pace();
    const measured = samples >= MIN_SAMPLES;
    const cautious = Math.ceil((1000 / perSecond) * (1 + CAUTIOUS_MARGIN));
    return { minTime: measured ? Math.ceil(minTime) : Math.max(Math.ceil(minTime), cautious), perSecond, measured };
  }

  /** Holds every process's queue until `until` (a pause known before connecting is applied on connect). */
  pauseUntil(until: number): void {
    if (this.#cluster) void this.#cluster.then((c) => c?.pauseUntil(until)).catch(noop);
  }

  #connect(): Promise<ClusterLimiter | undefined> {
    const host = this.#host;
    return (this.#cluster ??= import('./cluster-limiter.js')
      .then(({ ClusterLimiter }) => {
        const { minTime, perSecond } = this.#asked();
        return ClusterLimiter.connect({
          id: `limiter:${host.key}`,
          redis: host.opts.redis,
          prefix: host.opts.redisPrefix ?? 'chartstack:',
          maxConcurrent: this.#learned ? host.opts.maxConcurrent : 1,
          minTime,
          perSecond,
          pausedUntil: host.pausedUntil(),
          onFailure: (err) => this.#fallBack(err),
        });
      })
      .then((cluster) => {
        this.#warned = false;
        // The fleet already knows the limit: start at its pace, without a probe of our own (#19).
        if (host.opts.learn && cluster.knownLimit !== undefined) {
          host.adopt(cluster.knownLimit);
          this.#learned = true;
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
    const host = this.#host;
    const retryMs = host.opts.sharedRetryMs ?? CLUSTER_RETRY_MS;
    this.#localUntil = Date.now() + retryMs;
    this.#askedMinTime = undefined;
    host.stats.sharedFallbacks++;
    if (!this.#warned) host.opts.warn?.(
      `Shared rate limiting through Redis failed (${reason instanceof Error ? reason.message : String(reason)}); ` +
        `pacing ${host.key.split('|')[0]} calls in this process alone for now (other processes are not counted), and retrying Redis every ${retryMs / 1000} s.`,
    );
    this.#warned = true;
    this.#moveToLocal();
    const cluster = this.#cluster;
    this.#cluster = undefined;
    void cluster?.then((c) => c?.close()).catch(noop);
  }

  #moveToLocal(): void {
    const waiting = [...this.#waiting];
    this.#waiting.clear();
    for (const job of waiting) this.#host.runLocally(job.run, job.retry);
  }

  /** Releases the Redis connections (calls still waiting are paced locally); the next call reconnects. */
  async close(): Promise<void> {
    const cluster = this.#cluster;
    this.#cluster = undefined;
    this.#askedMinTime = undefined;
    this.#moveToLocal();
    await cluster?.then((c) => c?.close()).catch(noop);
  }
}

/** The shared lane of a pacer with `rateLimit.redis` (undefined without it). */
export function sharedPacing(host: PacerHost): SharedPacing | undefined {
  return host.opts.redis === undefined ? undefined : new SharedPacing(host);
}
