// @ts-check
/* global Response */
// A Cloudflare Worker that answers GET /mrr with this year's MRR from ChartMogul as JSON.
// `chartstack/chartmogul` resolves to its fetch build under workerd (no Node built-ins), and every
// client in the isolate shares one pacer, created on the first request (never at import time).
// Without a CHARTMOGUL_API_KEY secret, it answers from the embedded sandbox.
//   npx wrangler dev            (wrangler secret put CHARTMOGUL_API_KEY for the real API)
import { ChartMogul } from 'chartstack/chartmogul';
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';

/** @type {ChartMogul | undefined} */
let mogul;

/** One client per isolate, built on first use from the Worker's bindings. */
function client(/** @type {{ CHARTMOGUL_API_KEY?: string }} */ env) {
  mogul ??= env.CHARTMOGUL_API_KEY
    ? new ChartMogul({ apiKey: env.CHARTMOGUL_API_KEY })
    : new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: createSandbox().fetch });
  return mogul;
}

export default {
  /**
   * @param {Request} request
   * @param {{ CHARTMOGUL_API_KEY?: string }} env
   */
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname !== '/mrr') return new Response('Try GET /mrr', { status: 404 });
    const year = new Date().getUTCFullYear();
    try {
      const { entries } = await client(env).metrics.mrr({ startDate: `${year}-01-01`, endDate: new Date(), interval: 'month' });
      return Response.json(entries.map((e) => ({ month: e.date, mrr: e.mrr / 100 })));
    } catch (err) {
      // chartstack errors carry the status and a message that never contains the key.
      const status = typeof err === 'object' && err && 'status' in err && typeof err.status === 'number' ? err.status : 502;
      return Response.json({ error: err instanceof Error ? err.message : String(err) }, { status: status >= 500 ? 502 : status });
    }
  },
};
