// CommonJS: `require('chartstack')` and each subpath, as a CJS user would — in Node (the Node
// build, undici) and in Bun (its `bun` condition picks the edge build's .cjs files).
// Usage: <runtime> cjs.cjs <loopback-url>
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports -- proving `require('chartstack')` is the point */
const root = require('chartstack');
const chartmogul = require('chartstack/chartmogul');
const chartmetric = require('chartstack/chartmetric');
const soundcharts = require('chartstack/soundcharts');
const testing = require('chartstack/testing');

const runtime = globalThis.Bun ? 'bun' : 'node';
const build = runtime === 'node' ? 'node' : 'edge';
const loopback = process.argv[2];

async function main() {
  const results = [];
  if (runtime === 'node') {
    const pending = process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r === 'Immediate');
    results.push(pending.length ? { name: 'nothing started at require', ok: false, detail: pending.join(', ') } : { name: 'nothing started at require', ok: true });
  }
  const resolved = require.resolve('chartstack');
  const expected = build === 'node' ? '/node_modules/chartstack/dist/index.cjs' : '/node_modules/chartstack/dist/edge/index.cjs';
  results.push({ name: `require resolves the ${build} CJS build`, ok: resolved.endsWith(expected), detail: resolved });
  // The scenario is runtime-neutral ESM and imports nothing itself: loading it does not load chartstack again.
  const { runScenario } = await import('../scenario.mjs');
  results.push(...(await runScenario({ root, chartmogul, chartmetric, soundcharts, testing }, { loopback, build })));
  console.log(`CHARTSTACK_RESULT ${JSON.stringify({ resolved, results })}`);
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
