/**
 * A fetch in front of the sandbox that holds every request until the test lets it through: what is
 * in flight at a given moment is decided by the test, not by timing, so coalescing and abort tests
 * are deterministic on any machine.
 */
import type { FetchLike } from '../../src/core/transport/types.js';
import type { Sandbox } from '../../src/testing/index.js';

export interface Held {
  url: string;
  method: string;
  signal: AbortSignal;
  /** Sends it on to the sandbox. */
  release(): void;
}

export function gatedFetch(sandbox: Sandbox, opts: { hold?: (url: string) => boolean } = {}) {
  const held: Held[] = [];
  let waiters: Array<() => void> = [];
  const fetch: FetchLike = (input, init) => {
    const url = String(input);
    if (opts.hold && !opts.hold(url)) return sandbox.fetch(input, init);
    const signal = init!.signal!;
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      held.push({
        url,
        method: init?.method ?? 'GET',
        signal,
        release: () => {
          signal.removeEventListener('abort', onAbort);
          sandbox.fetch(input, init).then(resolve, reject);
        },
      });
      const ready = waiters;
      waiters = [];
      for (const w of ready) w();
    });
  };
  /** Resolves once `n` requests are held (counting those already released). */
  const arrived = async (n: number) => {
    while (held.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return { fetch, held, arrived };
}

/** Lets the event loop run pending promise callbacks (no timers involved). */
export const settle = async (rounds = 20) => {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
};
