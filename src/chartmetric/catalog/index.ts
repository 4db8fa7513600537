/**
 * The Chartmetric endpoint catalog (reference/chartmetric.md §3), grouped by resource family.
 * Find an endpoint from its URL: the family is the first path segment after `/api/`, pluralized,
 * and its definitions live in `catalog/<family>.ts` (`/api/artist/{id}/stat/{source}` →
 * `artists.ts`, method `stats`; `/api/charts/spotify` → `charts.ts`, method `spotify`).
 */
import { flattenCatalog } from '../../core/endpoint.js';
import { albums } from './albums.js';
import { artists } from './artists.js';
import { brands } from './brands.js';
import { charts } from './charts.js';
import { cities } from './cities.js';
import { curators } from './curators.js';
import { events } from './events.js';
import { festivals } from './festivals.js';
import { genres } from './genres.js';
import { playlists } from './playlists.js';
import { radio } from './radio.js';
import { search } from './search.js';
import { social } from './social.js';
import { tracks } from './tracks.js';

/** Named, so declaration files reference each family instead of inlining the whole catalog. */
export type ChartmetricCatalog = {
  artists: typeof artists;
  tracks: typeof tracks;
  albums: typeof albums;
  playlists: typeof playlists;
  curators: typeof curators;
  charts: typeof charts;
  search: typeof search;
  cities: typeof cities;
  genres: typeof genres;
  radio: typeof radio;
  brands: typeof brands;
  festivals: typeof festivals;
  events: typeof events;
  social: typeof social;
};

export const chartmetricCatalog: ChartmetricCatalog = { artists, tracks, albums, playlists, curators, charts, search, cities, genres, radio, brands, festivals, events, social };
/** Every Chartmetric endpoint as data: `{ id, method, path, query?, body?, response }`. */
export const chartmetricEndpoints = flattenCatalog(chartmetricCatalog);
