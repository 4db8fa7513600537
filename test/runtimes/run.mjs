#!/usr/bin/env node
// `npm run test:runtimes`: the built package, as published (`npm pack`), run in each real runtime
// against the loopback sandbox. Every runtime comes from the npm registry as a devDependency
// (miniflare → workerd, edge-runtime, deno, bun). Node runs twice: the Node running this script, and
// the other supported line (22 when this is 24, 24 otherwise), installed once from the registry's
// `node` package into a cache folder, so one run proves both; Node 20 (installed the same way) runs
// harness/old-node.mjs: the clear error without `fetch`, a call with it. The others run test/runtimes/scenario.mjs:
// one method and one typed error per provider, the testing entry, and which build its conditions resolved.
// Run `npm run build` first. CHARTSTACK_RUNTIMES=deno,bun runs a subset (local debugging only).
/* global clearTimeout */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createConsumer, repoRoot } from '../../scripts/lib/consumer.mjs';
import { OPTIONAL_PEERS, isForbidden } from '../../scripts/lib/edge-bundle.mjs';

const here = join(repoRoot, 'test', 'runtimes');
const bin = (name) => join(repoRoot, 'node_modules', '.bin', name);
const RUN_TIMEOUT_MS = 120_000;
const RESULT = 'CHARTSTACK_RESULT ';

const files = { 'scenario.mjs': join(here, 'scenario.mjs') };
for (const f of readdirSync(join(here, 'harness'))) files[`harness/${f}`] = join(here, 'harness', f);
const consumer = createConsumer({ name: 'runtimes', files });
const harness = (f) => join(consumer.dir, 'harness', f);

// The sandbox server comes from the packed Node build too.
const server = await import(pathToFileURL(join(consumer.dir, 'node_modules/chartstack/dist/testing.js')).href)
  .then(({ createSandbox }) => createSandbox().listen())
  .catch((err) => {
    consumer.dispose();
    throw err;
  });
const port = new URL(server.url).port;

/** Runs a runtime as a child process; resolves with the harness's parsed result line. */
function runProcess(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: consumer.dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith(RESULT));
      if (line && code === 0) return resolve(JSON.parse(line.slice(RESULT.length)));
      resolve({ results: [{ name: 'process', ok: false, detail: `exit ${code ?? signal}\n${(out + err).trim().slice(-2000)}` }] });
    });
  });
}

/** Bundles an edge harness the way that platform's toolchain would; fails on any Node builtin. */
async function bundleHarness(file, conditions, format, { minify = false } = {}) {
  const result = await build({
    entryPoints: [harness(file)],
    absWorkingDir: consumer.dir,
    bundle: true,
    write: false,
    platform: 'neutral',
    format,
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    conditions,
    minify,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'no-node-builtins',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => (isForbidden(args.path) ? { errors: [{ text: `Node-only module '${args.path}' imported by ${args.importer}` }] } : undefined));
        },
      },
      {
        // The optional peers are loaded only on opt-in (`sandbox.mswHandlers()`, a Redis limiter)
        // and are not installed here: each becomes a module that throws when (and only if) loaded.
        name: 'absent-optional-peers',
        setup(b) {
          const filter = new RegExp(`^(${OPTIONAL_PEERS.join('|')})(/|$)`);
          b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'absent-peer' }));
          b.onLoad({ filter: /.*/, namespace: 'absent-peer' }, (args) => ({ contents: `throw new Error(${JSON.stringify(`${args.path} is not installed`)});`, loader: 'js' }));
        },
      },
    ],
  });
  const inputs = Object.keys(result.metafile.inputs);
  const edgeBuild = inputs.some((f) => f.includes('node_modules/chartstack/dist/edge/'));
  const nodeBuild = inputs.some((f) => /node_modules\/chartstack\/dist\/[^/]+$/.test(f));
  const check = { name: 'bundle resolves the edge build only', ok: edgeBuild && !nodeBuild, detail: inputs.filter((f) => f.includes('chartstack/dist')).join(', ') };
  return { code: result.outputFiles[0].text, check };
}

async function runWorkerd() {
  const { Miniflare } = await import('miniflare');
  // Minified, as `wrangler deploy --minify` and most Worker builds do: classes get renamed, error names must not.
  const { code, check } = await bundleHarness('worker.mjs', ['workerd', 'worker', 'browser'], 'esm', { minify: true });
  // One bundled module, declared as wrangler uploads it (miniflare's own import scanning rejects
  // computed `import(specifier)`s, which workerd only resolves at call time). No compatibility
  // flags: in particular no `nodejs_compat`, so nothing Node-ish is polyfilled.
  const mf = new Miniflare({
    modulesRoot: consumer.dir,
    modules: [{ type: 'ESModule', path: join(consumer.dir, 'worker.js'), contents: code }],
    compatibilityDate: '2025-09-01',
    bindings: { LOOPBACK: server.url },
  });
  try {
    const res = await mf.dispatchFetch('http://chartstack.test/');
    const text = await res.text();
    if (res.status !== 200) return { results: [check, { name: 'worker responded', ok: false, detail: `${res.status} ${text.slice(0, 2000)}` }] };
    return { resolved: 'dist/edge (bundled minified, workerd conditions)', results: [check, ...JSON.parse(text).results] };
  } finally {
    await mf.dispose();
  }
}

