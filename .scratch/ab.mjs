import { startServer, runWorker } from '../bench/lib/child.mjs';
import { spawnSync } from 'node:child_process';
const variants = process.argv[2].split(',');
const rounds = Number(process.argv[3] ?? 5);
const server = await startServer({ memo: true });
const res = Object.fromEntries(variants.map((v) => [v, []]));
const base = server.url;
for (let r = 0; r < rounds; r++) for (const v of variants.map((_, i) => variants[(i + r) % variants.length])) {
  const out = await new Promise((resolve, reject) => {
    import('node:child_process').then(({ execFile }) => execFile(process.execPath, ['--expose-gc', new URL('./ab-worker.mjs', import.meta.url).pathname, JSON.stringify({ variant: v, base, calls: 10000, warmup: 5000 })], (e, so, se) => e ? reject(new Error(se)) : resolve(JSON.parse(so.trim().split('\n').at(-1)))));
  });
  res[v].push(out);
}
const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
for (const v of variants) console.log(v.padEnd(10), 'user', med(res[v].map((x) => x.user)).toFixed(1), 'sys', med(res[v].map((x) => x.sys)).toFixed(1), 'cpu', med(res[v].map((x) => x.cpu)).toFixed(1), 'rate', med(res[v].map((x) => x.rate)).toFixed(0), res[v].map((x) => x.cpu.toFixed(0)).join(' '));
await server.stop();
