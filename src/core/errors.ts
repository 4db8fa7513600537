/**
 * One error hierarchy for all three providers (DESIGN.md, "Errors").
 *
 *   ChartstackError
 *   ├─ APIError (provider, status, code, message, details, requestId, headers, body)
 *   │   ├─ BadRequestError 400, AuthenticationError 401, PaymentRequiredError 402,
 *   │   ├─ PermissionDeniedError 403, NotFoundError 404, ConflictError 409,
 *   │   ├─ UnprocessableEntityError 422, RateLimitError 429 (retryAfter) ─ QuotaExceededError,
 *   │   └─ InternalServerError 5xx
 *   ├─ APIConnectionError ─ APITimeoutError
 *   ├─ APIUserAbortError
 *   ├─ InvalidParamsError (caught before any request is sent)
 *   └─ ResponseValidationError (schema issues + the raw body)
 *
 * `instanceof` works across copies of the package (an ESM and a CJS copy loaded together):
 * classes are matched by a brand registered with `Symbol.for`, not by prototype identity. The brand
 * is a string literal, so it is also `err.name`, whatever a minifier calls the class.
 * Nothing here ever holds a secret: the pipeline scrubs messages, headers and bodies before
 * constructing an error, and `toJSON`/`inspect` only show those scrubbed fields.
 */
import type { ProviderName } from './provider.js';

const KINDS = Symbol.for('chartstack.error.kinds');
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

type Branded = { [KINDS]?: readonly string[] };

export class ChartstackError extends Error {
  static readonly brand: string = 'ChartstackError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const kinds: string[] = [];
    for (let c = new.target as unknown as typeof ChartstackError | null; c && c.brand; c = Object.getPrototypeOf(c)) {
      if (!kinds.includes(c.brand)) kinds.push(c.brand);
    }
    Object.defineProperty(this, KINDS, { value: kinds, enumerable: false });
    // The name is the class's literal `brand`, not `new.target.name`: minifiers (wrangler, Vercel,
    // esbuild --minify) rename classes, and an `AuthenticationError` would log as `zo` (issue #15).
    // A subclass without a brand of its own (one of yours) keeps its class name.
    const name = Object.hasOwn(new.target, 'brand') ? (new.target as unknown as typeof ChartstackError).brand : new.target.name;
    Object.defineProperty(this, 'name', { value: name, enumerable: false, configurable: true, writable: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    const kinds = (value as Branded | null)?.[KINDS];
    return Array.isArray(kinds) ? kinds.includes(this.brand) : false;
  }

  /** Plain fields only: safe to log or send to an error tracker. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [k, v] of Object.entries(this)) out[k] = v;
    return out;
  }

  [INSPECT](): string {
    const fields = Object.entries(this)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `  ${k}: ${JSON.stringify(v)?.slice(0, 2000)}`);
    return `${this.stack ?? `${this.name}: ${this.message}`}${fields.length ? ` {\n${fields.join(',\n')}\n}` : ''}`;
  }
}

/** Everything an `APIError` is built from. */
export interface APIErrorInit {
  provider: ProviderName;
  status: number;
  message: string;
  code?: string | undefined;
  details?: unknown;
  requestId?: string | undefined;
  headers: Record<string, string>;
  body: unknown;
  /** Seconds to wait, for 429s. */
  retryAfter?: number | undefined;
}

/** The API answered with an error status (or an error inside a 2xx body). */
export class APIError extends ChartstackError {
  static override readonly brand: string = 'APIError';
  readonly provider: ProviderName;
  readonly status: number;
  /** The provider's error code or key, when the body has one. */
  readonly code: string | undefined;
  /** Structured details from the body (field errors and the like). */
  readonly details: unknown;
  readonly requestId: string | undefined;
  /** Response headers, credentials masked. */
  readonly headers: Record<string, string>;
  /** The raw response body (parsed JSON, or text when it was not JSON). */
  readonly body: unknown;

  constructor(init: APIErrorInit) {
    super(init.message);
    this.provider = init.provider;
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId;
    this.headers = init.headers;
    this.body = init.body;
  }
}

export class BadRequestError extends APIError { static override readonly brand: string = 'BadRequestError'; }
export class AuthenticationError extends APIError { static override readonly brand: string = 'AuthenticationError'; }
export class PaymentRequiredError extends APIError { static override readonly brand: string = 'PaymentRequiredError'; }
export class PermissionDeniedError extends APIError { static override readonly brand: string = 'PermissionDeniedError'; }
export class NotFoundError extends APIError { static override readonly brand: string = 'NotFoundError'; }
export class ConflictError extends APIError { static override readonly brand: string = 'ConflictError'; }
export class UnprocessableEntityError extends APIError { static override readonly brand: string = 'UnprocessableEntityError'; }
export class InternalServerError extends APIError { static override readonly brand: string = 'InternalServerError'; }

export class RateLimitError extends APIError {
  static override readonly brand: string = 'RateLimitError';
  /** Seconds the API asked us to wait (from `Retry-After` or the provider's reset header), if known. */
  readonly retryAfter: number | undefined;
  constructor(init: APIErrorInit) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}

/** The plan's quota is used up (Soundcharts "Maximum quota reached"): waiting will not help. */
export class QuotaExceededError extends RateLimitError { static override readonly brand: string = 'QuotaExceededError'; }

/** The request never got an HTTP answer (DNS, refused, reset, TLS…). */
export class APIConnectionError extends ChartstackError {
  static override readonly brand: string = 'APIConnectionError';
}
/** An attempt took longer than `timeout` (headers and body together). */
export class APITimeoutError extends APIConnectionError {
  static override readonly brand: string = 'APITimeoutError';
}
/** The caller aborted through its `signal`. Never retried. */
export class APIUserAbortError extends ChartstackError {
  static override readonly brand: string = 'APIUserAbortError';
  constructor(message = 'The request was aborted by the caller.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface ParamIssue {
  /** The parameter, as you named it (`startDate`, `geo[1]`). */
  param: string;
  message: string;
}

/** A parameter was rejected before any request was sent. */
export class InvalidParamsError extends ChartstackError {
  static override readonly brand: string = 'InvalidParamsError';
  readonly issues: ParamIssue[];
  constructor(message: string, issues: ParamIssue[]) {
    super(message);
    this.issues = issues;
  }
}

/** The response did not match the endpoint's schema (validation `'strict'`). */
export class ResponseValidationError extends ChartstackError {
  static override readonly brand: string = 'ResponseValidationError';
  readonly provider: ProviderName;
  readonly endpoint: string;
  /** Where and why the body differs from the schema. */
  readonly issues: Array<{ path: string; message: string }>;
  /** The response body as received (after unwrapping the envelope). */
  readonly body: unknown;
  readonly requestId: string | undefined;
  constructor(init: { provider: ProviderName; endpoint: string; issues: Array<{ path: string; message: string }>; body: unknown; requestId?: string | undefined; message: string }) {
    super(init.message);
    this.provider = init.provider;
    this.endpoint = init.endpoint;
    this.issues = init.issues;
    this.body = init.body;
    this.requestId = init.requestId;
  }
}

/** Picks the error class for an HTTP status. */
export function errorClassFor(status: number): new (init: APIErrorInit) => APIError {
  switch (status) {
    case 400: return BadRequestError;
    case 401: return AuthenticationError;
    case 402: return PaymentRequiredError;
    case 403: return PermissionDeniedError;
    case 404: return NotFoundError;
    case 409: return ConflictError;
    case 422: return UnprocessableEntityError;
    case 429: return RateLimitError;
    default: return status >= 500 ? InternalServerError : APIError;
  }
}
