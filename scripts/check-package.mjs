#!/usr/bin/env node
// `npm run check:package`: the package as published is consumable everywhere.
// 1. The `exports` map has the shape the runtimes rely on: for every subpath, the edge conditions
//    (workerd, worker, edge-light, browser, deno, bun) come before `node` — Deno and Bun also match
//    `node`, so the first matching key must be theirs — and `default` (the fetch build) comes last;
//    every built entry in dist/ has a subpath, or is the `bin` (dist/cli.js, with its shebang).
// 2. publint --strict (warnings fail too).
// 3. @arethetypeswrong/cli on the packed tarball, strict profile (node10, node16 CJS/ESM, bundler),
//    with no ignored rules.
// Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/consumer.mjs';

const EDGE = ['workerd', 'worker', 'edge-light', 'browser', 'deno', 'bun'];
const EXPECTED_ORDER = [...EDGE, 'node', 'default'];
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const problems = [];

if (pkg.sideEffects !== false) problems.push('package.json: "sideEffects" must be false (edge bundles tree-shake per provider).');
const targets = new Set();
for (const [subpath, conditions] of Object.entries(pkg.exports)) {
  if (typeof conditions === 'string') continue; // ./package.json
  const keys = Object.keys(conditions);
  if (keys.join() !== EXPECTED_ORDER.join()) problems.push(`exports["${subpath}"]: conditions ${keys.join(', ')}; expected ${EXPECTED_ORDER.join(', ')}`);
  for (const key of keys) {
    const dir = key === 'node' ? 'dist/' : 'dist/edge/';
    for (const [kind, ext, dts] of [['import', '.js', '.d.ts'], ['require', '.cjs', '.d.cts']]) {
      const t = conditions[key][kind];
      if (!t?.types?.endsWith(dts) || !t.default?.startsWith(`./${dir}`) || !t.default.endsWith(ext)) {
        problems.push(`exports["${subpath}"].${key}.${kind}: expected { types: *${dts}, default: ./${dir}*${ext} }, got ${JSON.stringify(t)}`);
        continue;
      }
      // Only a file directly in dist/ or dist/edge/ (no nested folder).
      if (t.default.slice(dir.length + 2).includes('/')) problems.push(`exports["${subpath}"].${key}.${kind}: ${t.default} is nested below ${dir}`);
      targets.add(t.default.replace(/^\.\//, ''));
      if (!existsSync(join(repoRoot, t.default))) problems.push(`exports["${subpath}"].${key}.${kind}: ${t.default} does not exist (build first?)`);
    }
  }
}
// The `chartstack` bin (package.json `bin`): its own Node-only build, directly in dist/, runnable.
for (const [name, target] of Object.entries(pkg.bin ?? {})) {
  const file = target.replace(/^\.\//, '');
  if (!/^dist\/[^/]+\.js$/.test(file)) problems.push(`bin.${name}: ${target} should be a .js file directly in dist/`);
  else if (!existsSync(join(repoRoot, file))) problems.push(`bin.${name}: ${target} does not exist (build first?)`);
  else if (!readFileSync(join(repoRoot, file), 'utf8').startsWith('#!/usr/bin/env node\n')) problems.push(`bin.${name}: ${target} does not start with #!/usr/bin/env node`);
  targets.add(file);
}
for (const dir of ['dist', 'dist/edge']) {
  for (const file of readdirSync(join(repoRoot, dir))) {
    // Shared and lazily loaded chunks carry a content hash (`chunk-AB12CD34.js`, `loopback-….js`).
    if (!/\.c?js$/.test(file) || /-[A-Z0-9]{8}\.c?js$/.test(file)) continue;
    if (!targets.has(`${dir}/${file}`)) problems.push(`${dir}/${file} is built but no exports subpath or bin points to it (tsup entry without a subpath?)`);
  }
}
if (problems.length) {
  console.error(`check:package FAILED (exports map)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`exports map ok: ${Object.keys(pkg.exports).length - 1} subpaths × ${EXPECTED_ORDER.join(' → ')}; bin: ${Object.keys(pkg.bin ?? {}).join(', ') || 'none'}`);

const bin = (name) => join(repoRoot, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
try {
  run(bin('publint'), ['--strict']);
  run(bin('attw'), ['--pack', '.', '--profile', 'strict', '--format', 'table-flipped']);
} catch {
  console.error('check:package FAILED (see publint / attw output above)');
  process.exit(1);
}
console.log('check:package ok: exports map, publint --strict, attw (strict profile, no ignored rules)');
