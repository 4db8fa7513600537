// One throughput measurement in a fresh process: `calls` calls at `concurrency`, after a warm-up.
// Prints { calls, wallMs, cpuUs } — wall time for calls/second, and this process's CPU time
// (user + system, all threads: GC and the HTTP parser included) for CPU per call.
/* global performance */
import { MOGUL_CONTENDERS, OVERHEAD_CONTENDERS, TARGETS } from '../lib/contenders.mjs';

const { suite, contender, target, base, root, calls, warmup, concurrency } = JSON.parse(process.argv[2]);

const setup = suite === 'overhead' ? OVERHEAD_CONTENDERS[contender] : MOGUL_CONTENDERS[contender];
if (!setup) throw new Error(`unknown contender ${contender}`);
const { call, close } = await setup(base, suite === 'overhead' ? target : root);

// Every contender must really do the work: check one result before measuring.
if (suite === 'overhead' && !TARGETS[target].check(await call())) throw new Error(`${contender}: unexpected response for ${target}`);

async function run(n) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < n) await call();
    }),
  );
}

await run(warmup);
globalThis.gc?.();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
await run(calls);
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
await close();
console.log(JSON.stringify({ calls, wallMs, cpuUs: cpu.user + cpu.system }));
process.exit(0);
