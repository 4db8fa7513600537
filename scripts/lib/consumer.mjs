// A throwaway project that has chartstack installed the way a user gets it: `npm pack` of this
// repository (so `files` and `exports` are exercised exactly as published), unpacked into
// <dir>/node_modules/chartstack. Its runtime dependencies are symlinked from this repository's
// node_modules (no registry access); the optional peers (msw, ioredis) are left out on purpose,
// as in a project that does not use them.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/**
 * Creates the consumer project and returns its directory and a `dispose()` that removes it
 * (kept when CHARTSTACK_KEEP_CONSUMER is set, for debugging).
 * @param {{ name: string, files?: Record<string, string>, peers?: string[] }} options `files`: destination → source path or `{ text }`;
 *   `peers`: optional peers this project uses (symlinked like the dependencies), e.g. `@opentelemetry/api` for chartstack/otel.
 */
export function createConsumer({ name, files = {}, peers = [] }) {
  if (!existsSync(join(repoRoot, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const dir = mkdtempSync(join(tmpdir(), `chartstack-${name}-`));
  try {
    populate(dir, files, peers);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    dir,
    dispose() {
      if (!process.env.CHARTSTACK_KEEP_CONSUMER) rmSync(dir, { recursive: true, force: true });
      else console.log(`kept ${dir}`);
    },
  };
}

function populate(dir, files, peers) {
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--silent', '--pack-destination', dir], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
  );
  const tarball = join(dir, packed[0].filename);
  execFileSync('tar', ['-xzf', tarball, '-C', modules]);
  renameSync(join(modules, 'package'), join(modules, 'chartstack'));
  rmSync(tarball);

  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  for (const dep of [...Object.keys(pkg.dependencies ?? {}), ...peers]) {
    const target = join(modules, dep);
    mkdirSync(resolve(target, '..'), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules', dep), target, 'dir');
  }
  // `type: module` makes .js files ESM for every runtime; the dependency lets Deno resolve
  // `chartstack` from node_modules ("bring your own node_modules").
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'chartstack-consumer', private: true, type: 'module', dependencies: { chartstack: '*' } }, null, 2));
  for (const [dest, source] of Object.entries(files)) {
    const to = join(dir, dest);
    mkdirSync(resolve(to, '..'), { recursive: true });
    if (typeof source === 'string') cpSync(source, to);
    else writeFileSync(to, source.text);
  }
}
