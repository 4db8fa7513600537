// Pacing efficiency at Chartmetric limits of 1, 5 and 25 requests per second (short bounded runs).
import { runWorker } from '../lib/child.mjs';

export async function pacingSuite({ quick }) {
  const rows = [];
  for (const limit of [1, 5, 25]) {
    rows.push(await runWorker('pacing', { limit, seconds: quick ? 2 : limit === 1 ? 8 : 6 }));
    process.stderr.write(`  pacing ${limit}/s: done\n`);
  }
  return { rows };
}
