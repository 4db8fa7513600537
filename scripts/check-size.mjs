#!/usr/bin/env node
// `npm run check:size`: what each public entry costs an edge app. Each entry of the built package
// is bundled as workerd resolves it (the `workerd`/`worker`/`browser` conditions), with every
// dependency inlined (zod, bottleneck, p-retry, …; the optional peers msw and ioredis are opt-in
// and left out), minified, then gzipped (zlib level 9). The numbers are held to size-budget.json:
// the check fails when an entry grows past its budget. `--update` rewrites the budgets from this
// run's measurements (+ the file's headroom), for a deliberate, reviewed change.
// Run `npm run build` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './lib/consumer.mjs';
import { ENTRIES, EDGE_TARGETS, OPTIONAL_PEERS, bundleEntry } from './lib/edge-bundle.mjs';

const budgetFile = join(repoRoot, 'size-budget.json');
const budget = JSON.parse(readFileSync(budgetFile, 'utf8'));
const conditions = EDGE_TARGETS.workerd;
const KiB = 1024;
const gz = (code) => gzipSync(code, { level: 9 }).length;
const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;

/** Which package a metafile input belongs to (`zod`, `@scope/x`), or `chartstack` for our own code. */
const ownerOf = (file) => file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1] ?? 'chartstack';

async function measure(entry) {
  const { code, metafile } = await bundleEntry(entry, { conditions, minify: true });
  const total = gz(code);
  const byOwner = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(metafile.outputs)[0].inputs)) {
    byOwner.set(ownerOf(file), (byOwner.get(ownerOf(file)) ?? 0) + bytesInOutput);
  }
  // A dependency's gzip cost is what leaving it out saves: gzip does not split by source file.
  const contributors = [];
  for (const [owner, minified] of [...byOwner].sort((a, b) => b[1] - a[1])) {
    let gzip;
    if (owner !== 'chartstack') {
      const without = await bundleEntry(entry, { conditions, minify: true, external: [owner, `${owner}/*`] });
      gzip = total - gz(without.code);
    }
    contributors.push({ owner, minified, gzip });
  }
  return { entry, minified: code.length, gzip: total, contributors };
}

const rows = [];
for (const entry of ENTRIES) rows.push(await measure(entry));

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`Edge bundle size (workerd conditions, all dependencies inlined except the optional peers ${OPTIONAL_PEERS.join(', ')}; esbuild --minify, gzip -9)\n`);
console.log(`| ${pad('entry', 24)} | ${lpad('minified', 10)} | ${lpad('min+gzip', 10)} | ${lpad('budget', 8)} | ${lpad('target', 8)} | status`);
console.log(`|${'-'.repeat(26)}|${'-'.repeat(12)}|${'-'.repeat(12)}|${'-'.repeat(10)}|${'-'.repeat(10)}|--------`);
const failures = [];
for (const r of rows) {
  const b = budget.entries[r.entry] ?? {};
  const over = b.budgetKiB !== undefined && r.gzip > b.budgetKiB * KiB;
  const targetMissed = b.targetKiB !== undefined && r.gzip > b.targetKiB * KiB;
  if (over) failures.push(`${r.entry}: ${kib(r.gzip)} exceeds its budget of ${b.budgetKiB} KiB`);
  const status = over ? 'OVER BUDGET' : b.budgetKiB === undefined ? 'reported' : targetMissed ? 'within budget; target not met' : 'ok';
  console.log(
    `| ${pad(r.entry, 24)} | ${lpad(kib(r.minified), 10)} | ${lpad(kib(r.gzip), 10)} | ${lpad(b.budgetKiB === undefined ? '—' : `${b.budgetKiB} KiB`, 8)} | ${lpad(b.targetKiB === undefined ? '—' : `${b.targetKiB} KiB`, 8)} | ${status}`,
  );
}

console.log('\nBiggest contributors (minified bytes; gzip = what leaving the package out saves):');
for (const r of rows) {
  const top = r.contributors
    .slice(0, 4)
    .map((c) => `${c.owner} ${kib(c.minified)}${c.gzip === undefined ? '' : ` (gz ${kib(c.gzip)})`}`)
    .join(', ');
  console.log(`  ${pad(r.entry, 24)} ${top}`);
}

if (process.argv.includes('--update')) {
  const headroom = budget.headroom ?? 0.05;
  for (const r of rows) {
    const b = budget.entries[r.entry];
    if (b?.budgetKiB !== undefined) b.budgetKiB = Math.ceil((r.gzip / KiB) * (1 + headroom));
  }
  writeFileSync(budgetFile, `${JSON.stringify(budget, null, 2)}\n`);
  console.log(`\nsize-budget.json updated (measured + ${headroom * 100}% headroom). Review the diff before committing.`);
} else if (failures.length) {
  console.error(`\ncheck:size FAILED\n  ${failures.join('\n  ')}\nFind what grew with the contributors above; raise a budget only deliberately (--update, reviewed).`);
  process.exit(1);
}
