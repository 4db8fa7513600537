import { startServer } from '../bench/lib/child.mjs';
import { spawnSync } from 'node:child_process';
const server = await startServer({ memo: true });
for (const v of process.argv[2].split(',')) {
  const r = spawnSync(process.execPath, ['--trace-gc', '--expose-gc', new URL('./ab-worker.mjs', import.meta.url).pathname, JSON.stringify({ variant: v, base: server.url, calls: 20000, warmup: 5000 })], { encoding: 'utf8' });
  const lines = r.stdout.split('\n');
  const sc = lines.filter((l) => /Scavenge/.test(l)).length, mc = lines.filter((l) => /Mark-Compact|Mark-sweep/i.test(l)).length;
  console.log(v, 'scavenges', sc, 'mark-compact', mc, lines.filter((l) => /Mark-Compact/.test(l)).slice(-2).join('\n'));
}
await server.stop();
