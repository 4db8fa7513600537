/**
 * The ChartMogul sandbox's `customers` endpoints, keyed by endpoint id (definitions:
 * src/chartmogul/catalog/customers.ts): five seeded customers (data.ts) as a filtered cursor list,
 * one by one, by email, and their activities and subscriptions as cursor pages.
 */
import { reply, type RouteHandlers } from '../types.js';
import { activitiesFor, customersFor } from './data.js';
import { apiError, pageOf, type ChartmogulState } from './shared.js';

export const customersHandlers = (state: ChartmogulState): RouteHandlers => {
  const customers = () => customersFor(state.seed);
  return {
    'customers.list': (ctx) => {
      // Filters as documented (List Customers): exact matches; `status` is written with `_` for spaces.
      const q = (name: string) => ctx.query.get(name) ?? undefined;
      const [source, external, status, system] = [q('data_source_uuid'), q('external_id'), q('status'), q('system')];
      const found = customers().filter(
        (c) =>
          (!source || c.data_source_uuids.includes(source)) &&
          (!external || c.external_ids.includes(external)) &&
          (!status || c.status === status.replace(/_/g, ' ')) &&
          (!system || c['billing-system-type'] === system),
      );
      const page = pageOf(found, ctx);
      return 'error' in page ? page.error : page.body;
    },
    'customers.get': (ctx) => customers().find((x) => x.uuid === ctx.params.uuid) ?? reply(404, { error: 'Customer not found' }),
    'customers.search': (ctx) => {
      const email = ctx.query.get('email');
      if (!email) return apiError(400, 'Parameter "email" is missing', 'email');
      const found = customers().filter((c) => c.email === email);
      if (found.length === 0) return apiError(404, `Can't find any customers with email: "${email}"`, 'email');
      const page = pageOf(found, ctx);
      return 'error' in page ? page.error : { ...page.body, current_page: 1, total_pages: 1 };
    },
    'customers.activities': (ctx) => {
      const c = customers().find((x) => x.uuid === ctx.params.customer_uuid);
      if (!c) return reply(404, { error: 'Customer not found' });
      const all = activitiesFor(state.seed)
        .filter((a) => a['customer-uuid'] === c.uuid)
        .map((a, i) => ({ id: 50_000 + i, date: a.date, type: a.type, description: a.description, 'activity-mrr': a['activity-mrr'], 'activity-mrr-movement': a['activity-mrr-movement'], 'activity-arr': a['activity-arr'], currency: 'USD', 'currency-sign': '$', 'subscription-external-id': a['subscription-external-id'], 'plan-external-id': a['plan-external-id'] }));
      const page = pageOf(all, ctx);
      return 'error' in page ? page.error : page.body;
    },
    'customers.subscriptions': (ctx) => {
      const c = customers().find((x) => x.uuid === ctx.params.customer_uuid);
      if (!c) return reply(404, { error: 'Customer not found' });
      const subs = [0, 1, 2].map((i) => ({
        id: 9000 + i,
        uuid: `sub_${c.uuid.slice(4, 12)}-${i}`,
        external_id: `sub_ext_${c.external_id}_${i}`,
        plan: ['Gold Plan', 'Silver Plan', 'Add-on Seats'][i],
        quantity: 1 + i,
        mrr: i === 2 ? 0 : c.mrr / 2,
        arr: i === 2 ? 0 : (c.mrr / 2) * 12,
        status: i === 2 ? 'inactive' : 'active',
        'billing-cycle': i === 1 ? 'year' : 'month',
        'billing-cycle-count': 1,
        'start-date': '2024-01-01T00:00:00+00:00',
        'end-date': '2026-01-01T00:00:00+00:00',
        currency: 'USD',
        'currency-sign': '$',
      }));
      const page = pageOf(subs, ctx);
      return 'error' in page ? page.error : page.body;
    },
    'customers.connectSubscriptions': (ctx) => {
      const subs = (ctx.body as { subscriptions?: unknown[] } | undefined)?.subscriptions;
      return Array.isArray(subs) && subs.length ? {} : apiError(400, 'Parameter "subscriptions" is missing', 'subscriptions');
    },
    'customers.disconnectSubscriptions': (ctx) => {
      const subs = (ctx.body as { subscriptions?: unknown[] } | undefined)?.subscriptions;
      return Array.isArray(subs) && subs.length ? {} : apiError(400, 'Parameter "subscriptions" is missing', 'subscriptions');
    },
  };
};
