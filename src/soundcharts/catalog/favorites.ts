/**
 * Soundcharts favorites: artists flagged for a faster refresh (reference/soundcharts.md §2.12).
 * Paths from the official SDK 1.3 (`favorite.py`); no docs page was seen.
 *
 * Naming: `GET /favorite/artists` → `artists`; POST/DELETE `/favorite/artist/{uuid}` → `addArtist`
 * / `removeArtist`. Adding an artist that is already a favorite answers 409.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import { artistRef, paging } from './shared.js';

const DOCS = 'reference/soundcharts.md §2.12 (Account-scoped and write endpoints)';

export const favorites = defineFamily(() => {
  /** What add/remove answer: the artist (undocumented, so lenient; may be empty). */
  const favoriteResult = s.opt(s.obj({ artist: s.opt(artistRef()), uuid: s.opt(s.str()), name: s.opt(s.str()) }));

  return {
    /** Artists of the team's favorites. */
    artists: defineEndpoint({
      id: 'favorites.artists',
      method: 'GET',
      path: '/api/v2/favorite/artists',
      query: { ...paging() },
      ...soundchartsList(artistRef()),
      summary: 'Favorite artists (refreshed faster); max 100 per page.',
      docs: DOCS,
    }),

    /** Adds an artist to the favorites (409 if it already is one). */
    addArtist: defineEndpoint({
      id: 'favorites.addArtist',
      method: 'POST',
      path: '/api/v2/favorite/artist/{uuid}',
      pathParams: { uuid: p.uuid() },
      response: favoriteResult,
      summary: 'Flags an artist as favorite; 409 when already flagged.',
      docs: DOCS,
    }),

    /** Removes an artist from the favorites. */
    removeArtist: defineEndpoint({
      id: 'favorites.removeArtist',
      method: 'DELETE',
      path: '/api/v2/favorite/artist/{uuid}',
      pathParams: { uuid: p.uuid() },
      response: favoriteResult,
      summary: 'Removes the favorite flag of an artist; 404 when it was not a favorite.',
      docs: DOCS,
    }),
  };
});
