/**
 * Chartmetric playlists: `/api/playlist/…` (reference/chartmetric.md §3 "Playlist" and
 * "Playlist (recommendation)", §4, §5.5, §5.9).
 *
 * Names: `/api/playlist/{platform}/{id}` → `get`, `…/{span}/tracks` → `tracks`,
 * `…/journey-progression/{type}` → `journeyProgression`, `…/snapshot` → `snapshot`, `…/stats` → `stats`,
 * `…/updated` → `updated`, `/api/playlist/{platform}/lists` → `lists`.
 * Readability exceptions: `/api/playlist/by/{type}/{id}/evolution` → `evolution` and the deprecated
 * `/api/playlist/by/{type}/{id}/playlist-evolution` → `playlistEvolution` (the `by` segment is dropped);
 * `/api/playlist/{platform}/{id}/similarplaylists` → `similarPlaylists` (camelCased).
 *
 * `{id}` is the CHARTMETRIC playlist id (an integer) for Spotify and Apple Music; Deezer, Amazon and
 * YouTube ids look like the platform's own (strings), so ids are accepted as numbers or strings (§5.1).
 * Platform names differ per route (`itunes` on tracks/lists, `applemusic` elsewhere, §5.9).
 *
 * Envelope: `lists` keeps the whole body (`envelope: 'root'`): `{obj: [...], offset, total}` (§2.4).
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import {
  camelWire, directoryPaging, idName, limitParam, numMap, offsetParam, offsetWindow, optDate, optId, optNum, optStr, playlistFields,
  playlistRow, statPoint, totalField, trackFields, upperCode2, versionChecks, versionFilters,
} from './shared.js';

const DOCS = 'reference/chartmetric.md §3 (Playlist)';

const PLATFORMS = ['spotify', 'itunes', 'deezer', 'amazon', 'youtube', 'soundcloud'] as const;

export const playlists = defineFamily(() => {
  /** Apple Music storefronts are lower-case country codes (`us`, `gb`, §5.8). */
  const storefront = () => p.optional(p.str({ pattern: /^[a-z]{2}$/, expected: `a lower-case storefront code such as 'us'` }));
  const playlistId = () => p.id({ allowText: true });
  /**
   * `storefront` is required on the platforms the reference names for each route (chartmetric.md,
   * playlist rows): "Apple Music requires `storefront`" on `/playlist/{platform}/{id}`, "`storefront`
   * required for itunes/amazon" on `/{span}/tracks`. Checked before sending, naming the accepted form.
   */
  /** The platforms whose playlist directory has the 10,000-row offset window. */
  const WINDOWED: readonly string[] = ['spotify', 'itunes'];
  const storefrontFor =
    (...platforms: string[]) =>
    (params: Record<string, unknown>): string | undefined =>
      platforms.includes(String(params.platform)) && params.storefront === undefined
        ? `storefront is required for ${String(params.platform)} playlists: a lower-case storefront code such as 'us'`
        : undefined;

  const playlistTrack = s.obj({
    ...trackFields(),
    track_id: optId(),
    cm_track_id: optId(),
    track_name: optStr(),
    added_at: optDate(),
    removed_at: optDate(),
    position: optNum(),
    period: optNum(),
    totaltracks: optNum(),
    cluster_types: s.opt(s.arr(s.str())),
    audio_features: numMap(),
    position_stats: s.opt(s.arr(s.json())),
  });

  const journeyPlaylist = s.obj({
    plid: optId(),
    name: optStr(),
    followers: optNum(),
    image_url: optStr(),
    total_percent_overlap: optNum(),
    count_distinct_tracks: optNum(),
    events: s.opt(
      s.arr(
        s.obj({
          days: optNum(),
          day_percent_overlap: optNum(),
          tracks_added: s.opt(s.arr(s.obj({ id: optId(), name: optStr(), image_url: optStr(), isrc: optStr() }))),
        }),
      ),
    ),
  });
  const journey = s.obj({ total: optNum(), data: s.arr(journeyPlaylist) });

  const listItem = s.obj({
    ...playlistFields(),
    position: optNum(),
    fdiff_percent_week: optNum(),
    fdiff_percent_month: optNum(),
    views: optNum(),
  });
  const directory = s.obj({ obj: s.arr(listItem), offset: optNum(), total: optNum() });

  const evolutionRow = s.obj({
    created_at: optDate(),
    playlist_count: optNum(),
    ed_playlist_count: optNum(),
    playlist_total_reach: optNum(),
    ed_playlist_total_reach: optNum(),
  });
  const evolution = s.obj({
    spotify: s.opt(s.arr(evolutionRow)),
    itunes: s.opt(s.arr(evolutionRow)),
    deezer: s.opt(s.arr(evolutionRow)),
    amazon: s.opt(s.arr(evolutionRow)),
    youtube: s.opt(s.arr(evolutionRow)),
    soundcloud: s.opt(s.arr(evolutionRow)),
  });
  const legacyEvolutionRow = s.obj({
    cm_artist: optNum(),
    cm_track: optNum(),
    cm_album: optNum(),
    created_at: optDate(),
    ...Object.fromEntries(
      PLATFORMS.flatMap((pl) => [`${pl}_playlist_count`, `${pl}_ed_playlist_count`, `${pl}_playlist_total_reach`, `${pl}_ed_playlist_total_reach`]).map((k) => [k, optNum()]),
    ),
  });

  const similarPlaylist = s.obj({
    ...playlistFields(),
    permalink: optStr(),
    owner_permalink: optStr(),
    tags: s.opt(s.arr(idName())),
  });

  return {
    /** Playlist metadata. Apple Music needs `storefront` (lower-case country). */
    get: defineEndpoint({
      id: 'playlists.get',
      method: 'GET',
      path: '/api/playlist/{platform}/{id}',
      pathParams: { platform: p.oneOf(['spotify', 'applemusic', 'deezer', 'amazon', 'youtube', 'soundcloud']), id: playlistId() },
      query: { storefront: storefront() },
      checks: [storefrontFor('applemusic')],
      response: playlistRow(),
      summary: 'Playlist metadata (Chartmetric playlist id); applemusic needs storefront.',
      docs: DOCS,
    }),

    /**
     * Current or past track list of a playlist. `storefront` is required for itunes/amazon; `since`/`until`
     * apply to `past` only; `withDetails: false` gives a lighter payload. Paginated, default 100.
     */
    tracks: defineEndpoint({
      id: 'playlists.tracks',
      method: 'GET',
      path: '/api/playlist/{platform}/{id}/{span}/tracks',
      pathParams: { platform: p.oneOf(['spotify', 'itunes', 'deezer', 'amazon', 'youtube', 'soundcloud']), id: playlistId(), span: p.exactly(['current', 'past']) },
      query: {
        storefront: storefront(),
        limit: limitParam(),
        offset: offsetParam(),
        withDetails: p.optional(p.bool()),
        since: p.optional(p.date()),
        until: p.optional(p.date()),
        ...versionFilters(),
      },
      wire: camelWire('withDetails'),
      checks: [storefrontFor('itunes', 'amazon'), ...versionChecks],
      response: s.arr(playlistTrack),
      paginate: { kind: 'offset', items: (d) => d, defaultLimit: 100 },
      summary: 'Tracks of a playlist (current or past).',
      docs: `${DOCS}, §5.7`,
    }),

    /**
     * Playlists the tracks came FROM (`journey`) or went TO (`progression`) (`{total, data}`).
     * Paginated: `limit` ≤ 50, default 10.
     */
    journeyProgression: defineEndpoint({
      id: 'playlists.journeyProgression',
      method: 'GET',
      path: '/api/playlist/{platform}/{id}/journey-progression/{type}',
      pathParams: { platform: p.oneOf(['spotify', 'applemusic', 'deezer', 'soundcloud']), id: playlistId(), type: p.exactly(['journey', 'progression']) },
      query: {
        sortColumn: p.optional(p.oneOf(['overlap', 'followers'])),
        sortOrderDesc: p.optional(p.bool()),
        limit: limitParam(50),
        offset: offsetParam(),
      },
      wire: camelWire('sortColumn', 'sortOrderDesc'),
      response: journey,
      paginate: { kind: 'offset', items: (d) => d.data, total: totalField, defaultLimit: 10 },
      summary: 'Journey/progression playlists ({total, data}); limit ≤ 50.',
      docs: DOCS,
    }),

    /** Track list of a playlist on one `date`. */
    snapshot: defineEndpoint({
      id: 'playlists.snapshot',
      method: 'GET',
      path: '/api/playlist/{platform}/{id}/snapshot',
      pathParams: { platform: p.oneOf(['spotify', 'applemusic', 'deezer', 'amazon', 'soundcloud']), id: playlistId() },
      query: { date: p.date(), storefront: storefront() },
      response: s.arr(s.obj({ ...trackFields(), track_id: optId(), added_at: optDate(), removed_at: optDate(), position: optNum() })),
      summary: 'Tracks on a playlist on one date.',
      docs: DOCS,
    }),

    /**
     * Follower/fan/view/like series of a playlist (Chartmetric id). `timestp` may be a
     * `Date.toDateString()`-style text such as `Thu Oct 10 2019` (§6.4).
     */
    stats: defineEndpoint({
      id: 'playlists.stats',
      method: 'GET',
      path: '/api/playlist/{platform}/{id}/stats',
      pathParams: { platform: p.oneOf(['spotify', 'deezer', 'youtube', 'soundcloud']), id: playlistId() },
      query: { since: p.optional(p.date()), until: p.optional(p.date()) },
      response: s.arr(s.obj({ ...statPoint().shape, id: optId() })),
      summary: 'Playlist follower series ([{value, timestp, daily_diff}]).',
      docs: `${DOCS}, §6.4`,
    }),

    /** Last-updated timestamps of a playlist; accepts a Chartmetric or a platform playlist id. */
    updated: defineEndpoint({
      id: 'playlists.updated',
      method: 'GET',
      path: '/api/playlist/{platform}/{id}/updated',
      pathParams: { platform: p.oneOf(['spotify', 'itunes', 'applemusic', 'deezer', 'amazon', 'youtube', 'boomplay', 'soundcloud']), id: playlistId() },
      query: { storefront: storefront() },
      response: s.obj({ sys_last_updated: optDate(), playlist_last_updated: optDate(), last_added: optDate(), last_removed: optDate() }),
      summary: 'Playlist last-updated timestamps.',
      docs: DOCS,
    }),

    /**
     * Playlist directory/screener. The whole body is returned (`{obj, offset, total}`, `envelope: 'root'`).
     * `limit` ≤ 100, `offset` ≤ 100000. The offset window is the reference's own words (chartmetric.md,
     * playlist lists row): "`offset+limit < 10000` for spotify & itunes" — strictly less, and on those
     * two platforms only, so deezer, amazon, youtube and soundcloud lists page past 10,000 rows.
     */
    lists: defineEndpoint({
      id: 'playlists.lists',
      method: 'GET',
      path: '/api/playlist/{platform}/lists',
      pathParams: { platform: p.oneOf(['spotify', 'itunes', 'deezer', 'amazon', 'youtube', 'soundcloud']) },
      query: {
        sortColumn: p.optional(
          p.oneOf([
            'active_ratio', 'last_updated', 'num_track', 'rank', 'fdiff_week', 'fdiff_percent_week', 'fdiff_month', 'fdiff_percent_month',
            'followers', 'likes', 'playlist_updated', 'views', 'vdiff_week', 'vdiff_percent_week', 'vdiff_month', 'vdiff_percent_month',
          ]),
        ),
        sortOrderDesc: p.optional(p.bool()),
        code2: p.optional(upperCode2()),
        tagIds: p.optional(p.text()),
        curatorIds: p.optional(p.text()),
        shortlistIds: p.optional(p.list(p.int({ min: 1 }), { min: 1 })),
        limit: limitParam(100),
        offset: offsetParam(100000),
        indie: p.optional(p.bool()),
        majorCurator: p.optional(p.bool()),
        editorial: p.optional(p.bool()),
        newMusicFriday: p.optional(p.bool()),
      },
      wire: camelWire('sortColumn', 'sortOrderDesc', 'tagIds', 'curatorIds', 'shortlistIds', 'majorCurator', 'newMusicFriday'),
      checks: [offsetWindow(10000, 10, { strict: true, platforms: WINDOWED })],
      envelope: 'root',
      response: directory,
      paginate: directoryPaging<s.Infer<typeof listItem>>((path) => (WINDOWED.includes(String(path.platform)) ? 9999 : undefined)),
      summary: 'Playlist directory ({obj[], offset, total}); limit ≤ 100; offset + limit < 10000 on spotify and itunes.',
      docs: `${DOCS}, §2.4, §5.5`,
    }),

    /** Playlist count and reach per day for an artist, track or album, keyed by platform. */
    evolution: defineEndpoint({
      id: 'playlists.evolution',
      method: 'GET',
      path: '/api/playlist/by/{type}/{id}/evolution',
      pathParams: { type: p.oneOf(['artist', 'track', 'album']), id: p.id() },
      query: { since: p.optional(p.date()), until: p.optional(p.date()) },
      response: evolution,
      summary: 'Playlist count/reach evolution keyed by platform.',
      docs: DOCS,
    }),

    /** @deprecated Predecessor of `playlists.evolution` (flat rows of `<platform>_playlist_count`…): use `evolution`. */
    playlistEvolution: defineEndpoint({
      id: 'playlists.playlistEvolution',
      method: 'GET',
      path: '/api/playlist/by/{type}/{id}/playlist-evolution',
      pathParams: { type: p.oneOf(['artist', 'track', 'album']), id: p.id() },
      query: { since: p.optional(p.date()), until: p.optional(p.date()) },
      response: s.arr(legacyEvolutionRow),
      deprecated: true,
      summary: 'DEPRECATED flat playlist evolution rows; use playlists.evolution.',
      docs: `${DOCS}, §6.19`,
    }),

    /** Playlists similar to one Spotify or SoundCloud playlist (recommendation). */
    similarPlaylists: defineEndpoint({
      id: 'playlists.similarPlaylists',
      method: 'GET',
      path: '/api/playlist/{platform}/{id}/similarplaylists',
      pathParams: { platform: p.oneOf(['spotify', 'soundcloud']), id: playlistId() },
      query: { indie: p.optional(p.bool()), limit: limitParam() },
      response: s.arr(similarPlaylist),
      summary: 'Similar playlists (spotify|soundcloud).',
      docs: 'reference/chartmetric.md §3 (Playlist (recommendation))',
    }),
  };
});
