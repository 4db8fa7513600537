/**
 * How far below an API's limit to pace, learned from what the network does (issue #14).
 *
 * Rate-limit windows count requests when they *arrive* (reference/chartmetric.md §2.2: "limit counts
 * requests received"). Requests sent exactly 1000/L ms apart arrive unevenly: one delayed by 120 ms
 * and the next by 0 land closer than the spacing, and L + 1 of them can fall into one window. If
 * arrival delays vary by up to J ms, spacing L requests over 1000 + J ms instead of 1000 keeps every
 * window at L or fewer: the margin is J / window. Measured against a sliding-window server with
 * arrivals delayed 0–150 ms, a fixed 10 % margin gave 3–7 429s per 100 calls and, with each 429
 * pausing the queue, half the throughput; a margin that follows J gives none at about 0.87 of the
 * limit, and keeps 0.97 on a steady network.
 *
 * J is estimated from response latencies: the delay a request meets on its way in is part of its
 * latency, so the spread of latencies bounds the spread of arrival delays. Latencies are compared per
 * route (an endpoint that takes 300 ms to compute is not jitter), against the route's recent minimum.
 * The range seen in the last samples is widened by how little a few samples tell: n draws from a
 * range R span less than q·R one time in ten, with q = 0.05 for two draws, 0.6 for eight and 0.94
 * for sixty-four (the span of n uniform draws over R is Beta(n - 1, 2)); dividing by that q keeps the
 * estimate above the true range nine times out of ten. So the first calls are not paced as if the
 * network were steady because two samples happened to agree, while samples that agree to the
 * millisecond (a steady network) soon allow the full pace. Without evidence beyond the cautious start
 * the widening stops there. One outlier per 32 samples is set aside (a new connection's handshake, a
 * GC pause), so one slow request does not slow the pace for a minute.
 * A 429 despite all this adds a penalty, which decays as calls go through: the pace drops a little on
 * a 429 and recovers.
 */

export interface PaceMarginOptions {
  /** Margin kept on a perfectly steady network (timer granularity, clock steps, a busy event loop). Default 0.03. */
  base?: number;
  /** Margin used before two latencies are known. Default 0.15. */
  initial?: number;
  /** The limit's window, ms (Chartmetric: one second). Default 1000. */
  windowMs?: number;
}

/** Latencies kept per route, for its baseline (the route's recent minimum). */
const ROUTE_SAMPLES = 16;
/** A route's own baseline counts once it has this many samples; before, the lowest latency of any route is used. */
const ROUTE_MIN_SAMPLES = 3;
/** Spreads kept for the estimate. */
const SPREAD_SAMPLES = 64;
/** Each 429 adds this much margin… */
const PENALTY_STEP = 0.05;
/** …and every accepted call keeps this fraction of it. */
const PENALTY_DECAY = 0.99;
const MAX_MARGIN = 1;

class Ring {
  readonly #values: number[] = [];
  #next = 0;
  constructor(readonly size: number) {}
  push(v: number): void {
    if (this.#values.length < this.size) this.#values.push(v);
    else this.#values[this.#next] = v;
    this.#next = (this.#next + 1) % this.size;
  }
  get length(): number {
    return this.#values.length;
  }
  min(): number {
    return Math.min(...this.#values);
  }
  /** The k-th largest value (k = 1: the largest). */
  largest(k: number): number {
    return [...this.#values].sort((a, b) => b - a)[Math.min(k, this.#values.length) - 1]!;
  }
}

export class PaceMargin {
  readonly #base: number;
  readonly #initial: number;
  readonly #windowMs: number;
  readonly #routes = new Map<string, Ring>();
  readonly #spreads = new Ring(SPREAD_SAMPLES);
  #lowest = Infinity;
  #penalty = 0;
  /** The jitter estimate, computed once per new sample (reading it is on every response). */
  #jitter: number | undefined;
  #jitterStale = false;

  constructor(options: PaceMarginOptions = {}) {
    this.#base = options.base ?? 0.03;
    this.#initial = options.initial ?? 0.15;
    this.#windowMs = options.windowMs ?? 1000;
  }

  /** One response came back `latencyMs` after its request was sent. */
  sample(route: string, latencyMs: number): void {
    if (!(latencyMs >= 0) || !Number.isFinite(latencyMs)) return;
    let ring = this.#routes.get(route);
    if (!ring) {
      // Bounded: a client walking thousands of distinct routes keeps the most recent ones.
      if (this.#routes.size >= 256) this.#routes.delete(this.#routes.keys().next().value!);
      this.#routes.set(route, (ring = new Ring(ROUTE_SAMPLES)));
    }
    ring.push(latencyMs);
    this.#lowest = Math.min(this.#lowest, latencyMs);
    // A route seen only once or twice is compared with the fastest route, and counts at most as
    // much as the cautious start: its first calls tell about the network, but an endpoint that is
    // merely slower than the others must not set the pace.
    const spread = ring.length >= ROUTE_MIN_SAMPLES ? latencyMs - ring.min() : Math.min(latencyMs - this.#lowest, this.#initial * this.#windowMs);
    this.#spreads.push(Math.max(0, spread));
    this.#jitterStale = true;
  }

  /** The server refused a call for the rate (429): pace a little slower. */
  rejected(): void {
    this.#penalty = Math.min(MAX_MARGIN, this.#penalty + PENALTY_STEP);
  }

  /** A call went through: the penalty fades. */
  accepted(): void {
    if (this.#penalty > 0) this.#penalty = this.#penalty < 0.001 ? 0 : this.#penalty * PENALTY_DECAY;
  }

  /** How many latencies the estimate rests on (at most the last 64). */
  get samples(): number {
    return this.#spreads.length;
  }

  /** The estimated spread of arrival delays, ms (undefined before two latencies are known). */
  get jitterMs(): number | undefined {
    if (this.#jitterStale) {
      this.#jitterStale = false;
      const n = this.#spreads.length;
      const seen = this.#spreads.largest(1 + Math.floor(n / 32));
      // Widened for small samples, but only up to the cautious start unless the spreads seen go beyond it.
      this.#jitter = n < 2 ? undefined : Math.min(seen / spanQuantile(n), Math.max(seen, this.#initial * this.#windowMs));
    }
    return this.#jitter;
  }

  /** The margin as a fraction of the window: pace at limit / (1 + margin). */
  get value(): number {
    const jitter = this.jitterMs;
    // The base covers what a steady network still varies by; jitter beyond it is covered by itself.
    const margin = jitter === undefined ? this.#initial : Math.max(this.#base, jitter / this.#windowMs);
    return Math.min(MAX_MARGIN, margin + this.#penalty);
  }
}

/**
 * The q with P(span of n uniform draws < q · range) = 0.1: the span over the range is Beta(n - 1, 2),
 * whose distribution function is n q^(n-1) - (n - 1) q^n. Solved by bisection, once per n.
 */
const QUANTILES = new Map<number, number>();
function spanQuantile(n: number): number {
  let q = QUANTILES.get(n);
  if (q === undefined) {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      if (n * mid ** (n - 1) - (n - 1) * mid ** n < 0.1) lo = mid;
      else hi = mid;
    }
    QUANTILES.set(n, (q = (lo + hi) / 2));
  }
  return q;
}
