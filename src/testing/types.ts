/**
 * Building blocks of the sandbox: a provider's fake API is a set of route handlers keyed by the
 * catalog's endpoint ids, so every catalog entry has its fake beside it and paths are written once.
 */

/** What a route handler sees. */
export interface RouteContext {
  /** Decoded path parameters, by placeholder name. */
  params: Record<string, string>;
  /** The query string as sent (array params appear as repeated keys, e.g. `code2[]`). */
  query: URLSearchParams;
  /** Parsed JSON body, or the form fields as an object; undefined when there is none. */
  body: unknown;
  headers: Headers;
  request: Request;
  /** Deterministic random numbers for this request (seeded by the sandbox seed and the URL). */
  rng: () => number;
  /** The sandbox clock. */
  now: Date;
}

/** A reply with a non-200 status or extra headers. Plain values returned by a handler become 200 JSON. */
export class SandboxReply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** Builds a `SandboxReply`. A string body is sent as `text/plain`, anything else as JSON. */
export const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => new SandboxReply(status, body, headers);

export type RouteHandler = (ctx: RouteContext) => unknown | SandboxReply | Promise<unknown | SandboxReply>;
/** Handlers of one provider: endpoint id → handler. */
export type RouteHandlers = Record<string, RouteHandler>;
