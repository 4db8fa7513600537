/**
 * Every Chartmetric sandbox handler, keyed by catalog endpoint id. One module per resource family, named
 * like the catalog's (src/chartmetric/catalog/<family>.ts ↔ src/testing/chartmetric/<family>.ts).
 */
import type { RouteHandlers } from '../types.js';
import { albumsHandlers } from './albums.js';
import { artistsHandlers } from './artists.js';
import { brandsHandlers } from './brands.js';
import { chartsHandlers } from './charts.js';
import { citiesHandlers } from './cities.js';
import { curatorsHandlers } from './curators.js';
import { eventsHandlers } from './events.js';
import { festivalsHandlers } from './festivals.js';
import { genresHandlers } from './genres.js';
import { playlistsHandlers } from './playlists.js';
import { radioHandlers } from './radio.js';
import { searchHandlers } from './search.js';
import { socialHandlers } from './social.js';
import { tracksHandlers } from './tracks.js';

export const chartmetricHandlers: RouteHandlers = {
  ...artistsHandlers,
  ...tracksHandlers,
  ...albumsHandlers,
  ...playlistsHandlers,
  ...curatorsHandlers,
  ...chartsHandlers,
  ...searchHandlers,
  ...citiesHandlers,
  ...genresHandlers,
  ...radioHandlers,
  ...brandsHandlers,
  ...festivalsHandlers,
  ...eventsHandlers,
  ...socialHandlers,
};
