/**
 * Chartmetric albums: `/api/album/…` (reference/chartmetric.md §3 "Album", §4, §5.4).
 *
 * Names: `/api/album/{id}` → `albums.get`, `/api/album/{id}/{platform}/{stats}` → `albums.stats`,
 * `/api/album/{id}/{platform}/{status}/playlists` → `albums.playlists`, `/api/album/{id}/{type}/charts`
 * → `albums.charts`, `/api/album/{id}/tracks` → `albums.tracks`, `/api/album/{type}/{id}/get-ids` → `albums.getIds`.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import {
  PLACEMENT_PLATFORMS, chartHistoryFields, dayNumber, idList, limitParam, numOrTextMap, offsetParam, optBool, optDate, optId, optNum, optStr,
  placementFlagWire, placementFlags, placementRow, strList, trackFields,
} from './shared.js';

const DOCS = 'reference/chartmetric.md §3 (Album)';

export const albums = defineFamily(() => {
  const albumArtist = s.obj({ cm_artist: optNum(), id: optId(), name: optStr(), image_url: optStr(), itunes_artist_id: optId() });

  const albumMetadata = s.obj({
    /** Null in some answers: `cm_album` always carries the Chartmetric id. */
    id: optId(),
    cm_album: optNum(),
    upc: optId(),
    name: optStr(),
    image_url: optStr(),
    release_date: optDate(),
    label: optStr(),
    cm_label: optId(),
    spotify_popularity: optNum(),
    description: optStr(),
    created_at: optDate(),
    modified_at: optDate(),
    num_track: optNum(),
    spotify_album_ids: idList(),
    itunes_album_ids: idList(),
    deezer_album_ids: idList(),
    amazon_album_ids: idList(),
    artists: s.opt(s.arr(albumArtist)),
    cm_statistics: numOrTextMap(),
  });

  const albumChartRow = s.obj({
    ...chartHistoryFields(),
    id: optId(),
    cm_album: optNum(),
    name: optStr(),
    release_date: optDate(),
    copyright: optStr(),
    num_track: optNum(),
    upc: optId(),
    label: optStr(),
    is_single: optBool(),
    itunes_album_id: optId(),
    itunes_album_ids: idList(),
    storefronts: strList(),
    artists: s.opt(s.arr(albumArtist)),
  });

  const albumTrack = s.obj({
    ...trackFields(),
    cm_artists: s.opt(s.arr(s.obj({ id: optId(), name: optStr(), code2: optStr(), image_url: optStr() }))),
    cm_statistics: numOrTextMap(),
  });

  const albumIds = s.obj({
    cm_album: optNum(),
    album_name: optStr(),
    upc: optId(),
    spotify_album_id: optId(),
    itunes_album_id: optId(),
    deezer_album_id: optId(),
    amazon_album_id: optId(),
  });

  /** §6.12: album chart history allows at most 365 days between `since` and `until`. */
  const windowCheck = (q: Record<string, unknown>) => {
    const since = typeof q.since === 'string' ? dayNumber(q.since) : undefined;
    const until = typeof q.until === 'string' ? dayNumber(q.until) : undefined;
    if (since === undefined || until === undefined) return undefined;
    const span = until - since;
    if (span < 0) return '`until` must not be before `since`';
    return span > 365 ? `\`until\` must be at most 365 days after \`since\` (got ${span} days): split the range into yearly requests` : undefined;
  };

  return {
    /** Album metadata with cross-platform album id arrays and `cm_statistics`. */
    get: defineEndpoint({
      id: 'albums.get',
      method: 'GET',
      path: '/api/album/{id}',
      pathParams: { id: p.id() },
      response: albumMetadata,
      summary: 'Album metadata, platform album ids and cm_statistics.',
      docs: DOCS,
    }),

    /**
     * Album stat time series. Only `spotify` + `followers` is documented, i.e.
     * `albums.stats(id, 'spotify', 'followers', { since })` → `/api/album/{id}/spotify/followers`.
     */
    stats: defineEndpoint({
      id: 'albums.stats',
      method: 'GET',
      path: '/api/album/{id}/{platform}/{stats}',
      pathParams: { id: p.id(), platform: p.oneOf(['spotify']), stats: p.oneOf(['followers']) },
      query: { since: p.optional(p.date()), until: p.optional(p.date()), latest: p.optional(p.bool()) },
      response: s.arr(s.obj({ value: optNum(), timestp: s.date() })),
      summary: 'Album stat series ([{value, timestp}]); documented for spotify/followers only.',
      docs: DOCS,
    }),

    /**
     * Playlists (current or past) containing the album's tracks, with category flags (§5.4).
     * Paginated: default 10; `limit` ≤ 100 (the placement endpoints' cap, §5.4).
     */
    playlists: defineEndpoint({
      id: 'albums.playlists',
      method: 'GET',
      path: '/api/album/{id}/{platform}/{status}/playlists',
      pathParams: { id: p.id(), platform: p.oneOf(PLACEMENT_PLATFORMS), status: p.exactly(['current', 'past']) },
      query: { since: p.optional(p.date()), until: p.optional(p.date()), limit: limitParam(100), offset: offsetParam(), ...placementFlags() },
      wire: { ...placementFlagWire },
      response: s.arr(placementRow()),
      paginate: { kind: 'offset', items: (d) => d, defaultLimit: 10 },
      summary: 'Playlist placements of an album (current or past); limit ≤ 100.',
      docs: `${DOCS}, §5.4`,
    }),

    /** Album chart history (`applemusic` | `itunes` | `amazon`); `until` at most 365 days after `since`. */
    charts: defineEndpoint({
      id: 'albums.charts',
      method: 'GET',
      path: '/api/album/{id}/{type}/charts',
      pathParams: { id: p.id(), type: p.oneOf(['applemusic', 'itunes', 'amazon']) },
      query: { since: p.optional(p.date()), until: p.optional(p.date()) },
      checks: [windowCheck],
      response: s.obj({ data: s.arr(albumChartRow), length: optNum() }),
      summary: 'Album chart history ({data, length}); until ≤ since + 365 days.',
      docs: `${DOCS}, §6.12`,
    }),

    /** Tracks on an album, each with cross-platform ids and `cm_statistics`. */
    tracks: defineEndpoint({
      id: 'albums.tracks',
      method: 'GET',
      path: '/api/album/{id}/tracks',
      pathParams: { id: p.id() },
      response: s.arr(albumTrack),
      summary: 'Tracks of an album.',
      docs: DOCS,
    }),

    /** Album id map from any id type (`upc` included); an array, one row per platform-id combination. */
    getIds: defineEndpoint({
      id: 'albums.getIds',
      method: 'GET',
      path: '/api/album/{type}/{id}/get-ids',
      pathParams: { type: p.oneOf(['chartmetric', 'upc', 'spotify', 'itunes', 'deezer', 'amazon']), id: p.id({ allowText: true }) },
      response: s.arr(albumIds),
      summary: 'Album id map (array).',
      docs: `${DOCS}, §5.1`,
    }),
  };
});
