#!/usr/bin/env node
// The benchmarks' server: the chartstack sandbox's loopback HTTP server (`createSandbox().listen()`),
// run in its own process so the server's CPU never counts against the client being measured.
// Prints one JSON line `{ url, bigListUrl }` and serves until its stdin closes.
//
// Two bench-local adjustments, neither of which changes the sandbox or its catalog:
// - `--memo`: a successful GET is answered by the sandbox once per URL and credential, and its bytes
//   (status, headers, body) are replayed from then on, straight onto the socket. The sandbox
//   generates its (deterministic) data on every request and goes through WHATWG Request/Response
//   objects; on these 2-core machines, client and server share the CPU, and a server that costs as
//   much per request as the client would cap every contender at the server's pace, hiding the
//   differences the benchmark exists to show. Memoized, the server answers in microseconds and
//   throughput measures the client. Every contender talks to the same server either way.
// - ChartMogul is also served at the root (`/v1/...`): chartmogul-node resolves paths against its
//   `apiBase` origin (`new URL('/v1/metrics/mrr', apiBase)`), so it cannot use a prefixed base URL.
// A second sandbox serves one bench-only provider: a Soundcharts song list of 100,000 items
// (the real sandbox's lists are a few hundred items long), for the pagination memory benchmark.
/* global Headers, Request */
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { createSandbox, Sandbox } from 'chartstack/testing';
import { bigSongList } from './big-list.mjs';

const memo = process.argv.includes('--memo');
const sandbox = createSandbox();
sandbox.maxRecorded = 0;

const resolve = sandbox.resolve.bind(sandbox);
sandbox.resolve = (url) => resolve(url.pathname.startsWith('/v1/') ? new URL(`/chartmogul${url.pathname}${url.search}`, url) : url);

const server = memo ? await listenMemoized(sandbox) : await sandbox.listen();
const big = new Sandbox([bigSongList(100_000)]);
big.maxRecorded = 0;
const bigServer = await big.listen();

process.stdout.write(`${JSON.stringify({ url: server.url, bigListUrl: bigServer.baseUrl('soundcharts') })}\n`);
process.stdin.resume();
process.stdin.on('end', async () => {
  await Promise.all([server.close(), bigServer.close()]);
  process.exit(0);
});

/** The sandbox behind a memo: the first answer to each GET (per URL and credential) is replayed as bytes. */
async function listenMemoized(sandbox) {
  const cache = new Map();
  const http = createServer(async (req, res) => {
    const key = `${req.url}\n${req.headers.authorization ?? ''}\n${req.headers['x-api-key'] ?? ''}`;
    const hit = req.method === 'GET' ? cache.get(key) : undefined;
    if (hit) return res.writeHead(200, hit.headers).end(hit.body);
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    // chartmogul-node sends a body with its GETs, which WHATWG requests refuse (and the API ignores).
    const body = chunks.length && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : null;
    const { response, fault } = await sandbox.dispatch(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body }));
    if (fault) throw new Error(`the bench server injects no faults (got ${fault.kind})`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const out = Object.fromEntries(response.headers);
    out['content-length'] = String(bytes.length);
    if (req.method === 'GET' && response.status === 200) cache.set(key, { headers: out, body: bytes });
    res.writeHead(response.status, out).end(bytes);
  });
  http.keepAliveTimeout = 5_000;
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${http.address().port}`;
  return { url, close: () => new Promise((resolve) => (http.closeAllConnections(), http.close(resolve))) };
}
