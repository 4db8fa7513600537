// Cold start, as a serverless function pays it on every new instance (issue #15). Node figures are
// fresh processes, each timed from spawn to exit (wall time) minus an empty `node -e ""` process of
// the same round; medians over the rounds. Every contender runs in every round, one after another,
// so the machine's load drifts over all of them alike and the ratios compare within one run.
//   - load: `require(entry)` (CommonJS, as chartmogul-node has no ESM build); `import()` beside it
//   - heap after load: `heapUsed` after a full GC, minus an empty process's (`--expose-gc`)
//   - first call: require, a client, one ChartMogul MRR call against the bench server, exit
// workerd: each entry bundled as wrangler bundles a Worker (workerd conditions, minified) into a
// Worker whose fetch handler builds its client (all three for the root entry) and reads one family;
// ten copies of it started in one workerd, timed from `new Miniflare()` to every copy's first
// response, minus the same for an empty Worker, divided by ten: one Worker's start and first request.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { EDGE_TARGETS, OPTIONAL_PEERS } from '../../scripts/lib/edge-bundle.mjs';
import { median } from '../lib/stats.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const ENTRIES = ['chartstack', 'chartstack/chartmogul', 'chartstack/chartmetric', 'chartstack/soundcharts'];
const MOGUL_NODE = 'chartmogul-node';
const MRR = { startDate: '2025-01-01', endDate: '2025-06-30', interval: 'month' };

/** Wall time of one fresh Node process, in ms; its stdout, for the heap runs. */
function run(args) {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`cold start: node ${args.join(' ')}\n${r.stderr}`);
  return { ms, out: r.stdout };
}

const cjs = (code) => ['-e', code];
const esm = (code) => ['--input-type=module', '-e', code];
const heap = (code) => ['--expose-gc', '-e', `${code}; gc(); process.stdout.write(String(process.memoryUsage().heapUsed));`];

/** require + client + one MRR call, then exit (keep-alive sockets must not count). */
function firstCallCode(client, server, apiKey) {
  const check = `if (r.entries.length !== 6) throw new Error('unexpected MRR response'); process.exit(0);`;
  return client === 'chartstack'
    ? `const { ChartMogul } = require('chartstack/chartmogul');
       new ChartMogul({ apiKey: ${JSON.stringify(apiKey)}, baseUrl: ${JSON.stringify(`${server.url}/chartmogul`)}, rateLimit: false })
         .metrics.mrr(${JSON.stringify(MRR)}).then((r) => { ${check} });`
    : `const CM = require('chartmogul-node');
       CM.Metrics.mrr(new CM.Config(${JSON.stringify(apiKey)}, ${JSON.stringify(server.url)}), { 'start-date': ${JSON.stringify(MRR.startDate)}, 'end-date': ${JSON.stringify(MRR.endDate)}, interval: ${JSON.stringify(MRR.interval)} })
         .then((r) => { ${check} });`;
}

/** Node: every measurement of one round, in a fixed order. */
function nodeRound(server, apiKey) {
  const t = { emptyCjs: run(cjs('')).ms, emptyEsm: run(esm('')).ms, emptyHeap: Number(run(heap('')).out) };
  for (const spec of [...ENTRIES, MOGUL_NODE]) {
    t[`cjs ${spec}`] = run(cjs(`require(${JSON.stringify(spec)})`)).ms;
    if (spec !== MOGUL_NODE) t[`esm ${spec}`] = run(esm(`await import(${JSON.stringify(spec)})`)).ms;
    t[`heap ${spec}`] = Number(run(heap(`require(${JSON.stringify(spec)})`)).out);
  }
  for (const client of ['chartstack', MOGUL_NODE]) t[`first ${client}`] = run(cjs(firstCallCode(client, server, apiKey))).ms;
  return t;
}