async function runEdgeLight() {
  const { EdgeRuntime } = await import('edge-runtime');
  const { code, check } = await bundleHarness('edge-light.mjs', ['edge-light', 'worker', 'browser'], 'iife');
  const runtime = new EdgeRuntime({ initialCode: code });
  const json = await runtime.evaluate(`__chartstackRun(${JSON.stringify(server.url)})`);
  return { resolved: 'dist/edge (bundled, edge-light conditions)', results: [check, ...JSON.parse(json).results] };
}

/**
 * Another Node line: its binary from the npm registry's `node` package (as scripts/with-node.sh
 * fetches Node 24), kept in a cache folder between runs. By default the other supported line.
 */
function otherNode(want = Number(process.versions.node.split('.')[0]) === 22 ? 24 : 22) {
  const dir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), `chartstack-node${want}`);
  const exe = join(dir, 'node_modules', '.bin', 'node');
  try {
    if (!existsSync(exe)) {
      console.log(`Installing node@${want} from the npm registry into ${dir} (once) …`);
      execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `node@${want}`], { stdio: 'inherit' });
    }
    return { exe, version: execFileSync(exe, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim() };
  } catch (err) {
    return { want, error: `node@${want} could not be installed from the npm registry: ${err?.message ?? err}` };
  }
}

const node = process.execPath;
const other = otherNode();
// Node 20, older than undici's 22.19: the package must load and say clearly what it needs.
const node20 = otherNode(20);
const nodeRuns = (exe, version) => ({
  [`node ${version} esm`]: () => runProcess(exe, [harness('esm.mjs'), server.url]),
  [`node ${version} cjs`]: () => runProcess(exe, [harness('cjs.cjs'), server.url]),
  [`node ${version} esm+cjs copies`]: () => runProcess(exe, [harness('dual.mjs'), server.url]),
});
// Only the sandbox's address is granted: loading chartstack and calling an API must need no
// env/read/run permission (an optional setting such as CHARTSTACK_LOG must not crash without it).
const deno = (file) => runProcess(bin('deno'), ['run', '--no-lock', '--no-prompt', '--node-modules-dir=manual', `--allow-net=127.0.0.1:${port}`, harness(file), server.url]);
const runtimes = {
  ...nodeRuns(node, process.versions.node),
  ...(other.exe
    ? nodeRuns(other.exe, other.version)
    : { [`node ${other.want}`]: async () => ({ results: [{ name: 'install', ok: false, detail: other.error }] }) }),
  ...(node20.exe
    ? { [`node ${node20.version} (too old for undici)`]: () => runProcess(node20.exe, [harness('old-node.mjs'), server.url]) }
    : { 'node 20': async () => ({ results: [{ name: 'install', ok: false, detail: node20.error }] }) }),
  'deno esm': () => deno('esm.mjs'),
  // No 'deno cjs': Deno's require() resolves with Node's conditions (not `deno`), so a CommonJS
  // module in Deno gets the Node build, like any Node-compat package; `import` is the Deno way.
  'bun esm': () => runProcess(bin('bun'), ['run', '--no-install', harness('esm.mjs'), server.url]),
  'bun cjs': () => runProcess(bin('bun'), ['run', '--no-install', harness('cjs.cjs'), server.url]),
  'workerd (miniflare)': runWorkerd,
  'edge-runtime (Vercel)': runEdgeLight,
};

const only = process.env.CHARTSTACK_RUNTIMES?.split(',').map((s) => s.trim());
const rows = [];
try {
  for (const [name, run] of Object.entries(runtimes)) {
    if (only && !only.some((o) => name.startsWith(o))) continue;
    const started = Date.now();
    let timer;
    // In-process runtimes (workerd, edge-runtime) get the same time limit as child processes.
    const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no result after ${RUN_TIMEOUT_MS} ms`)), RUN_TIMEOUT_MS)));
    const outcome = await Promise.race([run(), timeout])
      .catch((err) => ({ results: [{ name: 'harness', ok: false, detail: err?.stack ?? String(err) }] }))
      .finally(() => clearTimeout(timer));
    rows.push({ name, ms: Date.now() - started, ...outcome });
  }
} finally {
  await server.close();
  consumer.dispose();
}

const version = (pkg) => JSON.parse(readFileSync(join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const versions = ['deno', 'bun', 'miniflare', 'workerd', 'edge-runtime'].map((p) => `${p} ${version(p)}`).join(', ');
console.log(`\nRuntime tests (packed chartstack against the loopback sandbox; ${versions})\n`);
let failed = 0;
for (const r of rows) {
  const bad = r.results.filter((x) => !x.ok);
  failed += bad.length;
  console.log(`${bad.length ? '✗' : '✓'} ${r.name.padEnd(30)} ${String(r.results.length - bad.length).padStart(2)}/${r.results.length} checks  ${String(r.ms).padStart(6)} ms  ${(r.resolved ?? '').replace(/^.*node_modules\//, '')}`);
  for (const b of bad) console.log(`    ✗ ${b.name}: ${b.detail}`);
}
if (!rows.length) {
  console.error('No runtime ran (CHARTSTACK_RUNTIMES matched nothing).');
  process.exit(1);
}
if (failed) {
  console.error(`\ntest:runtimes FAILED: ${failed} check(s)`);
  process.exit(1);
}
console.log(`\ntest:runtimes ok: ${rows.length} runtimes`);
