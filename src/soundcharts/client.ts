/**
 * The Soundcharts client.
 *
 * ```ts
 * const sc = new Soundcharts({ clientId, clientSecret });   // OAuth2 client credentials
 * const sc = new Soundcharts({ appId, apiKey });            // legacy keys
 * const sc = Soundcharts.sandbox();                         // the public sandbox credentials
 * ```
 */
import { MemoryTokenStore } from '../core/auth/token-store.js';
import { TokenManager, tokenKey } from '../core/auth/token-manager.js';
import { headerAuth } from '../core/auth/static.js';
import { BaseClient } from '../core/base-client.js';
import { CoreClient } from '../core/client.js';
import type { Resources } from '../core/endpoint.js';
import { InvalidParamsError, ResponseValidationError } from '../core/errors.js';
import { credentialsRejected } from '../core/auth/exchange.js';
import type { ClientOptions } from '../core/options.js';
import { bindFamilies } from '../core/resources.js';
import { checkBaseUrl } from '../core/url.js';
import { soundchartsFamilies, type SoundchartsCatalog } from './catalog/index.js';
import { soundchartsSpec } from './provider.js';

interface CommonOptions extends ClientOptions {
  /**
   * OAuth token endpoint. Default `https://account.soundcharts.com/oauth/token`; it lives on another host
   * than `baseUrl`, so it does not follow it.
   */
  tokenUrl?: string;
}

/** OAuth2 client credentials (recommended). */
export interface SoundchartsOAuthOptions extends CommonOptions {
  /** API client id (dashboard → Credentials). */
  clientId: string;
  /** API client secret; never logged. */
  clientSecret: string;
  /** Team name or id, for accounts with several teams. */
  teamId?: string;
}

/** Legacy `x-app-id` / `x-api-key` headers. */
export interface SoundchartsLegacyOptions extends CommonOptions {
  appId: string;
  /** Never logged. */
  apiKey: string;
}

export type SoundchartsOptions = SoundchartsOAuthOptions | SoundchartsLegacyOptions;

/** The public sandbox credentials (reference/soundcharts.md §1.1 "Sandbox"). */
export const SOUNDCHARTS_SANDBOX = { appId: 'soundcharts', apiKey: 'soundcharts' } as const;
export const SOUNDCHARTS_TOKEN_URL = 'https://account.soundcharts.com/oauth/token';

type Catalog = SoundchartsCatalog;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface Soundcharts extends Resources<Catalog> {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Soundcharts extends BaseClient {
  readonly #tokens: TokenManager | undefined;

  /** A client with the public sandbox credentials: a small fixed dataset, writes answer 405. */
  static sandbox(options: Omit<SoundchartsLegacyOptions, 'appId' | 'apiKey'> = {}): Soundcharts {
    return new Soundcharts({ ...options, ...SOUNDCHARTS_SANDBOX });
  }

  constructor(options: SoundchartsOptions) {
    const o = (options ?? {}) as Partial<SoundchartsOAuthOptions & SoundchartsLegacyOptions>;
    const oauth = nonEmpty(o.clientId) && nonEmpty(o.clientSecret);
    const legacy = nonEmpty(o.appId) && nonEmpty(o.apiKey);
    if (!oauth && !legacy) {
      throw new InvalidParamsError(
        'Soundcharts needs credentials: { clientId, clientSecret } (OAuth, recommended), { appId, apiKey } (legacy keys), or Soundcharts.sandbox().',
        [{ param: 'clientId', message: 'expected clientId + clientSecret, or appId + apiKey' }],
      );
    }
    const core = new CoreClient(soundchartsSpec, options);
    let tokens: TokenManager | undefined;
    if (oauth) {
      const tokenUrl = checkBaseUrl(o.tokenUrl ?? SOUNDCHARTS_TOKEN_URL, 'tokenUrl');
      core.redactor.addBasic(o.clientId!, o.clientSecret!);
      tokens = new TokenManager({
        key: tokenKey('soundcharts', `${o.clientId}:${o.clientSecret}:${o.teamId ?? ''}`),
        store: o.tokenStore ?? new MemoryTokenStore(),
        redactor: core.redactor,
        mint: (signal) => mintSoundchartsToken(core, tokenUrl, o.clientId!, o.clientSecret!, o.teamId, signal),
      });
      core.setAuth(tokens);
    } else {
      core.sandbox = o.appId === SOUNDCHARTS_SANDBOX.appId && o.apiKey === SOUNDCHARTS_SANDBOX.apiKey;
      core.setAuth(headerAuth({ 'x-app-id': o.appId!, 'x-api-key': o.apiKey! }, core.redactor));
    }
    super(core);
    this.#tokens = tokens;
    // Each family (artists, charts, …) is built and bound when first read: see src/core/lazy.ts.
    bindFamilies(this, core, soundchartsFamilies);
  }

  /** Calls left in the plan's quota, from the latest `x-quota-remaining` header. */
  get quotaRemaining(): number | undefined {
    return this.core.rateLimit.quotaRemaining;
  }

  /** How many OAuth token exchanges this client performed. */
  get tokenExchanges(): number {
    return this.#tokens?.mints ?? 0;
  }
}

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** OAuth2 client credentials: Basic client_id:client_secret, form `grant_type=client_credentials` (§1.1). */
async function mintSoundchartsToken(core: CoreClient, tokenUrl: string, clientId: string, clientSecret: string, teamId: string | undefined, signal?: AbortSignal) {
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (teamId) form.set('team_id', teamId);
  try {
    const res = await core.execute(
      {
        method: 'POST',
        url: tokenUrl,
        route: '/oauth/token',
        body: form.toString(),
        contentType: 'application/x-www-form-urlencoded',
        headers: { authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}` },
        auth: false,
        idempotent: true,
      },
      signal ? { signal } : {},
    );
    const body = res.data as { access_token?: unknown; expires_in?: unknown } | null;
    if (typeof body?.access_token !== 'string') {
      throw new ResponseValidationError({
        provider: 'soundcharts',
        endpoint: 'oauth.token',
        issues: [{ path: 'access_token', message: 'expected the access token string' }],
        body: core.redactor.value(body),
        requestId: res.requestId,
        message: 'The Soundcharts token endpoint answered without an `access_token`; the raw body is on error.body.',
      });
    }
    return { token: body.access_token, expiresIn: Number(body.expires_in ?? 3600) };
  } catch (err) {
    throw credentialsRejected(
      err,
      (e) => `Soundcharts rejected the client credentials (${e.status} from the token endpoint). Check \`clientId\`, \`clientSecret\` and \`teamId\`.`,
    );
  }
}
