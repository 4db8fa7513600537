/** The error hierarchy narrows with `instanceof`, from the root entry and from each provider entry. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  ChartstackError,
  InvalidParamsError,
  NotFoundError,
  RateLimitError,
  ResponseValidationError,
  type ProviderName,
} from '../../src/index.js';
import * as mogulEntry from '../../src/chartmogul/index.js';

declare const err: unknown;

describe('instanceof narrowing', () => {
  it('APIError and its status classes carry the response fields', () => {
    if (err instanceof APIError) {
      expectTypeOf(err).toExtend<ChartstackError>();
      expectTypeOf(err.status).toEqualTypeOf<number>();
      expectTypeOf(err.provider).toEqualTypeOf<ProviderName>();
      expectTypeOf(err.requestId).toEqualTypeOf<string | undefined>();
      expectTypeOf(err.headers).toEqualTypeOf<Record<string, string>>();
      expectTypeOf(err.body).toBeUnknown();
    }
    if (err instanceof RateLimitError) {
      expectTypeOf(err.retryAfter).toEqualTypeOf<number | undefined>();
      expectTypeOf(err).toExtend<APIError>();
    }
    if (err instanceof NotFoundError || err instanceof AuthenticationError) expectTypeOf(err.status).toEqualTypeOf<number>();
  });

  it('errors raised before or without a response have their own fields', () => {
    if (err instanceof InvalidParamsError) {
      expectTypeOf(err.issues).toBeArray();
      // @ts-expect-error nothing was sent: no HTTP status
      void err.status;
    }
    if (err instanceof ResponseValidationError) {
      expectTypeOf(err.body).toBeUnknown();
      expectTypeOf(err.issues).toEqualTypeOf<Array<{ path: string; message: string }>>();
    }
    if (err instanceof APITimeoutError) expectTypeOf(err).toExtend<APIConnectionError>();
    if (err instanceof APIUserAbortError) expectTypeOf(err).toExtend<ChartstackError>();
  });

  it('the provider entries export the same classes', () => {
    expectTypeOf(mogulEntry.NotFoundError).toEqualTypeOf(NotFoundError);
    if (err instanceof mogulEntry.RateLimitError) expectTypeOf(err.retryAfter).toEqualTypeOf<number | undefined>();
    // @ts-expect-error an unknown is not an error until narrowed
    void err.message;
  });
});
