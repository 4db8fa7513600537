/**
 * Edge builds: pacing shared through Redis (shared-pacing.ts, cluster-limiter.ts) is Node only —
 * bottleneck's cluster mode runs on ioredis, over TCP. This twin replaces it in the edge build
 * (tsup.config.ts, `webTwins`), so no edge bundle carries that code (issue #15); `rateLimit.redis` on
 * the edge paces in this process alone, with one warning.
 */
import type { PacerHost, SharedPacing } from './shared-pacing.js';

export function sharedPacing(host: PacerHost): SharedPacing | undefined {
  if (host.opts.redis !== undefined) {
    host.opts.warn?.('`rateLimit.redis` needs Node (bottleneck cluster mode over ioredis); this runtime paces its calls in this process alone.');
  }
  return undefined;
}
