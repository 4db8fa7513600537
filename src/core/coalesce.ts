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
 * - the caller that starts a flight runs the work and leaves what the others need on the flight
 *   record; the client gives each of them a copy of its own (client.ts), so one caller mutating its
 *   data never changes another's.
 *
 * Cost when there is nothing to share: one `Map` lookup, and for the caller that starts the
 * request its flight record in the map while it is out (no extra promise: the work removes it).
 */

export interface Flight<R> {
  /** The work's outcome (the starting caller's own result). Set right after `start`. */
  promise: Promise<R>;
  /** Aborts the work once every caller has aborted; undefined when some caller can never abort. */
  controller: AbortController | undefined;
  /** Callers with a signal that are still waiting. */
  waiting: number;
}

export class Coalescer<R, F extends Flight<R> = Flight<R>> {
  readonly #flights = new Map<string, F>();
  /** Builds the error an aborted caller rejects with. */
  readonly #aborted: (signal: AbortSignal) => Error;

  constructor(aborted: (signal: AbortSignal) => Error) {
    this.#aborted = aborted;
  }

  /** Calls in flight now (tests). */
  get size(): number {
    return this.#flights.size;
  }

  /** The flight under `key`, if an identical call is out. */
  get(key: string): F | undefined {
    return this.#flights.get(key);
  }

  /**
   * Registers `flight` under `key`. The caller builds it (its `controller` set when the caller has a
   * signal, plus whatever the other callers will need), then sets its `promise` (running the work
   * with `flight.controller?.signal`) and calls `end` when the work settles.
   */
  start(key: string, flight: F): F {
    this.#flights.set(key, flight);
    return flight;
  }

  /** The work of `flight` settled: later identical calls start afresh. */
  end(key: string, flight: F): void {
    if (this.#flights.get(key) === flight) this.#flights.delete(key);
  }

  /**
   * Waits for `flight` as one of its callers: settles like it, or rejects with this caller's own
   * abort error as soon as `signal` aborts (the work goes on for the others, and is aborted when
   * the last caller with a signal leaves and no caller without one ever joined).
   */
  wait(key: string, flight: F, signal: AbortSignal | undefined): Promise<R> {
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
        this.end(key, flight);
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
