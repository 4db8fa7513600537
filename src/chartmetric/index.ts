/** `chartstack/chartmetric`: the Chartmetric client, its catalog, and the shared errors. */
export { Chartmetric, type ChartmetricOptions } from './client.js';
export { chartmetricCatalog, chartmetricEndpoints } from './catalog/index.js';
export * from '../errors.js';
export type * from '../types.js';
