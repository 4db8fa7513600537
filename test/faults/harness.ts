/**
 * One call per provider, against a fresh sandbox, over either transport:
 * - `fetch`: the sandbox's own `fetch` (no sockets; the fetch transport);
 * - `loopback`: the sandbox's HTTP server on 127.0.0.1 (the undici transport, real sockets).
 * Every target gets its own base URL, so its limiter (keyed by provider, base URL and credential) is
 * its own and tests can run concurrently without pausing each other.
 */
import { expect } from 'vitest';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { ChartMogul } from '../../src/chartmogul/index.js';
import type { ClientOptions, RequestOptions } from '../../src/core/options.js';
import { Soundcharts } from '../../src/soundcharts/index.js';
import { createSandbox, SANDBOX_CREDENTIALS, type LoopbackServer, type Sandbox, type SandboxOptions } from '../../src/testing/index.js';

export type ProviderName = 'chartmogul' | 'chartmetric' | 'soundcharts';
export type TransportName = 'fetch' | 'loopback';

export const PROVIDERS: readonly ProviderName[] = ['chartmogul', 'chartmetric', 'soundcharts'];
export const TRANSPORTS: readonly TransportName[] = ['fetch', 'loopback'];

/** The sandbox data clock is fixed, so the same call always returns the same data. */
export const FIXED_NOW = Date.UTC(2025, 6, 1, 12);
export const SOUNDCHARTS_ARTIST = '11e81bcc-9c1c-ce38-b96b-a0369fe50396';

/** Where a provider's data request and token request land in the sandbox. */
export const ROUTES: Record<ProviderName, { data: { provider: string; path: string }; token?: { provider: string; path: string } }> = {
  chartmogul: { data: { provider: 'chartmogul', path: '/v1/metrics/mrr' } },
  chartmetric: { data: { provider: 'chartmetric', path: '/api/artist/206557' }, token: { provider: 'chartmetric', path: '/api/token' } },
  soundcharts: {
    data: { provider: 'soundcharts', path: `/api/v2.9/artist/${SOUNDCHARTS_ARTIST}` },
    token: { provider: 'soundcharts-account', path: '/oauth/token' },
  },
};

/** Defaults for fault tests: short attempts, the default two retries, a budget well above the waits. */
/**
 * The clients' settings in every case. The attempt timeout is what a stalled server costs per attempt;
 * it is long enough that a loopback answer on a loaded 2-core machine never runs into it.
 */
export const FAULT_DEFAULTS = { maxRetries: 2, timeout: 1_500, retryBudget: 20_000 } as const;

export interface Target {
  provider: ProviderName;
  transport: TransportName;
  sandbox: Sandbox;
  /** Makes the provider's data call. */
  call(opts?: RequestOptions): Promise<unknown>;
  /** Data requests the sandbox received so far. */
  attempts(): number;
  /** Token requests the sandbox received so far. */
  tokenAttempts(): number;
  /** The client, for provider-specific assertions. */
  client: ChartMogul | Chartmetric | Soundcharts;
  close(): Promise<void>;
}

let fakePort = 20_000;

