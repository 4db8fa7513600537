/**
 * Where credentials come from: the process environment, and a dotenv file given with `--env-file`.
 * As with Node's own `--env-file`, a variable already set in the environment wins over the file
 * (an exported value is the more deliberate one). The file is parsed with `util.parseEnv`, never
 * executed, and its values are never printed.
 */
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { UsageError } from './coerce.js';
import type { Env } from './providers.js';

/** The environment the clients read, with `file`'s variables filled in under the real ones. */
export function loadEnv(file: string | undefined, processEnv: Env = process.env): Env {
  if (!file) return processEnv;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`--env-file: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)}).`);
  }
  const fromFile = parseEnv(text) as Record<string, string>;
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [k, v] of Object.entries(processEnv)) if (v !== undefined) merged[k] = v;
  return merged;
}

/** Replaces every credential value of `env` found in `text` (messages are already redacted by the SDK; this is a second net). */
export function redactEnv(text: string, env: Env, names: readonly string[]): string {
  let out = text;
  for (const name of names) {
    const v = env[name];
    if (v && v.length >= 4) out = out.split(v).join('[redacted]');
  }
  return out;
}
