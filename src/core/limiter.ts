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
 *   `X-RateLimit-Remaining` against this process's own sends tells what other clients of the account
 *   use, and that share is left to them (shared-account.ts); `Remaining: 0` while this process sent
 *   few calls means someone else used the window up, and the queue waits for the reset;
 * - bottleneck orders the calls (retries first), caps how many are in flight and stops starting new
 *   ones during a pause; when each call really leaves is up to the send gate (send-gate.ts), which
 *   counts real send times against the window and keeps an even pace under load;
 * - the first call of a header-driven limiter goes out at once, alone: any plan allows one call, and
 *   its headers tell the pace; calls made meanwhile wait for that answer, not for a clock, and may
 *   then leave together within the window's budget (issue #19). The token exchange is not metered
 *   (its rate-limit headers are `"false"`) and is never paced.
 * With `rateLimit.redis`, the queue lives in Redis instead (shared-pacing.ts, cluster-limiter.ts):
 * every process pacing the credential shares one budget, the learned limit and margin, and a 429
 * pause reaches all of them. If Redis fails, pacing falls back to this process alone with a warning
 * (no crash), and tries Redis again later.
 */
import Bottleneck from 'bottleneck/light.js';
import { PaceMargin } from './pace-margin.js';
import type { RateLimitInfo } from './provider.js';
import { SendGate } from './send-gate.js';
import { SharedAccount } from './shared-account.js';
import { sharedPacing, type PacerHost, type SharedPacing } from './shared-pacing.js';

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

/** The window the limits are per (every provider's documented limit is per second). */
const WINDOW_MS = 1000;
/** Spacing changes smaller than this fraction are not applied (with Redis, each costs a round trip). */
const RESPACE_THRESHOLD = 0.02;
/** How long a pause lasts when a 503 says nothing about when to come back. */
const DEFAULT_503_PAUSE_MS = 1000;
/** bottleneck priorities: lower runs first. */
const PRIORITY_RETRY = 4;
const PRIORITY_NEW = 5;

export class Pacer {
  readonly key: string;
  #opts: PacerOptions;
  #limiter: Bottleneck | undefined;
  /** The limit in requests per window (the learned one, or the default). */
  #perSecond: number;
  readonly #margin = new PaceMargin();
  /** What other clients of the account use of its window (shared-account.ts). */
  readonly #account = new SharedAccount();
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
  /** The Redis side, with `rateLimit.redis` (shared-pacing.ts). */
  readonly #shared: SharedPacing | undefined;
  /** Counters for tests, the demo, benchmarks and `client.usage`. */
  readonly stats = {
    scheduled: 0,
    pauses: 0,
    learnedLimit: undefined as number | undefined,
    sharedFallbacks: 0,
    /** Total time calls spent waiting for their turn (queue, pauses, spacing), ms. */
    waitedMs: 0,
    /** Requests per window other clients of the account were seen to use, left to them. */
    othersPerWindow: 0,
  };

  constructor(key: string, opts: PacerOptions) {
    this.key = key;
    this.#opts = opts;
    this.#perSecond = Math.min(opts.perSecond, opts.cap ?? Infinity);
    this.#minTime = this.#spacingFor(this.#perSecond);
    this.#gate = new SendGate(this.#minTime, this.#perSecond);
    this.#shared = sharedPacing(this.#host());
  }

  /** What the shared lane sees of this pacer. */
  #host(): PacerHost {
    return {
      key: this.key,
      opts: this.#opts,
      stats: this.stats,
      pausedUntil: () => this.#pausedUntil,
      pace: () => ({ minTime: this.#minTime, perSecond: this.#perSecond, samples: this.#margin.samples }),
      runLocally: (run, retry) => void this.#limited(run, undefined, retry).catch(noop),
      adopt: (limit) => {
        this.stats.learnedLimit = limit;
        this.#learn(limit);
        this.#respace();
      },
    };
  }

  /**
   * Gets ready for a first call: with Redis, starts connecting the shared limiter now, so that the
   * connection is made while the call's token is exchanged rather than after.
   */
  prepare(): void {
    this.#shared?.prepare();
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
    return this.#shared?.active ?? false;
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
    if (this.#shared?.active) return abortable(this.#shared.schedule(timed, signal, options), signal);
    return this.#schedule(timed, signal, options);
  }

  /**
   * Releases the Redis connections of a shared limiter (calls still waiting are paced locally).
   * The pacer stays usable: the next call reconnects.
   */
  async close(): Promise<void> {
    await this.#shared?.close();
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
      this.#shared?.learned();
    } else if (this.#opts.learn) {
      this.#shared?.unmetered();
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
      this.#readOthers(info, now, timing);
      // The window is used up while this process sent only a few calls in it: another client is
      // using the account. Wait for the reset instead of spending 429s to find out.
      if (!this.shared && info.remaining === 0 && info.resetAt !== undefined && info.limit !== undefined && this.#gate.sentWithin(WINDOW_MS, now) < info.limit / 2) {
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

  /**
   * What the rest of the account uses of the window, from `X-RateLimit-Remaining`
   * (shared-account.ts). Only where the headers count one sliding window for the account
   * (Chartmetric), and not through Redis, where the fleet's sends are not this process's.
   */
  #readOthers(info: RateLimitInfo, now: number, timing: ResponseTiming | undefined): void {
    if (!this.#opts.learn || (this.#opts.window ?? 'sliding') !== 'sliding' || this.shared || !timing) return;
    const jitter = this.#margin.jitterMs;
    if (info.limit === undefined || info.remaining === undefined || jitter === undefined) return;
    const sentAt = now - timing.latencyMs;
    // The answered request is ours whatever the gate recorded (a probe, a call observed from outside).
    const ours = Math.max(1, this.#gate.sentBetween(sentAt - WINDOW_MS - jitter, sentAt + jitter));
    this.#account.sample(info.limit - info.remaining, ours);
    this.stats.othersPerWindow = this.#account.others;
  }

  /** The requests per window this process may use: the limit, less what other clients of the account use. */
  #budget(): number {
    const others = this.shared ? 0 : this.#account.others;
    const limit = this.stats.learnedLimit;
    if (!others || limit === undefined) return this.#perSecond;
    return Math.min(this.#perSecond, Math.max(1, limit - others));
  }

  /** Applies the current limit and margin to the queue's spacing (local, and shared when on Redis). */
  #respace(): void {
    const budget = this.#budget();
    const next = this.#spacingFor(budget);
    if (Math.abs(next - this.#minTime) > this.#minTime * RESPACE_THRESHOLD) {
      this.#minTime = next;
      this.#gate.configure(next, budget);
    }
    this.#shared?.pace();
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
    // Every process sharing the credential waits too.
    this.#shared?.pauseUntil(until);
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
