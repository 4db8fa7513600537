// Node with both copies loaded: the ESM build (import) and the CJS build (require) of chartstack
// in one process — the dual-package hazard. Errors thrown by one copy must still pass `instanceof`
// against the other copy's classes (they match by a Symbol.for brand, not by prototype).
// Usage: node dual.mjs <loopback-url>
import { createRequire } from 'node:module';
import * as esm from 'chartstack';
import { SANDBOX_CREDENTIALS } from 'chartstack/testing';

const cjs = createRequire(import.meta.url)('chartstack');
const loopback = process.argv[2];
const results = [];
const check = (name, ok, detail) => results.push(ok ? { name, ok: true } : { name, ok: false, detail: String(detail) });
const failure = (p) => p.then(() => { throw new Error('expected a failure'); }, (e) => e);

check('two distinct copies are loaded', esm.NotFoundError !== cjs.NotFoundError && esm.ChartMogul !== cjs.ChartMogul, 'ESM and CJS classes are identical: the test would prove nothing');

const copies = { esm, cjs };
for (const [from, to] of [['cjs', 'esm'], ['esm', 'cjs']]) {
  const thrower = copies[from];
  const other = copies[to];
  const cm = new thrower.Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, baseUrl: `${loopback}/chartmetric` });
  const notFound = await failure(cm.artists.get(999999999));
  check(`${from} NotFoundError instanceof ${to} NotFoundError/APIError/ChartstackError`, notFound instanceof other.NotFoundError && notFound instanceof other.APIError && notFound instanceof other.ChartstackError, `${notFound?.name}: ${notFound?.message}`);
  check(`${from} NotFoundError is not ${to} RateLimitError/AuthenticationError`, !(notFound instanceof other.RateLimitError) && !(notFound instanceof other.AuthenticationError), notFound?.name);
  const invalid = await failure(cm.artists.get(-1));
  check(`${from} InvalidParamsError instanceof ${to} InvalidParamsError, not APIError`, invalid instanceof other.InvalidParamsError && !(invalid instanceof other.APIError), `${invalid?.name}: ${invalid?.message}`);
  await cm.close();
}
check('plain Errors are not chartstack errors', !(new Error('x') instanceof esm.ChartstackError) && !(new TypeError('x') instanceof cjs.APIError), 'a plain Error matched');
console.log(`CHARTSTACK_RESULT ${JSON.stringify({ resolved: 'dist/index.js + dist/index.cjs', results })}`);
