/**
 * What aborts one attempt: its timeout, or the caller's signal. Deliberately not an `AbortSignal`.
 * undici documents an EventEmitter as a valid `signal` for its requests (`AbortSignal |
 * EventEmitter`, https://undici.nodejs.org/#/docs/api/Dispatcher.md), and this small emitter costs
 * a fraction of an `AbortController` per attempt, whose construction and native listener
 * bookkeeping came to about a twentieth of a small call's CPU (instruction counts under valgrind,
 * undici transport, 16 concurrent calls). Fetch-based transports get a real `AbortSignal` from
 * `toAbortSignal()`.
 *
 * It must not have an `aborted` property: undici takes anything with one for a WHATWG signal.
 */
export class AttemptSignal {
  /** Why the attempt was aborted (undici rejects the request with it); undefined while it runs. */
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

  // The EventEmitter subset undici uses: `on`/`once` to listen, `removeListener` when done.
  on(event: string, listener: () => void): this {
    if (event === 'abort' && !this.#fired) (this.#listeners ??= []).push(listener);
    return this;
  }

  /** Listeners run at most once anyway: the signal fires once. */
  once(event: string, listener: () => void): this {
    return this.on(event, listener);
  }

  removeListener(event: string, listener: () => void): this {
    const i = event === 'abort' && this.#listeners ? this.#listeners.indexOf(listener) : -1;
    if (i >= 0) this.#listeners!.splice(i, 1);
    return this;
  }

  /** A WHATWG `AbortSignal` that aborts with this attempt (for `fetch`). */
  toAbortSignal(): AbortSignal {
    const controller = new AbortController();
    if (this.#fired) controller.abort(this.reason);
    else this.on('abort', () => controller.abort(this.reason));
    return controller.signal;
  }
}
