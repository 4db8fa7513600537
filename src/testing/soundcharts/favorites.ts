/**
 * The Soundcharts sandbox's `favorites` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/favorites.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import type { RouteHandlers } from '../types.js';
import { favoriteArtists } from './account-data.js';
import { artistAt, artistRef } from './music-data.js';
import { entity, fail, listOf, notFound, uuidParam } from './shared.js';

export const favoritesHandlers: RouteHandlers = {
  'favorites.artists': (ctx) => listOf(ctx, favoriteArtists().map(artistRef), { defaultLimit: 20 }),
  'favorites.addArtist': (ctx) => {
    const uuid = uuidParam(ctx);
    if (favoriteArtists().some((a) => a.uuid === uuid)) return fail(409, 'favorite', 'This artist is already in your favorites.');
    const a = Array.from({ length: 120 }, (_, k) => artistAt(k)).find((x) => x.uuid === uuid);
    return a ? entity('artist', artistRef(a)) : notFound();
  },
  'favorites.removeArtist': (ctx) => {
    const a = favoriteArtists().find((x) => x.uuid === uuidParam(ctx));
    return a ? entity('artist', artistRef(a)) : notFound();
  },
};
