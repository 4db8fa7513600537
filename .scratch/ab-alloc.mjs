import { request, Agent } from 'undici';
import { EventEmitter } from 'node:events';
import { ChartMogul } from 'chartstack/chartmogul';
import { SANDBOX_CREDENTIALS } from 'chartstack/testing';
const { variant, base, calls, warmup } = JSON.parse(process.argv[2]);
const path = '/chartmogul/v1/metrics/mrr?start-date=2025-01-01&end-date=2025-06-30&interval=month';
const url = base + path;
const basic = `Basic ${btoa(`${SANDBOX_CREDENTIALS.chartmogul.apiKey}:`)}`;
const MRR = { startDate: '2025-01-01', endDate: '2025-06-30', interval: 'month' };
let call;
if (variant === 'raw') {
  const headers = { authorization: basic, accept: 'application/json' };
  call = async () => JSON.parse(await (await request(url, { headers })).body.text());
} else if (variant === 'rawopts') {
  const agent = new Agent({ keepAliveTimeout: 10_000, headersTimeout: 61_000, bodyTimeout: 61_000, connections: 64 });
  call = async () => {
    const sig = new EventEmitter();
    const t = setTimeout(() => {}, 60000);
    const headers = { accept: 'application/json', 'user-agent': 'chartstack/0.1.0 (node; chartmogul)', authorization: basic };
    try {
      const res = await request(url, { method: 'GET', headers, signal: sig, dispatcher: agent, headersTimeout: 61000, bodyTimeout: 61000 });
      return JSON.parse(await res.body.text());
    } finally { clearTimeout(t); }
  };
} else {
  const m = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, baseUrl: `${base}/chartmogul`, rateLimit: false, validation: variant === 'off' ? 'off' : 'strict' });
  call = () => m.metrics.mrr(MRR);
}
async function run(n) { let next = 0; await Promise.all(Array.from({ length: 16 }, async () => { while (next++ < n) await call(); })); }
await run(warmup); globalThis.gc(); const h0 = process.memoryUsage().heapUsed;
globalThis.gc?.();
const c0 = process.cpuUsage(); const t0 = performance.now();
await run(calls);
const wall = performance.now() - t0; const c = process.cpuUsage(c0); const h1 = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ cpu: (c.user + c.system) / calls, bytesPerCall: Math.round((h1 - h0) / calls) }));
process.exit(0);
