// Bundle sizes. When the project's size check (scripts/check-size.mjs) exists, its table is used
// as is, so the benchmark and CI report the same numbers; otherwise each entry is bundled here with
// esbuild for an edge runtime (workerd/worker/browser conditions), minified and gzipped.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));
const checkSize = `${root}scripts/check-size.mjs`;
const ENTRIES = ['chartstack', 'chartstack/chartmogul', 'chartstack/chartmetric', 'chartstack/soundcharts'];

export async function sizesSuite() {
  if (existsSync(checkSize)) {
    const r = spawnSync(process.execPath, [checkSize], { cwd: root, encoding: 'utf8' });
    const lines = r.stdout.split('\n');
    const table = lines.filter((l) => l.startsWith('|'));
    const title = lines.find((l) => l.trim() && !l.startsWith('|')) ?? '';
    if (table.length) return { source: 'scripts/check-size.mjs (`npm run check:size`)', title, table: table.join('\n'), exitCode: r.status };
  }
  const { build } = await import('esbuild');
  const rows = [];
  for (const entry of ENTRIES) {
    const out = await build({
      stdin: { contents: `export * from '${entry}';`, resolveDir: root, loader: 'js' },
      bundle: true,
      write: false,
      minify: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['workerd', 'worker', 'browser'],
      external: ['msw', 'ioredis'],
      logLevel: 'silent',
    });
    const code = out.outputFiles[0].contents;
    rows.push(`| ${entry} | ${(code.length / 1024).toFixed(1)} KiB | ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KiB |`);
  }
  return {
    source: 'esbuild (bench/suites/sizes.mjs)',
    title: 'Edge bundle size (workerd/worker/browser conditions, dependencies inlined except msw and ioredis; minified, gzip -9)',
    table: ['| entry | minified | min+gzip |', '|---|---:|---:|', ...rows].join('\n'),
    exitCode: 0,
  };
}
