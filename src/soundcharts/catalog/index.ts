/**
 * The Soundcharts endpoint catalog (reference/soundcharts.md §2), grouped by resource family.
 * Paths keep their version prefix (`/api/v2.9/…`); the family is the first segment after it.
 */
import { flattenCatalog } from '../../core/endpoint.js';
import { partA } from './part-a.js';
import { partB } from './part-b.js';

export const soundchartsCatalog = { ...partA, ...partB };
/** Every Soundcharts endpoint as data: `{ id, method, path, query?, body?, response }`. */
export const soundchartsEndpoints = flattenCatalog(soundchartsCatalog);
