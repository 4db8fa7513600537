// Cold start: how long importing each entry takes in a fresh Node process (ESM `import()` and CJS
// `require()`), measured inside the child around the import alone; the median of several runs.
// Then what a serverless function pays before its first answer: import, client, one ChartMogul
// call against the bench server, for chartstack and for chartmogul-node (chartstack loads undici
// on its first request, so the import column alone would flatter it).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from '../lib/stats.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ENTRIES = ['chartstack', 'chartstack/chartmogul', 'chartstack/chartmetric', 'chartstack/soundcharts', 'chartstack/testing'];
/** For scale: the official ChartMogul client and the HTTP client chartstack uses on Node. */
const REFERENCES = ['chartmogul-node', 'undici'];

function timeImport(spec, kind) {
  const code =
    kind === 'esm'
      ? `const t = performance.now(); await import(${JSON.stringify(spec)}); process.stdout.write(String(performance.now() - t));`
      : `const t = performance.now(); require(${JSON.stringify(spec)}); process.stdout.write(String(performance.now() - t));`;
  const args = kind === 'esm' ? ['--input-type=module', '-e', code] : ['-e', code];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cold start ${spec} (${kind}): ${r.stderr}`);
  return Number(r.stdout);
}

const MRR = { startDate: '2025-01-01', endDate: '2025-06-30', interval: 'month' };

/** ms from the start of the import to the first parsed response, in a fresh process. */
function timeFirstCall(client, server, apiKey) {
  const print = 'process.stdout.write(String(performance.now() - t));';
  const code =
    client === 'chartstack'
      ? `const t = performance.now(); const { ChartMogul } = require('chartstack/chartmogul');
         const m = new ChartMogul({ apiKey: ${JSON.stringify(apiKey)}, baseUrl: ${JSON.stringify(`${server.url}/chartmogul`)}, rateLimit: false });
         m.metrics.mrr(${JSON.stringify(MRR)}).then(async (r) => { if (r.entries.length !== 6) throw new Error('bad response'); ${print} await m.close(); });`
      : `const t = performance.now(); const CM = require('chartmogul-node');
         const config = new CM.Config(${JSON.stringify(apiKey)}, ${JSON.stringify(server.url)});
         CM.Metrics.mrr(config, { 'start-date': ${JSON.stringify(MRR.startDate)}, 'end-date': ${JSON.stringify(MRR.endDate)}, interval: 'month' })
           .then((r) => { if (r.entries.length !== 6) throw new Error('bad response'); ${print} });`;
  const r = spawnSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`first call ${client}: ${r.stderr}`);
  return Number(r.stdout);
}

export async function coldStartSuite({ quick }, server, apiKey) {
  const runs = quick ? 2 : 7;
  const rows = [];
  for (const spec of [...ENTRIES, ...REFERENCES]) {
    const row = { spec, reference: REFERENCES.includes(spec) };
    for (const kind of ['esm', 'cjs']) {
      if (spec === 'chartmogul-node' && kind === 'esm') continue; // CommonJS only
      row[kind] = median(Array.from({ length: runs }, () => timeImport(spec, kind)));
    }
    rows.push(row);
  }
  const firstCall = ['chartstack', 'chartmogul-node'].map((client) => ({ client, ms: median(Array.from({ length: runs }, () => timeFirstCall(client, server, apiKey))) }));
  return { runs, rows, firstCall };
}
