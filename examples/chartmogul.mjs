// @ts-check
// ChartMogul's common tasks: this year's MRR by month, the headline metrics, a customer looked up by
// email with their subscriptions, and the activities since January 2025 tallied across pages.
//   CHARTMOGUL_API_KEY=… node examples/chartmogul.mjs      (without a key: the embedded sandbox)
import { ChartMogul, NotFoundError } from 'chartstack/chartmogul';
import { createSandbox, SANDBOX_CREDENTIALS } from 'chartstack/testing';

const apiKey = process.env.CHARTSTACK_SANDBOX ? undefined : process.env.CHARTMOGUL_API_KEY;
const mogul = apiKey ? new ChartMogul({ apiKey }) : new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: createSandbox().fetch });
const usd = (cents) => `${cents < 0 ? '-' : ''}$${Math.round(Math.abs(cents) / 100).toLocaleString('en-US')}`;

// Monthly MRR since January, with its movements (money is in cents).
const year = new Date().getUTCFullYear();
const { entries } = await mogul.metrics.mrr({ startDate: `${year}-01-01`, endDate: new Date(), interval: 'month' });
for (const e of entries) console.log(`${e.date}  MRR ${usd(e.mrr).padStart(10)}  new ${usd(e.mrrNewBusiness ?? 0).padStart(8)}  churn ${usd(e.mrrChurn ?? 0).padStart(8)}`);

// The headline numbers in one call.
const { summary } = await mogul.metrics.all({ startDate: `${year}-01-01`, endDate: new Date() });
console.log(`ARR ${usd(summary?.currentArr ?? 0)}, ${summary?.currentCustomers} customers, customer churn rate ${summary?.currentCustomerChurnRate}%`);

// A customer by email, and what they pay for.
const [customer] = (await mogul.customers.search({ email: 'billing@example.com' })).items;
if (customer) {
  const { items: subscriptions } = await mogul.customers.subscriptions(customer.uuid);
  console.log(`${customer.name} <${customer.email}>: ${subscriptions.length} subscription(s), MRR ${usd(customer.mrr ?? 0)}`);
}

// Every activity since January 2025, tallied by type: `for await` fetches the pages as it goes.
const byType = new Map();
for await (const a of mogul.activities.list({ startDate: '2025-01-01', perPage: 100 })) byType.set(a.type, (byType.get(a.type) ?? 0) + 1);
console.log(`Activities since 2025-01-01: ${[...byType].map(([type, n]) => `${type} ${n}`).join(', ')}`);

// Errors are typed: a customer that does not exist is a NotFoundError.
try {
  await mogul.customers.subscriptions('cus_00000000-0000-0000-0000-000000000000');
} catch (err) {
  if (!(err instanceof NotFoundError)) throw err;
  console.log(`NotFoundError (${err.status}): ${err.message}`);
}