/** A Worker that builds the entry's client(s) and reads one family of each (what a first request does before I/O). */
function workerSource(entry) {
  if (entry === 'empty') return `export default { fetch: () => new Response('ok') };`;
  const clients = {
    ChartMogul: [`{ apiKey: 'k-123456' }`, 'metrics'],
    Chartmetric: [`{ refreshToken: 'r-123456' }`, 'artists'],
    Soundcharts: [`{ appId: 'a', apiKey: 'k-123456' }`, 'artists'],
  };
  const names = { chartstack: Object.keys(clients), 'chartstack/chartmogul': ['ChartMogul'], 'chartstack/chartmetric': ['Chartmetric'], 'chartstack/soundcharts': ['Soundcharts'] }[entry];
  const reads = names.map((n) => `Object.keys(new ${n}(${clients[n][0]}).${clients[n][1]}).join()`).join(' + ');
  return `import { ${names.join(', ')} } from '${entry}';
export default { fetch: () => new Response(${reads}) };`;
}

/** The Worker bundled as `wrangler deploy --minify` would. */
async function bundleWorker(entry) {
  const result = await build({
    stdin: { contents: workerSource(entry), resolveDir: root, sourcefile: 'worker.js', loader: 'js' },
    absWorkingDir: root,
    bundle: true,
    write: false,
    platform: 'neutral',
    format: 'esm',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    conditions: EDGE_TARGETS.workerd,
    external: OPTIONAL_PEERS,
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * ms from `new Miniflare()` to the first response of each of `copies` identical Workers (one isolate
 * each, in one workerd): workerd's own start is paid once, each Worker's start and first request
 * `copies` times, so the per-Worker share stands out of the process start's noise.
 */
async function workerdStart(Miniflare, code, copies) {
  const started = performance.now();
  const workers = Array.from({ length: copies }, (_, i) => ({
    name: `w${i}`,
    modules: [{ type: 'ESModule', path: `${root}w${i}.js`, contents: code }],
    compatibilityDate: '2025-09-01',
  }));
  const mf = new Miniflare({ workers });
  try {
    for (let i = 0; i < copies; i++) {
      const res = await (await mf.getWorker(`w${i}`)).fetch('http://chartstack.test/');
      const text = await res.text();
      if (res.status !== 200) throw new Error(`worker answered ${res.status}: ${text.slice(0, 500)}`);
    }
    return performance.now() - started;
  } finally {
    await mf.dispose();
  }
}

export async function coldStartSuite({ quick }, server, apiKey) {
  const rounds = quick ? 3 : 15;
  const samples = [];
  for (let i = 0; i < rounds; i++) samples.push(nodeRound(server, apiKey));
  const above = (key, base) => median(samples.map((t) => t[key] - t[base]));
  const MiB = 2 ** 20;

  const { Miniflare } = await import('miniflare');
  const workerRounds = quick ? 1 : 5;
  const copies = quick ? 3 : 10;
  const workers = {};
  for (const entry of ['empty', ...ENTRIES]) {
    const code = await bundleWorker(entry);
    workers[entry] = { code, bytes: Buffer.byteLength(code), ms: [] };
  }
  // The first workerd start of a process also loads miniflare's own machinery: not counted.
  await workerdStart(Miniflare, workers.empty.code, 1);
  const order = Object.values(workers);
  for (let i = 0; i < workerRounds; i++) {
    // Rotated each round, so no entry always starts right after another one's shutdown.
    for (let k = 0; k < order.length; k++) {
      const w = order[(i + k) % order.length];
      w.ms.push(await workerdStart(Miniflare, w.code, copies));
    }
  }
  const workerdEmpty = median(workers.empty.ms);

  const rows = [...ENTRIES, MOGUL_NODE].map((spec) => ({
    spec,
    load: above(`cjs ${spec}`, 'emptyCjs'),
    esm: spec === MOGUL_NODE ? undefined : above(`esm ${spec}`, 'emptyEsm'),
    heapMiB: above(`heap ${spec}`, 'emptyHeap') / MiB,
    workerd: spec === MOGUL_NODE ? undefined : { ms: (median(workers[spec].ms) - workerdEmpty) / copies, kib: workers[spec].bytes / 1024 },
  }));
  const firstCall = ['chartstack', MOGUL_NODE].map((client) => ({ client, ms: above(`first ${client}`, 'emptyCjs') }));
  return {
    rounds,
    workerRounds,
    copies,
    empty: { cjs: median(samples.map((t) => t.emptyCjs)), heapMiB: median(samples.map((t) => t.emptyHeap)) / MiB, workerd: workerdEmpty },
    rows,
    firstCall,
  };
}
