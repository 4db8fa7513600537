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
  /**
   * Runs before routing to a handler; a reply short-circuits (auth failures, 429s, token endpoints).
   * May also return headers for this response (rate-limit state).
   */
  before?(req: Request, env: SandboxEnv, match: RouteMatch | undefined): BeforeResult | Promise<BeforeResult>;
  /** The provider's reply for an unknown path. */
  notFound(path: string): SandboxReply;
}

export type BeforeResult = SandboxReply | { reply?: SandboxReply; headers?: Record<string, string> } | undefined;

let requestCounter = 0;

export function routedProvider(config: RoutedProviderConfig): ProviderSandbox & { router: Router; readonly inflight: number } {
  const router = new Router(config.endpoints, config.handlers);
  let inflight = 0;
  return {
    name: config.name,
    origins: config.origins,
    router,
    /** Requests being processed right now (parallel-connection limits). */
    get inflight() {
      return inflight;
    },
    async handle(req, env) {
      inflight++;
      try {
        return await handleOne(req, env);
      } finally {
        inflight--;
      }
    },
  };

  async function handleOne(req: Request, env: SandboxEnv): Promise<Response> {
    const url = new URL(req.url);
    const match = router.match(req.method, url.pathname);
    const before = await config.before?.(req, env, match);
    const early = before instanceof SandboxReply ? before : before?.reply;
    const headers = before instanceof SandboxReply ? {} : (before?.headers ?? {});
    const extra = (_status: number) => ({ 'x-request-id': `sbx-${config.name}-${++requestCounter}`, ...headers });
    if (early) return toResponse(early, extra(early.status));
    if (!match) {
      const r = config.notFound(url.pathname);
      return toResponse(r, extra(r.status));
    }
    if (env.latencyMs > 0) await new Promise((r) => setTimeout(r, env.latencyMs));
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
  }
}
