// @ts-check
/* global Response */
// A Next.js route handler on the Vercel Edge runtime: GET /api/mrr answers this year's MRR as JSON.
// `chartstack/chartmogul` resolves to its fetch build under the `edge-light` condition. Without a
// CHARTMOGUL_API_KEY environment variable it answers from the embedded sandbox.
import { ChartMogul } from 'chartstack/chartmogul';
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';

export const runtime = 'edge';

/** @type {ChartMogul | undefined} */
let mogul;

export async function GET() {
  const apiKey = process.env.CHARTMOGUL_API_KEY;
  mogul ??= apiKey ? new ChartMogul({ apiKey }) : new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: createSandbox().fetch });
  const year = new Date().getUTCFullYear();
  const { entries, summary } = await mogul.metrics.mrr({ startDate: `${year}-01-01`, endDate: new Date(), interval: 'month' });
  return Response.json({ currentMrr: summary?.current, months: entries.map((e) => ({ month: e.date, mrr: e.mrr })) }, {
    headers: { 'cache-control': 's-maxage=300' },
  });
}
