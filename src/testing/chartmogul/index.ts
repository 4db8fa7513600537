/**
 * The ChartMogul fake (reference/chartmogul.md): Basic auth with the key as user, the documented
 * error bodies, 400s for bad metrics params, cursor pagination, the asynchronous activities export,
 * and — when enforcement is on — 40 requests/second (429) and 20 parallel connections (503).
 */
import { chartmogulEndpoints } from '../../chartmogul/catalog/index.js';
import { SlidingWindow } from '../http.js';
import { routedProvider } from '../routed.js';
import { reply } from '../types.js';
import { accountHandlers } from './account.js';
import { activitiesHandlers } from './activities.js';
import { customersHandlers } from './customers.js';
import { metricsHandlers } from './metrics.js';
import { apiError, type ChartmogulState } from './shared.js';

/** The API key the ChartMogul sandbox accepts. */
export const CHARTMOGUL_SANDBOX_KEY = 'cm_sandbox_key';

export function chartmogulSandbox() {
  const state: ChartmogulState = { seed: 42, exports: new Map() };
  const window = new SlidingWindow();
  const handlers = { ...accountHandlers(), ...metricsHandlers(state), ...customersHandlers(state), ...activitiesHandlers(state) };

  const provider = routedProvider({
    name: 'chartmogul',
    origins: ['https://api.chartmogul.com'],
    endpoints: chartmogulEndpoints,
    handlers,
    before(req, env) {
      state.seed = env.seed;
      const auth = req.headers.get('authorization') ?? '';
      const m = /^Basic\s+(.+)$/i.exec(auth);
      const user = m ? atob(m[1]!).split(':')[0] : undefined;
      if (user !== CHARTMOGUL_SANDBOX_KEY) return apiError(401, 'No valid API key provided');
      if (env.enforceRateLimits) {
        const now = Date.now();
        if (window.hit(user, now).count > 40) {
          window.undo(user);
          return apiError(429, 'Your request rate has exceeded our rate limit.');
        }
        // This request is counted in `inflight` already.
        if (provider.inflight > 20) return reply(503, 'Service Unavailable: too many parallel connections');
      }
      return undefined;
    },
    notFound: () => reply(404, { error: 'Not found' }),
  });
  return provider;
}
