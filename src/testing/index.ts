/**
 * `chartstack/testing`: the sandbox — a faithful fake of the Chartmetric, Soundcharts and ChartMogul
 * APIs, for your tests, the demo and the benchmarks. No credentials, no network.
 *
 * ```ts
 * import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';
 * const sandbox = createSandbox();
 * const mogul = new ChartMogul({ apiKey: SANDBOX_CREDENTIALS.chartmogul.apiKey, fetch: sandbox.fetch });
 * ```
 */
import { chartmogulSandbox, CHARTMOGUL_SANDBOX_KEY } from './chartmogul/index.js';
import { Sandbox, type SandboxOptions } from './sandbox.js';

export { Sandbox, type SandboxOptions, type SandboxEnv, type ProviderSandbox, type RecordedRequest, type LoopbackServer } from './sandbox.js';
export { Faults, type Fault, type FaultKind } from './faults.js';
export { reply, SandboxReply, type RouteContext, type RouteHandler, type RouteHandlers } from './types.js';

/** Credentials each provider's sandbox accepts. */
export const SANDBOX_CREDENTIALS = {
  chartmogul: { apiKey: CHARTMOGUL_SANDBOX_KEY },
} as const;

/** A sandbox serving every provider. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  return new Sandbox([chartmogulSandbox()], options);
}
