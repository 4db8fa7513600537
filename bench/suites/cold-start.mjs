// Cold start: how long importing each entry takes in a fresh Node process (ESM `import()` and CJS
// `require()`), measured inside the child around the import alone; the median of several runs.
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

export async function coldStartSuite({ quick }) {
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
  return { runs, rows };
}
