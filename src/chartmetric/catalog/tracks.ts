/**
 * Chartmetric tracks: `/api/track/…` (reference/chartmetric.md §3 "Track", §4, §5.4, §5.7).
 *
 * Method names follow the catalog rule (family = first segment, method = the remaining literal
 * segments in camelCase, ids skipped): `/api/track/{id}` → `tracks.get`,
 * `/api/track/{id}/{platform}/{status}/playlists` → `tracks.playlists`,
 * `/api/track/{id}/{platform}/playlists/snapshot` → `tracks.playlistsSnapshot`,
 * `/api/track/{type}/{id}/get-ids` → `tracks.getIds`, `/api/track/list/filter` → `tracks.listFilter`,
 * `/api/track/youtube/{id}/topShorts` → `tracks.youtubeTopShorts`.
 *
 * The track, playlist and placement rows, placement flags and version filters it uses are shared
 * with the other families (./shared.ts).
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import {
  MILESTONE_PLATFORMS, PLACEMENT_PLATFORMS, albumRef, camelWire, idList, idName, limitParam, numFields, numMap, offsetParam, offsetWindow,
  optBool, optDate, optId, optNum, optStr, placementFlagWire, placementFlags, placementRow, playlistRow, rangeFilters, statPoint, strList,
  milestones, trackChartRow, trackRow, versionChecks, versionFilters,
} from './shared.js';

// ---------------------------------------------------------------- enums

export const TRACK_PLACEMENT_PLATFORMS = ['spotify', 'applemusic', 'deezer', 'amazon'] as const;
export const TRACK_STAT_PLATFORMS = ['chartmetric', 'spotify', 'youtube', 'shazam', 'tiktok', 'genius', 'soundcloud', 'line', 'melon', 'radio'] as const;
export const TRACK_STAT_TYPES = [
  'popularity', 'streams', 'score', 'rank', 'posts', 'views', 'comments', 'sound_posts', 'sound_views', 'sound_likes', 'sound_comments',
] as const;
export const TRACK_CHART_TYPES = [
  'spotify_viral_daily', 'spotify_viral_weekly', 'spotify_top_daily', 'spotify_top_weekly', 'applemusic_top', 'applemusic_daily',
  'applemusic_albums', 'itunes_top', 'itunes_albums', 'shazam', 'beatport', 'amazon', 'soundcloud', 'airplay_daily', 'airplay_weekly',
] as const;
export const TRACK_ID_TYPES = [
  'chartmetric', 'isrc', 'amazon', 'beatport', 'deezer', 'genius', 'itunes', 'shazam', 'spotify', 'soundcloud', 'tiktok', 'qq', 'youtube',
] as const;
/** Track screener stats (§5.3): `min_<stat>`/`max_<stat>` filters and `<period>.<stat>` sort columns. */
export const TRACK_SCREENER_STATS = [
  'airplay_streams', 'amazon_playlist_count', 'deezer_playlist_count', 'itunes_playlist_count', 'shazam_count', 'siriusxm_streams',
  'soundcloud_plays', 'spotify_playlist_count', 'spotify_playlist_total_reach', 'spotify_plays', 'spotify_popularity',
  'spotify_ed_playlist_count', 'spotify_ed_playlist_total_reach', 'tidal_popularity', 'tiktok_posts', 'tiktok_top_videos_likes',
  'tiktok_top_videos_views', 'youtube_likes', 'youtube_playlist_count', 'youtube_views',
] as const;

const DOCS = 'reference/chartmetric.md §3 (Track)';

