import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const r = await build({
  entryPoints: [entry], bundle: true, write: false, platform: 'neutral', format: 'esm', target: 'es2023', minify: true, metafile: true,
  mainFields: ['browser', 'module', 'main'], conditions: ['workerd', 'worker', 'browser'], external: ['msw', 'ioredis'], logLevel: 'error',
  plugins: [{ name: 'web', setup(b) { b.onResolve({ filter: /transport\/platform\.js$/ }, (a) => ({ path: new URL(a.path.replace('platform.js', 'platform.web.ts'), `file://${a.resolveDir}/`).pathname })); } }],
});
const code = r.outputFiles[0].contents;
console.log('total min', code.length, 'gz', gzipSync(code, { level: 9 }).length);
const inputs = Object.entries(Object.values(r.metafile.outputs)[0].inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
const own = new Map();
for (const [f, { bytesInOutput }] of inputs) { const k = f.includes('node_modules') ? f.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)[1] : f; own.set(k, (own.get(k) ?? 0) + bytesInOutput); }
for (const [k, v] of [...own].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 40))) console.log(String(v).padStart(7), k);
