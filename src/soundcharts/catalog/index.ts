/**
 * The Soundcharts endpoint catalog (reference/soundcharts.md §2), grouped by resource family.
 * Paths keep their version prefix (`/api/v2.9/…`); the family is the first segment after it,
 * pluralized (`/api/v2.9/artist/{uuid}` → `artists.ts`, method `get`). Searches
 * (`/api/v2/<entity>/search/{term}`) are in `search.ts`, referential lists in `referential.ts`,
 * discovery (`POST /api/v2/top/*`) in `top.ts`.
 */
import { catalogOf, flattenCatalog, type Families } from '../../core/endpoint.js';
import { lazyList } from '../../core/lazy.js';
import { albums } from './albums.js';
import { artists } from './artists.js';
import { charts } from './charts.js';
import { collaborators } from './collaborators.js';
import { dataFeeds } from './data-feeds.js';
import { distributors } from './distributors.js';
import { favorites } from './favorites.js';
import { festivals } from './festivals.js';
import { labels } from './labels.js';
import { library } from './library.js';
import { playlists } from './playlists.js';
import { publishers } from './publishers.js';
import { radios } from './radios.js';
import { referential } from './referential.js';
import { search } from './search.js';
import { songs } from './songs.js';
import { team } from './team.js';
import { tiktok } from './tiktok.js';
import { top } from './top.js';
import { users } from './users.js';
import { venues } from './venues.js';
import { works } from './works.js';

/**
 * Every family's endpoints. Named, so declaration files reference each family instead of inlining
 * the whole catalog.
 */
export type SoundchartsCatalog = {
  artists: ReturnType<typeof artists>;
  songs: ReturnType<typeof songs>;
  albums: ReturnType<typeof albums>;
  playlists: ReturnType<typeof playlists>;
  charts: ReturnType<typeof charts>;
  radios: ReturnType<typeof radios>;
  festivals: ReturnType<typeof festivals>;
  venues: ReturnType<typeof venues>;
  collaborators: ReturnType<typeof collaborators>;
  labels: ReturnType<typeof labels>;
  publishers: ReturnType<typeof publishers>;
  works: ReturnType<typeof works>;
  search: ReturnType<typeof search>;
  referential: ReturnType<typeof referential>;
  top: ReturnType<typeof top>;
  library: ReturnType<typeof library>;
  favorites: ReturnType<typeof favorites>;
  dataFeeds: ReturnType<typeof dataFeeds>;
  distributors: ReturnType<typeof distributors>;
  users: ReturnType<typeof users>;
  tiktok: ReturnType<typeof tiktok>;
  team: ReturnType<typeof team>;
};

/**
 * The families, each built on first use (src/core/lazy.ts): the client binds a family when
 * `client.<family>` is first read, so an app pays only for the families it calls.
 */
export const soundchartsFamilies: Families<SoundchartsCatalog> = {
  artists, songs, albums, playlists, charts, radios, festivals, venues, collaborators, labels, publishers, works,
  search, referential, top, library, favorites, dataFeeds, distributors, users, tiktok, team,
};

/** Every family's endpoints, grouped: `soundchartsCatalog.artists.get`. Each family is built when first read. */
export const soundchartsCatalog: SoundchartsCatalog = /* @__PURE__ */ catalogOf(soundchartsFamilies);
/**
 * Every Soundcharts endpoint as data: `{ id, method, path, query?, body?, response }`.
 * Its items are built on first access (any read of the array).
 */
export const soundchartsEndpoints = /* @__PURE__ */ lazyList(() => flattenCatalog(soundchartsCatalog));
