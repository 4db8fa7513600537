import { startServer } from '../bench/lib/child.mjs';
import { spawnSync } from 'node:child_process';
const server = await startServer({ memo: true });
const variants = process.argv[2].split(',');
const [N1, N2, W] = (process.argv[3] ?? '1000,5000,4000').split(',').map(Number);
const worker = process.argv[4] ?? new URL('./ab-worker.mjs', import.meta.url).pathname;
const ir = (v, n) => {
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', worker, JSON.stringify({ variant: v, base: server.url, calls: n, warmup: W })], { encoding: 'utf8' });
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr);
  if (!m) throw new Error(r.stderr.slice(-2000));
  return Number(m[1].replaceAll(',', ''));
};
for (const v of variants) {
  const a = ir(v, N1), b = ir(v, N2);
  console.log(v.padEnd(12), 'instructions/call', Math.round((b - a) / (N2 - N1)));
}
await server.stop();