export async function target(
  provider: ProviderName,
  transport: TransportName,
  options: { sandbox?: SandboxOptions; client?: Partial<ClientOptions>; credentials?: Record<string, string> } = {},
): Promise<Target> {
  const sandbox = createSandbox({ now: () => FIXED_NOW, ...options.sandbox });
  let server: LoopbackServer | undefined;
  let base: (name: string) => string;
  let fetch: ClientOptions['fetch'];
  if (transport === 'loopback') {
    server = await sandbox.listen();
    base = (name) => server!.baseUrl(name as 'chartmogul');
  } else {
    // The sandbox routes `/<provider>/…` on any origin; a distinct fake port gives a distinct limiter.
    const origin = `http://127.0.0.1:${fakePort++}`;
    base = (name) => `${origin}/${name}`;
    fetch = sandbox.fetch;
  }
  const common: ClientOptions = {
    ...FAULT_DEFAULTS,
    ...(fetch ? { fetch } : {}),
    ...options.client,
    baseUrl: base(provider),
  };
  const { data, token } = ROUTES[provider];
  let client: Target['client'];
  let call: Target['call'];
  if (provider === 'chartmogul') {
    const c = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, ...common, ...options.credentials });
    call = (o) => c.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-03-31', interval: 'month' }, o);
    client = c;
  } else if (provider === 'chartmetric') {
    const c = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, ...common, ...options.credentials });
    call = (o) => c.artists.get(206557, o);
    client = c;
  } else {
    // `credentials` may switch to legacy keys ({ appId, apiKey }) or to other OAuth credentials.
    const credentials = options.credentials ?? SANDBOX_CREDENTIALS.soundcharts;
    const c = new Soundcharts({ ...credentials, ...common, tokenUrl: `${base('soundcharts-account')}/oauth/token` } as ConstructorParameters<typeof Soundcharts>[0]);
    call = (o) => c.artists.get(SOUNDCHARTS_ARTIST, o);
    client = c;
  }
  const count = (route: { provider: string; path: string } | undefined) => () =>
    route ? sandbox.requests.filter((r) => r.provider === route.provider && r.path === route.path).length : 0;
  return {
    provider,
    transport,
    sandbox,
    call,
    client,
    attempts: count(data),
    tokenAttempts: count(token),
    close: async () => {
      await client.close();
      await server?.close();
    },
  };
}

/** Runs `fn` with a target and always closes it. */
export async function withTarget<T>(
  provider: ProviderName,
  transport: TransportName,
  options: Parameters<typeof target>[2],
  fn: (t: Target) => Promise<T>,
): Promise<T> {
  const t = await target(provider, transport, options);
  try {
    return await fn(t);
  } finally {
    await t.close();
  }
}

const expected = new Map<ProviderName, unknown>();

/** What the call returns with no fault at all (the "correct data"). */
export async function expectedData(provider: ProviderName): Promise<unknown> {
  if (!expected.has(provider)) expected.set(provider, await withTarget(provider, 'fetch', {}, (t) => t.call()));
  return expected.get(provider);
}

/** Settles a promise into a value or an error, with the time it took. */
export async function settle(p: Promise<unknown>): Promise<{ ok: true; value: unknown; ms: number } | { ok: false; error: unknown; ms: number }> {
  const started = performance.now();
  try {
    const value = await p;
    return { ok: true, value, ms: performance.now() - started };
  } catch (error) {
    return { ok: false, error, ms: performance.now() - started };
  }
}

/** Collects unhandled rejections for the lifetime of a test file. */
export function trackUnhandledRejections(): { list: unknown[]; stop(): void } {
  const list: unknown[] = [];
  const onRejection = (reason: unknown) => list.push(reason);
  process.on('unhandledRejection', onRejection);
  return { list, stop: () => process.off('unhandledRejection', onRejection) };
}

/** Runs `fn` for every provider over both transports at once; failures are reported together, by name. */
export async function everywhere(
  only: readonly ProviderName[] | undefined,
  fn: (provider: ProviderName, transport: TransportName) => Promise<void>,
): Promise<void> {
  const combos = PROVIDERS.filter((p) => !only || only.includes(p)).flatMap((p) => TRANSPORTS.map((t) => [p, t] as const));
  const failures: string[] = [];
  await Promise.all(
    combos.map(async ([p, t]) => {
      try {
        await fn(p, t);
      } catch (err) {
        failures.push(`${p} over ${t}: ${(err as Error).message}`);
      }
    }),
  );
  expect(failures).toEqual([]);
}

/**
 * An upper bound on a duration, made to hold on a busy machine (issue #14). The bounds here catch
 * waits that are wrong by design — an hour from a skewed clock, a retry the budget should have
 * refused — which overshoot by far more than this; what a loaded 2-core machine adds (event-loop lag,
 * slow timers, a sandbox answering late) must not fail the suite.
 */
export const withLoadSlack = (ms: number): number => ms * 2 + 2_000;

/** Resolves once `condition` holds (polled every 5 ms), or rejects after `ms`. */
export async function until(condition: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
