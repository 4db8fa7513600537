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
 * This file also holds the building blocks the other part-B families share (track rows, playlist
 * rows, placement rows, the placement category flags, wire-name helpers): tracks are the common
 * denominator of charts, playlists, albums and curators, and keeping them here keeps the module
 * graph acyclic (every other part-B family imports from this file, this file imports none of them).
 */
import { defineEndpoint } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';

// ---------------------------------------------------------------- shared building blocks

/**
 * An id as the API sends it: a number or a string. Platform ids mix both (Deezer ids arrive as
 * numeric strings, Amazon ids are ASINs, iTunes ids are numbers for artists and strings for
 * tracks, §5.1), so they are kept as sent rather than coerced.
 */
export const anyId = () => s.oneOf([s.z.number(), s.str()]);
export const optNum = () => s.opt(s.num());
export const optStr = () => s.opt(s.str());
export const optDate = () => s.opt(s.date());
export const optBool = () => s.opt(s.bool());
export const optId = () => s.opt(anyId());
/** A list of strings whose entries may be null (`artist_covers: [null]`, `code2s: ["US", null]`). */
export const strList = () => s.opt(s.arr(s.opt(s.str())));
/** A list of ids whose entries may be null (`album_ids: [null]`). */
export const idList = () => s.opt(s.arr(s.opt(anyId())));
/** A date/time that is either a string (ISO, `YYYY-MM-DD`, …) or epoch seconds/milliseconds (§6.4). */
export const dateOrEpoch = () => s.oneOf([s.str(), s.z.number()]);
/** `{ id, name }` tags. */
export const tag = () => s.obj({ id: optId(), name: optStr() });

/**
 * Wire names for parameters that Chartmetric spells in camelCase (the provider default is
 * camelCase → snake_case, §6.9 "parameter naming is inconsistent"): `{ sortColumn: 'sortColumn' }`.
 */
export const camelWire = <const K extends string>(...names: K[]) =>
  Object.fromEntries(names.map((n) => [n, n])) as { [N in K]: N };

/** Chartmetric `limit`/`offset` pair; `max` is the documented page-size ceiling, if any. */
export const limitParam = (max?: number) => p.optional(p.int({ min: 1, max }));
export const offsetParam = (max?: number) => p.optional(p.int({ min: 0, max }));

/** `offset + limit ≤ max` rule of the directory lists (§3, §5.6): checked before sending. */
export const offsetWindow =
  (max: number, defaultLimit: number) =>
  (params: Record<string, unknown>): string | undefined => {
    const offset = typeof params.offset === 'number' ? params.offset : 0;
    const limit = typeof params.limit === 'number' ? params.limit : defaultLimit;
    return offset + limit > max
      ? `offset + limit must be ≤ ${max} (got offset ${offset} + limit ${limit}): only the first ${max} results of this list are reachable`
      : undefined;
  };

/** Track version filters (§5.7), sent as `version_only[]=…`. */
export const TRACK_VERSIONS = [
  'original', 're_release', 'edit', 'remix', 'acoustic', 'alt_ver', 'physical_ver', 'cover', 'live', 'feat_or_collab', 'dub',
  'remaster', 'bonus', 'arrangement', 'commentary', 'lofi', 'component', 'karaoke', 'compilation_rerelease', 'explicit', 'clean', 'other',
] as const;
const versionList = () => p.optional(p.list(p.oneOf(TRACK_VERSIONS), { min: 1 }));
export const versionFilters = {
  versionOnly: versionList(),
  versionAnd: versionList(),
  versionOr: versionList(),
  versionNot: versionList(),
};
/** §5.7: `version_only` cannot be combined with the others; `version_and` and `version_or` exclude each other. */
export const versionChecks = [
  (q: Record<string, unknown>) =>
    q.versionOnly !== undefined && (q.versionAnd !== undefined || q.versionOr !== undefined || q.versionNot !== undefined)
      ? '`versionOnly` cannot be combined with `versionAnd`, `versionOr` or `versionNot` (reference/chartmetric.md §5.7)'
      : undefined,
  (q: Record<string, unknown>) =>
    q.versionAnd !== undefined && q.versionOr !== undefined
      ? '`versionAnd` and `versionOr` are mutually exclusive: pass one of them (reference/chartmetric.md §5.7)'
      : undefined,
];

/**
 * Playlist category flags of the placement endpoints (§5.4). Which flags apply depends on the
 * platform; with no flag at all the API may answer `[]`, and passing one flag turns the
 * unspecified ones off (community observation), so pass every category you want as `true`.
 */
