#!/usr/bin/env node
// The benchmarks' server: the chartstack sandbox's loopback HTTP server (`createSandbox().listen()`),
// run in its own process so the server's CPU never counts against the client being measured.
// Prints one JSON line `{ url, bigListUrl }` and serves until its stdin closes.
//
// Two bench-local adjustments, neither of which changes the sandbox or its catalog:
// - `--memo`: successful GET answers are memoized per URL and credential. The sandbox generates
//   its (deterministic) data on every request; a 200-row chart costs it milliseconds, which would
//   make every client look as fast as the server. Memoized, the server answers in microseconds
//   and throughput measures the client. Every contender talks to the same server either way.
// - ChartMogul is also served at the root (`/v1/...`): chartmogul-node resolves paths against its
//   `apiBase` origin (`new URL('/v1/metrics/mrr', apiBase)`), so it cannot use a prefixed base URL.
// A second sandbox serves one bench-only provider: a Soundcharts song list of 100,000 items
// (the real sandbox's lists are a few hundred items long), for the pagination memory benchmark.
/* global Response */
import { createSandbox, Sandbox } from 'chartstack/testing';
import { bigSongList } from './big-list.mjs';

const memo = process.argv.includes('--memo');
const sandbox = createSandbox();
sandbox.maxRecorded = 0;

const resolve = sandbox.resolve.bind(sandbox);
sandbox.resolve = (url) => resolve(url.pathname.startsWith('/v1/') ? new URL(`/chartmogul${url.pathname}${url.search}`, url) : url);

if (memo) {
  const dispatch = sandbox.dispatch.bind(sandbox);
  const cache = new Map();
  sandbox.dispatch = async (request) => {
    if (request.method !== 'GET') return dispatch(request);
    const key = `${request.url}\n${request.headers.get('authorization') ?? ''}\n${request.headers.get('x-api-key') ?? ''}`;
    let hit = cache.get(key);
    if (!hit) {
      const outcome = await dispatch(request);
      if (outcome.fault || outcome.response?.status !== 200) return outcome;
      hit = { headers: [...outcome.response.headers], body: new Uint8Array(await outcome.response.arrayBuffer()) };
      cache.set(key, hit);
    }
    return { response: new Response(hit.body, { status: 200, headers: hit.headers }) };
  };
}

const server = await sandbox.listen();
const big = new Sandbox([bigSongList(100_000)]);
big.maxRecorded = 0;
const bigServer = await big.listen();

process.stdout.write(`${JSON.stringify({ url: server.url, bigListUrl: bigServer.baseUrl('soundcharts') })}\n`);
process.stdin.resume();
process.stdin.on('end', async () => {
  await Promise.all([server.close(), bigServer.close()]);
  process.exit(0);
});
