/**
 * Regression: a stalled fault served by `sandbox.fetch` must still end when the attempt times out,
 * even if the garbage collector runs meanwhile. (A Request's signal follows the caller's through a
 * weak reference; the sandbox once listened on that follower, so after a GC the stall never ended
 * and the call hung — seen as rare 20 s test timeouts under load.)
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { APITimeoutError } from '../../src/errors.js';
import { ROUTES, settle, withTarget, type ProviderName } from './harness.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('stalls over sandbox.fetch end on timeout, whatever the GC does', () => {
  it('12 stalled calls (headers and body) with a full GC every 50 ms all time out', async () => {
    const collector = setInterval(gc, 50);
    try {
      const providers: ProviderName[] = ['chartmogul', 'chartmetric', 'soundcharts'];
      const outcomes = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          withTarget(providers[i % 3]!, 'fetch', { client: { timeout: 300, maxRetries: 1 } }, async (t) => {
            t.sandbox.faults.add({ ...ROUTES[t.provider].data, kind: i % 2 ? 'stall-headers' : 'stall-body', times: Infinity });
            const hung = new Promise<'hung'>((r) => setTimeout(() => r('hung'), 5_000).unref());
            const result = await Promise.race([settle(t.call()), hung]);
            return result === 'hung' ? 'hung' : result.ok ? 'succeeded' : result.error instanceof APITimeoutError ? 'timed out' : String(result.error);
          }),
        ),
      );
      expect(outcomes).toEqual(Array.from({ length: 12 }, () => 'timed out'));
    } finally {
      clearInterval(collector);
    }
  }, 30_000);
});