export const placementFlags = {
  indie: p.optional(p.bool()),
  editorial: p.optional(p.bool()),
  majorCurator: p.optional(p.bool()),
  newMusicFriday: p.optional(p.bool()),
  editorialBrand: p.optional(p.bool()),
  personalized: p.optional(p.bool()),
  deezerPartner: p.optional(p.bool()),
  chart: p.optional(p.bool()),
  thisIs: p.optional(p.bool()),
  hundredPercent: p.optional(p.bool()),
  radio: p.optional(p.bool()),
  fullyPersonalized: p.optional(p.bool()),
  brand: p.optional(p.bool()),
  musicBrand: p.optional(p.bool()),
  nonMusicBrand: p.optional(p.bool()),
  popularIndie: p.optional(p.bool()),
  audiobook: p.optional(p.bool()),
  personalityArtist: p.optional(p.bool()),
};
export const placementFlagWire = camelWire(
  'majorCurator', 'newMusicFriday', 'editorialBrand', 'deezerPartner', 'thisIs', 'hundredPercent', 'fullyPersonalized',
  'musicBrand', 'nonMusicBrand', 'popularIndie', 'personalityArtist',
);

/** The snake_case track row shared by legacy charts, playlists, albums and placements. */
export const trackFields = {
  id: optId(),
  name: optStr(),
  isrc: optStr(),
  image_url: optStr(),
  cm_track: optNum(),
  /** Chartmetric artist ids: an array on track rows, a single number on artist rows. */
  cm_artist: s.opt(s.oneOf([s.num(), s.arr(s.opt(s.num()))])),
  artist_names: strList(),
  code2s: strList(),
  artist_images: strList(),
  artist_covers: strList(),
  track_genre: optStr(),
  spotify_popularity: optNum(),
  spotify_duration_ms: optNum(),
  spotify_track_id: optStr(),
  spotify_album_id: optStr(),
  spotify_artist_names: strList(),
  spotify_artist_ids: strList(),
  spotify_track_ids: strList(),
  spotify_album_ids: strList(),
  itunes_track_ids: idList(),
  itunes_album_ids: idList(),
  deezer_track_ids: idList(),
  deezer_album_ids: idList(),
  amazon_track_ids: idList(),
  amazon_album_ids: idList(),
  album_ids: idList(),
  album_names: strList(),
  album_upc: idList(),
  album_label: strList(),
  release_dates: strList(),
};
export const trackRow = s.obj(trackFields);

/** Playlist metadata row (`/playlist/{platform}/{id}`, curator playlists, placements). */
export const playlistFields = {
  id: optId(),
  name: optStr(),
  playlist_id: optId(),
  description: optStr(),
  image_url: optStr(),
  sys_last_updated: optDate(),
  last_updated: optDate(),
  personalized: optBool(),
  code2: optStr(),
  owner_name: optStr(),
  owner_id: optId(),
  user_id: optId(),
  editorial: optBool(),
  tags: s.opt(s.arr(tag())),
  followers: optNum(),
  likes: optNum(),
  num_track: optNum(),
  fdiff_week: optNum(),
  fdiff_month: optNum(),
  catalog: optStr(),
  active_ratio: optNum(),
  genre: optStr(),
};
export const playlistRow = s.obj(playlistFields);

const albumRef = s.obj({ id: optId(), name: optStr(), label: optStr(), release_date: optDate(), upc: optId() });
const artistRef = s.obj({ id: optId(), name: optStr(), code2: optStr(), image_url: optStr() });

/** One playlist placement: the playlist (with the track's position in it) and the track. */
export const placementRow = s.obj({
  playlist: s.obj({
    ...playlistFields,
    track_id: optId(),
    cm_track: optNum(),
    position: optNum(),
    peak_position: optNum(),
    added_at: optDate(),
    removed_at: optDate(),
    period: optNum(),
    /** The track's name. */
    track: optStr(),
    playlist_image_url: optStr(),
    curator_name: optStr(),
  }),
  track: s.obj({
    ...trackFields,
    composer_name: optStr(),
    duration_ms: optNum(),
    explicit: optBool(),
    score: optNum(),
    songwriter: strList(),
    album: s.opt(s.arr(albumRef)),
    artists: s.opt(s.arr(artistRef)),
  }),
});

/** Shape of a time-series point (`value` may arrive as a string for large counters, §6.5). */
export const statPoint = s.obj({
  value: optNum(),
  timestp: s.date(),
  daily_diff: optNum(),
  diff: optNum(),
  interpolated: optBool(),
});

/** Rank/position fields of a chart-history row (`/track/{id}/{type}/charts`, `/album/{id}/{type}/charts`). */
export const chartHistoryFields = {
  rank: optNum(),
  pre_rank: optNum(),
  peak_rank: optNum(),
  peak_date: optDate(),
  added_at: optDate(),
  code2: optStr(),
  genre: optStr(),
  gnp: optNum(),
};

