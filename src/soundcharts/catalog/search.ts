/**
 * Soundcharts search (reference/soundcharts.md §2.2).
 *
 * Naming: the search paths are `/api/v2/{entity}/search/{term}`; the naming rule would scatter them
 * over eight families (`artists.search`, `albums.search`…), so they are grouped here as
 * `search.<entity plural>(term)`. `/api/v2/search/external/url` is `search.externalUrl`.
 * Search is "intended for internal use": exposing it on public sites is plan-restricted (DOC-REF).
 * The term is a path segment (encoded; slashes allowed since 2.44.0). At most 20 results per page.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import { albumRef, artistRef, genre, playlistRef, radioRef, songRef } from './shared.js';

const DOCS = 'reference/soundcharts.md §2.2 (Search)';

export const search = defineFamily(() => {
  /** Name search pages hold at most 20 results (DOC-REF search-artist-by-name). */
  const searchQuery = { offset: p.optional(p.int({ min: 0 })), limit: p.optional(p.int({ min: 1, max: 20 })) };
  const term = () => p.text({ max: 500 });

  /** Artist search result (DOC-DEF artistcollectionresponse; countryCode/genres/isni/careerStage since 2.44). */
  const artistHit = s.obj({
    ...artistRef().shape,
    countryCode: s.opt(s.str()),
    webUrl: s.opt(s.str()),
    genres: s.opt(s.arr(genre())),
    isni: s.opt(s.str()),
    careerStage: s.opt(s.str()),
    growthLevel: s.opt(s.str()),
  });
  const namedHit = s.obj({
    uuid: s.str(),
    name: s.str(),
    slug: s.opt(s.str()),
    countryCode: s.opt(s.str()),
    cityName: s.opt(s.str()),
    imageUrl: s.opt(s.str()),
    appUrl: s.opt(s.str()),
  });

  return {
    /** Artists by name or identifier. */
    artists: defineEndpoint({
      id: 'search.artists',
      method: 'GET',
      path: '/api/v2/artist/search/{term}',
      pathParams: { term: term() },
      query: searchQuery,
      ...soundchartsList(artistHit),
      summary: 'Artists matching a name or identifier; max 20 per page.',
      docs: DOCS,
    }),
    /** Songs by name. */
    songs: defineEndpoint({
      id: 'search.songs',
      method: 'GET',
      path: '/api/v2/song/search/{term}',
      pathParams: { term: term() },
      query: searchQuery,
      ...soundchartsList(songRef()),
      summary: 'Songs matching a name; max 20 per page.',
      docs: DOCS,
    }),
    /** Albums by name. */
    albums: defineEndpoint({
      id: 'search.albums',
      method: 'GET',
      path: '/api/v2/album/search/{term}',
      pathParams: { term: term() },
      query: searchQuery,
      ...soundchartsList(albumRef()),
      summary: 'Albums matching a name; max 20 per page.',
      docs: DOCS,
    }),
    /** Collaborators (songwriters, producers…) by name. */
    collaborators: defineEndpoint({
      id: 'search.collaborators',
      method: 'GET',
      path: '/api/v2/collaborator/search/{term}',
      pathParams: { term: term() },
      query: searchQuery,
      ...soundchartsList(s.obj({ ...namedHit.shape, roles: s.opt(s.arr(s.str())), isni: s.opt(s.str()), ipi: s.opt(s.str()) })),
      summary: 'Collaborators matching a name; max 20 per page.',
      docs: DOCS,
    }),
    /** Playlists by name. */
    playlists: defineEndpoint({
      id: 'search.playlists',
      method: 'GET',
      path: '/api/v2/playlist/search/{term}',
      pathParams: { term: term() },
      query: searchQuery,
      ...soundchartsList(playlistRef()),
      summary: 'Playlists matching a name; max 20 per page.',
      docs: DOCS,
    }),
    /** Radio stations by name. */
    radios: defineEndpoint({
      id: 'search.radios',
      method: 'GET',
      path: '/api/v2/radio/search/{term}',
      pathParams: { term: term() },
      query: searchQuery,
      ...soundchartsList(radioRef()),
      summary: 'Radios matching a name; max 20 per page.',
      docs: DOCS,
    }),
    /** Festivals by name. */
    festivals: defineEndpoint({
      id: 'search.festivals',
      method: 'GET',
      path: '/api/v2/festival/search/{term}',
      pathParams: { term: term() },
      query: searchQuery,
      ...soundchartsList(namedHit),
      summary: 'Festivals matching a name; max 20 per page.',
      docs: DOCS,
    }),
    /** Venues by name. */
    venues: defineEndpoint({
      id: 'search.venues',
      method: 'GET',
      path: '/api/v2/venue/search/{term}',
      pathParams: { term: term() },
      query: searchQuery,
      ...soundchartsList(s.obj({ ...namedHit.shape, capacity: s.opt(s.num()), type: s.opt(s.str()) })),
      summary: 'Venues matching a name; max 20 per page.',
      docs: DOCS,
    }),
    /**
     * Labels by name. Path marked unconfirmed in soundcharts.md §2.2: kept because the official Python
     * SDK (1.3.x `search.py`, `search_label_by_name`) calls exactly `/api/v2/label/search/{term}`, the
     * docs list "Search label by name", and it follows the pattern of every other name search.
     */
    labels: defineEndpoint({
      id: 'search.labels',
      method: 'GET',
      path: '/api/v2/label/search/{term}',
      pathParams: { term: term() },
      query: searchQuery,
      ...soundchartsList(s.obj({ ...namedHit.shape, type: s.opt(s.str()) })),
      summary: 'Labels matching a name; max 20 per page (path from the official SDK).',
      docs: DOCS,
    }),
    /**
     * Resolves a platform URL (Spotify artist/track/playlist…) to the Soundcharts entity.
     * The body `{type, url, uuid}` is not an entity envelope and is returned whole.
     */
    externalUrl: defineEndpoint({
      id: 'search.externalUrl',
      method: 'GET',
      path: '/api/v2/search/external/url',
      query: { platformUrl: p.str({ pattern: /^https?:\/\/\S+$/, expected: `a platform URL such as 'https://open.spotify.com/artist/…'` }) },
      response: s.obj({ type: s.openEnum(['artist', 'song', 'playlist']), url: s.opt(s.str()), uuid: s.str() }),
      summary: 'Soundcharts type, uuid and app URL of an entity from its platform URL.',
      docs: DOCS,
    }),
  };
});
