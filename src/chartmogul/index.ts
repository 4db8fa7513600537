/** `chartstack/chartmogul`: the ChartMogul Metrics API client, its catalog, and the shared errors. */
export { ChartMogul, type ChartMogulOptions, type ActivitiesExport } from './client.js';
export { chartmogulCatalog, chartmogulEndpoints } from './catalog/index.js';
export * from '../errors.js';
export type * from '../types.js';