type CamelOf<S extends string> = S extends `${infer A}_${infer B}` ? `${A}${Capitalize<CamelOf<B>>}` : S;
/** `min<Stat>`/`max<Stat>` screener filters, sent as `min_<stat>`/`max_<stat>` by the default snake_case rule. */
export function rangeFilters<const K extends readonly string[]>(stats: K) {
  const out: Record<string, unknown> = {};
  for (const stat of stats) {
    const name = stat.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    const cap = name[0]!.toUpperCase() + name.slice(1);
    out[`min${cap}`] = p.optional(p.number());
    out[`max${cap}`] = p.optional(p.number());
  }
  return out as { [P in K[number] as `min${Capitalize<CamelOf<P>>}` | `max${Capitalize<CamelOf<P>>}`]: OptionalNumber };
}
type OptionalNumber = ReturnType<typeof p.optional<ReturnType<typeof p.number>>>;
/** Builds `{ key: optNum() }` for a list of numeric keys. */
export function numFields<const K extends readonly string[]>(keys: K) {
  return Object.fromEntries(keys.map((k) => [k, optNum()])) as { [P in K[number]]: ReturnType<typeof optNum> };
}

// ---------------------------------------------------------------- enums

export const TRACK_PLACEMENT_PLATFORMS = ['spotify', 'applemusic', 'deezer', 'amazon'] as const;
export const SNAPSHOT_PLATFORMS = ['spotify', 'applemusic', 'deezer', 'amazon', 'youtube'] as const;
export const TRACK_STAT_PLATFORMS = ['chartmetric', 'spotify', 'youtube', 'shazam', 'tiktok', 'genius', 'soundcloud', 'line', 'melon', 'radio'] as const;
export const TRACK_STAT_TYPES = [
  'popularity', 'streams', 'score', 'rank', 'posts', 'views', 'comments', 'sound_posts', 'sound_views', 'sound_likes', 'sound_comments',
] as const;
export const TRACK_CHART_TYPES = [
  'spotify_viral_daily', 'spotify_viral_weekly', 'spotify_top_daily', 'spotify_top_weekly', 'applemusic_top', 'applemusic_daily',
  'applemusic_albums', 'itunes_top', 'itunes_albums', 'shazam', 'beatport', 'amazon', 'soundcloud', 'airplay_daily', 'airplay_weekly',
] as const;
export const MILESTONE_PLATFORMS = [
  'amazon', 'apple_music', 'beatport', 'chartmetric', 'deezer', 'itunes', 'pandora', 'shazam', 'soundcloud', 'spotify', 'tiktok', 'youtube',
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
  genres: s.opt(s.arr(tag())),
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
  data: s.arr(statPoint),
});

const trackChartRow = s.obj({ ...trackFields, ...chartHistoryFields, plays: optNum(), duration: optStr(), chart_type: optStr() });

const milestone = s.obj({
  id: optId(),
  date: optDate(),
  summary: optStr(),
  artist_name: optStr(),
  track_name: optStr(),
  platform: optStr(),
  stars: optNum(),
  group_size: optNum(),
});
const milestones = s.obj({ insights: s.arr(milestone), count: optNum() });

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
  rank: s.opt(s.rec(s.opt(s.num()))),
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
  album: s.opt(s.arr(albumRef)),
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

const DOCS = 'reference/chartmetric.md §3 (Track)';

// ---------------------------------------------------------------- the family

export const tracks = {
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
      ...placementFlags,
    },
    wire: { ...camelWire('sortColumn', 'sortOrderDesc'), ...placementFlagWire },
    response: s.arr(placementRow),
    paginate: { kind: 'offset', items: (d) => d, defaultLimit: 10 },
    summary: 'Playlist placements of a track on spotify|applemusic|deezer|amazon (current or past); limit ≤ 100.',
    docs: `${DOCS}, §5.4, §5.5`,
  }),

  /** Playlists that contained the track on a given `date`. Paginated, default 10 per page. */
  playlistsSnapshot: defineEndpoint({
    id: 'tracks.playlistsSnapshot',
    method: 'GET',
    path: '/api/track/{id}/{platform}/playlists/snapshot',
    pathParams: { id: p.id(), platform: p.oneOf(SNAPSHOT_PLATFORMS) },
    query: { date: p.date(), limit: limitParam(), offset: offsetParam() },
    response: s.arr(
      s.obj({ playlist_id: optId(), track_id: optId(), added_at: optDate(), removed_at: optDate(), playlist: s.opt(playlistRow), track: s.opt(trackRow) }),
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
    response: s.obj({ data: s.arr(trackChartRow), length: optNum() }),
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
    response: milestones,
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
   * `sortColumn: '<period>.<stat>'` (§5.6). `limit` ≤ 100 and `offset + limit ≤ 10000`.
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
      ...versionFilters,
    },
    wire: camelWire('sortColumn', 'sortOrderDesc', 'shortlistIds'),
    checks: [offsetWindow(10000, 50), ...versionChecks],
    response: s.arr(screenerTrack),
    paginate: { kind: 'offset', items: (d) => d, defaultLimit: 50, maxOffset: 10000 },
    summary: 'Track screener; limit ≤ 100, offset + limit ≤ 10000.',
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
