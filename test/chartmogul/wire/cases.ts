import { expect } from 'vitest';
import type { WireCase } from '../../support/wire.js';

type Metric = { entries: Array<Record<string, unknown>>; summary: Record<string, number> };
const range = { startDate: '2025-01-01', endDate: '2025-06-30' };
const rangeQuery = 'start-date=2025-01-01&end-date=2025-06-30';
const CUSTOMER = 'cus_'; // prefix of sandbox customer uuids
const ADA = 'cus_de305d54-75b4-431b-adb2-eb6b9e546014';

const monthly = (key: string) => (r: unknown) => {
  const m = r as Metric;
  expect(m.entries.map((e) => e.date)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30']);
  for (const e of m.entries) expect(typeof e[key]).toBe('number');
  expect(Object.keys(m.summary).sort()).toEqual(['current', 'percentageChange', 'previous']);
};

export const chartmogulCases: WireCase[] = [
  { id: 'ping', args: [], expect: { method: 'GET', path: '/v1/ping' }, check: (r) => expect(r).toEqual({ data: 'pong!' }) },
  {
    id: 'metrics.all',
    args: [{ ...range, interval: 'month' }],
    expect: { method: 'GET', path: '/v1/metrics/all', query: `${rangeQuery}&interval=month` },
    check: (r) => {
      const m = r as Metric;
      expect(m.entries).toHaveLength(6);
      expect(m.entries[0]).toHaveProperty('customerChurnRatePercentageChange');
      expect(m.summary.currentMrr).toBe(m.entries.at(-1)!.mrr);
      expect(m.summary.currentArr).toBe(m.summary.currentMrr! * 12);
    },
  },
  {
    id: 'metrics.mrr',
    args: [{ startDate: new Date('2025-01-01T00:00:00Z'), endDate: '2025-06-30', interval: 'month', geo: ['US', 'GB'], plans: ['Gold Plan', 'pl_1'], filters: "currency~ANY~'USD'" }],
    expect: { method: 'GET', path: '/v1/metrics/mrr', query: `${rangeQuery}&interval=month&geo=US,GB&plans=Gold Plan,pl_1&filters=currency~ANY~'USD'` },
    check: (r) => {
      monthly('mrr')(r);
      const e = (r as Metric).entries[0]!;
      expect(e.mrrChurn as number).toBeLessThanOrEqual(0);
      expect(e.mrrContraction as number).toBeLessThanOrEqual(0);
      expect(Number.isInteger(e.mrr)).toBe(true);
    },
  },
  { id: 'metrics.arr', args: [{ ...range, interval: 'month' }], expect: { method: 'GET', path: '/v1/metrics/arr', query: `${rangeQuery}&interval=month` }, check: monthly('arr') },
  { id: 'metrics.arpa', args: [{ ...range, interval: 'month' }], expect: { method: 'GET', path: '/v1/metrics/arpa', query: `${rangeQuery}&interval=month` }, check: monthly('arpa') },
  { id: 'metrics.asp', args: [{ ...range, interval: 'quarter' }], expect: { method: 'GET', path: '/v1/metrics/asp', query: `${rangeQuery}&interval=quarter` }, check: (r) => expect((r as Metric).entries.map((e) => e.date)).toEqual(['2025-03-31', '2025-06-30']) },
  { id: 'metrics.customerCount', args: [{ ...range, interval: 'month' }], expect: { method: 'GET', path: '/v1/metrics/customer-count', query: `${rangeQuery}&interval=month` }, check: monthly('customers') },
  { id: 'metrics.customerChurnRate', args: [{ ...range, interval: 'month' }], expect: { method: 'GET', path: '/v1/metrics/customer-churn-rate', query: `${rangeQuery}&interval=month` }, check: monthly('customerChurnRate') },
  { id: 'metrics.mrrChurnRate', args: [{ ...range, interval: 'month' }], expect: { method: 'GET', path: '/v1/metrics/mrr-churn-rate', query: `${rangeQuery}&interval=month` }, check: monthly('mrrChurnRate') },
  { id: 'metrics.ltv', args: [range], expect: { method: 'GET', path: '/v1/metrics/ltv', query: rangeQuery }, check: monthly('ltv') },
  {
    id: 'customers.list',
    args: [{ dataSourceUuid: 'ds_5b1d9b2e-6b3a-11ee-8c99-0242ac120002', status: 'Active', system: 'Stripe', perPage: 2 }],
    expect: { method: 'GET', path: '/v1/customers', query: 'data_source_uuid=ds_5b1d9b2e-6b3a-11ee-8c99-0242ac120002&status=Active&system=Stripe&per_page=2' },
    check: (r) => {
      const page = r as { items: Array<{ status: string; address: { addressZip: string; city: string } }>; hasNextPage(): boolean };
      expect(page.items).toHaveLength(2);
      for (const c of page.items) expect(c.status).toBe('Active');
      expect(page.items[0]!.address).toEqual({ addressZip: '10001', city: 'New York', state: 'NY', country: 'US' });
      expect(page.hasNextPage()).toBe(true);
    },
  },
  {
    id: 'customers.list',
    args: [{ externalId: 'ext_grace' }],
    expect: { method: 'GET', path: '/v1/customers', query: 'external_id=ext_grace' },
    check: (r) => {
      const page = r as { items: Array<{ name: string; externalId: string }>; hasNextPage(): boolean };
      expect(page.items.map((c) => c.name)).toEqual(['Grace Hopper']);
      expect(page.hasNextPage()).toBe(false);
    },
  },
  {
    id: 'customers.get',
    args: [ADA],
    expect: { method: 'GET', path: `/v1/customers/${ADA}` },
    check: (r) =>
      expect(r).toMatchObject({ uuid: ADA, name: 'Ada Lovelace', externalId: 'ext_ada', billingSystemType: 'Stripe', address: { addressZip: '10001', country: 'US' } }),
  },
  {
    id: 'customers.search',
    args: [{ email: 'billing@example.com', withAssociatedEmails: true, perPage: 1 }],
    expect: { method: 'GET', path: '/v1/customers/search', query: 'email=billing@example.com&with_associated_emails=true&per_page=1' },
    check: (r) => {
      const page = r as { items: Array<{ email: string; uuid: string; attributes: Record<string, unknown> }>; hasNextPage(): boolean };
      expect(page.items).toHaveLength(1);
      expect(page.items[0]!.uuid.startsWith(CUSTOMER)).toBe(true);
      // custom attribute keys are user data: kept exactly as sent
      expect(page.items[0]!.attributes.custom).toHaveProperty('Lead-Source');
      expect(page.hasNextPage()).toBe(true);
    },
  },
  {
    id: 'customers.activities',
    args: [ADA, { perPage: 5 }],
    expect: { method: 'GET', path: `/v1/customers/${ADA}/activities`, query: 'per_page=5' },
    check: (r) => expect((r as { items: unknown[] }).items).toHaveLength(5),
  },
  {
    id: 'customers.subscriptions',
    args: [ADA, { cursor: 'MA==' }],
    expect: { method: 'GET', path: `/v1/customers/${ADA}/subscriptions`, query: 'cursor=MA==' },
    check: (r) => expect((r as { items: Array<{ plan: string; billingCycle: string }> }).items[0]).toMatchObject({ plan: 'Gold Plan', billingCycle: 'month' }),
  },
  {
    id: 'customers.connectSubscriptions',
    args: ['cus_customer-1', { subscriptions: [{ uuid: 'sub_1', dataSourceUuid: 'ds_1' }] }],
    expect: { method: 'POST', path: '/v1/customers/cus_customer-1/connect_subscriptions', body: { subscriptions: [{ uuid: 'sub_1', data_source_uuid: 'ds_1' }] } },
    check: (r) => expect(r).toEqual({}),
  },
  {
    id: 'customers.disconnectSubscriptions',
    args: ['cus_customer-1', { subscriptions: [{ uuid: 'sub_1', dataSourceUuid: 'ds_1' }] }],
    expect: { method: 'POST', path: '/v1/customers/cus_customer-1/disconnect_subscriptions', body: { subscriptions: [{ uuid: 'sub_1', data_source_uuid: 'ds_1' }] } },
  },
  {
    id: 'activities.list',
    args: [{ startDate: '2024-01-01', endDate: '2024-12-31T23:59:59Z', type: 'churn', order: '-date', perPage: 10 }],
    expect: { method: 'GET', path: '/v1/activities', query: 'start-date=2024-01-01&end-date=2024-12-31T23:59:59Z&type=churn&order=-date&per_page=10' },
    check: (r) => {
      const page = r as { items: Array<{ type: string; activityMrrMovement: number; date: string }> };
      expect(page.items).toHaveLength(10);
      for (const a of page.items) expect(a.type).toBe('churn');
      expect(page.items[0]!.date > page.items[9]!.date).toBe(true);
    },
  },
  {
    id: 'activitiesExport.create',
    args: [{ startDate: '2025-01-01', endDate: '2025-03-31', type: 'churn' }],
    expect: { method: 'POST', path: '/v1/activities_export', body: { 'start-date': '2025-01-01', 'end-date': '2025-03-31', type: 'churn' } },
    check: (r) =>
      expect(r).toMatchObject({ status: 'pending', fileUrl: null, params: { kind: 'activities', params: { activityType: 'churn', startDate: '2025-01-01', endDate: '2025-03-31' } } }),
  },
  {
    id: 'activitiesExport.get',
    args: ['exp_1_42'],
    expect: { method: 'GET', path: '/v1/activities_export/exp_1_42' },
    check: (r) => expect(r).toMatchObject({ id: 'exp_1_42' }),
  },
  {
    id: 'account.get',
    args: [{ include: ['churn_recognition', 'refund_handling'] }],
    expect: { method: 'GET', path: '/v1/account', query: 'include=churn_recognition,refund_handling' },
    check: (r) =>
      expect(r).toMatchObject({ currency: 'USD', timeZone: 'UTC', weekStartOn: 'sunday', churnRecognition: 'immediate', refundHandling: 'refund_as_contraction' }),
  },
  {
    id: 'account.get',
    args: [{ include: ['churn_when_zero_mrr'] }],
    expect: { method: 'GET', path: '/v1/account', query: 'include=churn_when_zero_mrr' },
    check: (r) => {
      expect(r).toMatchObject({ churnWhenZeroMrr: true });
      expect(r).not.toHaveProperty('churnRecognition');
    },
  },
];
