/**
 * How much of the account's window other clients use, read from `X-RateLimit-Remaining` (issue #14).
 *
 * Chartmetric counts every request of the account in one sliding window and answers each with
 * `Remaining = Limit − requests in the last window`, counted when the request arrived
 * (reference/chartmetric.md §2.2). A script, a colleague's notebook or another service on the same
 * account takes part of that window; pacing at the full limit would then meet a 429 every few calls.
 * So each answer compares what the server counted (`Limit − Remaining`) with what this process
 * itself sent over the same stretch, and the difference is the others' share, which the pacer leaves
 * to them.
 *
 * The comparison must never see others where there are none: that would slow a process that has the
 * account to itself. So this process's sends are over-counted. If arrival delays vary by up to J ms
 * (the pace margin's jitter estimate), a request of ours sent more than 1000 + J ms before the answered
 * one arrived before the window the server counted, and one sent more than J ms after it arrived after
 * it: counting every send from 1000 + J ms before the answered request to J ms after it covers all of
 * ours the server can have counted. The others' share is then at most what it really is (exact on a
 * steady network, low by about J / 1000 of the limit on a jittery one), and it is the smallest of the
 * last few answers, so one odd answer moves nothing.
 */

/** The others' share is the smallest estimate of this many recent answers. */
const ANSWERS = 4;

export class SharedAccount {
  readonly #estimates: number[] = [];

  /**
   * One successful answer: the server counted `usedAtServer` requests in its window (this one
   * included), and this process sent at most `ownUpperBound` of them.
   */
  sample(usedAtServer: number, ownUpperBound: number): void {
    if (!Number.isFinite(usedAtServer) || !Number.isFinite(ownUpperBound)) return;
    this.#estimates.push(Math.max(0, usedAtServer - ownUpperBound));
    if (this.#estimates.length > ANSWERS) this.#estimates.shift();
  }

  /** Requests per window that other clients of the account use (0 until a few answers say more). */
  get others(): number {
    return this.#estimates.length < ANSWERS ? 0 : Math.min(...this.#estimates);
  }
}
