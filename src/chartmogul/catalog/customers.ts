/**
 * ChartMogul customers as the Metrics API uses them (reference/chartmogul.md §2.2): the list and one
 * customer, search by email, and a customer's activities and subscriptions. Lists are
 * cursor-paginated (`per_page` ≤ 200, `cursor` + `has_more`). Money in cents.
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
    /**
     * The postal address, as the customer list, search and retrieve send it (reference §2.2
     * customers/search: `address{address_zip, city, state, country}`; the published examples also
     * carry `address_line1`/`address_line2`). Any part may be null or empty.
     */
    address: s.opt(
      s.obj({
        addressZip: s.opt(s.str()),
        city: s.opt(s.str()),
        state: s.opt(s.str()),
        country: s.opt(s.str()),
        addressLine1: s.opt(s.str()),
        addressLine2: s.opt(s.str()),
      }),
    ),
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

  /**
   * `status` filter of the customer list: the values the List Customers reference documents (the
   * `status` field itself reads them with spaces, e.g. "New Lead"). Open: new values pass.
   */
  const CUSTOMER_STATUSES = ['New_Lead', 'Working_Lead', 'Qualified_Lead', 'Unqualified_Lead', 'Active', 'Past_Due', 'Cancelled'] as const;

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
     * Every customer of the account (`GET /v1/customers`), cursor-paginated, 200 per page at most.
     * Filters, as the List Customers reference documents them and the published example requests
     * send them (`external_id`, `data_source_uuid`, `per_page`, `cursor`): `dataSourceUuid`,
     * `externalId`, `status` and `system` (the billing system, e.g. `Stripe`).
     */
    list: defineEndpoint({
      id: 'customers.list',
      method: 'GET',
      path: '/v1/customers',
      query: {
        dataSourceUuid: p.optional(p.text()),
        externalId: p.optional(p.text()),
        status: p.optional(p.oneOf(CUSTOMER_STATUSES)),
        system: p.optional(p.text()),
        ...cursorQuery(),
      },
      // The list's filters are snake_case on the wire, like its cursor parameters.
      wire: { ...cursorWire, dataSourceUuid: 'data_source_uuid', externalId: 'external_id' },
      response: s.obj({ entries: s.arr(customer), ...cursorPage }),
      paginate: { kind: 'cursor', items: (d) => d.entries, nextCursor: (d) => (d.hasMore ? d.cursor : null) },
      summary: 'Every customer, optionally filtered by data source, external id, status or billing system.',
      docs: 'reference/chartmogul.md §2.2 (customers); ChartMogul API reference, List Customers',
    }),
    /** One customer by its ChartMogul UUID (`GET /v1/customers/{uuid}`, `cus_…`); 404 if there is none. */
    get: defineEndpoint({
      id: 'customers.get',
      method: 'GET',
      path: '/v1/customers/{uuid}',
      pathParams: { uuid: p.text() },
      response: customer,
      summary: 'One customer: status, MRR/ARR (cents), address, attributes, billing system links.',
      docs: 'reference/chartmogul.md §2.2 (customers); ChartMogul API reference, Retrieve a Customer',
    }),
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
