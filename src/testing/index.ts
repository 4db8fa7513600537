/**
 * `chartstack/testing`: the sandbox — a faithful fake of the Chartmetric, Soundcharts and ChartMogul
 * APIs, for your tests, the demo and the benchmarks. No credentials, no network.
 *
 * ```ts
 * import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';
 * const sandbox = createSandbox();
 * const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch });
 * ```
 */
import { CHARTMETRIC_SANDBOX_REFRESH_TOKEN, chartmetricSandbox } from './chartmetric/index.js';
import { CHARTMOGUL_SANDBOX_KEY, chartmogulSandbox } from './chartmogul/index.js';
import { Sandbox, type SandboxOptions } from './sandbox.js';
import { SOUNDCHARTS_SANDBOX_CREDENTIALS, soundchartsSandbox } from './soundcharts/index.js';

export { Sandbox, type SandboxOptions, type SandboxEnv, type SandboxLimits, type SandboxLatency, type ProviderSandbox, type RecordedRequest, type LoopbackServer } from './sandbox.js';
export { Faults, type Fault, type FaultKind } from './faults.js';
export { reply, SandboxReply, type RouteContext, type RouteHandler, type RouteHandlers } from './types.js';

/**
 * Credentials each provider's sandbox accepts. Every entry spreads into its client's options:
 * `new Soundcharts({ ...SANDBOX_CREDENTIALS.soundcharts, fetch: sandbox.fetch })` (OAuth client
 * credentials, the recommended kind); `soundchartsLegacy` holds the legacy `{ appId, apiKey }` keys
 * (the public sandbox keys, with which writes answer 405 as on the real API).
 */
export const SANDBOX_CREDENTIALS = {
  chartmogul: { apiKey: CHARTMOGUL_SANDBOX_KEY },
  chartmetric: { refreshToken: CHARTMETRIC_SANDBOX_REFRESH_TOKEN },
  soundcharts: { clientId: SOUNDCHARTS_SANDBOX_CREDENTIALS.clientId, clientSecret: SOUNDCHARTS_SANDBOX_CREDENTIALS.clientSecret },
  soundchartsLegacy: { appId: SOUNDCHARTS_SANDBOX_CREDENTIALS.appId, apiKey: SOUNDCHARTS_SANDBOX_CREDENTIALS.apiKey },
} as const;

/** A sandbox serving every provider (and the Soundcharts token host). */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  return new Sandbox([chartmogulSandbox(), chartmetricSandbox(), ...soundchartsSandbox()], options);
}
