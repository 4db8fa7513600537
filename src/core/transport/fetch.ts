/** A transport over any WHATWG `fetch` (global on edge runtimes, Deno, Bun; or the user's own). */
import type { FetchLike, Transport } from './types.js';

export function fetchTransport(fetchImpl: FetchLike): Transport {
  return async (req) => {
    const res = await fetchImpl(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body ?? null,
      signal: req.signal.toAbortSignal(),
      // Redirects would carry the Authorization header to wherever they point: never follow them.
      redirect: 'manual',
    });
    return {
      status: res.status,
      headers: res.headers,
      text: () => res.text(),
    };
  };
}

/** The global `fetch`, bound (some runtimes throw "Illegal invocation" on an unbound call). */
export function globalFetch(): FetchLike {
  const f = (globalThis as { fetch?: FetchLike }).fetch;
  if (!f) throw new Error('No global fetch in this runtime: pass `fetch` in the client options.');
  return f.bind(globalThis);
}
