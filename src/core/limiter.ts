/**
 * Pacing on bottleneck, one limiter per provider + credential (DESIGN.md, "Pacing"):
 * - created lazily on the first request (edge runtimes forbid timers at import time);
 * - spaced evenly (`minTime`), not bursted: Chartmetric's window is sliding, so bursts at the start
 *   of a second are punished (reference/chartmetric.md §2.2);
 * - driven by the API's own headers: a learned `X-RateLimit-Limit` re-spaces the queue;
 * - a 429 pauses the whole queue for that credential by setting bottleneck's reservoir to 0 until
 *   the reset, so queued calls wait instead of failing.
 * With `rateLimit.redis`, bottleneck's cluster mode keeps the same state in Redis for all processes.
 */
import Bottleneck from 'bottleneck/light.js';
import type { RateLimitInfo } from './provider.js';

export interface PacerOptions {
  /** Starting rate; the learned limit replaces it (never above `cap`). */
  perSecond: number;
  maxConcurrent: number;
  /** A ceiling the user set: learned limits never exceed it. */
  cap?: number | undefined;
  /** Whether response headers may change the rate (providers that send limits). */
  learn: boolean;
}

/** Spacing margin over the exact limit, so network jitter cannot push two requests into one window slot. */
const SAFETY = 1.03;
const minTimeFor = (perSecond: number) => Math.ceil((1000 / perSecond) * SAFETY);

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
  /** Counters for tests, the demo and benchmarks. */
  readonly stats = { scheduled: 0, pauses: 0, learnedLimit: undefined as number | undefined };

  constructor(key: string, opts: PacerOptions) {
    this.key = key;
    this.#opts = opts;
    this.#perSecond = Math.min(opts.perSecond, opts.cap ?? Infinity);
  }

  /** Current pace, requests per second. */
  get perSecond(): number {
    return this.#perSecond;
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
  schedule<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    this.stats.scheduled++;
    return this.#schedule(fn, signal);
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

  /** Holds every queued call of this credential for `ms`. */
  pause(ms: number): void {
    const until = Date.now() + ms;
    if (until <= this.#pausedUntil) return;
    this.#pausedUntil = until;
    this.stats.pauses++;
    void this.#limiter?.updateSettings({ reservoir: 0 });
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

/** Forgets every shared limiter (tests). */
export function resetPacers(): void {
  registry.clear();
}
