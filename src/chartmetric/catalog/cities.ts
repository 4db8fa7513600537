/**
 * Chartmetric cities: `/api/cities` and `/api/city/{id}/{source}/top-*` (reference/chartmetric.md §3
 * "Search / reference" and "City", §5.9).
 *
 * Naming: `/api/cities` is the bare collection → `cities.list({ countryCode })`; `/api/city/{id}/{source}/top-artists`
 * → `cities.topArtists(id, source)`, `…/top-tracks` → `cities.topTracks(id, source)`.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { artistRowFields, code2, optDate, optNum, optStr, releaseRow, trackFields } from './shared.js';

const DOCS = 'reference/chartmetric.md §3 (City)';

export const cities = defineFamily(() => {
  const city = s.obj({
    city_id: s.num(),
    city_name: s.str(),
    latitude: optNum(),
    longitude: optNum(),
    population: optNum(),
    province: optStr(),
    locality: optStr(),
    country: optStr(),
    image_url: optStr(),
    iso3: optStr(),
  });

  const topArtist = s.obj({
    /** Appearance count, sent as a string. */
    count: optNum(),
    id: s.num(),
    name: optStr(),
    image_url: optStr(),
    ...artistRowFields(),
    latest_release: s.opt(releaseRow()),
  });

  const topTrack = s.obj({
    ...trackFields(),
    /** Appearance count, sent as a string (§6.5). */
    count: optNum(),
    position_stats: s.opt(s.arr(s.obj({ timestp: optDate(), position: optNum() }))),
  });

  return {
    /** Chartmetric cities of one country: the source of `city_id` values. */
    list: defineEndpoint({
      id: 'cities.list',
      method: 'GET',
      path: '/api/cities',
      query: { countryCode: code2() },
      response: s.arr(city),
      summary: 'City reference list for a country (city_id, name, coordinates, population).',
      docs: 'reference/chartmetric.md §3 (Search / reference)',
    }),

    /** Top 100 artists in a city on a source (`spotify`, `youtube`, `shazam`, `radio`, `instagram`). */
    topArtists: defineEndpoint({
      id: 'cities.topArtists',
      method: 'GET',
      path: '/api/city/{id}/{source}/top-artists',
      pathParams: { id: p.id(), source: p.oneOf(['spotify', 'youtube', 'shazam', 'radio', 'instagram']) },
      response: s.arr(topArtist),
      summary: 'Top 100 artists in a city by source.',
      docs: `${DOCS}, §5.9`,
    }),

    /** Top 100 tracks in a city on a source (`youtube`, `radio`, `shazam`). */
    topTracks: defineEndpoint({
      id: 'cities.topTracks',
      method: 'GET',
      path: '/api/city/{id}/{source}/top-tracks',
      pathParams: { id: p.id(), source: p.oneOf(['youtube', 'radio', 'shazam']) },
      response: s.arr(topTrack),
      summary: 'Top 100 tracks in a city by source (count as string).',
      docs: `${DOCS}, §5.9`,
    }),
  };
});
