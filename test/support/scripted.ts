/** A fetch that answers from a script, and records what was asked: for precise core tests. */
import type { FetchLike } from '../../src/core/transport/types.js';

export type Step = Response | Error | ((req: Request) => Response | Promise<Response>);

export function scriptedFetch(steps: Step[], fallback?: Step) {
  const calls: Request[] = [];
  const fetch: FetchLike = async (input, init) => {
    const req = new Request(input, init);
    calls.push(req);
    const step = steps.length ? steps.shift()! : fallback;
    if (!step) throw new Error(`scriptedFetch: no step left for ${req.method} ${req.url}`);
    if (step instanceof Error) throw step;
    if (typeof step === 'function') return step(req);
    return step.clone();
  };
  return { fetch, calls };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A never-answering response that honours the request's abort signal. */
export const stall = (req: Request) =>
  new Promise<Response>((_, reject) => req.signal.addEventListener('abort', () => reject(req.signal.reason), { once: true }));

/** Awaits a promise that must reject, and returns the error typed for assertions. */
export async function failure<E = Error & Record<string, unknown>>(p: Promise<unknown>): Promise<E> {
  try {
    await p;
  } catch (err) {
    return err as E;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
