/**
 * Runs the built `chartstack` bin (dist/cli.js) as a user would, in a child process, with every
 * provider credential and chartstack setting removed from the environment (a test passes what it
 * needs). The bin is built once here when dist/cli.js is missing or older than a source of the CLI
 * (CI builds before `npm test` anyway), like test/examples/run-example.ts does for the examples.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collect, withoutCredentials, type ChildRun } from '../support/child.js';

export const root = join(__dirname, '../..');
export const bin = join(root, 'dist', 'cli.js');

/** Settings the CLI reads besides the credentials: a test passes what it needs. */
const SETTINGS = ['SOUNDCHARTS_TOKEN_URL', 'CHARTMETRIC_BASE_URL', 'SOUNDCHARTS_BASE_URL', 'CHARTMOGUL_BASE_URL', 'CHARTSTACK_SANDBOX', 'CHARTSTACK_LOG'];

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * Builds the package when dist/cli.js is missing; when it is only older than src/cli/, rebuilds the
 * bin alone, with its own entry of tsup.config.ts (the rest of dist/, which other tests may be
 * reading, is left alone).
 */
export async function ensureCliBuilt(): Promise<void> {
  if (!existsSync(bin)) {
    const r = spawnSync('npm', ['run', 'build', '--silent', '--', '--silent'], { cwd: root, encoding: 'utf8', timeout: 600_000 });
    if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
    return;
  }
  if (statSync(bin).mtimeMs >= newest(join(root, 'src', 'cli'))) return;
  const [{ build }, { default: config }] = await Promise.all([import('tsup'), import('../../tsup.config.js')]);
  const cli = (Array.isArray(config) ? config : [config]).find((c) => typeof c === 'object' && c.entry && 'cli' in c.entry);
  if (!cli || typeof cli !== 'object') throw new Error('tsup.config.ts has no `cli` entry');
  await build({ ...cli, config: false, silent: true });
}

export type CliRun = ChildRun;

/** The environment of a run: no credentials, no chartstack settings, plus `env`. */
export function cliEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...withoutCredentials({ ...process.env, NO_COLOR: '1' }, SETTINGS), ...env };
}

/** Starts `chartstack <args>` (for tests that talk to the process while it runs). */
export function startCli(args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [bin, ...args], { cwd: root, env: cliEnv(env) });
}

/** Runs `chartstack <args>` to the end. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return collect(startCli(args, env));
}
