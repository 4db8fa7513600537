/**
 * ChartMogul customers as the Metrics API uses them (reference/chartmogul.md §2.2):
 * search by email, and a customer's activities and subscriptions. All cursor-paginated
 * (`per_page` ≤ 200, `cursor` + `has_more`). Money in cents.
 */
import * as z from 'zod/mini';
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { cursorQuery, cursorWire } from './params.js';

export const customers = defineFamily(() => {
  const cursorPage = { cursor: s.opt(s.str()), hasMore: s.opt(s.bool()) };

  const customer = s.obj({
    id: s.opt(s.num()),
    uuid: s.str(),
    externalId: s.opt(s.str()),
    externalIds: s.opt(s.arr(s.str())),
    dataSourceUuid: s.opt(s.str()),
    dataSourceUuids: s.opt(s.arr(s.str())),
    name: s.opt(s.str()),
    email: s.opt(s.str()),
    status: s.opt(s.str()),
    customerSince: s.opt(s.date()),
    /** Your custom attributes, tags and integration data, exactly as sent (keys not camelCased). */
    attributes: s.opt(s.rec(s.json())),
    address: s.opt(s.rec(s.json())),
    mrr: s.opt(s.num()),
    arr: s.opt(s.num()),
    billingSystemUrl: s.opt(s.str()),
    chartmogulUrl: s.opt(s.str()),
    billingSystemType: s.opt(s.str()),
    currency: s.opt(s.str()),
    currencySign: s.opt(s.str()),
    company: s.opt(s.str()),
    country: s.opt(s.str()),
    state: s.opt(s.str()),
    city: s.opt(s.str()),
    zip: s.opt(s.str()),
    leadCreatedAt: s.opt(s.date()),
    freeTrialStartedAt: s.opt(s.date()),
    owner: s.opt(s.str()),
    websiteUrl: s.opt(s.str()),
  });

  const customerActivity = s.obj({
    id: s.opt(s.num()),
    date: s.date(),
    type: s.openEnum(['new_biz', 'expansion', 'contraction', 'churn', 'reactivation']),
    description: s.opt(s.str()),
    activityMrr: s.opt(s.num()),
    activityMrrMovement: s.opt(s.num()),
    activityArr: s.opt(s.num()),
    currency: s.opt(s.str()),
    currencySign: s.opt(s.str()),
    subscriptionExternalId: s.opt(s.str()),
    planExternalId: s.opt(s.str()),
  });

  const subscription = s.obj({
    id: s.opt(s.num()),
    uuid: s.opt(s.str()),
    externalId: s.opt(s.str()),
    plan: s.opt(s.str()),
    quantity: s.opt(s.num()),
    mrr: s.opt(s.num()),
    arr: s.opt(s.num()),
    status: s.opt(s.openEnum(['active', 'inactive'])),
    billingCycle: s.opt(s.str()),
    billingCycleCount: s.opt(s.num()),
    startDate: s.opt(s.date()),
    endDate: s.opt(s.date()),
    currency: s.opt(s.str()),
    currencySign: s.opt(s.str()),
  });

  const customerUuid = { customer_uuid: p.text() };

  const subscriptionLink = p.list(
    // each `{ uuid, dataSourceUuid }` → wire `{ uuid, data_source_uuid }`
    z.pipe(
      z.strictObject({ uuid: p.text(), dataSourceUuid: p.text() }, { error: 'expected { uuid, dataSourceUuid }' }),
      z.transform((v: { uuid: string; dataSourceUuid: string }) => ({ uuid: v.uuid, data_source_uuid: v.dataSourceUuid })),
    ),
    { min: 1, expected: 'a list of { uuid, dataSourceUuid } objects' },
  );

  return {
    /**
     * Customers with this email (`GET /v1/customers/search`), cursor-paginated.
     * `withAssociatedEmails` also matches customers whose contacts have that email.
     */
    search: defineEndpoint({
      id: 'customers.search',
      method: 'GET',
      path: '/v1/customers/search',
      query: { email: p.text(), withAssociatedEmails: p.optional(p.bool()), ...cursorQuery() },
      wire: { ...cursorWire, withAssociatedEmails: 'with_associated_emails' },
      response: s.obj({ entries: s.arr(customer), ...cursorPage }),
      paginate: { kind: 'cursor', items: (d) => d.entries, nextCursor: (d) => (d.hasMore ? d.cursor : null) },
      summary: 'Customers matching an email, 200 per page at most.',
      docs: 'reference/chartmogul.md §2.2 (customers/search)',
    }),
    /** A customer's MRR activities (`GET /v1/customers/{customer_uuid}/activities`), cursor-paginated. */
    activities: defineEndpoint({
      id: 'customers.activities',
      method: 'GET',
      path: '/v1/customers/{customer_uuid}/activities',
      pathParams: customerUuid,
      query: cursorQuery(),
      wire: cursorWire,
      response: s.obj({ entries: s.arr(customerActivity), ...cursorPage }),
      paginate: { kind: 'cursor', items: (d) => d.entries, nextCursor: (d) => (d.hasMore ? d.cursor : null) },
      summary: "A customer's activities (new_biz, expansion, contraction, churn, reactivation).",
      docs: 'reference/chartmogul.md §2.2 (customer activities)',
    }),
    /** A customer's subscriptions (`GET /v1/customers/{customer_uuid}/subscriptions`), cursor-paginated. */
    subscriptions: defineEndpoint({
      id: 'customers.subscriptions',
      method: 'GET',
      path: '/v1/customers/{customer_uuid}/subscriptions',
      pathParams: customerUuid,
      query: cursorQuery(),
      wire: cursorWire,
      response: s.obj({ entries: s.arr(subscription), ...cursorPage }),
      paginate: { kind: 'cursor', items: (d) => d.entries, nextCursor: (d) => (d.hasMore ? d.cursor : null) },
      summary: "A customer's subscriptions with plan, quantity, MRR/ARR (cents) and billing cycle.",
      docs: 'reference/chartmogul.md §2.2 (customer subscriptions)',
    }),
    /** Connects subscriptions of this customer (`POST /v1/customers/{customer_uuid}/connect_subscriptions`). */
    connectSubscriptions: defineEndpoint({
      id: 'customers.connectSubscriptions',
      method: 'POST',
      path: '/v1/customers/{customer_uuid}/connect_subscriptions',
      pathParams: customerUuid,
      body: { subscriptions: subscriptionLink },
      response: s.opt(s.rec(s.json())),
      summary: 'Connects subscriptions (e.g. after a plan change in another billing system).',
      docs: 'reference/chartmogul.md §2.2 (connect_subscriptions)',
    }),
    /** Disconnects subscriptions of this customer (`POST /v1/customers/{customer_uuid}/disconnect_subscriptions`). */
    disconnectSubscriptions: defineEndpoint({
      id: 'customers.disconnectSubscriptions',
      method: 'POST',
      path: '/v1/customers/{customer_uuid}/disconnect_subscriptions',
      pathParams: customerUuid,
      body: { subscriptions: subscriptionLink },
      response: s.opt(s.rec(s.json())),
      summary: 'Disconnects previously connected subscriptions.',
      docs: 'reference/chartmogul.md §2.2 (disconnect_subscriptions)',
    }),
  };
});
