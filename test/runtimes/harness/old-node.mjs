// Node older than 22.19 (the Node line 20 from the npm registry): the package still loads, ESM and
// CommonJS; constructing a client without `fetch` throws an `InvalidParamsError` that names the Node
// version undici needs (instead of a misleading connection error on the first call); with
// `fetch: globalThis.fetch` a call works without undici. Usage: node old-node.mjs <loopback-url>
import { createRequire } from 'node:module';
import * as chartmogul from 'chartstack/chartmogul';
import { SANDBOX_CREDENTIALS } from 'chartstack/testing';

const loopback = process.argv[2];
const require = createRequire(import.meta.url);
const results = [];
const check = (name, ok, detail) => results.push(ok ? { name, ok: true } : { name, ok: false, detail: String(detail) });
const { apiKey } = SANDBOX_CREDENTIALS.chartmogul;

for (const [kind, entry] of [['esm', chartmogul], ['cjs', require('chartstack/chartmogul')]]) {
  let err;
  try {
    new entry.ChartMogul({ apiKey });
  } catch (e) {
    err = e;
  }
  check(
    `${kind}: new ChartMogul() without fetch throws InvalidParamsError naming Node 22.19`,
    err instanceof entry.InvalidParamsError && err.name === 'InvalidParamsError' && err.message.includes('22.19') && err.message.includes(process.versions.node),
    err ? `${err.name}: ${err.message}` : 'no error',
  );
}

try {
  const mogul = new chartmogul.ChartMogul({ apiKey, baseUrl: `${loopback}/chartmogul`, fetch: globalThis.fetch });
  const mrr = await mogul.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-06-30', interval: 'month' });
  check('with fetch: globalThis.fetch, metrics.mrr works', mrr.entries.length === 6, JSON.stringify(mrr).slice(0, 300));
} catch (err) {
  check('with fetch: globalThis.fetch, metrics.mrr works', false, `${err?.name}: ${err?.message}`);
}
console.log(`CHARTSTACK_RESULT ${JSON.stringify({ resolved: `node ${process.versions.node}`, results })}`);
