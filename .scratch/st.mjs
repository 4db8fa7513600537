import { startServer } from '../bench/lib/child.mjs';
import { execFileSync } from 'node:child_process';
const server = await startServer({ memo: true });
for (const v of process.argv.slice(2)) {
  try { execFileSync('strace', ['-f', '-c', '-o', `/tmp/st-${v}.txt`, process.execPath, '--expose-gc', new URL('./ab-worker.mjs', import.meta.url).pathname, JSON.stringify({ variant: v, base: server.url, calls: 20000, warmup: 2000 })], { stdio: 'inherit' }); } catch (e) { console.log(e.message); }
}
await server.stop();
