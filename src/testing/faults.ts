/**
 * Scriptable faults for the sandbox: the next matching request(s) fail the way real networks and
 * servers fail. Used by the fault-injection tests and available to users testing their own code.
 */

export type FaultKind =
  /** Answer with `status`, `headers` and `body` instead of the real handler. */
  | 'status'
  /** Drop the connection before any response (ECONNRESET). */
  | 'reset'
  /** Never send headers (until the client gives up). */
  | 'stall-headers'
  /** Send headers and part of the body, then stall. */
  | 'stall-body'
  /** Answer 200 with the real body cut in half (invalid JSON). */
  | 'truncate'
  /** Answer `status` (default 502) with an HTML error page. */
  | 'html'
  /** Send the real status, headers and half of the body, then drop the connection (reset mid-body). */
  | 'reset-body'
  /** Answer the real status and body under a wrong `Content-Type` (`contentType`, default `text/html`). */
  | 'content-type'
  /**
   * Answer the real response as a server whose clock is `skewMs` off ours: its `Date` header, any
   * epoch-seconds reset header (Chartmetric `X-RateLimit-Reset`) and an HTTP-date `Retry-After` are shifted.
   */
  | 'skew'
  /**
   * Answer `status` (default 400) with a JSON body that echoes the request back — method, URL, every
   * header and the body — the way some APIs and proxies do; for checking that no secret leaks through errors.
   */
  | 'echo';

export interface Fault {
  kind?: FaultKind;
  /** Only requests to this provider (`chartmogul`, `chartmetric`, `soundcharts`, `soundcharts-account`). */
  provider?: string;
  method?: string;
  /** Only paths that equal this string or match this RegExp (provider path, without sandbox prefix). */
  path?: string | RegExp;
  /** How many matching requests it applies to. Default 1; `Infinity` for all. */
  times?: number;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** For `content-type`: the wrong type to announce. Default `text/html; charset=utf-8`. */
  contentType?: string;
  /** For `skew`: how far the server clock is ahead of ours (negative: behind), ms. */
  skewMs?: number;
}

/** Faults that act on the real handler's response, so the sandbox computes it first. */
export const FAULTS_ON_REAL_RESPONSE: ReadonlySet<FaultKind> = new Set(['truncate', 'reset-body', 'content-type', 'skew']);

export interface ActiveFault extends Fault {
  kind: FaultKind;
}

export class Faults {
  #queue: Array<Fault & { left: number }> = [];

  /** Adds a fault; returns `this` for chaining. */
  add(fault: Fault): this {
    this.#queue.push({ ...fault, left: fault.times ?? 1 });
    return this;
  }

  /** Removes every pending fault. */
  clear(): void {
    this.#queue = [];
  }

  /** Number of faults still pending. */
  get pending(): number {
    return this.#queue.length;
  }

  /** @internal Takes the first fault matching a request, if any. */
  take(provider: string, method: string, path: string): ActiveFault | undefined {
    const i = this.#queue.findIndex(
      (f) =>
        (!f.provider || f.provider === provider) &&
        (!f.method || f.method.toUpperCase() === method) &&
        (!f.path || (typeof f.path === 'string' ? f.path === path : f.path.test(path))),
    );
    if (i < 0) return undefined;
    const f = this.#queue[i]!;
    if (--f.left <= 0) this.#queue.splice(i, 1);
    return { ...f, kind: f.kind ?? 'status' };
  }
}
