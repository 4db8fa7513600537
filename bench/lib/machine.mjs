// The machine a run measured, printed beside every result: numbers only compare within one run.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const version = (pkg) => {
  try {
    return require(`${pkg}/package.json`).version;
  } catch {
    return '?';
  }
};

export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chartstack: JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version,
    undici: version('undici'),
    chartmogulNode: version('chartmogul-node'),
    loadAtStart: os.loadavg().map((l) => l.toFixed(2)).join(' / '),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

export const loadNow = () => os.loadavg().map((l) => l.toFixed(2)).join(' / ');
