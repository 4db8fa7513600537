/**
 * Soundcharts albums (reference/soundcharts.md §2.6).
 *
 * Naming: `GET /api/v2.51/album/by-uuid/{uuid}` is the bare entity, so it is `albums.get` (not
 * `byUuid`), like `artists.get`. Versions: album metadata is documented at v2.51 by the newer docs
 * and v2.36 by the older docs and the official SDK; the newest is used. Album search (§2.2) is
 * `search.albums` (search.ts).
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import {
  CHART_PLATFORMS, ID_PLATFORMS, albumRef, artistRef, chartEntry, datesInOrder, ident, identifier, identifiersQuery, paging, period, point,
  songRef, sortOrder, upc,
} from './shared.js';

const DOCS = 'reference/soundcharts.md §2.6 (Album)';

const AUDIENCE_PLATFORMS = ['spotify', 'deezer', 'audiomack', 'gaana', 'jiosaavn', 'yandex', 'melon', 'line-music', 'awa'] as const;

export const albums = defineFamily(() => {
  /** Full album metadata (v2.51): `labels` is a list since v2.25, `distributor` is a beta field. */
  const album = s.obj({
    uuid: s.opt(s.str()),
    name: s.opt(s.str()),
    creditName: s.opt(s.str()),
    artists: s.opt(s.arr(artistRef())),
    upc: s.opt(s.str()),
    releaseDate: s.opt(s.date()),
    type: s.opt(s.openEnum(['album', 'single', 'compil'])),
    labels: s.opt(s.arr(s.obj({ name: s.opt(s.str()), type: s.opt(s.str()) }))),
    /** Older versions send a single label name. */
    label: s.opt(s.str()),
    distributor: s.opt(s.oneOf([s.str(), s.obj({ uuid: s.opt(s.str()), name: s.opt(s.str()) })])),
    totalTracks: s.opt(s.num()),
    copyright: s.opt(s.str()),
    imageUrl: s.opt(s.str()),
    appUrl: s.opt(s.str()),
  });

  return {
    /** Album metadata by Soundcharts UUID. */
    get: defineEndpoint({
      id: 'albums.get',
      method: 'GET',
      path: '/api/v2.51/album/by-uuid/{uuid}',
      pathParams: { uuid: p.uuid() },
      response: album,
      summary: 'Album metadata (name, artists, UPC, release date, type, labels, distributor, track count).',
      docs: DOCS,
    }),

    /** Album metadata and Soundcharts UUID by UPC. */
    byUpc: defineEndpoint({
      id: 'albums.byUpc',
      method: 'GET',
      path: '/api/v2.51/album/by-upc/{upc}',
      pathParams: { upc: upc() },
      response: album,
      summary: 'Album metadata by UPC/EAN; 404 when Soundcharts does not know the barcode.',
      docs: DOCS,
    }),

    /** Album metadata by a platform identifier (e.g. a Spotify album id). */
    byPlatform: defineEndpoint({
      id: 'albums.byPlatform',
      method: 'GET',
      path: '/api/v2.51/album/by-platform/{platform}/{identifier}',
      pathParams: { platform: p.oneOf(ID_PLATFORMS), identifier: ident() },
      response: album,
      summary: 'Album metadata by platform id; 400 for an unknown platform code, 404 for an unknown id.',
      docs: DOCS,
    }),

    /** Platform identifiers of an album (paginated, max 100 per page). */
    identifiers: defineEndpoint({
      id: 'albums.identifiers',
      method: 'GET',
      path: '/api/v2.26/album/{uuid}/identifiers',
      pathParams: { uuid: p.uuid() },
      query: identifiersQuery(),
      ...soundchartsList(identifier(), { related: albumRef() }),
      summary: 'Platform ids and URLs of an album; related = the album.',
      docs: DOCS,
    }),

    /**
     * Daily audience of an album on a streaming platform (Spotify streams, Deezer fans…).
     * `startDate` defaults to 30 days before `endDate`. `identifier` picks one platform release.
     */
    audience: defineEndpoint({
      id: 'albums.audience',
      method: 'GET',
      path: '/api/v2/album/{uuid}/audience/{platform}',
      pathParams: { uuid: p.uuid(), platform: p.oneOf(AUDIENCE_PLATFORMS) },
      query: { ...period(), identifier: p.optional(ident()), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(point(), { related: s.json() }),
      summary: 'Album audience series `{date, value}` (spotify, deezer, audiomack, gaana, jiosaavn, yandex, melon, line-music, awa).',
      docs: DOCS,
    }),

    /**
     * Daily album popularity. The path comes from the official Python SDK (`album.get_popularity`,
     * reference §2.6 "SDK@HEAD only"); no docs page was seen.
     */
    popularity: defineEndpoint({
      id: 'albums.popularity',
      method: 'GET',
      path: '/api/v2/album/{uuid}/popularity/{platform}',
      pathParams: { uuid: p.uuid(), platform: p.oneOf(['spotify', 'deezer', 'tidal']) },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(point(), { related: s.json() }),
      summary: 'Album popularity series `{date, value}` (spotify, deezer).',
      docs: DOCS,
    }),

    /** Tracklisting of an album. The reference lists no query; `offset`/`limit` follow the list envelope. */
    tracks: defineEndpoint({
      id: 'albums.tracks',
      method: 'GET',
      path: '/api/v2.26/album/{uuid}/tracks',
      pathParams: { uuid: p.uuid() },
      query: { ...paging() },
      ...soundchartsList(s.obj({ discNumber: s.opt(s.num()), number: s.opt(s.num()), song: s.opt(songRef()) }), { related: albumRef() }),
      summary: 'Album tracklisting `{discNumber, number, song}`; related = the album.',
      docs: DOCS,
    }),

    /** Current (or past, `currentOnly: 0`) positions of an album in the charts of one platform. */
    chartsRanks: defineEndpoint({
      id: 'albums.chartsRanks',
      method: 'GET',
      path: '/api/v2.26/album/{uuid}/charts/ranks/{platform}',
      pathParams: { uuid: p.uuid(), platform: p.oneOf(CHART_PLATFORMS) },
      query: {
        currentOnly: p.optional(p.flag()),
        ...paging(),
        sortBy: p.optional(p.oneOf(['position', 'rankDate'])),
        sortOrder: p.optional(sortOrder()),
      },
      ...soundchartsList(chartEntry(), { related: albumRef() }),
      summary: 'Chart entries of an album on a platform; position 0 means it left the chart.',
      docs: DOCS,
    }),

    /** Credited collaborators of an album (writers, producers…). */
    collaborators: defineEndpoint({
      id: 'albums.collaborators',
      method: 'GET',
      path: '/api/v2/album/{uuid}/collaborators',
      pathParams: { uuid: p.uuid() },
      query: { ...paging() },
      ...soundchartsList(
        s.obj({
          uuid: s.opt(s.str()),
          name: s.opt(s.str()),
          imageUrl: s.opt(s.str()),
          roles: s.opt(s.arr(s.oneOf([s.str(), s.obj({})]))),
        }),
        { related: albumRef() },
      ),
      summary: 'Album Collaborator Collection: collaborators with their roles.',
      docs: DOCS,
    }),
  };
});
