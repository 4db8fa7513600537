#!/usr/bin/env node
// `npm run bench`: builds, runs every benchmark against the loopback sandbox and rewrites
// bench/RESULTS.md. Options: `--quick` (a short smoke run, results not worth quoting) and
// `--out <file>` (write the report elsewhere; with --quick nothing is written unless --out is given).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/child.mjs';
import { SANDBOX_CREDENTIALS } from 'chartstack/testing';
import { describeMachine, loadNow } from './lib/machine.mjs';
import { goals, renderReport } from './lib/report.mjs';
import { mark } from './lib/stats.mjs';
import { coldStartSuite } from './suites/cold-start.mjs';
import { paginationSuite } from './suites/pagination.mjs';
import { firstCallSuite } from './suites/first-call.mjs';
import { pacingSuite } from './suites/pacing.mjs';
import { sizesSuite } from './suites/sizes.mjs';
import { mogulSuite, overheadSuite } from './suites/throughput.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : quick ? undefined : fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const opts = { quick };
const step = (name) => process.stderr.write(`${name}…\n`);

const results = { quick, machine: describeMachine() };
const server = await startServer({ memo: true });
try {
  step('per-call overhead');
  results.overhead = await overheadSuite(server, opts);
  step('chartmogul-node');
  results.mogul = await mogulSuite(server, opts);
  step('pagination');
  results.pagination = await paginationSuite(server, opts);
  step('cold start');
  results.coldStart = await coldStartSuite(opts, server, SANDBOX_CREDENTIALS.chartmogul.apiKey);
} finally {
  await server.stop();
}
step('pacing');
results.pacing = await pacingSuite(opts);
step('first calls');
results.firstCall = await firstCallSuite(opts);
step('bundle size');
results.sizes = await sizesSuite(opts);
results.loadAtEnd = loadNow();

const report = renderReport(results);
if (out) {
  writeFileSync(out, report);
  process.stderr.write(`wrote ${out}\n`);
}
console.log('\nGoals (details in the report):');
for (const g of goals(results)) console.log(`${mark(g.ok)} ${g.what}: ${g.result} (goal ${g.goal})`);
