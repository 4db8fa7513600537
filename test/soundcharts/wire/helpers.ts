/**
 * What several Soundcharts wire-case files use: views of a method's typed result (the wire suites
 * hand `check` an `unknown`), and the ids of the docs (reference §1.1) and of the sandbox dataset
 * that more than one family's cases name. Ids used by one family live in its file.
 */
import type { ItemOf, ResultOf } from '../../../src/core/endpoint.js';

/** The typed result of a plain method. */
export const as = <E>(r: unknown) => r as ResultOf<E>;
/** The first page of a paginated method (`related` is the list's own `related` object). */
export const first = <E>(r: unknown) => r as { items: ItemOf<E>[]; data: ResultOf<E>; related: unknown };

export const BILLIE = '11e81bcc-9c1c-ce38-b96b-a0369fe50396';
export const BILLIE_SPOTIFY = '6qqNVTkY8uBg9cP3Jd7DAH';
export const BAD_GUY = '7d534228-5165-11e9-9375-549f35161576';
export const ALBUM = 'b202abee-d19e-424e-9285-b420f4b98706';
export const TOP_HITS = 'bc0a3acf-da70-f98c-c3d1-facb72aeeb93'; // "Sandbox Top Hits", Spotify editorial
export const FINNEAS = '247556ca-e2ca-5fc4-92ae-96307a593ed5';
/** A ten-day window and its wire query. */
export const JAN = { startDate: '2025-01-01', endDate: '2025-01-10' };
export const JAN_Q = 'startDate=2025-01-01&endDate=2025-01-10';
