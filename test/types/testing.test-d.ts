/** `chartstack/testing`: the sandbox plugs into every client's `fetch` and `baseUrl` options. */
import { describe, expectTypeOf, it } from 'vitest';
import { ChartMogul, Chartmetric, Soundcharts, type FetchLike } from '../../src/index.js';
import { createSandbox, SANDBOX_CREDENTIALS, type LoopbackServer, type Sandbox } from '../../src/testing/index.js';

describe('sandbox', () => {
  it('fits the client options', async () => {
    const sandbox = createSandbox({ seed: 7, enforceRateLimits: true });
    expectTypeOf(sandbox).toEqualTypeOf<Sandbox>();
    expectTypeOf(sandbox.fetch).toEqualTypeOf<FetchLike>();
    new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch });
    new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch });
    new Soundcharts({ ...SANDBOX_CREDENTIALS.soundcharts, fetch: sandbox.fetch });
    new Soundcharts({ ...SANDBOX_CREDENTIALS.soundchartsLegacy, fetch: sandbox.fetch });
    const server = await sandbox.listen();
    expectTypeOf(server).toEqualTypeOf<LoopbackServer>();
    server.baseUrl('soundcharts-account');
    // @ts-expect-error only the sandbox's providers have a base URL
    server.baseUrl('spotify');
    // @ts-expect-error seed is a number
    createSandbox({ seed: 'x' });
  });
});
