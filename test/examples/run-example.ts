/**
 * Runs a Node example as a user would (`node examples/<name>.mjs`), in a child process with every
 * provider credential removed and `CHARTSTACK_SANDBOX=1`, so it talks to the embedded sandbox.
 * Examples import the package by name (`chartstack/...`), which Node resolves to the build in dist/:
 * the build is made once here if it is missing (CI builds before `npm test` anyway).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { collect, withoutCredentials, type ChildRun } from '../support/child.js';

export const root = join(__dirname, '../..');

/** Builds dist/ when an entry the examples import is missing. */
export function ensureBuilt(): void {
  const entries = ['index', 'chartmogul', 'chartmetric', 'soundcharts', 'testing', 'redis'].map((e) => join(root, 'dist', `${e}.js`));
  if (entries.every(existsSync)) return;
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
}

export type ExampleRun = ChildRun;

/** Runs `examples/<file>` and resolves with its exit code and output (ANSI colours removed). */
export async function runExample(file: string, env: Record<string, string> = {}, args: string[] = []): Promise<ExampleRun> {
  const childEnv = withoutCredentials({ ...process.env, CHARTSTACK_SANDBOX: '1', NO_COLOR: '1', ...env });
  const run = await collect(spawn(process.execPath, [join(root, 'examples', file), ...args], { cwd: root, env: childEnv }));
  const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex
  return { code: run.code, stdout: plain(run.stdout), stderr: plain(run.stderr) };
}
