/**
 * The Chartmetric endpoint catalog (reference/chartmetric.md §3), grouped by resource family.
 * Find an endpoint from its URL: the family is the first path segment after `/api/`, pluralized,
 * and its definitions live in `catalog/<family>.ts` (`/api/artist/{id}/stat/{source}` →
 * `artists.ts`, method `stats`; `/api/charts/spotify` → `charts.ts`, method `spotify`).
 */
import { catalogOf, flattenCatalog, type Families } from '../../core/endpoint.js';
import { lazyList } from '../../core/lazy.js';
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

/**
 * Every family's endpoints. Named, so declaration files reference each family instead of inlining
 * the whole catalog.
 */
export type ChartmetricCatalog = {
  artists: ReturnType<typeof artists>;
  tracks: ReturnType<typeof tracks>;
  albums: ReturnType<typeof albums>;
  playlists: ReturnType<typeof playlists>;
  curators: ReturnType<typeof curators>;
  charts: ReturnType<typeof charts>;
  search: ReturnType<typeof search>;
  cities: ReturnType<typeof cities>;
  genres: ReturnType<typeof genres>;
  radio: ReturnType<typeof radio>;
  brands: ReturnType<typeof brands>;
  festivals: ReturnType<typeof festivals>;
  events: ReturnType<typeof events>;
  social: ReturnType<typeof social>;
};

/**
 * The families, each built on first use (src/core/lazy.ts): the client binds a family when
 * `client.<family>` is first read, so an app pays only for the families it calls.
 */
export const chartmetricFamilies: Families<ChartmetricCatalog> = { artists, tracks, albums, playlists, curators, charts, search, cities, genres, radio, brands, festivals, events, social };

/** Every family's endpoints, grouped: `chartmetricCatalog.artists.get`. Each family is built when first read. */
export const chartmetricCatalog: ChartmetricCatalog = /* @__PURE__ */ catalogOf(chartmetricFamilies);
/**
 * Every Chartmetric endpoint as data: `{ id, method, path, query?, body?, response }`.
 * Its items are built on first access (any read of the array).
 */
export const chartmetricEndpoints = /* @__PURE__ */ lazyList(() => flattenCatalog(chartmetricCatalog));
