// Pacing efficiency at one Chartmetric limit: a sandbox enforcing `limit` requests per second in a
// sliding window (and answering 429 above it), a chartstack client with its default pacing (the
// first call goes alone and teaches the limiter X-RateLimit-Limit), and `calls` calls queued at once.
// Prints achieved rate ÷ limit measured two ways, and the number of 429s the server sent.
/* global fetch, performance */
import { Chartmetric } from 'chartstack/chartmetric';
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';

const { limit, seconds } = JSON.parse(process.argv[2]);
const sandbox = createSandbox({ enforceRateLimits: true, limits: { chartmetricPerSecond: limit } });
sandbox.maxRecorded = 0;

// Count what the server answered (the token exchange is not metered by Chartmetric).
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

// Warm the sandbox (it builds its data on first use) outside the measurement, then let the
// one-second window empty, so the run measures the client's pacing rather than the fake's start-up.
const api = server.baseUrl('chartmetric');
const { token } = await (await fetch(`${api}/api/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshtoken: SANDBOX_CREDENTIALS.chartmetric.refreshToken }) })).json();
await (await fetch(`${api}/api/artist/206557`, { headers: { authorization: `Bearer ${token}` } })).text();
await new Promise((resolve) => setTimeout(resolve, 1100));
metered = 0;

const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, baseUrl: api });
const calls = Math.max(4, Math.round(limit * seconds) + 1);
const done = [];
const started = performance.now();
await Promise.all(
  Array.from({ length: calls }, async () => {
    await cm.artists.get(206557);
    done.push(performance.now());
  }),
);
await cm.close();
await server.close();
done.sort((a, b) => a - b);
const first = done[0];
const last = done.at(-1);
console.log(
  JSON.stringify({
    limit,
    calls,
    metered,
    tooMany,
    seconds: (last - started) / 1000,
    firstResponseMs: first - started,
    // From the first call to the last response: includes the client's token exchange and its probe call.
    overall: calls / ((last - started) / 1000) / limit,
    // From the first response on: the steady pace the limiter keeps once it knows the limit.
    steady: (calls - 1) / ((last - first) / 1000) / limit,
  }),
);
process.exit(0);
