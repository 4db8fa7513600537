/**
 * Soundcharts referential lists (reference/soundcharts.md §2.3): platform codes, genres, cities,
 * label types, distributors, lyrics attributes.
 *
 * Naming: these lists live under several first segments (`referential`, `chart`, `playlist`,
 * `radio`, `artist`, `top-artist`); they are grouped in one `referential` family so they are found
 * together (and do not collide with the entity families):
 * - `/api/v2/referential/…` → the rule: `platforms`, `platformsSocial`, `platformsStreaming`,
 *   `songGenres`, `venueCities`, `labelTypes`, `distributors`, `lyricsAttributes`;
 * - `/api/v2/chart/{song,album}/platforms` → `songChartPlatforms`, `albumChartPlatforms`;
 * - `/api/v2/playlist/platforms` → `playlistPlatforms`; `/api/v2/radio/countries` → `radioCountries`;
 * - `/api/v2/artist/genres` → `artistGenres`;
 * - `/api/v2/top-artist/referential/{cities,metrics}` → `artistRankingCities`, `artistRankingMetrics`.
 * Left out: venue genres (documented page, path not published).
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import { countryCode, paging, sortOrder } from './shared.js';

const DOCS = 'reference/soundcharts.md §2.3 (Referential)';

export const referential = defineFamily(() => {
  /** A platform code and its display name. */
  const platform = s.obj({ code: s.str(), name: s.str() });
  /** A root genre and its sub-genres. */
  const genreTree = s.obj({ root: s.str(), sub: s.opt(s.arr(s.str())) });
  /** A city usable as `cityKey` in rankings and city lookups. */
  const city = s.obj({
    cityKey: s.str(),
    cityName: s.str(),
    countryCode: s.opt(s.str()),
    countryName: s.opt(s.str()),
    region: s.opt(s.str()),
    population: s.opt(s.num()),
  });
  const genreQuery = {
    /** One root genre; default: all. */
    genre: p.optional(p.str({ min: 1 })),
    sortOrder: p.optional(sortOrder()),
  };
  const cityQuery = { /** Filter on the city name. */ searchCity: p.optional(p.text({ max: 200 })), ...paging() };

  return {
    /** Every platform code (`{code, name}`) used across the API. */
    platforms: defineEndpoint({
      id: 'referential.platforms',
      method: 'GET',
      path: '/api/v2/referential/platforms',
      query: paging(),
      ...soundchartsList(platform),
      summary: 'All platform codes and names.',
      docs: DOCS,
    }),
    /** Platforms with artist audience data (for `artists.audience`). */
    platformsSocial: defineEndpoint({
      id: 'referential.platformsSocial',
      method: 'GET',
      path: '/api/v2/referential/platforms/social',
      query: paging(),
      ...soundchartsList(platform),
      summary: 'Platforms with artist social audience data.',
      docs: DOCS,
    }),
    /** Platforms with artist streaming data (for `artists.streamingListening`). */
    platformsStreaming: defineEndpoint({
      id: 'referential.platformsStreaming',
      method: 'GET',
      path: '/api/v2/referential/platforms/streaming',
      query: paging(),
      ...soundchartsList(platform),
      summary: 'Platforms with artist streaming data.',
      docs: DOCS,
    }),
    /** Platforms with song charts (`airplay` = Soundcharts radio charts). */
    songChartPlatforms: defineEndpoint({
      id: 'referential.songChartPlatforms',
      method: 'GET',
      path: '/api/v2/chart/song/platforms',
      query: paging(),
      ...soundchartsList(platform),
      summary: 'Platforms with song charts ("airplay" = Soundcharts radio charts).',
      docs: DOCS,
    }),
    /** Platforms with album charts. */
    albumChartPlatforms: defineEndpoint({
      id: 'referential.albumChartPlatforms',
      method: 'GET',
      path: '/api/v2/chart/album/platforms',
      query: paging(),
      ...soundchartsList(platform),
      summary: 'Platforms with album charts.',
      docs: DOCS,
    }),
    /** Platforms with playlist data. */
    playlistPlatforms: defineEndpoint({
      id: 'referential.playlistPlatforms',
      method: 'GET',
      path: '/api/v2/playlist/platforms',
      query: paging(),
      ...soundchartsList(platform),
      summary: 'Platforms with playlist data.',
      docs: DOCS,
    }),
    /** Countries with radio airplay data. */
    radioCountries: defineEndpoint({
      id: 'referential.radioCountries',
      method: 'GET',
      path: '/api/v2/radio/countries',
      query: paging(),
      ...soundchartsList(s.obj({ countryCode: s.str(), name: s.str() })),
      summary: 'Countries covered by radio airplay (`{countryCode, name}`).',
      docs: DOCS,
    }),
    /** Artist genres with their sub-genres. */
    artistGenres: defineEndpoint({
      id: 'referential.artistGenres',
      method: 'GET',
      path: '/api/v2/artist/genres',
      query: genreQuery,
      ...soundchartsList(genreTree),
      summary: 'Artist root genres and sub-genres.',
      docs: DOCS,
    }),
    /** Song genres with their sub-genres. */
    songGenres: defineEndpoint({
      id: 'referential.songGenres',
      method: 'GET',
      path: '/api/v2/referential/song/genres',
      query: genreQuery,
      ...soundchartsList(genreTree),
      summary: 'Song root genres and sub-genres.',
      docs: DOCS,
    }),
    /** Cities (with their `cityKey`) usable in artist rankings, for one country. */
    artistRankingCities: defineEndpoint({
      id: 'referential.artistRankingCities',
      method: 'GET',
      path: '/api/v2/top-artist/referential/cities/{countryCode}',
      pathParams: { countryCode: countryCode() },
      query: cityQuery,
      ...soundchartsList(city),
      summary: 'Cities of a country available for artist rankings (cityKey).',
      docs: DOCS,
    }),
    /** Metrics (platform + metricType) usable to sort and filter `POST /top/artists`. */
    artistRankingMetrics: defineEndpoint({
      id: 'referential.artistRankingMetrics',
      method: 'GET',
      path: '/api/v2/top-artist/referential/metrics',
      query: genreQuery,
      ...soundchartsList(s.obj({ platform: s.str(), metricType: s.str(), name: s.opt(s.str()), scopes: s.opt(s.arr(s.str())) })),
      summary: 'Platform/metricType combinations for the artist discovery endpoint.',
      docs: DOCS,
    }),
    /** Cities (with their `cityKey`) that have venues or festivals, for one country. */
    venueCities: defineEndpoint({
      id: 'referential.venueCities',
      method: 'GET',
      path: '/api/v2/referential/venue/cities/{countryCode}',
      pathParams: { countryCode: countryCode() },
      query: cityQuery,
      ...soundchartsList(city),
      summary: 'Cities of a country with venues/festivals (cityKey).',
      docs: DOCS,
    }),
    /** Label types (major, independent…). */
    labelTypes: defineEndpoint({
      id: 'referential.labelTypes',
      method: 'GET',
      path: '/api/v2/referential/label-types',
      query: paging(),
      ...soundchartsList(s.obj({ code: s.str(), name: s.opt(s.str()) })),
      summary: 'Label types.',
      docs: DOCS,
    }),
    /** Distributors known to Soundcharts. */
    distributors: defineEndpoint({
      id: 'referential.distributors',
      method: 'GET',
      path: '/api/v2/referential/distributors',
      query: paging(),
      ...soundchartsList(s.obj({ uuid: s.opt(s.str()), name: s.str(), code: s.opt(s.str()) })),
      summary: 'Distributors.',
      docs: DOCS,
    }),
    /** Values of one lyrics attribute (themes, moods, brands…), optionally filtered by a term. */
    lyricsAttributes: defineEndpoint({
      id: 'referential.lyricsAttributes',
      method: 'GET',
      path: '/api/v2/referential/lyrics-attributes',
      query: {
        attribute: p.oneOf(['themes', 'moods', 'culturalReferencePeople', 'culturalReferenceNonPeople', 'brands', 'locations'] as const),
        term: p.optional(p.text({ max: 200 })),
        ...paging(),
      },
      ...soundchartsList(s.oneOf([s.str(), s.obj({ name: s.opt(s.str()), value: s.opt(s.str()), count: s.opt(s.num()) })])),
      summary: 'Values of a lyrics attribute, usable as discovery filters.',
      docs: DOCS,
    }),
  };
});
