// Pacing efficiency at one limit: a sandbox enforcing the provider's limit in a sliding window (429
// above it), counting each request when it arrives — after a network delay drawn per request when
// `jitterMs` is set — and a chartstack client with its default pacing, with `calls` calls queued at
// once, over the real Node transport (loopback). Chartmetric learns the limit from its first
// response (X-RateLimit-Limit); ChartMogul paces at its documented 40 req/s.
// Prints achieved rate ÷ limit measured two ways, and how many 429s the server sent.
/* global btoa, fetch, performance */
import { Chartmetric } from 'chartstack/chartmetric';
import { ChartMogul } from 'chartstack/chartmogul';
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';

const { provider = 'chartmetric', limit, calls, jitterMs = 0, seed = 42 } = JSON.parse(process.argv[2]);
const sandbox = createSandbox({
  seed,
  enforceRateLimits: true,
  limits: { chartmetricPerSecond: provider === 'chartmetric' ? limit : undefined },
  latency: jitterMs ? { minMs: 0, maxMs: jitterMs } : undefined,
});
sandbox.maxRecorded = 0;

// Count what the server answered (the token exchange is not metered).
let metered = 0;
let tooMany = 0;
const dispatch = sandbox.dispatch.bind(sandbox);
sandbox.dispatch = async (request) => {
  const outcome = await dispatch(request);
  if (!new URL(request.url).pathname.endsWith('/api/token')) {
    metered++;
    if (outcome.response?.status === 429) tooMany++;
  }
  return outcome;
};

const server = await sandbox.listen();
const api = server.baseUrl(provider);

// Warm the sandbox (it builds its data on first use) outside the measurement, then let the
// one-second window empty, so the run measures the client's pacing rather than the fake's start-up.
if (provider === 'chartmetric') {
  const { token } = await (await fetch(`${api}/api/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshtoken: SANDBOX_CREDENTIALS.chartmetric.refreshToken }) })).json();
  await (await fetch(`${api}/api/artist/206557`, { headers: { authorization: `Bearer ${token}` } })).text();
} else {
  await (await fetch(`${api}/v1/metrics/mrr?start-date=2025-01-01&end-date=2025-03-31`, { headers: { authorization: `Basic ${btoa(`${SANDBOX_CREDENTIALS.chartmogul.apiKey}:`)}` } })).text();
}
await new Promise((resolve) => setTimeout(resolve, 1100));
metered = 0;

const client =
  provider === 'chartmetric'
    ? new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, baseUrl: api, coalesce: false })
    : new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, baseUrl: api, coalesce: false });
// The calls are identical: `coalesce: false` sends each (the default would share one request).
const call = provider === 'chartmetric' ? () => client.artists.get(206557) : () => client.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-03-31' });
const done = [];
const started = performance.now();
await Promise.all(
  Array.from({ length: calls }, async () => {
    await call();
    done.push(performance.now());
  }),
);
// Requests per window the pacer took to be another client's (X-RateLimit-Remaining): none exists here.
const othersPerWindow = client.core?.pacer?.()?.stats.othersPerWindow ?? 0;
await client.close();
await server.close();
done.sort((a, b) => a - b);
const first = done[0];
const last = done.at(-1);
console.log(
  JSON.stringify({
    provider,
    limit,
    jitterMs,
    calls,
    metered,
    tooMany,
    othersPerWindow,
    seconds: (last - started) / 1000,
    firstResponseMs: first - started,
    // From the first call to the last response: includes the client's token exchange and its probe call.
    overall: calls / ((last - started) / 1000) / limit,
    // From the first response on: the steady pace the limiter keeps once it knows the limit.
    steady: (calls - 1) / ((last - first) / 1000) / limit,
  }),
);
process.exit(0);
