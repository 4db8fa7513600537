/**
 * Soundcharts "My library": the team's tracked artists and songs (reference/soundcharts.md §2.12).
 *
 * Naming: the family keeps the URL's singular (`library`, "libraries" would be odd). GET, POST and
 * DELETE share `/library/artist` and `/library/song`: `artists` / `addArtists` / `removeArtists`,
 * `songs` / `addSongs` / `removeSongs`. Add/remove take `{identifiers: [{identifier, platformCode}]}`
 * and answer `{sent, updated, duplicate, ignored}` at the root (no `object` envelope).
 */
import * as z from 'zod/mini';
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import { ID_PLATFORMS, artistRef, ident, paging, songRef } from './shared.js';

const DOCS = 'reference/soundcharts.md §2.12 (Account-scoped and write endpoints)';

export const library = defineFamily(() => {
  /** One platform id to add or remove. */
  const platformId = z.strictObject(
    { identifier: ident(), platformCode: p.oneOf(ID_PLATFORMS) },
    { error: `expected {identifier: 'platform id', platformCode: 'spotify' | …}` },
  );
  const identifiers = p.list(platformId, { min: 1, expected: 'a list of {identifier, platformCode}' });

  /** Counters of a library change. */
  const submitted = s.obj({ sent: s.opt(s.num()), updated: s.opt(s.num()), duplicate: s.opt(s.num()), ignored: s.opt(s.num()) });

  return {
    /** Artists in the library, with the platform id they were added by. */
    artists: defineEndpoint({
      id: 'library.artists',
      method: 'GET',
      path: '/api/v2/library/artist',
      query: { ...paging() },
      ...soundchartsList(s.obj({ platformCode: s.opt(s.str()), identifier: s.opt(s.str()), artist: s.opt(artistRef()) })),
      summary: 'Library artists `{platformCode, identifier, artist}`; max 100 per page.',
      docs: DOCS,
    }),

    /** Adds artists to the library by platform id. */
    addArtists: defineEndpoint({
      id: 'library.addArtists',
      method: 'POST',
      path: '/api/v2/library/artist',
      body: { identifiers },
      response: submitted,
      summary: 'Adds artists by platform id; answers `{sent, updated, duplicate, ignored}`.',
      docs: DOCS,
    }),

    /** Removes artists from the library by platform id. */
    removeArtists: defineEndpoint({
      id: 'library.removeArtists',
      method: 'DELETE',
      path: '/api/v2/library/artist',
      body: { identifiers },
      response: submitted,
      summary: 'Removes artists by platform id; answers `{sent, updated, duplicate, ignored}`.',
      docs: DOCS,
    }),

    /** Songs in the library, with the platform id they were added by. */
    songs: defineEndpoint({
      id: 'library.songs',
      method: 'GET',
      path: '/api/v2/library/song',
      query: { ...paging() },
      ...soundchartsList(s.obj({ platformCode: s.opt(s.str()), identifier: s.opt(s.str()), song: s.opt(songRef()) })),
      summary: 'Library songs `{platformCode, identifier, song}`; max 100 per page.',
      docs: DOCS,
    }),

    /** Adds songs to the library by platform id. */
    addSongs: defineEndpoint({
      id: 'library.addSongs',
      method: 'POST',
      path: '/api/v2/library/song',
      body: { identifiers },
      response: submitted,
      summary: 'Adds songs by platform id; answers `{sent, updated, duplicate, ignored}`.',
      docs: DOCS,
    }),

    /** Removes songs from the library by platform id. */
    removeSongs: defineEndpoint({
      id: 'library.removeSongs',
      method: 'DELETE',
      path: '/api/v2/library/song',
      body: { identifiers },
      response: submitted,
      summary: 'Removes songs by platform id; answers `{sent, updated, duplicate, ignored}`.',
      docs: DOCS,
    }),
  };
});
