import { startServer } from '../bench/lib/child.mjs';
import { execFileSync } from 'node:child_process';
const server = await startServer({ memo: true });
const v = process.argv[2];
execFileSync(process.execPath, ['--expose-gc', '--cpu-prof', '--cpu-prof-dir=/tmp/prof-' + v, '--cpu-prof-interval=50', new URL('./ab-worker.mjs', import.meta.url).pathname, JSON.stringify({ variant: v, base: server.url, calls: 60000, warmup: 60000 })], { stdio: 'inherit' });
await server.stop();
