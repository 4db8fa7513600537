/**
 * An abort stops a call promptly and sends nothing more — whatever the call is doing when it comes:
 * waiting for headers, reading a body, waiting to retry, exchanging a token, or queued behind the
 * limiter. "Promptly" is measured from `abort()` to the rejection; "nothing more" is checked by
 * counting the requests the sandbox receives over longer than the next retry would have waited.
 */
import { getEventListeners } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { APIUserAbortError } from '../../src/errors.js';
import { ROUTES, everywhere, settle, trackUnhandledRejections, until, withTarget, type Target } from './harness.js';

const unhandled = trackUnhandledRejections();
afterAll(() => {
  unhandled.stop();
  expect(unhandled.list).toEqual([]);
});

/** Longest a stopped call could still have sent something: a backoff step or a 1 s pause, plus margin. */
const QUIET_MS = 1_300;
/** Abort → rejection. Generous for a loaded 2-core machine; an unaborted call would take seconds. */
const PROMPT_MS = 150;

/** Starts the call, aborts once `ready` holds, and checks the rejection is prompt and typed. */
async function abortWhen(t: Target, ready: () => boolean, delayMs = 0): Promise<void> {
  const controller = new AbortController();
  const pending = settle(t.call({ signal: controller.signal }));
  await until(ready);
  if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
  const abortedAt = performance.now();
  controller.abort();
  const result = await pending;
  const tookAfterAbort = performance.now() - abortedAt;
  expect(result.ok).toBe(false);
  expect((result as { error: unknown }).error).toBeInstanceOf(APIUserAbortError);
  expect(tookAfterAbort).toBeLessThan(PROMPT_MS);
  // Nothing is left listening on the caller's signal.
  expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
}

/** Counts requests now, waits out any retry that could follow, and checks none was sent. */
async function expectQuiet(t: Target, ms = QUIET_MS): Promise<void> {
  const sent = t.sandbox.requests.length;
  await new Promise((r) => setTimeout(r, ms));
  expect(t.sandbox.requests.length).toBe(sent);
}

describe('an abort stops a call promptly and sends nothing more', () => {
  it.concurrent.each(['stall-headers', 'stall-body'] as const)('while the server stalls (%s)', (kind) =>
    everywhere(undefined, (provider, transport) =>
      withTarget(provider, transport, { client: { timeout: 10_000 } }, async (t) => {
        t.sandbox.faults.add({ ...ROUTES[provider].data, kind, times: Infinity });
        await abortWhen(t, () => t.attempts() === 1, 50);
        await expectQuiet(t);
        expect(t.attempts()).toBe(1);
      }),
    ),
  );

  it.concurrent('while waiting to retry (Retry-After: 2)', () =>
    everywhere(undefined, (provider, transport) =>
      withTarget(provider, transport, {}, async (t) => {
        t.sandbox.faults.add({ ...ROUTES[provider].data, status: 503, headers: { 'retry-after': '2' }, times: Infinity });
        await abortWhen(t, () => t.attempts() === 1, 200);
        await expectQuiet(t, 2_300); // past the moment the retry was due
        expect(t.attempts()).toBe(1);
      }),
    ),
  );

  it.concurrent('during the token exchange', () =>
    everywhere(['chartmetric', 'soundcharts'], (provider, transport) =>
      withTarget(provider, transport, { client: { timeout: 10_000 } }, async (t) => {
        t.sandbox.faults.add({ ...ROUTES[provider].token!, kind: 'stall-headers', times: Infinity });
        await abortWhen(t, () => t.tokenAttempts() === 1, 50);
        await expectQuiet(t);
        expect(t.tokenAttempts()).toBe(1);
        expect(t.attempts()).toBe(0);
      }),
    ),
  );

  it.concurrent('while queued behind the limiter', () =>
    everywhere(undefined, (provider, transport) =>
      withTarget(provider, transport, { client: { rateLimit: { perSecond: 0.5, maxConcurrent: 1 } } }, async (t) => {
        await t.call(); // takes the slot; the next call waits 2 s for its turn
        const before = t.attempts();
        await abortWhen(t, () => true, 100);
        await new Promise((r) => setTimeout(r, 2_300));
        expect(t.attempts()).toBe(before);
      }),
    ),
  );

  it.concurrent('an already-aborted signal sends nothing at all', () =>
    everywhere(undefined, (provider, transport) =>
      withTarget(provider, transport, {}, async (t) => {
        const result = await settle(t.call({ signal: AbortSignal.abort() }));
        expect((result as { error: unknown }).error).toBeInstanceOf(APIUserAbortError);
        expect(result.ms).toBeLessThan(PROMPT_MS);
        expect(t.sandbox.requests).toHaveLength(0);
      }),
    ),
  );
});
