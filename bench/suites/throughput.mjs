// Per-call overhead (chartstack against raw undici.request and raw fetch) and the chartmogul-node
// comparison. Every measurement is a fresh process; contenders take turns within each round (in a
// rotated order), so a burst of load on a shared machine hits them alike; medians are reported.
import { runWorker } from '../lib/child.mjs';
import { MOGUL_CONTENDERS, OVERHEAD_CONTENDERS, TARGETS } from '../lib/contenders.mjs';
import { median } from '../lib/stats.mjs';

const CONCURRENCY = 16;

/**
 * Calls made before measuring: enough for V8 to finish optimizing every contender's hot path, so
 * the figures are the steady state a long-running service sees. Process CPU time counts V8's
 * background compiler threads too: with a short warm-up, a contender with more code (chartstack's
 * validation and pipeline) would be charged for compiling it, not for running it.
 */
const warmupFor = (calls, quick) => (quick ? Math.ceil(calls / 4) : Math.ceil(calls / 2));

async function measure(rounds, contenders, input) {
  const samples = new Map(contenders.map((c) => [c, []]));
  for (let r = 0; r < rounds; r++) {
    const order = contenders.map((_, i) => contenders[(i + r) % contenders.length]);
    for (const contender of order) {
      const res = await runWorker('throughput', { ...input, contender, concurrency: CONCURRENCY }, { nodeArgs: ['--expose-gc'] });
      samples.get(contender).push({ callsPerSec: (res.calls / res.wallMs) * 1000, cpuUsPerCall: res.cpuUs / res.calls });
    }
  }
  return contenders.map((contender) => {
    const s = samples.get(contender);
    return { contender, callsPerSec: median(s.map((x) => x.callsPerSec)), cpuUsPerCall: median(s.map((x) => x.cpuUsPerCall)), rounds: s };
  });
}

export async function overheadSuite(server, { quick }) {
  const rounds = quick ? 1 : 5;
  const out = [];
  for (const target of Object.keys(TARGETS)) {
    // A large call allocates about a megabyte, so a handful of major GCs fall in a run; with a few
    // hundred calls, whether one lands in the measured window moved the figures by ±15 %.
    const calls = target === 'small' ? (quick ? 300 : 10_000) : quick ? 30 : 2_000;
    const rows = await measure(rounds, Object.keys(OVERHEAD_CONTENDERS), { suite: 'overhead', target, base: server.url, calls, warmup: warmupFor(calls, quick) });
    out.push({ target, label: TARGETS[target].label, calls, rounds, rows });
    process.stderr.write(`  overhead ${target}: done\n`);
  }
  return { concurrency: CONCURRENCY, targets: out };
}

export async function mogulSuite(server, { quick }) {
  const rounds = quick ? 1 : 5;
  const calls = quick ? 270 : 9_000;
  const rows = await measure(rounds, Object.keys(MOGUL_CONTENDERS), { suite: 'mogul', base: server.url, root: server.url, calls, warmup: warmupFor(calls, quick) });
  return { concurrency: CONCURRENCY, calls, rounds, rows };
}
