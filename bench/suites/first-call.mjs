// A fresh client's first calls (issue #19): the time to its first answers against a loopback sandbox
// where every request takes a fixed 50 ms to arrive, compared with the round trips they need.
import { runWorker } from '../lib/child.mjs';

export const FIRST_CALL_LATENCY_MS = 50;

export async function firstCallSuite({ quick }) {
  const rows = [];
  for (const provider of ['chartmetric', 'soundcharts']) {
    for (const concurrent of [1, 3]) {
      rows.push(await runWorker('first-call', { provider, concurrent, latencyMs: FIRST_CALL_LATENCY_MS, runs: quick ? 3 : 7 }));
      process.stderr.write(`  first call ${provider} × ${concurrent}: done\n`);
    }
  }
  return { rows, latencyMs: FIRST_CALL_LATENCY_MS };
}
