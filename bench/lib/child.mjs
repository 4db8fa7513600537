// Child processes for the benchmarks: each measurement runs in a fresh Node process, so one
// contender's JIT state, heap and sockets never bleed into another's numbers.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

/** Starts the sandbox server process; resolves once it printed its URLs. */
export async function startServer({ memo = false } = {}) {
  const child = spawn(process.execPath, [here('./server.mjs'), ...(memo ? ['--memo'] : [])], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited early (code ${code})`)));
  });
  const urls = JSON.parse(line);
  return {
    ...urls,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.stdin.end();
      }),
  };
}

/** Runs `bench/workers/<name>.mjs` with `input` (JSON) and resolves with the JSON it prints last. */
export function runWorker(name, input, { nodeArgs = [] } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, here(`../workers/${name}.mjs`), JSON.stringify(input)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`worker ${name} ${JSON.stringify(input)} failed (code ${code}):\n${err || out}`));
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new Error(`worker ${name} printed no result:\n${out}\n${err}`));
      }
    });
  });
}
