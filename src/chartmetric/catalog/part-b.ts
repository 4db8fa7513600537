/**
 * Chartmetric catalog, part B: charts, tracks, playlists (with the recommendation route), albums,
 * radio and curators (reference/chartmetric.md §3). One file per family under `catalog/`.
 */
import { albums } from './albums.js';
import { charts } from './charts.js';
import { curators } from './curators.js';
import { playlists } from './playlists.js';
import { radio } from './radio.js';
import { tracks } from './tracks.js';

export const partB = { charts, tracks, playlists, albums, radio, curators };
