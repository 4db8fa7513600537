/**
 * What aborts one attempt: its timeout, or the caller's signal. Deliberately not an `AbortSignal`:
 * an `AbortController` per attempt, with its native listener bookkeeping, came to about a twentieth
 * of a small call's CPU (instruction counts under valgrind, Node transport, 16 concurrent calls).
 * The Node transport listens to this small emitter directly (transport/undici.ts); fetch-based
 * transports get a real `AbortSignal` from `toAbortSignal()`.
 */
export class AttemptSignal {
  /** Why the attempt was aborted (its timeout, or the caller's reason); undefined while it runs. */
  reason: unknown = undefined;
  #fired = false;
  #listeners: Array<() => void> | undefined;

  /** Whether the attempt has been aborted. */
  get fired(): boolean {
    return this.#fired;
  }

  /** Aborts the attempt once; later calls do nothing. */
  abort(reason: unknown): void {
    if (this.#fired) return;
    this.#fired = true;
    this.reason = reason;
    const listeners = this.#listeners;
    this.#listeners = undefined;
    if (listeners) for (const listener of listeners) listener();
  }

  /** Calls `listener` when the attempt is aborted (at most once: the signal fires once). */
  onAbort(listener: () => void): this {
    if (!this.#fired) (this.#listeners ??= []).push(listener);
    return this;
  }

  /** Forgets a listener (the attempt finished). */
  offAbort(listener: () => void): this {
    const i = this.#listeners ? this.#listeners.indexOf(listener) : -1;
    if (i >= 0) this.#listeners!.splice(i, 1);
    return this;
  }

  /** A WHATWG `AbortSignal` that aborts with this attempt (for `fetch`). */
  toAbortSignal(): AbortSignal {
    const controller = new AbortController();
    if (this.#fired) controller.abort(this.reason);
    else this.onAbort(() => controller.abort(this.reason));
    return controller.signal;
  }
}
