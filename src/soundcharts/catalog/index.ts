/**
 * The Soundcharts endpoint catalog (reference/soundcharts.md §2), grouped by resource family.
 * Paths keep their version prefix (`/api/v2.9/…`); the family is the first segment after it,
 * pluralized (`/api/v2.9/artist/{uuid}` → `artists.ts`, method `get`). Searches
 * (`/api/v2/<entity>/search/{term}`) are in `search.ts`, referential lists in `referential.ts`,
 * discovery (`POST /api/v2/top/*`) in `top.ts`.
 */
import { flattenCatalog } from '../../core/endpoint.js';
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

/** Named, so declaration files reference each family instead of inlining the whole catalog. */
export type SoundchartsCatalog = {
  artists: typeof artists;
  songs: typeof songs;
  albums: typeof albums;
  playlists: typeof playlists;
  charts: typeof charts;
  radios: typeof radios;
  festivals: typeof festivals;
  venues: typeof venues;
  collaborators: typeof collaborators;
  labels: typeof labels;
  publishers: typeof publishers;
  works: typeof works;
  search: typeof search;
  referential: typeof referential;
  top: typeof top;
  library: typeof library;
  favorites: typeof favorites;
  dataFeeds: typeof dataFeeds;
  distributors: typeof distributors;
  users: typeof users;
  tiktok: typeof tiktok;
  team: typeof team;
};

export const soundchartsCatalog: SoundchartsCatalog = {
  artists, songs, albums, playlists, charts, radios, festivals, venues, collaborators, labels, publishers, works,
  search, referential, top, library, favorites, dataFeeds, distributors, users, tiktok, team,
};
/** Every Soundcharts endpoint as data: `{ id, method, path, query?, body?, response }`. */
export const soundchartsEndpoints = flattenCatalog(soundchartsCatalog);
