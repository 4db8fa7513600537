/**
 * Exit codes by error class, so scripts can tell "fix the command" from "try again later".
 * Documented in `chartstack --help` and in the README ("Command line"); test/cli checks each one.
 */
import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  ChartstackError,
  InvalidParamsError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
} from '../index.js';
import { UsageError } from './coerce.js';
import { CredentialsError } from './providers.js';

export const EXIT = {
  /** Success. */
  ok: 0,
  /** Unexpected failure (a bug: please report it). */
  internal: 1,
  /** Bad usage or invalid parameters; nothing was sent. */
  usage: 2,
  /** Credentials missing or rejected, or the plan does not cover the call (401, 402, 403). */
  auth: 3,
  /** Not found (404). */
  notFound: 4,
  /** Rate limit or quota (429 after retries; Soundcharts quota used up). */
  rateLimit: 5,
  /** Any other API error (400, 409, 422, 5xx, …) or a response that does not match the schema. */
  api: 6,
  /** No answer: connection refused or reset, DNS, timeout. */
  connection: 7,
  /** Interrupted (Ctrl-C): what was fetched is written and closed properly. */
  interrupted: 130,
} as const;

/** The table `--help` and the README show. */
export const EXIT_CODE_HELP = [
  ['0', 'success'],
  ['1', 'unexpected failure (a bug: please report it)'],
  ['2', 'bad usage or invalid parameters (nothing was sent)'],
  ['3', 'credentials missing or rejected, or not in your plan (401, 402, 403)'],
  ['4', 'not found (404)'],
  ['5', 'rate limit or quota exhausted (429 after retries)'],
  ['6', 'other API error (400, 409, 422, 5xx) or unexpected response'],
  ['7', 'connection failure or timeout'],
  ['130', 'interrupted (Ctrl-C); the rows fetched so far are written'],
] as const;

/** The exit code for an error. */
export function exitCodeFor(err: unknown): number {
  if (err instanceof UsageError || err instanceof InvalidParamsError) return EXIT.usage;
  if (err instanceof CredentialsError) return EXIT.auth;
  if (err instanceof AuthenticationError || err instanceof PermissionDeniedError || err instanceof PaymentRequiredError) return EXIT.auth;
  if (err instanceof NotFoundError) return EXIT.notFound;
  if (err instanceof RateLimitError) return EXIT.rateLimit;
  if (err instanceof APIError || err instanceof ResponseValidationError) return EXIT.api;
  if (err instanceof APIConnectionError) return EXIT.connection;
  if (err instanceof APIUserAbortError) return EXIT.interrupted;
  if (err instanceof ChartstackError) return EXIT.api;
  return EXIT.internal;
}

/** The one-line message shown for an error: the SDK's own, which already says what to do. */
export function messageFor(err: unknown): string {
  if (err instanceof Error) {
    const label = err instanceof UsageError || err instanceof CredentialsError ? 'error' : err.name || 'Error';
    return `${label}: ${err.message}`;
  }
  return `error: ${String(err)}`;
}
