/** Seeded ChartMogul data: a small SaaS with steady growth, a few customers, and their activities. */
import { hashString, isoDay, seededRandom, uuidFor } from '../data.js';

export const INTERVALS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Interval = (typeof INTERVALS)[number];

/** Bucket end dates from start to end (inclusive); the last bucket ends on `end` (reference §5). */
export function bucketEnds(start: string, end: string, interval: Interval, max = 5000): string[] {
  const out: string[] = [];
  const d = new Date(`${start}T00:00:00Z`);
  const stop = new Date(`${end}T00:00:00Z`);
  const next = () => {
    switch (interval) {
      case 'day':
        return d;
      case 'week':
        d.setUTCDate(d.getUTCDate() + ((6 - d.getUTCDay() + 7) % 7)); // weeks end on Saturday
        return d;
      case 'month':
        return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
      case 'quarter':
        return new Date(Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3 + 3, 0));
      case 'year':
        return new Date(Date.UTC(d.getUTCFullYear(), 12, 0));
    }
  };
  while (d <= stop && out.length < max) {
    const bucketEnd = next();
    const e = bucketEnd > stop ? stop : bucketEnd;
    out.push(isoDay(e));
    d.setTime(e.getTime());
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** MRR in cents on a day: ~$42k in 2024 growing ~3 %/month, with seeded noise. */
export function mrrOn(day: string, seed: number): number {
  const t = (Date.parse(`${day}T00:00:00Z`) - Date.UTC(2024, 0, 1)) / (30.4 * 86_400_000);
  const noise = seededRandom(seed ^ hashString(day))() * 0.02 - 0.01;
  return Math.round(4_200_000 * Math.pow(1.03, t) * (1 + noise));
}

/** Fixed customer uuids, so tests and examples can name them. */
export const SANDBOX_CUSTOMER_UUIDS = [
  'cus_de305d54-75b4-431b-adb2-eb6b9e546014',
  'cus_7e4a3b12-9c1d-4f6e-8a2b-5d3c1e0f9a87',
  'cus_1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
  'cus_6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b',
  'cus_9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f',
] as const;

export const customersFor = (seed: number) =>
  ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson', 'Edsger Dijkstra'].map((name, i) => {
    const first = name.split(' ')[0]!.toLowerCase();
    const rng = seededRandom(seed ^ hashString(name));
    const mrr = 1000 * (5 + Math.floor(rng() * 95));
    return {
      id: 1000 + i,
      uuid: SANDBOX_CUSTOMER_UUIDS[i]!,
      external_id: `ext_${first}`,
      external_ids: [`ext_${first}`],
      data_source_uuid: 'ds_5b1d9b2e-6b3a-11ee-8c99-0242ac120002',
      data_source_uuids: ['ds_5b1d9b2e-6b3a-11ee-8c99-0242ac120002'],
      name,
      // Two customers share a billing email, so a search can return several entries.
      email: i < 2 ? 'billing@example.com' : `${first}@example.com`,
      status: i === 4 ? 'Cancelled' : 'Active',
      'customer-since': `2023-0${1 + i}-15T10:00:00+00:00`,
      attributes: { tags: ['sandbox'], stripe: {}, clearbit: {}, custom: { seats: 3 + i, 'Lead-Source': 'web' } },
      address: { address_zip: '10001', city: 'New York', state: 'NY', country: 'US' },
      mrr: i === 4 ? 0 : mrr,
      arr: i === 4 ? 0 : mrr * 12,
      'billing-system-url': `https://dashboard.stripe.com/customers/cus_${first}`,
      'chartmogul-url': `https://app.chartmogul.com/#customers/${1000 + i}`,
      'billing-system-type': 'Stripe',
      currency: 'USD',
      'currency-sign': '$',
      company: `${name.split(' ')[1]} Ltd`,
      country: 'US',
      state: 'NY',
      city: 'New York',
      zip: '10001',
      lead_created_at: null,
      free_trial_started_at: null,
      owner: null,
      website_url: null,
    };
  });

const TYPES = ['new_biz', 'expansion', 'contraction', 'churn', 'reactivation'] as const;

/** 450 account-wide activities, oldest first, deterministic. */
export function activitiesFor(seed: number) {
  const customers = customersFor(seed);
  return Array.from({ length: 450 }, (_, i) => {
    const rng = seededRandom(seed ^ hashString(`activity-${i}`));
    const type = TYPES[i % 7 === 0 ? 3 : i % 5 === 0 ? 2 : i % 3 === 0 ? 1 : i % 11 === 0 ? 4 : 0]!;
    const c = customers[i % customers.length]!;
    const movement = (type === 'churn' || type === 'contraction' ? -1 : 1) * 100 * (10 + Math.floor(rng() * 490));
    const date = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000 * 1.5);
    return {
      uuid: uuidFor(`activity-${seed}-${i}`),
      date: date.toISOString().replace('.000Z', '+00:00'),
      type,
      description: `${type.replace('_', ' ')} for ${c.name}`,
      'activity-mrr': Math.abs(movement) * 3,
      'activity-mrr-movement': movement,
      'activity-arr': Math.abs(movement) * 36,
      currency: 'USD',
      'subscription-external-id': `sub_${i % 40}`,
      'subscription-set-external-id': null,
      'plan-external-id': i % 2 ? 'gold_monthly' : 'silver_monthly',
      'customer-name': c.name,
      'customer-uuid': c.uuid,
      'customer-external-id': c.external_id,
      'billing-connector-uuid': 'ds_5b1d9b2e-6b3a-11ee-8c99-0242ac120002',
    };
  });
}
