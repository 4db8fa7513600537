/**
 * The shape every provider's fake shares: route by the catalog, run provider checks (auth, limits)
 * first, call the endpoint's handler, add the provider's headers. Providers supply only the parts
 * that differ (their auth rules, limit headers, error bodies).
 */
import type { AnyEndpoint } from '../core/endpoint.js';
import { hashString, seededRandom } from './data.js';
import { readBody, toResponse } from './http.js';
import { Router, type RouteMatch } from './router.js';
import type { ProviderSandbox, SandboxEnv } from './sandbox.js';
import { SandboxReply, type RouteHandlers } from './types.js';

export interface RoutedProviderConfig {
  name: string;
  origins: readonly string[];
  endpoints: readonly AnyEndpoint[];
  handlers: RouteHandlers;
  /** Runs before routing to a handler; a reply short-circuits (auth failures, 429s, token endpoints). */
  before?(req: Request, env: SandboxEnv, match: RouteMatch | undefined): SandboxReply | undefined | Promise<SandboxReply | undefined>;
  /** Headers added to every response (request ids, rate-limit headers). */
  headers?(req: Request, env: SandboxEnv, status: number): Record<string, string>;
  /** The provider's reply for an unknown path. */
  notFound(path: string): SandboxReply;
}

let requestCounter = 0;

export function routedProvider(config: RoutedProviderConfig): ProviderSandbox & { router: Router } {
  const router = new Router(config.endpoints, config.handlers);
  return {
    name: config.name,
    origins: config.origins,
    router,
    async handle(req, env) {
      const url = new URL(req.url);
      const match = router.match(req.method, url.pathname);
      const early = await config.before?.(req, env, match);
      const extra = (status: number) => ({ 'x-request-id': `sbx-${config.name}-${++requestCounter}`, ...config.headers?.(req, env, status) });
      if (early) return toResponse(early, extra(early.status));
      if (!match) {
        const r = config.notFound(url.pathname);
        return toResponse(r, extra(r.status));
      }
      const result = await match.handler({
        params: match.params,
        query: url.searchParams,
        body: await readBody(req),
        headers: req.headers,
        request: req,
        rng: seededRandom(env.seed ^ hashString(url.pathname + url.search)),
        now: new Date(env.now()),
      });
      const status = result instanceof SandboxReply ? result.status : 200;
      return toResponse(result, extra(status));
    },
  };
}
