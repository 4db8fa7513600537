// Pacing efficiency (short bounded runs, each in a fresh process): Chartmetric at limits of 1, 5, 20
// and 25 requests per second and ChartMogul at its 40, on a steady loopback and with arrivals delayed
// 0–150 ms at random (issue #14), and a fleet of 4 processes sharing one limit through Redis.
import { runWorker } from '../lib/child.mjs';

/** Rows: [provider, limit, jitter ms, seconds of calls]. */
const SINGLE = [
  ['chartmetric', 1, 0, 8],
  ['chartmetric', 5, 0, 6],
  ['chartmetric', 25, 0, 6],
  ['chartmetric', 5, 150, 20],
  ['chartmetric', 20, 0, 6],
  ['chartmetric', 20, 150, 10],
  ['chartmogul', 40, 0, 6],
  ['chartmogul', 40, 150, 8],
];
// Fleets run longer: four processes start up together, and their first seconds (each process
// measuring its own latencies before its margin counts) would otherwise weigh on the steady pace.
const FLEET = [
  [10, 0, 15],
  [10, 150, 15],
];

export async function pacingSuite({ quick }) {
  const rows = [];
  for (const [provider, limit, jitterMs, seconds] of SINGLE) {
    const calls = Math.max(4, Math.round(limit * (quick ? 2 : seconds)) + 1);
    rows.push(await runWorker('pacing', { provider, limit, jitterMs, calls }));
    process.stderr.write(`  pacing ${provider} ${limit}/s, jitter ${jitterMs} ms: done\n`);
  }
  const fleet = [];
  for (const [limit, jitterMs, seconds] of FLEET) {
    // Node strips the types of test/redis/redis-server.ts, which the fleet reuses to start its Redis.
    const row = await runWorker('pacing-fleet', { limit, jitterMs, workers: 4, calls: Math.round((limit * (quick ? 2 : seconds)) / 4) });
    if (!row.skipped) fleet.push(row);
    process.stderr.write(`  pacing fleet of 4, ${limit}/s, jitter ${jitterMs} ms: ${row.skipped ?? 'done'}\n`);
  }
  return { rows, fleet };
}
