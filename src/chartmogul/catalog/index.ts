/**
 * The ChartMogul Metrics API catalog (reference/chartmogul.md §2). Find an endpoint from its URL:
 * `/v1/metrics/*` → metrics.ts, `/v1/customers/*` → customers.ts, `/v1/activities*` → activities.ts,
 * `/v1/account` and `/v1/ping` → account.ts.
 */
import { flattenCatalog } from '../../core/endpoint.js';
import { account, ping } from './account.js';
import { activities, activitiesExports } from './activities.js';
import { customers } from './customers.js';
import { metrics } from './metrics.js';

export const chartmogulCatalog = { metrics, customers, activities, activitiesExport: activitiesExports, account };
export { ping };
/** Every ChartMogul endpoint as data: `{ id, method, path, query?, body?, response }`. */
export const chartmogulEndpoints = [...flattenCatalog(chartmogulCatalog), ping];
