/** Child processes for tests that run something as a user would (examples, the CLI, plain scripts). */
import type { ChildProcess } from 'node:child_process';

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Collects a child's output until it has exited and its streams are closed. */
export function collect(child: ChildProcess): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The provider credentials a user may have exported (the names the demo, the examples and the CLI
 * read): removed from a child's environment, so a test never talks to a real account by accident.
 */
export const PROVIDER_CREDENTIALS = [
  'CHARTMOGUL_API_KEY',
  'CHARTMETRIC_REFRESH_TOKEN',
  'SOUNDCHARTS_CLIENT_ID',
  'SOUNDCHARTS_CLIENT_SECRET',
  'SOUNDCHARTS_APP_ID',
  'SOUNDCHARTS_API_KEY',
  'SOUNDCHARTS_TEAM_ID',
] as const;

/** `env` without the provider credentials and without the `extra` names. */
export function withoutCredentials(env: NodeJS.ProcessEnv, extra: readonly string[] = []): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of [...PROVIDER_CREDENTIALS, ...extra]) delete copy[name];
  return copy;
}
