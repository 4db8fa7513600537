/**
 * The CLI stays out of the library: no module outside src/cli/ imports it (so commander and
 * cli-progress never reach a library bundle), and the CLI uses the library only through its public
 * entries (so refactors inside src/core, the catalogs or the sandbox cannot break it unnoticed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(__dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const imports = (file: string) => Array.from(readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g), (m) => m[1]!);

describe('the CLI boundary', () => {
  it('no library module imports src/cli', () => {
    const offenders = files(src)
      .filter((f) => !relative(src, f).startsWith('cli'))
      .flatMap((f) => imports(f).filter((i) => /(^|\/)cli\//.test(i)).map((i) => `${relative(src, f)} → ${i}`));
    expect(offenders).toEqual([]);
  });

  it('the CLI imports the library only through its public entries', () => {
    const entries = new Set(['index.js', 'chartmetric/index.js', 'soundcharts/index.js', 'chartmogul/index.js', 'testing/index.js']);
    const offenders = files(join(src, 'cli')).flatMap((f) =>
      imports(f)
        .filter((i) => i.startsWith('.'))
        .map((i) => relative(src, resolve(dirname(f), i)))
        .filter((target) => !target.startsWith('cli/') && !entries.has(target))
        .map((target) => `${relative(src, f)} → src/${target}`),
    );
    expect(offenders).toEqual([]);
  });
});
