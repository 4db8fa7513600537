/**
 * The Chartmetric client.
 *
 * ```ts
 * const cm = new Chartmetric({ refreshToken: process.env.CHARTMETRIC_REFRESH_TOKEN! });
 * const artist = await cm.artists.get(206557);
 * ```
 * The refresh token is exchanged at `POST /api/token` for a one-hour access token, once for all
 * concurrent calls, renewed a minute before expiry (reference/chartmetric.md §2.1).
 */
import { MemoryTokenStore } from '../core/auth/token-store.js';
import { TokenManager, tokenKey } from '../core/auth/token-manager.js';
import { BaseClient } from '../core/base-client.js';
import { CoreClient } from '../core/client.js';
import type { Resources } from '../core/endpoint.js';
import { InvalidParamsError, ResponseValidationError } from '../core/errors.js';
import { credentialsRejected } from '../core/auth/exchange.js';
import type { ClientOptions } from '../core/options.js';
import { bindFamilies } from '../core/resources.js';
import { chartmetricFamilies, type ChartmetricCatalog } from './catalog/index.js';
import { chartmetricSpec } from './provider.js';

export interface ChartmetricOptions extends ClientOptions {
  /** Your Chartmetric refresh token (from Chartmetric, by email). Exchanged for access tokens; never logged. */
  refreshToken: string;
}

type Catalog = ChartmetricCatalog;

// The resource families (artists, charts, tracks, …) are generated from the catalog.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface Chartmetric extends Resources<Catalog> {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Chartmetric extends BaseClient {
  readonly #tokens: TokenManager;

  constructor(options: ChartmetricOptions) {
    if (!options || typeof options.refreshToken !== 'string' || options.refreshToken.trim() === '') {
      throw new InvalidParamsError('Chartmetric needs a `refreshToken`: new Chartmetric({ refreshToken: process.env.CHARTMETRIC_REFRESH_TOKEN }).', [
        { param: 'refreshToken', message: 'expected a non-empty string' },
      ]);
    }
    const core = new CoreClient(chartmetricSpec, options);
    core.redactor.add(options.refreshToken);
    const tokens = new TokenManager({
      key: tokenKey('chartmetric', options.refreshToken),
      store: options.tokenStore ?? new MemoryTokenStore(),
      redactor: core.redactor,
      mint: (signal) => mintChartmetricToken(core, options.refreshToken, signal),
    });
    core.setAuth(tokens);
    super(core);
    this.#tokens = tokens;
    // Each family (artists, charts, …) is built and bound when first read: see src/core/lazy.ts.
    bindFamilies(this, core, chartmetricFamilies);
  }

  /** How many token exchanges this client performed (one per hour of use, normally). */
  get tokenExchanges(): number {
    return this.#tokens.mints;
  }
}

/** `POST /api/token` with `{ refreshtoken }` → `{ token, expires_in }` (reference/chartmetric.md §2.1). */
async function mintChartmetricToken(core: CoreClient, refreshToken: string, signal?: AbortSignal) {
  try {
    const res = await core.execute(
      { method: 'POST', url: `${core.baseUrl}/api/token`, route: '/api/token', body: JSON.stringify({ refreshtoken: refreshToken }), contentType: 'application/json', auth: false, idempotent: true },
      signal ? { signal } : {},
    );
    const body = res.data as { token?: unknown; access_token?: unknown; expires_in?: unknown } | null;
    // The field is `token`; one production proxy read `access_token` by mistake (§2.1), accept both.
    const token = typeof body?.token === 'string' ? body.token : typeof body?.access_token === 'string' ? body.access_token : undefined;
    if (!token) {
      throw new ResponseValidationError({
        provider: 'chartmetric',
        endpoint: 'token',
        issues: [{ path: 'token', message: 'expected the access token string' }],
        body: core.redactor.value(body),
        requestId: res.requestId,
        message: 'Chartmetric POST /api/token answered without a `token`; the raw body is on error.body.',
      });
    }
    return { token, expiresIn: Number(body?.expires_in ?? 3600) };
  } catch (err) {
    throw credentialsRejected(
      err,
      (e) => `Chartmetric rejected the refresh token (${e.status} on POST /api/token: ${e.body && typeof e.body === 'object' ? String((e.body as { error?: unknown }).error ?? '') : ''}). Check \`refreshToken\`.`,
    );
  }
}
