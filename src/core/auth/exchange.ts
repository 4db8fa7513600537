/** Shared by the token exchanges of Chartmetric and Soundcharts. */
import { APIError, AuthenticationError } from '../errors.js';

/**
 * A client error (4xx other than 429) from a token endpoint means the credentials themselves were
 * refused: report it as an `AuthenticationError` with `message`, keeping status, headers and body.
 * Anything else (5xx after retries, connection errors) is returned unchanged.
 */
export function credentialsRejected(err: unknown, message: (err: APIError) => string): unknown {
  if (!(err instanceof APIError) || err instanceof AuthenticationError || err.status < 400 || err.status >= 500 || err.status === 429) return err;
  return new AuthenticationError({
    provider: err.provider,
    status: err.status,
    message: message(err),
    code: err.code,
    details: err.details,
    requestId: err.requestId,
    headers: err.headers,
    body: err.body,
  });
}
