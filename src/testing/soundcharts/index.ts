/**
 * The Soundcharts fake (reference/soundcharts.md §1): the OAuth token endpoint on its own host,
 * bearer tokens or legacy `x-app-id`/`x-api-key`, the public sandbox keys (writes answer 405),
 * `x-quota-remaining` counting down on every response, "Maximum quota reached" 429s once it is
 * used up, and — with enforcement on — the per-minute limit with `x-ratelimit-reset`.
 */
import { soundchartsEndpoints } from '../../soundcharts/catalog/index.js';
import { SlidingWindow } from '../http.js';
import { routedProvider } from '../routed.js';
import { TokenRegistry, bearer } from '../tokens.js';
import { reply, type RouteHandlers } from '../types.js';
import { soundchartsHandlers } from './handlers.js';

/** Credentials the Soundcharts sandbox accepts. `appId`/`apiKey` are the public sandbox keys. */
export const SOUNDCHARTS_SANDBOX_CREDENTIALS = {
  clientId: 'sc_sandbox_client',
  clientSecret: 'sc_sandbox_secret',
  appId: 'soundcharts',
  apiKey: 'soundcharts',
} as const;

const errors = (status: number, key: string, message: string) => reply(status, { errors: [{ key, code: status, message }] });

/** Discovery endpoints are POSTs that only read; they are not "writes" for the sandbox 405 rule. */
const isWrite = (method: string, path: string) => method !== 'GET' && !/^\/api\/v2(\.\d+)?\/top\//.test(path);

export function soundchartsSandbox() {
  const tokens = new TokenRegistry();
  const minute = new SlidingWindow();
  const used = new Map<string, number>();
  const handlers: RouteHandlers = soundchartsHandlers;

  const account = routedProvider({
    name: 'soundcharts-account',
    origins: ['https://account.soundcharts.com'],
    endpoints: [],
    handlers: {},
    async before(req, env) {
      const url = new URL(req.url);
      if (url.pathname !== '/oauth/token' || req.method !== 'POST') return errors(404, 'access', 'Not found.');
      const basic = /^Basic\s+(.+)$/i.exec(req.headers.get('authorization') ?? '')?.[1];
      const [id, secret] = basic ? atob(basic).split(':') : [];
      const form = new URLSearchParams(await req.text());
      if (form.get('grant_type') !== 'client_credentials') return reply(400, { error: 'unsupported_grant_type', error_description: 'grant_type must be client_credentials' });
      if (id !== SOUNDCHARTS_SANDBOX_CREDENTIALS.clientId || secret !== SOUNDCHARTS_SANDBOX_CREDENTIALS.clientSecret) {
        return reply(401, { error: 'invalid_client', error_description: 'Client authentication failed' });
      }
      const ttl = env.limits.tokenTtlSeconds;
      return reply(200, { access_token: tokens.issue(`oauth:${id}:${form.get('team_id') ?? ''}`, ttl), token_type: 'Bearer', expires_in: ttl });
    },
    notFound: () => errors(404, 'access', 'Not found.'),
  });

  const api = routedProvider({
    name: 'soundcharts',
    origins: ['https://customer.api.soundcharts.com'],
    endpoints: soundchartsEndpoints,
    handlers,
    before(req, env, match) {
      const url = new URL(req.url);
      const appId = req.headers.get('x-app-id');
      const apiKey = req.headers.get('x-api-key');
      const legacySandbox = appId === SOUNDCHARTS_SANDBOX_CREDENTIALS.appId && apiKey === SOUNDCHARTS_SANDBOX_CREDENTIALS.apiKey;
      const owner = tokens.owner(bearer(req)) ?? (legacySandbox ? 'legacy:sandbox' : undefined);
      if (!owner) return errors(401, 'access', 'Not logged in.');
      const quota = env.limits.soundchartsQuota;
      const spent = used.get(owner) ?? 0;
      const headers = { 'x-quota-remaining': String(Math.max(0, quota - spent)) };
      if (spent >= quota) return { reply: errors(429, 'quota', 'Maximum quota reached'), headers };
      if (env.enforceRateLimits) {
        const now = Date.now();
        const { count, oldest } = minute.hit(owner, now, 60_000);
        if (count > env.limits.soundchartsPerMinute) {
          minute.undo(owner);
          const reset = String(Math.max(1, Math.ceil((oldest + 60_000 - now) / 1000)));
          return { reply: errors(429, 'rate', 'You have reached the maximum request count per minute'), headers: { ...headers, 'x-ratelimit-reset': reset } };
        }
      }
      if (!match) return { reply: errors(404, 'access', 'Not found.'), headers };
      if (legacySandbox && isWrite(req.method, url.pathname)) {
        return { reply: errors(405, 'sandbox', 'Sandbox only. This operation is not allowed on sandbox environment'), headers };
      }
      // Successful calls count against the quota; failed ones do not (reference §1.2).
      used.set(owner, spent + 1);
      return { headers: { 'x-quota-remaining': String(Math.max(0, quota - spent - 1)) } };
    },
    notFound: () => errors(404, 'access', 'Not found.'),
  });

  return [Object.assign(api, { tokens, expireTokens: () => tokens.expireAll() }), account] as const;
}
