/**
 * Request coalescing: identical reads in flight at the same moment share one HTTP request.
 *
 * Ten dashboard widgets asking for the same artist at once cost one call of the account's quota,
 * not ten. Sharing must not couple the callers, though:
 * - each caller keeps its own `AbortSignal`: one that aborts leaves at once with its own
 *   `APIUserAbortError`, and the shared request goes on for the others; only when every caller has
 *   aborted is the shared request aborted (a caller without a signal can never abort, so the shared
 *   request then always runs to its end);
 * - every caller gets the same outcome: the same value, or the same error;
 * - whoever calls `lead` decides what the shared work is; the client gives each caller its own
 *   copy of the result (client.ts), so one caller mutating its data never changes another's.
 *
 * Cost when there is nothing to share: one `Map` lookup, and for the leader one small record in the
 * map while its request is out.
 */

interface Flight<R> {
  promise: Promise<R>;
  /** Callers with a signal that are still waiting. */
  waiting: number;
  /**
   * Aborts the shared work once every caller has aborted; cleared as soon as a caller without a
   * signal joins (that caller never aborts, so neither may the shared work).
   */
  controller: AbortController | undefined;
}

export class Coalescer<R> {
  readonly #flights = new Map<string, Flight<R>>();
  /** Builds the error an aborted caller rejects with. */
  readonly #aborted: (signal: AbortSignal) => Error;

  constructor(aborted: (signal: AbortSignal) => Error) {
    this.#aborted = aborted;
  }

  /** Calls in flight now (tests). */
  get size(): number {
    return this.#flights.size;
  }

  /** Joins the call in flight under `key`, if there is one; undefined when there is none. */
  join(key: string, signal: AbortSignal | undefined): Promise<R> | undefined {
    const flight = this.#flights.get(key);
    return flight && this.#wait(key, flight, signal);
  }

  /**
   * Runs `work` as the call under `key` (callers that `join` meanwhile share it) and waits for it
   * like any other caller. `work` gets the signal of the shared work: it aborts only when every
   * caller has aborted; undefined when that cannot happen.
   */
  lead(key: string, signal: AbortSignal | undefined, work: (signal: AbortSignal | undefined) => Promise<R>): Promise<R> {
    const controller = signal ? new AbortController() : undefined;
    const flight = { promise: undefined as unknown as Promise<R>, waiting: 0, controller } satisfies Flight<R>;
    flight.promise = (async () => {
      try {
        return await work(controller?.signal);
      } finally {
        if (this.#flights.get(key) === flight) this.#flights.delete(key);
      }
    })();
    this.#flights.set(key, flight);
    return this.#wait(key, flight, signal);
  }

  #wait(key: string, flight: Flight<R>, signal: AbortSignal | undefined): Promise<R> {
    if (!signal) {
      flight.controller = undefined;
      return flight.promise;
    }
    if (signal.aborted) return Promise.reject(this.#aborted(signal));
    flight.waiting++;
    return new Promise<R>((resolve, reject) => {
      const onAbort = () => {
        reject(this.#aborted(signal));
        if (--flight.waiting > 0 || !flight.controller) return;
        // Everyone left: stop the shared request, and let the next identical call start afresh.
        if (this.#flights.get(key) === flight) this.#flights.delete(key);
        flight.controller.abort(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (err: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(err);
        },
      );
    });
  }
}
