import { startServer } from '../bench/lib/child.mjs';
import { spawn } from 'node:child_process';
const server = await startServer({ memo: true });
const [v, n, W] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4] ?? 4000)];
const worker = process.argv[5] ?? new URL('./ab-worker.mjs', import.meta.url).pathname;
await new Promise((res) => spawn('valgrind', ['--tool=callgrind', `--callgrind-out-file=/tmp/cg-${v}-${n}.out`, process.execPath, '--single-threaded', '--interpreted-frames-native-stack', worker, JSON.stringify({ variant: v, base: server.url, calls: n, warmup: W })], { stdio: 'ignore' }).on('exit', res));
await server.stop();
