import { startServer } from '../bench/lib/child.mjs';
import { spawnSync } from 'node:child_process';
const server = await startServer({ memo: true });
for (const v of process.argv[2].split(',')) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-semi-space-size=256', '--min-semi-space-size=256', '--trace-gc', new URL('./ab-alloc.mjs', import.meta.url).pathname, JSON.stringify({ variant: v, base: server.url, calls: 20000, warmup: 6000 })], { encoding: 'utf8' });
  const lines = r.stdout.trim().split('\n');
  console.log(v.padEnd(8), lines.at(-1), 'gcs during:', lines.filter((l) => /Scavenge|Mark/.test(l)).length);
}
await server.stop();
