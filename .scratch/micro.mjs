import { ChartMogul } from 'chartstack/chartmogul';
import { SANDBOX_CREDENTIALS } from 'chartstack/testing';
const body = JSON.stringify({ entries: Array.from({ length: 6 }, (_, i) => ({ date: `2025-0${i + 1}-28`, mrr: 100000 + i, 'percentage-change': 1.5 })), summary: { current: 1, previous: 2, 'percentage-change': 3 } });
const hdrs = { get: (n) => (n === 'content-type' ? 'application/json; charset=utf-8' : null), has: () => false };
const fakeRes = { status: 200, headers: hdrs, text: async () => body, body: null };
const fetch = async () => fakeRes;
const validation = process.argv[2] ?? 'strict';
const m = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, baseUrl: 'http://127.0.0.1:1/chartmogul', rateLimit: false, validation, fetch });
const MRR = { startDate: '2025-01-01', endDate: '2025-06-30', interval: 'month' };
const baseline = process.argv[3] === 'base';
const call = baseline ? async () => JSON.parse(await (await fetch()).text()) : () => m.metrics.mrr(MRR);
const r = await call(); if (!baseline && r.entries.length !== 6) throw new Error('bad');
async function run(n) { let next = 0; await Promise.all(Array.from({ length: 16 }, async () => { while (next++ < n) await call(); })); }
await run(50000);
for (let k = 0; k < 3; k++) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  await run(100000);
  const c = process.cpuUsage(c0);
  console.log(validation, baseline ? 'base' : 'sdk', 'cpu µs/call', ((c.user + c.system) / 100000).toFixed(2), 'wall', ((performance.now() - t0) * 10 / 1000).toFixed(2));
}
