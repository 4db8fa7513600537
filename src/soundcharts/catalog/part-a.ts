/**
 * Soundcharts catalog, part A (reference/soundcharts.md §2.1 usage, §2.2 search, §2.3 referential,
 * §2.4 artist, §2.5 song).
 */
import { artists } from './artists.js';
import { referential } from './referential.js';
import { search } from './search.js';
import { songs } from './songs.js';
import { team } from './team.js';

export const partA = { search, referential, artists, songs, team };
