// Quota economy (issue #17), each part in a fresh process: the dashboard scenario with and without
// coalescing and the cache (upstream calls counted by the sandbox, results compared), what a cache
// hit costs against the same call uncached, what coalescing costs a call with nothing to share, and
// four processes sharing one response cache through Redis.
import { runWorker } from '../lib/child.mjs';

export async function quotaSuite({ quick }) {
  const dashboard = await runWorker('quota-dashboard', {});
  process.stderr.write(`  quota dashboard: ${dashboard.economy.upstream} of ${dashboard.baseline.upstream} upstream calls\n`);
  const hit = await runWorker('cache-hit', { quick });
  process.stderr.write('  cache hit cost: done\n');
  // Node strips the types of test/redis/redis-server.ts, which the fleet reuses to start its Redis.
  const fleet = await runWorker('quota-fleet', { seconds: quick ? 4 : 10, ttlMs: 2_000 });
  process.stderr.write(`  shared cache fleet: ${fleet.skipped ?? 'done'}\n`);
  return { dashboard, hit, fleet: fleet.skipped ? undefined : fleet };
}
