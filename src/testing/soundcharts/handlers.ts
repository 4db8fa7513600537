/**
 * Every Soundcharts sandbox handler, keyed by catalog endpoint id. One module per resource family, named
 * like the catalog's (src/soundcharts/catalog/<family>.ts ↔ src/testing/soundcharts/<family>.ts).
 */
import type { RouteHandlers } from '../types.js';
import { albumsHandlers } from './albums.js';
import { artistsHandlers } from './artists.js';
import { chartsHandlers } from './charts.js';
import { collaboratorsHandlers } from './collaborators.js';
import { dataFeedsHandlers } from './data-feeds.js';
import { distributorsHandlers } from './distributors.js';
import { favoritesHandlers } from './favorites.js';
import { festivalsHandlers } from './festivals.js';
import { labelsHandlers } from './labels.js';
import { libraryHandlers } from './library.js';
import { playlistsHandlers } from './playlists.js';
import { publishersHandlers } from './publishers.js';
import { radiosHandlers } from './radios.js';
import { referentialHandlers } from './referential.js';
import { searchHandlers } from './search.js';
import { songsHandlers } from './songs.js';
import { teamHandlers } from './team.js';
import { tiktokHandlers } from './tiktok.js';
import { topHandlers } from './top.js';
import { usersHandlers } from './users.js';
import { venuesHandlers } from './venues.js';
import { worksHandlers } from './works.js';

export const soundchartsHandlers: RouteHandlers = {
  ...artistsHandlers,
  ...songsHandlers,
  ...albumsHandlers,
  ...playlistsHandlers,
  ...chartsHandlers,
  ...radiosHandlers,
  ...festivalsHandlers,
  ...venuesHandlers,
  ...collaboratorsHandlers,
  ...labelsHandlers,
  ...publishersHandlers,
  ...worksHandlers,
  ...searchHandlers,
  ...referentialHandlers,
  ...topHandlers,
  ...libraryHandlers,
  ...favoritesHandlers,
  ...dataFeedsHandlers,
  ...distributorsHandlers,
  ...usersHandlers,
  ...tiktokHandlers,
  ...teamHandlers,
};
