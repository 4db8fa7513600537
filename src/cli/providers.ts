/**
 * The three providers as the command line sees them: a name, the environment variables that hold
 * credentials (the same ones the demo and the examples read), the exported catalog, and how to build
 * the real client. Catalogs and clients are loaded on demand, so `chartstack chartmogul …` never
 * initializes the Chartmetric catalog.
 */
import type { AnyEndpoint, ClientOptions, RateLimitInfo } from '../index.js';

export type ProviderName = 'chartmetric' | 'soundcharts' | 'chartmogul';

/** A client as the command line drives it: `client[family][method](...)`, plus its rate-limit state. */
export interface CliClient {
  readonly rateLimit: RateLimitInfo;
  close(): Promise<void>;
  [family: string]: unknown;
}

/** Where credentials come from (the process environment merged with `--env-file`). */
export type Env = Readonly<Record<string, string | undefined>>;

/** Credentials are missing or unusable (exit code 3, like a rejected key). */
export class CredentialsError extends Error {
  override name = 'CredentialsError';
}

export interface Provider {
  name: ProviderName;
  displayName: string;
  /** What it serves, one line for `chartstack --help`. */
  blurb: string;
  /** The credential variables, as help shows them. */
  credentialHelp: string;
  /** Environment variable holding a base URL override (a proxy, a mock, a staging host). */
  baseUrlVar: string;
  endpoints(): Promise<readonly AnyEndpoint[]>;
  /** A client from the environment's credentials (throws `CredentialsError` when they are missing). */
  client(env: Env, options: ClientOptions): Promise<CliClient>;
  /** A client for the embedded sandbox, given its fetch. */
  sandboxClient(options: ClientOptions): Promise<CliClient>;
}

const set = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== '';

const missing = (displayName: string, vars: string) =>
  new CredentialsError(
    `No ${displayName} credentials: set ${vars} in the environment (or in a file given with --env-file), or add --sandbox to try the embedded sandbox.`,
  );

const asCli = (client: object): CliClient => client as unknown as CliClient;

const testing = () => import('../testing/index.js');

export const PROVIDERS: readonly Provider[] = [
  {
    name: 'chartmetric',
    displayName: 'Chartmetric',
    blurb: 'music data: artists, tracks, albums, playlists, curators, charts, radio, social stats',
    credentialHelp: 'CHARTMETRIC_REFRESH_TOKEN',
    baseUrlVar: 'CHARTMETRIC_BASE_URL',
    endpoints: async () => (await import('../chartmetric/index.js')).chartmetricEndpoints,
    async client(env, options) {
      if (!set(env.CHARTMETRIC_REFRESH_TOKEN)) throw missing('Chartmetric', 'CHARTMETRIC_REFRESH_TOKEN');
      const { Chartmetric } = await import('../chartmetric/index.js');
      return asCli(new Chartmetric({ ...options, refreshToken: env.CHARTMETRIC_REFRESH_TOKEN }));
    },
    async sandboxClient(options) {
      const [{ Chartmetric }, { SANDBOX_CREDENTIALS }] = await Promise.all([import('../chartmetric/index.js'), testing()]);
      return asCli(new Chartmetric({ ...options, ...SANDBOX_CREDENTIALS.chartmetric }));
    },
  },
  {
    name: 'soundcharts',
    displayName: 'Soundcharts',
    blurb: 'music data: artists, songs, albums, playlists, charts, radio airplay, events, search',
    credentialHelp: 'SOUNDCHARTS_CLIENT_ID + SOUNDCHARTS_CLIENT_SECRET (optional SOUNDCHARTS_TEAM_ID), or SOUNDCHARTS_APP_ID + SOUNDCHARTS_API_KEY',
    baseUrlVar: 'SOUNDCHARTS_BASE_URL',
    endpoints: async () => (await import('../soundcharts/index.js')).soundchartsEndpoints,
    async client(env, options) {
      const { Soundcharts } = await import('../soundcharts/index.js');
      const tokenUrl = set(env.SOUNDCHARTS_TOKEN_URL) ? { tokenUrl: env.SOUNDCHARTS_TOKEN_URL } : {};
      if (set(env.SOUNDCHARTS_CLIENT_ID) && set(env.SOUNDCHARTS_CLIENT_SECRET)) {
        const team = set(env.SOUNDCHARTS_TEAM_ID) ? { teamId: env.SOUNDCHARTS_TEAM_ID } : {};
        return asCli(new Soundcharts({ ...options, ...tokenUrl, ...team, clientId: env.SOUNDCHARTS_CLIENT_ID, clientSecret: env.SOUNDCHARTS_CLIENT_SECRET }));
      }
      if (set(env.SOUNDCHARTS_APP_ID) && set(env.SOUNDCHARTS_API_KEY)) {
        return asCli(new Soundcharts({ ...options, appId: env.SOUNDCHARTS_APP_ID, apiKey: env.SOUNDCHARTS_API_KEY }));
      }
      throw missing('Soundcharts', 'SOUNDCHARTS_CLIENT_ID and SOUNDCHARTS_CLIENT_SECRET (or SOUNDCHARTS_APP_ID and SOUNDCHARTS_API_KEY)');
    },
    async sandboxClient(options) {
      const [{ Soundcharts }, { SANDBOX_CREDENTIALS }] = await Promise.all([import('../soundcharts/index.js'), testing()]);
      return asCli(new Soundcharts({ ...options, ...SANDBOX_CREDENTIALS.soundcharts }));
    },
  },
  {
    name: 'chartmogul',
    displayName: 'ChartMogul',
    blurb: 'subscription revenue metrics: MRR, ARR, ARPA, ASP, customers, churn, LTV, activities',
    credentialHelp: 'CHARTMOGUL_API_KEY',
    baseUrlVar: 'CHARTMOGUL_BASE_URL',
    endpoints: async () => (await import('../chartmogul/index.js')).chartmogulEndpoints,
    async client(env, options) {
      if (!set(env.CHARTMOGUL_API_KEY)) throw missing('ChartMogul', 'CHARTMOGUL_API_KEY');
      const { ChartMogul } = await import('../chartmogul/index.js');
      return asCli(new ChartMogul({ ...options, apiKey: env.CHARTMOGUL_API_KEY }));
    },
    async sandboxClient(options) {
      const [{ ChartMogul }, { SANDBOX_CREDENTIALS }] = await Promise.all([import('../chartmogul/index.js'), testing()]);
      return asCli(new ChartMogul({ ...options, ...SANDBOX_CREDENTIALS.chartmogul }));
    },
  },
];

/** The provider called `name`, if any. */
export function providerNamed(name: string): Provider | undefined {
  return PROVIDERS.find((p) => p.name === name);
}

/** The embedded sandbox's `fetch` (seeded data, the providers' envelopes, auth and rate-limit headers). */
export async function sandboxFetch(): Promise<NonNullable<ClientOptions['fetch']>> {
  const { createSandbox } = await testing();
  return createSandbox().fetch;
}

/** Variables whose values must never be printed. */
export const SECRET_VARS = [
  'CHARTMETRIC_REFRESH_TOKEN',
  'CHARTMOGUL_API_KEY',
  'SOUNDCHARTS_CLIENT_ID',
  'SOUNDCHARTS_CLIENT_SECRET',
  'SOUNDCHARTS_APP_ID',
  'SOUNDCHARTS_API_KEY',
] as const;
