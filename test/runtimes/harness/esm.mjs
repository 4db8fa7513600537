// Node (ESM), Deno and Bun: `import` chartstack by name from node_modules, as a user would.
// Node must get the Node build (undici); Deno and Bun the edge build (fetch), through their
// own export conditions. Usage: <runtime> esm.mjs <loopback-url>
import * as root from 'chartstack';
import * as chartmogul from 'chartstack/chartmogul';
import * as chartmetric from 'chartstack/chartmetric';
import * as soundcharts from 'chartstack/soundcharts';
import * as testing from 'chartstack/testing';
import { runScenario } from '../scenario.mjs';

const runtime = globalThis.Deno ? 'deno' : globalThis.Bun ? 'bun' : 'node';
const loopback = globalThis.Deno ? globalThis.Deno.args[0] : process.argv[2];
const build = runtime === 'node' ? 'node' : 'edge';

const results = [];
// Imported, nothing called yet: no timer may be pending (edge runtimes forbid them at import).
if (runtime === 'node') {
  const pending = process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r === 'Immediate');
  results.push(pending.length ? { name: 'nothing started at import', ok: false, detail: pending.join(', ') } : { name: 'nothing started at import', ok: true });
}
const resolved = String(import.meta.resolve('chartstack'));
const expected = build === 'node' ? '/node_modules/chartstack/dist/index.js' : '/node_modules/chartstack/dist/edge/index.js';
results.push({ name: `resolves the ${build} build`, ok: resolved.endsWith(expected), detail: resolved });
results.push(...(await runScenario({ root, chartmogul, chartmetric, soundcharts, testing }, { loopback, build })));
console.log(`CHARTSTACK_RESULT ${JSON.stringify({ resolved, results })}`);
