/**
 * Soundcharts radios (reference/soundcharts.md §2.9): a station's live feed (spins) and identifiers.
 *
 * Naming: family `radios` from `/radio/…` (pluralized like every family). Discovery
 * (`POST /api/v2/top/radios`) is `top.radios`; `/radio/countries` and `/radio/search/{term}`
 * (§2.2–2.3) are in referential.ts and search.ts. Stations are addressed by slug, not UUID.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import { soundchartsList } from '../paging.js';
import { datesInOrder, ident, identifier, identifiersQuery, paging, period, radioRef, spin } from './shared.js';

const DOCS = 'reference/soundcharts.md §2.9 (Radio)';

export const radios = defineFamily(() => {
  return {
    /** Songs aired by a station in a date window (its live feed). */
    liveFeed: defineEndpoint({
      id: 'radios.liveFeed',
      method: 'GET',
      path: '/api/v2/radio/{slug}/live-feed',
      pathParams: { slug: ident() },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(spin(), { related: radioRef() }),
      summary: 'Spins `{song, airedAt}` of a radio station, newest first; related = the station; max 100 per page.',
      docs: DOCS,
    }),

    /** Platform identifiers of a station. */
    identifiers: defineEndpoint({
      id: 'radios.identifiers',
      method: 'GET',
      path: '/api/v2/radio/{slug}/identifiers',
      pathParams: { slug: ident() },
      query: identifiersQuery(),
      ...soundchartsList(identifier(), { related: radioRef() }),
      summary: 'Platform ids and URLs of a radio station.',
      docs: DOCS,
    }),
  };
});
