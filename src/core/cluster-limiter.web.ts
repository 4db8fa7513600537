/**
 * Edge builds: the Redis-shared limiter (cluster-limiter.ts) is Node only — bottleneck's cluster mode
 * runs on ioredis, over TCP. This twin replaces it in the edge build (tsup.config.ts, `webTwins`), so
 * no edge bundle carries its code (issue #15: about 1 KiB gzip of every entry). `rateLimit.redis` on the
 * edge fails to connect as before, and the pacer keeps pacing in this process with one warning.
 */
import type { ClusterLimiter as NodeClusterLimiter, ClusterLimiterOptions } from './cluster-limiter.js';

export class ClusterLimiter {
  static connect(_opts: ClusterLimiterOptions): Promise<NodeClusterLimiter> {
    return Promise.reject(new Error('`rateLimit.redis` needs Node (bottleneck cluster mode over ioredis); this runtime paces locally'));
  }
}
