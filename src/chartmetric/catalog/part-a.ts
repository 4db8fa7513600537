/**
 * Chartmetric catalog, part A: artists, search, genres, cities, social (SNS), festivals, events
 * (venues) and brands. `POST /api/token` is not a catalog entry: the auth strategy owns it.
 */
import { artists } from './artists.js';
import { brands } from './brands.js';
import { cities } from './cities.js';
import { events } from './events.js';
import { festivals } from './festivals.js';
import { genres } from './genres.js';
import { search } from './search.js';
import { social } from './social.js';

export const partA = { artists, search, genres, cities, social, festivals, events, brands };
