/**
 * The Chartmetric endpoint catalog (reference/chartmetric.md §3), grouped by resource family.
 * Find an endpoint from its URL: the family is the first path segment after `/api/` (plural),
 * the definition lives in `catalog/<family>.ts`.
 */
import { flattenCatalog } from '../../core/endpoint.js';
import { partA } from './part-a.js';
import { partB } from './part-b.js';

export const chartmetricCatalog = { ...partA, ...partB };
/** Every Chartmetric endpoint as data: `{ id, method, path, query?, body?, response }`. */
export const chartmetricEndpoints = flattenCatalog(chartmetricCatalog);