export const tracks = defineFamily(() => {
  // ---------------------------------------------------------------- response schemas

  const trackArtist = s.obj({
    id: optId(),
    name: optStr(),
    image_url: optStr(),
    code2: optStr(),
    isni: optId(),
    hometown_city: optId(),
    current_city: optId(),
    band: optBool(),
  });
  const trackAlbum = s.obj({ id: optId(), name: optStr(), upc: optId(), release_date: optDate(), label: optStr(), image_url: optStr(), popularity: optNum() });
  const moodTag = s.obj({ id: optId(), name: optStr(), isParentTag: optBool(), rank: optNum() });

  /** `cm_statistics` of a track: latest values plus `weekly_diff`/`monthly_diff` blocks; many counters arrive as strings. */
  const trackStatistics = s.obj({
    timestamp: optDate(),
    ...numFields([
      'cm_track', 'score', 'sp_popularity', 'sp_streams', 'sp_playlist_total_reach', 'de_playlist_total_reach', 'yt_playlist_total_reach',
      'num_sp_playlists', 'num_sp_editorial_playlists', 'num_am_playlists', 'num_am_editorial_playlists', 'num_de_playlists',
      'num_de_editorial_playlists', 'num_az_playlists', 'num_az_editorial_playlists', 'num_yt_playlists', 'num_yt_editorial_playlists',
      'num_tt_videos', 'airplay_streams', 'genius_page_views', 'shazam_counts', 'tiktok_counts', 'soundcloud_playback_count',
      'youtube_views', 'youtube_likes', 'pandora_lifetime_streams', 'pandora_lifetime_stations_added',
    ]),
    weekly_diff: s.opt(s.rec(s.json())),
    monthly_diff: s.opt(s.rec(s.json())),
  });

  const trackMetadata = s.obj({
    id: s.num(),
    name: optStr(),
    isrc: optStr(),
    image_url: optStr(),
    duration_ms: optNum(),
    composer_name: optStr(),
    artists: s.opt(s.arr(trackArtist)),
    albums: s.opt(s.arr(trackAlbum)),
    /** Comma-separated genre names. */
    tags: optStr(),
    genres: s.opt(s.arr(idName())),
    moods: s.opt(s.arr(moodTag)),
    activities: s.opt(s.arr(moodTag)),
    songwriters: strList(),
    songwriterIds: idList(),
    cm_songwriters: idList(),
    release_date: optDate(),
    album_label: optStr(),
    explicit: optBool(),
    score: optNum(),
    track_tier: optNum(),
    career_health: optStr(),
    track_stage: optStr(),
    cm_statistics: s.opt(trackStatistics),
  });

  const trackStatSeries = s.obj({
    domain: optStr(),
    track_domain_id: optId(),
    type: optStr(),
    data: s.arr(statPoint()),
  });

  const relatedTrack = s.obj({
    id: s.num(),
    name: optStr(),
    image_url: optStr(),
    isrc: optStr(),
    is_most_popular_cm_track: optBool(),
    /** Spelled `erliest` by the API (§6.20). */
    is_erliest_cm_track: optBool(),
  });

  const videoStats = s.obj({ likes: optNum(), comments: optNum(), views: optNum() });
  const tiktokVideo = s.obj({
    created_at: optDate(),
    username: optStr(),
    video_id: optId(),
    thumbnail_url: optStr(),
    followers: optNum(),
    cm_id: optId(),
    link: optStr(),
    stats: s.opt(videoStats),
  });

  const videoTrendPoint = s.obj({ timestp: s.date(), likes: optNum(), comments: optNum(), views: optNum() });

  const trackIds = s.obj({
    isrc: optStr(),
    chartmetric_ids: idList(),
    spotify_ids: idList(),
    itunes_ids: idList(),
    deezer_ids: idList(),
    amazon_ids: idList(),
    youtube_ids: idList(),
    soundcloud_ids: idList(),
    shazam_ids: idList(),
    tiktok_ids: idList(),
    beatport_ids: idList(),
    qq_ids: idList(),
    genius_ids: idList(),
  });

  const screenerPeriod = s.obj({
    rank: numMap(),
    score: optNum(),
    release_date: optDate(),
    ...numFields(TRACK_SCREENER_STATS),
  });
  const screenerTrack = s.obj({
    cm_track: s.num(),
    name: optStr(),
    isrc: optStr(),
    image_url: optStr(),
    score: optNum(),
    explicit: optBool(),
    label: optStr(),
    album: s.opt(s.arr(albumRef())),
    artist: s.opt(s.arr(s.obj({ id: optId(), name: optStr() }))),
    genre: strList(),
    songwriter: strList(),
    moods: s.opt(s.arr(moodTag)),
    activities: s.opt(s.arr(moodTag)),
    cm_track_cluster: s.opt(s.obj({ cluster_id: optId(), track_types: strList() })),
    latest: s.opt(screenerPeriod),
    weekly_diff: s.opt(screenerPeriod),
    monthly_diff: s.opt(screenerPeriod),
    weekly_diff_percent: s.opt(screenerPeriod),
    monthly_diff_percent: s.opt(screenerPeriod),
  });

  const youtubeShort = s.obj({
    video_id: optStr(),
    created_at: optDate(),
    modified_at: optDate(),
    username: optStr(),
    video_title: optStr(),
    cm_id: optId(),
    sound_id: optStr(),
    token_parameter: optStr(),
    thumbnail_url: optStr(),
    link: optStr(),
    shorts_track_page: optStr(),
    views: optNum(),
    likes: optNum(),
    comments: optNum(),
    stats: s.opt(videoStats),
  });

  // ---------------------------------------------------------------- the family

  return {
    /** Track metadata: artists, albums, moods, songwriters and `cm_statistics`. No platform ids (use `getIds`). */
    get: defineEndpoint({
      id: 'tracks.get',
      method: 'GET',
      path: '/api/track/{id}',
      pathParams: { id: p.id() },
      response: trackMetadata,
      summary: 'Track metadata with cm_statistics; platform ids are not included (use tracks.getIds).',
      docs: DOCS,
    }),

    /**
     * Playlists (current or past) that contain the track on one platform, with category flags (§5.4).
     * Paginated: `limit` ≤ 100, default 10.
     */
    playlists: defineEndpoint({
      id: 'tracks.playlists',
      method: 'GET',
      path: '/api/track/{id}/{platform}/{status}/playlists',
      pathParams: { id: p.id(), platform: p.oneOf(TRACK_PLACEMENT_PLATFORMS), status: p.exactly(['current', 'past']) },
      query: {
        since: p.optional(p.date()),
        until: p.optional(p.date()),
        sortColumn: p.optional(p.oneOf(['added_at', 'removed_at', 'fdiff_month', 'followers', 'name', 'position', 'peak_position', 'track', 'code2', 'countries'])),
        sortOrderDesc: p.optional(p.bool()),
        limit: limitParam(100),
        offset: offsetParam(),
        ...placementFlags(),
      },
      wire: { ...camelWire('sortColumn', 'sortOrderDesc'), ...placementFlagWire },
      response: s.arr(placementRow()),
      paginate: { kind: 'offset', items: (d) => d, defaultLimit: 10 },
      summary: 'Playlist placements of a track on spotify|applemusic|deezer|amazon (current or past); limit ≤ 100.',
      docs: `${DOCS}, §5.4, §5.5`,
    }),

    /** Playlists that contained the track on a given `date`. Paginated, default 10 per page. */
    playlistsSnapshot: defineEndpoint({
      id: 'tracks.playlistsSnapshot',
      method: 'GET',
      path: '/api/track/{id}/{platform}/playlists/snapshot',
      pathParams: { id: p.id(), platform: p.oneOf(PLACEMENT_PLATFORMS) },
      query: { date: p.date(), limit: limitParam(), offset: offsetParam() },
      response: s.arr(
        s.obj({ playlist_id: optId(), track_id: optId(), added_at: optDate(), removed_at: optDate(), playlist: s.opt(playlistRow()), track: s.opt(trackRow()) }),
      ),
      paginate: { kind: 'offset', items: (d) => d, defaultLimit: 10 },
      summary: 'Playlists containing the track on one date.',
      docs: DOCS,
    }),

    /**
     * Track time series on one platform. `mode` is required by the route (`highest-playcounts` or
     * `most-history`, §6.14); Spotify `type` defaults to `popularity`, ask for `streams` explicitly.
     * With `isDomainId: true` the `id` is the platform's own id (e.g. a Spotify track id).
     */
    stats: defineEndpoint({
      id: 'tracks.stats',
      method: 'GET',
      path: '/api/track/{id}/{platform}/stats/{mode}',
      pathParams: { id: p.id({ allowText: true }), platform: p.oneOf(TRACK_STAT_PLATFORMS), mode: p.exactly(['highest-playcounts', 'most-history']) },
      query: {
        since: p.optional(p.date()),
        until: p.optional(p.date()),
        latest: p.optional(p.bool()),
        interpolated: p.optional(p.bool()),
        type: p.optional(p.oneOf(TRACK_STAT_TYPES)),
        isDomainId: p.optional(p.bool()),
      },
      wire: camelWire('isDomainId'),
      response: s.arr(trackStatSeries),
      summary: 'Track time series (list of series {domain, track_domain_id, type, data[]}); since defaults to 180 days ago.',
      docs: `${DOCS}, §6.13, §6.14`,
    }),

    /** Chart history of a track on one chart (`{data, length}`). */
    charts: defineEndpoint({
      id: 'tracks.charts',
      method: 'GET',
      path: '/api/track/{id}/{type}/charts',
      pathParams: { id: p.id(), type: p.oneOf(TRACK_CHART_TYPES) },
      query: { since: p.date(), until: p.optional(p.date()) },
      response: s.obj({ data: s.arr(trackChartRow()), length: optNum() }),
      summary: 'Chart history of a track on one chart type ({data, length}).',
      docs: `${DOCS}, §5.8`,
    }),

    /** Track milestones (`{insights, count}`), filterable by stars and platforms. Paginated, default 100. */
    milestones: defineEndpoint({
      id: 'tracks.milestones',
      method: 'GET',
      path: '/api/track/{id}/milestones',
      pathParams: { id: p.id() },
      query: {
        limit: limitParam(),
        offset: offsetParam(),
        stars: p.optional(p.list(p.int({ min: 1, max: 5 }), { min: 1 })),
        daysAgo: p.optional(p.int({ min: 0 })),
        sortColumn: p.optional(p.oneOf(['date', 'stars'])),
        sortOrderDesc: p.optional(p.bool()),
        platforms: p.optional(p.list(p.oneOf(MILESTONE_PLATFORMS), { min: 1 })),
        grouped: p.optional(p.bool()),
      },
      wire: camelWire('daysAgo', 'sortColumn', 'sortOrderDesc'),
      response: milestones(),
      paginate: { kind: 'offset', items: (d) => d.insights, defaultLimit: 100 },
      summary: 'Milestones of a track ({insights[], count}); platforms use apple_music with an underscore.',
      docs: `${DOCS}, §5.9`,
    }),

    /** Other versions of the same song (remix, live, remaster…). */
    relatedTracks: defineEndpoint({
      id: 'tracks.relatedTracks',
      method: 'GET',
      path: '/api/track/{id}/relatedTracks',
      pathParams: { id: p.id() },
      response: s.arr(relatedTrack),
      summary: 'Other versions of the same song.',
      docs: DOCS,
    }),

    /** Top TikTok videos using the track; `limit` ≤ 100 (no offset). */
    topVideos: defineEndpoint({
      id: 'tracks.topVideos',
      method: 'GET',
      path: '/api/track/{id}/topVideos',
      pathParams: { id: p.id() },
      query: { limit: limitParam(100), type: p.optional(p.oneOf(['likes', 'views', 'comments', 'followers'])) },
      response: s.arr(tiktokVideo),
      summary: 'Top TikTok videos using the track; limit ≤ 100.',
      docs: DOCS,
    }),

    /** Likes/comments/views time series of ONE TikTok video: `{id}` is the TikTok video id, not a track id. */
    videoTrends: defineEndpoint({
      id: 'tracks.videoTrends',
      method: 'GET',
      path: '/api/track/{id}/video-trends',
      pathParams: { id: p.id({ allowText: true }) },
      query: { fromDaysAgo: p.int({ min: 1 }) },
      wire: camelWire('fromDaysAgo'),
      // The example sends the points as `obj` itself; the docs name a `data` field: accept both.
      response: s.oneOf([s.arr(videoTrendPoint), s.obj({ data: s.arr(videoTrendPoint) })]),
      summary: 'Time series of one TikTok video (id = TikTok video id).',
      docs: DOCS,
    }),

    /**
     * Cross-platform id map of a track from any id type (ISRC without hyphens, §5.1). The result is an
     * array even for one match, and `[]` when nothing matches (§6.15).
     */
    getIds: defineEndpoint({
      id: 'tracks.getIds',
      method: 'GET',
      path: '/api/track/{type}/{id}/get-ids',
      pathParams: { type: p.oneOf(TRACK_ID_TYPES), id: p.id({ allowText: true }) },
      response: s.arr(trackIds),
      summary: 'Cross-platform id map of a track (array; [] when no match).',
      docs: `${DOCS}, §5.1, §6.15`,
    }),

    /**
     * Track screener. Range filters `min<Stat>`/`max<Stat>` apply to `rangePeriod`; sort with
     * `sortColumn: '<period>.<stat>'` (§5.6). `limit` ≤ 100 and `offset + limit < 10000`: the track
     * screener row writes the window strictly (§5.6 writes `≤` for the screeners in general), and the
     * strict reading is the one the API cannot refuse.
     */
    listFilter: defineEndpoint({
      id: 'tracks.listFilter',
      method: 'GET',
      path: '/api/track/list/filter',
      query: {
        limit: limitParam(100),
        offset: offsetParam(),
        sortColumn: p.optional(p.str({ min: 1, expected: `'score', 'release_date' or '<period>.<stat>' such as 'latest.spotify_plays'` })),
        sortOrderDesc: p.optional(p.bool()),
        genres: p.optional(p.list(p.int({ min: 1 }), { min: 1 })),
        artists: p.optional(p.list(p.int({ min: 1 }), { min: 1 })),
        shortlistIds: p.optional(p.list(p.int({ min: 1 }), { min: 1 })),
        rangePeriod: p.optional(p.oneOf(['latest', 'monthly_diff', 'weekly_diff', 'monthly_diff_percent', 'weekly_diff_percent'])),
        minScore: p.optional(p.number()),
        maxScore: p.optional(p.number()),
        minReleaseDate: p.optional(p.date()),
        maxReleaseDate: p.optional(p.date()),
        ...rangeFilters(TRACK_SCREENER_STATS),
        ...versionFilters(),
      },
      wire: camelWire('sortColumn', 'sortOrderDesc', 'shortlistIds'),
      checks: [offsetWindow(10000, 50, { strict: true }), ...versionChecks],
      response: s.arr(screenerTrack),
      paginate: { kind: 'offset', items: (d) => d, defaultLimit: 50, maxOffset: 9999 },
      summary: 'Track screener; limit ≤ 100, offset + limit < 10000.',
      docs: `${DOCS}, §4, §5.3, §5.6, §5.7`,
    }),

    /** Top YouTube Shorts using the track (`{total, available_count, data}`); `{id}` is the Chartmetric track id. */
    youtubeTopShorts: defineEndpoint({
      id: 'tracks.youtubeTopShorts',
      method: 'GET',
      path: '/api/track/youtube/{id}/topShorts',
      pathParams: { id: p.id() },
      query: { limit: limitParam(), type: p.optional(p.oneOf(['likes', 'views', 'comments', 'created_at'])) },
      response: s.obj({ total: optNum(), available_count: optNum(), data: s.arr(youtubeShort) }),
      summary: 'Top YouTube Shorts for a track ({total, available_count, data[]}).',
      docs: DOCS,
    }),
  };
});
