/**
 * A throwaway `redis-server` on 127.0.0.1 for the Redis tests: a free port, no persistence, killed
 * at the end. The tests skip (with a message saying why) only when the binary is not installed.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

/** Whether `redis-server` can run here (Debian: `apt-get install -y redis-server`). */
export const REDIS_SERVER_AVAILABLE: boolean = (() => {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export const SKIP_REASON = 'redis-server is not installed (Debian: apt-get install -y redis-server); the Redis tests cannot run here';
if (!REDIS_SERVER_AVAILABLE) console.warn(`SKIPPED: ${SKIP_REASON}`);

export interface RedisServer {
  port: number;
  url: string;
  /** A client for assertions (closed by `stop`). */
  admin: Redis;
  /** Kills the server at once (as a crash or an outage would). */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a server on a free port (or on `port`, to bring a killed one back). */
export async function startRedis(port?: number): Promise<RedisServer> {
  port ??= await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + 10_000;
    const check = () => {
      if (/Ready to accept connections/i.test(output)) return resolve();
      if (child.exitCode !== null) return reject(new Error(`redis-server exited: ${output}`));
      if (Date.now() > deadline) return reject(new Error(`redis-server did not start: ${output}`));
      setTimeout(check, 20);
    };
    check();
  });
  const admin = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1, lazyConnect: false });
  admin.on('error', () => undefined);
  const kill = async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    admin,
    kill,
    stop: async () => {
      admin.disconnect();
      await kill();
    },
  };
}

/** Most starts within any window of `ms`. */
export function peakInWindow(times: number[], ms = 1_000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= ms) j++;
    peak = Math.max(peak, i - j + 1);
  }
  return peak;
}
