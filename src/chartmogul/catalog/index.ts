/**
 * The ChartMogul Metrics API catalog (reference/chartmogul.md §2). Find an endpoint from its URL:
 * `/v1/metrics/*` → metrics.ts, `/v1/customers/*` → customers.ts, `/v1/activities*` → activities.ts,
 * `/v1/account` and `/v1/ping` → account.ts.
 */
import { catalogOf, flattenCatalog, type Families } from '../../core/endpoint.js';
import { lazyList } from '../../core/lazy.js';
import { account, ping } from './account.js';
import { activities, activitiesExports } from './activities.js';
import { customers } from './customers.js';
import { metrics } from './metrics.js';

/** Every family's endpoints. Named, so declaration files reference each family instead of inlining it. */
export type ChartmogulCatalog = {
  metrics: ReturnType<typeof metrics>;
  customers: ReturnType<typeof customers>;
  activities: ReturnType<typeof activities>;
  activitiesExport: ReturnType<typeof activitiesExports>;
  account: ReturnType<typeof account>;
};

/** The families, each built on first use (src/core/lazy.ts): the client binds a family when first read. */
export const chartmogulFamilies: Families<ChartmogulCatalog> = { metrics, customers, activities, activitiesExport: activitiesExports, account };

/** Every family's endpoints, grouped: `chartmogulCatalog.metrics.mrr`. Each family is built when first read. */
export const chartmogulCatalog: ChartmogulCatalog = /* @__PURE__ */ catalogOf(chartmogulFamilies);
export { ping };
/**
 * Every ChartMogul endpoint as data: `{ id, method, path, query?, body?, response }`.
 * Its items are built on first access (any read of the array).
 */
export const chartmogulEndpoints = /* @__PURE__ */ lazyList(() => [...flattenCatalog(chartmogulCatalog), ping()]);
