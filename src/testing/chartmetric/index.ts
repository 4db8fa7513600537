/**
 * The Chartmetric fake (reference/chartmetric.md §1–2): `POST /api/token` exchanging the sandbox
 * refresh token for one-hour bearer tokens; 401 with Chartmetric's body for missing/expired tokens
 * and for unknown routes (§6.16); the sliding one-second window with `X-RateLimit-Limit/-Remaining/
 * -Reset` (reset in epoch seconds; "false" on the token call and on 401s); 429 when enforcement is on;
 * `where-people-listen` capped at 10 req/s.
 */
import { chartmetricEndpoints } from '../../chartmetric/catalog/index.js';
import { SlidingWindow } from '../http.js';
import { routedProvider } from '../routed.js';
import { TokenRegistry, bearer } from '../tokens.js';
import { reply, type RouteHandlers } from '../types.js';
import { chartmetricHandlers } from './handlers.js';

/** The refresh token the Chartmetric sandbox accepts. */
export const CHARTMETRIC_SANDBOX_REFRESH_TOKEN = 'cm_sandbox_refresh_token';

const UNAUTHORIZED = { error: 'Session token not found or was expired. User is not authorized to access this Chartmetric internal API endpoint.' };
const FALSE_HEADERS = { 'x-ratelimit-limit': 'false', 'x-ratelimit-remaining': 'false', 'x-ratelimit-reset': 'false' };

export function chartmetricSandbox() {
  const tokens = new TokenRegistry();
  const window = new SlidingWindow();
  const wpl = new SlidingWindow();
  const handlers: RouteHandlers = chartmetricHandlers;

  const provider = routedProvider({
    name: 'chartmetric',
    origins: ['https://api.chartmetric.com'],
    endpoints: chartmetricEndpoints,
    handlers,
    before(req, env, match) {
      const url = new URL(req.url);
      if (url.pathname === '/api/token' && req.method === 'POST') {
        return (async () => {
          let body: { refreshtoken?: unknown } = {};
          try {
            body = (await req.json()) as typeof body;
          } catch {
            /* empty or invalid body */
          }
          if (body.refreshtoken !== CHARTMETRIC_SANDBOX_REFRESH_TOKEN) return { reply: reply(401, { error: 'Invalid refresh token.' }), headers: FALSE_HEADERS };
          const token = tokens.issue('chartmetric-account', env.limits.tokenTtlSeconds);
          return {
            reply: reply(200, { token, expires_in: env.limits.tokenTtlSeconds, refresh_token: CHARTMETRIC_SANDBOX_REFRESH_TOKEN, scope: 'api' }),
            headers: FALSE_HEADERS,
          };
        })();
      }
      const owner = tokens.owner(bearer(req));
      // Chartmetric answers 401 (not 404) for unknown routes too (§6.16).
      if (!owner || !match) return { reply: reply(401, UNAUTHORIZED), headers: FALSE_HEADERS };
      const limit = env.limits.chartmetricPerSecond;
      const now = Date.now();
      const { count, oldest } = window.hit(owner, now);
      const reset = Math.ceil((oldest + 1000) / 1000);
      const headers = {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.max(0, limit - count)),
        'x-ratelimit-reset': String(reset),
        date: new Date(now).toUTCString(),
      };
      if (env.enforceRateLimits && count > limit) {
        window.undo(owner);
        return { reply: reply(429, { error: 'Too Many Requests' }), headers };
      }
      if (env.enforceRateLimits && match.endpoint.id === 'artists.wherePeopleListen' && wpl.hit(owner, now).count > 10) {
        wpl.undo(owner);
        return { reply: reply(429, { error: 'Too Many Requests: where-people-listen is limited to 10 requests per second' }), headers };
      }
      return { headers };
    },
    notFound: () => reply(401, UNAUTHORIZED),
  });
  return Object.assign(provider, { tokens, expireTokens: () => tokens.expireAll() });
}
