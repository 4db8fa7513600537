/**
 * The moment each paced request may leave (issues #14 and #19). The limiter (limiter.ts) decides
 * which call goes next (bottleneck: queue order, priorities, in-flight cap, pauses); this gate decides
 * when, from the times requests really left:
 *
 * - **The window rule**, what the API enforces: at most n requests (n = the limit per second) in any
 *   n spacing intervals, where the spacing is one second / limit, stretched by the margin
 *   (pace-margin.ts). Checked against real send times, so a timer that fired late (a busy event
 *   loop, a GC pause) cannot put n + 1 requests into one window.
 * - **The even pace** (GCRA, the "virtual scheduling" form of a token bucket): when calls queue up,
 *   they leave one spacing apart; after an idle spell, a few may leave at once — three dashboard
 *   calls made together do not wait 2 × 1/limit for no reason. Whenever the
 *   window rule is what holds a call, the schedule restarts from that call, so a burst is not
 *   repeated in every window afterwards.
 * - **Holds**: a pause after a 429 (or a window the server says is used up) stops calls that already
 *   wait here, not only those still queued.
 *
 * One timer serves every waiter, in arrival order.
 */

interface Waiter {
  resolve(): void;
  reject(reason: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/** Send times kept (the window rule looks n sends back; n never exceeds this). */
export const SENDS_KEPT = 256;

export class SendGate {
  /** Spacing between sends at full pace, ms. */
  #spacing: number;
  /** Sends allowed per window (the limit). */
  #perWindow: number;
  /** How far the schedule may run ahead after idle time (burst tolerance), ms. */
  #tolerance: number;
  /** GCRA's theoretical time of the next send. */
  #next = -Infinity;
  /** Real send times, oldest first. */
  readonly #sends: number[] = [];
  #heldUntil = 0;
  readonly #waiters: Waiter[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(spacing: number, perSecond: number) {
    this.#spacing = spacing;
    this.#perWindow = perWindowFor(perSecond);
    this.#tolerance = toleranceFor(spacing, this.#perWindow);
  }

  /** Changes the pace; the next send is re-spaced from the last one at the new spacing. */
  configure(spacing: number, perSecond: number): void {
    if (Number.isFinite(this.#next)) this.#next += spacing - this.#spacing;
    this.#spacing = spacing;
    this.#perWindow = perWindowFor(perSecond);
    this.#tolerance = toleranceFor(spacing, this.#perWindow);
    this.#pump();
  }

  /** No send before `until` (epoch ms). */
  hold(until: number): void {
    if (until <= this.#heldUntil) return;
    this.#heldUntil = until;
    this.#pump();
  }

  /** Resolves when the caller may send (the send is recorded then); rejects if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
      if (signal) {
        waiter.onAbort = () => {
          const i = this.#waiters.indexOf(waiter);
          if (i >= 0) this.#waiters.splice(i, 1);
          reject(signal.reason);
          this.#pump();
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.#waiters.push(waiter);
      this.#pump();
    });
  }

  /** Sends in the last `ms` (before `now`). */
  sentWithin(ms: number, now = Date.now()): number {
    return this.sentBetween(now - ms, now);
  }

  /** Sends after `from` and no later than `to` (epoch ms). */
  sentBetween(from: number, to: number): number {
    let n = 0;
    for (let i = this.#sends.length - 1; i >= 0 && this.#sends[i]! > from; i--) if (this.#sends[i]! <= to) n++;
    return n;
  }

  /** Grants every waiter that may go now, and sets the timer for the next one. */
  #pump(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    while (this.#waiters.length) {
      const now = Date.now();
      const byWindow = this.#windowAllows();
      const bySchedule = this.#next - this.#tolerance;
      const ready = Math.max(this.#heldUntil, byWindow, bySchedule);
      // Timers fire a millisecond late as often as not; within one, go (the margin's base covers it).
      if (ready - now >= 1) {
        this.#timer = setTimeout(() => {
          this.#timer = undefined;
          this.#pump();
        }, Math.floor(ready - now));
        return;
      }
      // The window rule held this call back noticeably (after a burst, or a late timer): restart the
      // even schedule from here, with no tolerance left, so the calls behind it do not leave in a
      // clump. A millisecond's lateness only costs that millisecond, not a restart: restarting on
      // every late timer would add each one's lateness to the spacing.
      this.#next = byWindow > bySchedule + this.#spacing / 2 ? now + this.#tolerance + this.#spacing : Math.max(this.#next, now) + this.#spacing;
      this.#record(now);
      const waiter = this.#waiters.shift()!;
      if (waiter.onAbort) waiter.signal!.removeEventListener('abort', waiter.onAbort);
      waiter.resolve();
    }
  }

  /** The earliest time the window rule allows another send. */
  #windowAllows(): number {
    const n = this.#perWindow;
    const sends = this.#sends;
    return sends.length >= n ? sends[sends.length - n]! + n * this.#spacing : -Infinity;
  }

  #record(at: number): void {
    this.#sends.push(at);
    if (this.#sends.length > SENDS_KEPT) this.#sends.splice(0, this.#sends.length - SENDS_KEPT);
  }
}

const perWindowFor = (perSecond: number) => Math.max(1, Math.min(SENDS_KEPT, Math.floor(perSecond)));
/**
 * After idle time, up to three calls (never more than half the window's budget) may leave at once:
 * enough for a page's first few calls not to queue, few enough that their uneven arrival on a jittery
 * network stays within the margin.
 */
const BURST = 3;
const toleranceFor = (spacing: number, perWindow: number) => (Math.min(BURST, Math.ceil(perWindow / 2)) - 1) * spacing;
