/**
 * Chartmetric artist endpoints: `/api/artist/...` (reference/chartmetric.md §3 "Artist", params §4,
 * enums §5, quirks §6).
 *
 * Naming (family = `artists`, method = the literal path segments after the id, camelCased):
 * - `/api/artist/{id}` → `get`; `/api/artist/{id}/stat/{source}` → `stats` (required public name);
 *   `/api/artist/{id}/{platform}/{status}/playlists` → `playlists`; `…/{status}/events` → `events`;
 *   `…/{type}/charts` → `charts`.
 * - `relatedartists` is spelled `relatedArtists`; `cmStats` and `tvmaze`/`riaa` keep the URL's spelling.
 * - `/api/artist/{type}/{id}/get-ids` → `getIds(type, id)`; `/api/artist/{type}/list` → `list(type, {min, max})`;
 *   `/api/artist/list/filter` → `listFilter`; `/api/artist/anr/by/{playlists|social-index}` →
 *   `anrByPlaylists` / `anrBySocialIndex`.
 *
 * Envelope: the SDK unwraps `obj`, except `tracks`, whose `total` sits beside `obj` (`envelope: 'root'`).
 * `listFilter` is double-wrapped (`obj.obj`, with `offset`/`total` inside the outer `obj`, §6.7).
 *
 * The shared row schemas below (tracks, genres, audience rows…) are also used by the other part-A families.
 */
import { defineEndpoint } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';

const DOCS = 'reference/chartmetric.md §3 (Artist)';

// ---------------------------------------------------------------------------------------------
// Shared schema shorthands (Chartmetric sends numbers as strings and nulls almost anywhere, §6.5–6.6)
// ---------------------------------------------------------------------------------------------

/** A numeric field that may be missing, null, or a numeric string. */
export const n = () => s.opt(s.num());
/** A text field that may be missing or null. */
export const t = () => s.opt(s.str());
/** A boolean field that may be missing or null. */
export const b = () => s.opt(s.bool());
/** A date/time field as sent (formats vary, §6.4), possibly missing or null. */
export const d = () => s.opt(s.date());
/** An id that one platform sends as a number and another as a string (Deezer, Amazon, YouTube ids). */
export const anyId = () => s.oneOf([s.str(), s.z.number()]);
/** A name that is sometimes a number (SoundCloud `owner_name` in search results). */
export const textOrNumber = () => s.opt(s.oneOf([s.str(), s.z.number()]));
/** A list of platform ids (elements may be null; the whole list may be null, §6.15). */
export const idList = () => s.opt(s.arr(s.opt(anyId())));
/** A list of strings with possible null entries. */
export const strList = () => s.opt(s.arr(s.opt(s.str())));
/** A list of numbers (or numeric strings) with possible null entries. */
export const numList = () => s.opt(s.arr(s.opt(s.num())));
/** A free-form JSON object or value. */
export const anyJson = () => s.opt(s.json());

/** A genre reference: `{id, name}` plus taxonomy details that vary by endpoint. */
export const genreRef = s.obj({ id: n(), name: t(), type: t(), source: t(), link_type: t(), score: n() });
/** Primary / secondary / sub genres of an artist (`genres` on profiles and related artists). */
export const genreBlock = s.obj({ primary: s.opt(genreRef), secondary: s.opt(s.arr(genreRef)), sub: s.opt(s.arr(genreRef)) });
/** `genre_smart_ordered`: a list of `{ "<rank>": genreId }` maps. */
export const smartGenres = () => s.opt(s.arr(s.opt(s.rec(s.opt(s.num())))));
/** A `{id, name}` pair (moods, activities, cities, tags…). */
export const idName = s.obj({ id: n(), name: t() });

/** Career stages and momentum labels (§5.3 "Career enums"). */
export const CAREER_STAGES = ['undiscovered', 'developing', 'mid-level', 'mainstream', 'superstar', 'legendary'] as const;
export const CAREER_TRENDS = ['decline', 'gradual decline', 'steady', 'growth', 'explosive growth'] as const;
export const careerStatus = s.obj({
  stage: s.opt(s.openEnum(CAREER_STAGES)),
  stage_score: n(),
  trend: s.opt(s.openEnum(CAREER_TRENDS)),
  trend_score: n(),
});

/** One city/country entry of Spotify "where people listen" summaries. */
export const listenPlace = s.obj({ code2: t(), listeners: n(), name: t() });

/** Track identity and cross-platform id arrays, as in artist tracks, chart entries and city top lists. */
export const trackShape = {
  id: n(),
  name: t(),
  isrc: t(),
  image_url: t(),
  cm_track: n(),
  cm_artist: numList(),
  artist_names: strList(),
  code2s: strList(),
  artist_images: strList(),
  artist_covers: strList(),
  spotify_artist_ids: idList(),
  spotify_artist_names: strList(),
  spotify_track_ids: idList(),
  spotify_album_ids: idList(),
  spotify_album_id: t(),
  spotify_popularity: n(),
  spotify_duration_ms: n(),
  itunes_track_ids: idList(),
  itunes_album_ids: idList(),
  storefronts: strList(),
  deezer_track_ids: idList(),
  deezer_album_ids: idList(),
  deezer_duration: n(),
  amazon_track_ids: idList(),
  amazon_album_ids: idList(),
  album_ids: numList(),
  album_names: strList(),
  album_upc: strList(),
  album_label: strList(),
  release_dates: strList(),
  track_genre: t(),
  tags: t(),
  created_at: d(),
  modified_at: d(),
  description: t(),
};
export const trackRow = s.obj(trackShape);

/** Audience breakdown rows of the Instagram / TikTok / YouTube audience reports (percentages arrive as strings). */
const audienceCountry = s.obj({ name: t(), code: t(), percent: n(), followers: n(), subscribers: n(), likes: n(), comments: n() });
const audienceCity = s.obj({ name: t(), percent: n(), followers: n(), likes: n(), state: t(), country: t() });
const genderPerAge = s.obj({ code: t(), male: n(), female: n() });
const codeWeight = s.obj({ code: t(), name: t(), weight: n() });
const nameWeight = s.obj({ name: t(), weight: n(), affinity: n() });
const notableAccount = s.obj({
  user_id: t(),
  username: t(),
  custom_name: t(),
  picture: t(),
  fullname: t(),
  url: t(),
  geo: anyJson(),
  is_verified: b(),
  engagements: n(),
  avg_likes: n(),
  avg_views: n(),
  followers: n(),
  subscribers: n(),
});

/** Release summary attached to A&R and city rows. */
const releaseRow = s.obj({ cm_album: n(), album_name: t(), release_date: d(), upc: t(), label: t(), image_url: t() });

// ---------------------------------------------------------------------------------------------
// Shared parameter helpers and cross-field checks
// ---------------------------------------------------------------------------------------------

/** Maps SDK names to themselves: Chartmetric keeps these camelCase on the wire (§6.9). */
export const camel = (...names: string[]): Record<string, string> => Object.fromEntries(names.map((k) => [k, k]));

const DAY_MS = 86_400_000;
/** Day number of a `YYYY-MM-DD` string or a Date (checks may see either form). */
export function dayNumber(v: unknown): number | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : Math.floor(v.getTime() / DAY_MS);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return Math.floor(Date.parse(`${v}T00:00:00Z`) / DAY_MS);
  return undefined;
}
/** Today's UTC day number. */
const today = () => Math.floor(Date.now() / DAY_MS);

/** `since` must not be after `until`. */
export const sinceBeforeUntil = (params: Record<string, unknown>): string | undefined => {
  const a = dayNumber(params.since);
  const z = dayNumber(params.until);
  return a !== undefined && z !== undefined && a > z ? '`since` must be on or before `until` (dates as YYYY-MM-DD)' : undefined;
};

/** Track version filters (§5.7): `versionOnly` stands alone; `versionAnd` and `versionOr` exclude each other. */
export const versionFilterRule = (params: Record<string, unknown>): string | undefined => {
  const has = (k: string) => Array.isArray(params[k]) && (params[k] as unknown[]).length > 0;
  if (has('versionOnly') && (has('versionAnd') || has('versionOr') || has('versionNot')))
    return '`versionOnly` cannot be combined with `versionAnd`, `versionOr` or `versionNot` (reference/chartmetric.md §5.7)';
  if (has('versionAnd') && has('versionOr')) return '`versionAnd` and `versionOr` are mutually exclusive (reference/chartmetric.md §5.7)';
  return undefined;
};

/** Track version values for the `version_*[]` filters (§5.7). */
export const TRACK_VERSIONS = [
  'original', 're_release', 'edit', 'remix', 'acoustic', 'alt_ver', 'physical_ver', 'cover', 'live', 'feat_or_collab', 'dub',
  'remaster', 'bonus', 'arrangement', 'commentary', 'lofi', 'component', 'karaoke', 'compilation_rerelease', 'explicit', 'clean', 'other',
] as const;

/** Country code, ISO-3166 alpha-2 (`US`), as used by `code2` params. */
export const code2 = () => p.str({ pattern: /^[A-Za-z]{2}$/, expected: `a two-letter country code such as 'US'` });

// ---------------------------------------------------------------------------------------------
// Enumerations (§5)
// ---------------------------------------------------------------------------------------------

/** Sources of `/api/artist/{id}/stat/{source}` (§5.2; `line` and `melon` work though undocumented in the enum). */
export const STAT_SOURCES = [
  'spotify', 'deezer', 'facebook', 'twitter', 'instagram', 'youtube_channel', 'youtube_artist', 'wikipedia', 'bandsintown',
  'soundcloud', 'tiktok', 'twitch', 'line', 'melon',
] as const;
/** Metric names of `field` by source (§5.2). */
export const STAT_FIELDS = [
  'followers', 'popularity', 'listeners', 'fans', 'likes', 'talks', 'retweets', 'subscribers', 'views', 'comments', 'videos',
  'daily_views', 'monthly_views', 'follower_count', 'monthly_viewer_hours', 'weekly_viewer_hours',
] as const;
/** Rank metrics (§5.3) for `artistRank` / `neighboringArtists`. */
export const RANK_METRICS = [
  'sp_popularity', 'sp_followers', 'sp_monthly_listeners', 'sp_listeners_to_followers_ratio', 'deezer_fans', 'cm_artist_rank', 'fs_likes',
  'fs_talks', 'ts_followers', 'ts_retweets', 'ins_followers', 'ycs_views', 'ycs_subscribers', 'ws_views', 'soundcloud_followers', 'bs_followers',
] as const;
/** Rank metrics for `pastArtistRank` (adds the country/genre/subgenre CPP ranks). */
export const PAST_RANK_METRICS = [...RANK_METRICS, 'cm_artist_country_rank', 'cm_artist_genre_rank', 'cm_artist_subgenre_rank'] as const;
/** Metric of `/api/artist/{type}/list` (§5.3). */
export const LIST_METRICS = [
  'sp_followers', 'sp_monthly_listeners', 'sp_popularity', 'sp_listeners_to_followers_ratio', 'sp_followers_to_listeners_ratio', 'deezer_fans',
  'fs_likes', 'fs_talks', 'ins_followers', 'ts_followers', 'ts_retweets', 'ycs_views', 'ycs_subscribers', 'youtube_daily_video_views',
  'youtube_monthly_video_views', 'ws_views', 'soundcloud_followers', 'bs_followers', 'tiktok_followers', 'tiktok_likes', 'cm_artist_rank',
] as const;
/** Chart types of the artist chart history (§5.8 "Entity chart type"). */
export const ARTIST_CHART_TYPES = [
  'spotify_viral_daily', 'spotify_viral_weekly', 'spotify_top_daily', 'spotify_top_weekly', 'applemusic_top', 'applemusic_daily',
  'applemusic_albums', 'itunes_top', 'itunes_albums', 'shazam', 'beatport', 'youtube', 'youtube_tracks', 'youtube_videos', 'youtube_trends', 'amazon',
] as const;
/** Platforms of the artist playlist placements. */
export const PLACEMENT_PLATFORMS = ['spotify', 'applemusic', 'deezer', 'amazon', 'youtube'] as const;
/** Milestone platforms (note `apple_music` with an underscore, §5.9). */
export const MILESTONE_PLATFORMS = [
  'amazon', 'apple_music', 'beatport', 'chartmetric', 'deezer', 'itunes', 'pandora', 'shazam', 'soundcloud', 'spotify', 'tiktok', 'youtube',
] as const;
/** Platform id types accepted by artist get-ids (§5.1). */
export const ARTIST_ID_TYPES = ['chartmetric', 'spotify', 'itunes', 'deezer', 'amazon', 'youtube'] as const;
const SIMILARITY = ['high', 'medium', 'low'] as const;

// ---------------------------------------------------------------------------------------------
// Response schemas
// ---------------------------------------------------------------------------------------------

const cmStatistics = s.obj({
  countryRank: s.opt(s.obj({ code2: t(), country: t(), rank: n(), percentile: n() })),
  sp_followers: n(),
  sp_popularity: n(),
  sp_monthly_listeners: n(),
  sp_where_people_listen: s.opt(s.arr(listenPlace)),
  deezer_fans: n(),
  ins_followers: n(),
  ycs_subscribers: n(),
  ycs_views: n(),
  tiktok_followers: n(),
  tiktok_likes: n(),
  twitter_followers: n(),
  youtube_daily_video_views: n(),
  youtube_monthly_video_views: n(),
  cm_artist_rank: n(),
  cm_artist_score: n(),
  fan_base_rank: n(),
  engagement_rank: n(),
  num_sp_playlists: n(),
  num_sp_editorial_playlists: n(),
  sp_playlist_total_reach: n(),
  shazam_count: n(),
  genius_pageviews: n(),
});

const artistProfile = s.obj({
  id: s.num(),
  name: s.str(),
  created_at: d(),
  code2: t(),
  band: b(),
  pronoun_title: t(),
  gender_title: t(),
  gender: textOrNumber(),
  isni: t(),
  cm_artist_rank: n(),
  cm_artist_score: n(),
  cover_url: t(),
  image_url: t(),
  hometown_city: t(),
  current_city: t(),
  current_city_id: n(),
  band_members: anyJson(),
  booking_agent: anyJson(),
  record_label: t(),
  press_contact: anyJson(),
  general_manager: anyJson(),
  topSongwriterCollaborators: strList(),
  description: t(),
  genres: s.opt(genreBlock),
  genre_smart_ordered: smartGenres(),
  moods: s.opt(s.arr(idName)),
  activities: s.opt(s.arr(idName)),
  career_status: s.opt(careerStatus),
  /** Cross-platform statistics (cached daily); top-level `sp_*` fields may be null (§6.22). */
  cm_statistics: s.opt(cmStatistics),
  sp_followers: n(),
  sp_monthly_listeners: n(),
  sp_popularity: n(),
  deezer_fans: n(),
});

const eventLite = s.obj({
  id: n(),
  event_name: t(),
  jambase_event_url: t(),
  songkick_event_url: t(),
  seatgeek_event_url: t(),
  ticketmaster_event_url: t(),
  type: t(),
  start_date: d(),
  end_date: d(),
  is_headliner: b(),
});

const artistVenue = s.obj({
  venue_id: n(),
  venue_name: t(),
  venue_url: t(),
  venue_capacity: n(),
  city: s.opt(s.oneOf([idName, s.str()])),
  code2: t(),
  events: s.opt(s.arr(eventLite)),
});

/** Playlist placements: `{ playlist, track }` per row. */
const placement = s.obj({
  playlist: s.obj({
    id: n(),
    playlist_id: s.opt(anyId()),
    name: t(),
    track_id: n(),
    cm_track: n(),
    track: t(),
    position: n(),
    peak_position: n(),
    added_at: d(),
    removed_at: d(),
    period: n(),
    followers: n(),
    fdiff_week: n(),
    fdiff_month: n(),
    views: n(),
    code2: t(),
    curator_name: t(),
    owner_name: t(),
    owner_id: s.opt(anyId()),
    user_id: s.opt(anyId()),
    description: t(),
    image_url: t(),
    playlist_image_url: t(),
    last_updated: d(),
    sys_last_updated: d(),
    editorial: b(),
    personalized: b(),
    tags: s.opt(s.arr(idName)),
    num_track: n(),
    catalog: t(),
    active_ratio: n(),
  }),
  track: s.opt(
    s.obj({
      ...trackShape,
      spotify_track_id: t(),
      composer_name: t(),
      album: s.opt(s.arr(s.obj({ id: n(), name: t(), label: t(), release_date: d(), upc: t() }))),
      duration_ms: n(),
      explicit: b(),
      score: n(),
      artists: s.opt(s.arr(s.obj({ id: n(), name: t(), code2: t() }))),
    }),
  ),
});

const artistEvent = s.obj({
  id: n(),
  event_name: t(),
  event_url: t(),
  jambase_event_url: t(),
  songkick_event_url: t(),
  seatgeek_event_url: t(),
  ticketmaster_event_url: t(),
  type: t(),
  start_date: d(),
  end_date: d(),
  venue_id: n(),
  venue_name: t(),
  venue_url: t(),
  venue_capacity: n(),
  /** An `{id, name}` object, or the city name alone on current events. */
  city: s.opt(s.oneOf([idName, s.str()])),
  code2: t(),
  low_price: n(),
  high_price: n(),
  price: n(),
  price_trend: s.opt(s.arr(s.obj({ date: d(), price: n() }))),
  currency: t(),
  is_headliner: b(),
});

const chartEntry = s.obj({
  ...trackShape,
  rank: n(),
  pre_rank: n(),
  peak_rank: n(),
  peak_date: d(),
  added_at: d(),
  code2: t(),
  plays: n(),
  duration: t(),
  chart_type: t(),
  chart_name: t(),
  gnp: n(),
  peak_plays: n(),
  total_plays: n(),
  time_on_chart: n(),
  velocity: n(),
});

const albumRow = s.obj({
  id: n(),
  upc: t(),
  name: t(),
  image_url: t(),
  release_date: d(),
  label: t(),
  spotify_popularity: n(),
  cm_label: n(),
  description: t(),
  created_at: d(),
  modified_at: d(),
  cm_album: n(),
  num_track: n(),
  spotify_album_ids: idList(),
  itunes_album_ids: idList(),
  deezer_album_ids: idList(),
  amazon_album_ids: idList(),
  artists: s.opt(s.arr(s.obj({ cm_artist: n(), name: t(), image_url: t() }))),
});

const metricMap = () => s.opt(s.rec(s.opt(s.num())));

const milestone = s.obj({
  id: n(),
  date: d(),
  summary: t(),
  artist_name: t(),
  track_name: t(),
  platform: t(),
  stars: n(),
  group_size: n(),
});

const socialMetricsShape = {
  sp_popularity: n(),
  sp_followers: n(),
  sp_monthly_listeners: n(),
  sp_listeners_to_followers_ratio: n(),
  sp_followers_to_listeners_ratio: n(),
  deezer_fans: n(),
  cm_artist_rank: n(),
  fs_likes: n(),
  fs_talks: n(),
  ts_followers: n(),
  ts_retweets: n(),
  ins_followers: n(),
  ycs_views: n(),
  ycs_subscribers: n(),
  ws_views: n(),
  soundcloud_followers: n(),
  bs_followers: n(),
  tiktok_likes: n(),
  tiktok_followers: n(),
  youtube_daily_video_views: n(),
  youtube_monthly_video_views: n(),
};

const neighbor = s.obj({
  ...socialMetricsShape,
  rank: n(),
  position: n(),
  id: n(),
  name: t(),
  image_url: t(),
  sp_where_people_listen: s.opt(s.arr(listenPlace)),
  latest_album_release_date: d(),
  latest_album_upc: t(),
  signed: b(),
  genres: t(),
});

const newsItem = s.obj({
  id: s.opt(anyId()),
  type: t(),
  subType: t(),
  formattedDate: d(),
  imageUrl: t(),
  /** A sentence with `:placeholder` tokens filled from `summaryData`. */
  summaryTemplate: t(),
  summaryData: s.opt(s.rec(s.json())),
  metadata: anyJson(),
  stars: n(),
});

const insight = s.obj({
  variant: t(),
  insightType: t(),
  metricName: t(),
  insightId: n(),
  target: t(),
  targetId: s.opt(anyId()),
  targetName: t(),
  targetImageUrl: t(),
  insightDate: d(),
  insightDateMinus7Days: d(),
  graphImageUrl: t(),
  metricDx1: n(),
  metricDx2: n(),
});

const pastRank = s.obj({ artist_rank: n(), code2: t(), genre_id: n(), genre: t() });

const relatedArtist = s.obj({
  id: s.num(),
  name: t(),
  code2: t(),
  cm_artist_rank: n(),
  image_url: t(),
  sp_followers: n(),
  popularity: n(),
  rank_diff: n(),
  genres: s.opt(genreBlock),
  rank_stats: s.opt(s.arr(s.obj({ rank: n(), timestp: d() }))),
});

const similarArtist = s.obj({
  id: s.num(),
  name: t(),
  image_url: t(),
  code2: t(),
  verified: b(),
  gender: textOrNumber(),
  band: b(),
  genres: anyJson(),
  genre_smart_ordered: smartGenres(),
  subgenres: numList(),
  rank: n(),
  score: n(),
  career_stage: s.opt(s.openEnum(CAREER_STAGES)),
  recent_momentum: s.opt(s.openEnum(CAREER_TRENDS)),
  similarity: n(),
  sp_followers: n(),
  sp_monthly_listeners: n(),
  ins_followers: n(),
  tiktok_followers: n(),
  youtube_subscribers: n(),
});

/** One row of the social audience time series; which fields appear depends on `statsType`. */
const socialAudienceRow = s.obj({
  timestp: d(),
  followers: n(),
  avg_likes_per_post: n(),
  avg_comments_per_post: n(),
  avg_views_per_post: n(),
  engagement_rate: n(),
  brand_id: n(),
  brand_name: t(),
  brand_followers: n(),
  interest_id: n(),
  interest_name: t(),
  interest_followers: n(),
  scale: n(),
  weight: n(),
  weights: n(),
  rank: n(),
  code2: t(),
  city_id: n(),
  city_name: t(),
  language_name: t(),
  female: n(),
  male: n(),
});

/** A point of a fan-metric series (`value` can arrive as a string, §6.5). */
const statPoint = s.obj({
  value: s.opt(s.numOrText()),
  timestp: d(),
  diff: n(),
  daily_diff: n(),
  weekly_diff: n(),
  weekly_diff_percent: n(),
  monthly_diff: n(),
  monthly_diff_percent: n(),
  interpolated: b(),
});
const series = () => s.opt(s.arr(statPoint));
const artistStats = s.obj({
  link: t(),
  followers: series(),
  popularity: series(),
  listeners: series(),
  followers_to_listeners_ratio: series(),
  fans: series(),
  likes: series(),
  talks: series(),
  retweets: series(),
  subscribers: series(),
  views: series(),
  comments: series(),
  videos: series(),
  daily_views: series(),
  monthly_views: series(),
  follower_count: series(),
  monthly_viewer_hours: series(),
  weekly_viewer_hours: series(),
});

const audienceReport = {
  top_countries: s.opt(s.arr(audienceCountry)),
  audience_genders_per_age: s.opt(s.arr(genderPerAge)),
  audience_genders: s.opt(s.arr(codeWeight)),
  followers: n(),
  avg_likes_per_post: n(),
  /** Misspelled upstream (§6.20). */
  avg_commments_per_post: n(),
  avg_comments_per_post: n(),
  engagement_rate: n(),
  timestp: d(),
};

const tiktokTopTrack = s.obj({
  tiktok: n(),
  tags: t(),
  tiktok_track_id: t(),
  tiktok_url: t(),
  isrc: t(),
  cm_track: n(),
  monthly_diff_percent: n(),
  posts: n(),
  name: t(),
  image_url: t(),
  audio_url: t(),
  comments: n(),
  views: n(),
  likes: n(),
  created_at: d(),
  score: n(),
  trend: s.opt(s.arr(s.obj({ value: n(), timestp: d() }))),
  engagementRate: n(),
});

const artistTrack = s.obj({
  ...trackShape,
  artist_type: t(),
  genre_smart_ordered: smartGenres(),
  cm_track_cluster: anyJson(),
  cm_statistics: s.opt(s.rec(s.opt(s.num()))),
  cm_audio_features: s.opt(s.rec(s.opt(s.num()))),
  version_types: s.opt(s.rec(s.opt(s.bool()))),
});

const listenPoint = s.obj({
  timestp: d(),
  code2: t(),
  spotify_artist_id: t(),
  lat: n(),
  lng: n(),
  region: t(),
  city_id: n(),
  current_max_count: n(),
  market_max_cm_artist_id: n(),
  market_max_artist_name: t(),
  listeners: n(),
  prev_listeners: n(),
  artist_city_rank: n(),
  max_listeners: n(),
  population: n(),
  city_affinity: n(),
  /** True for modelled values (after 2024-08-12 Spotify only publishes the top 50). */
  is_estimate: b(),
});

const marketPoint = s.obj({
  value: n(),
  weight: n(),
  timestp: d(),
  rank: n(),
  params_id: t(),
  youtubeforartist_location: t(),
  youtube_artist_id: t(),
  name: t(),
  lat: n(),
  lng: n(),
  code2: t(),
  city_id: n(),
  current_max_count: n(),
  region: t(),
  market_max_cm_artist_id: n(),
  market_max_artist_name: t(),
});

const artistIds = s.obj({
  cm_artist: n(),
  chartmetric_id: n(),
  artist_name: t(),
  spotify_artist_id: t(),
  itunes_artist_id: s.opt(anyId()),
  deezer_artist_id: s.opt(anyId()),
  amazon_artist_id: t(),
  youtube_channel_id: t(),
  spotify_artist_ids: idList(),
  itunes_artist_ids: idList(),
  deezer_artist_ids: idList(),
  amazon_artist_ids: idList(),
  youtube_channel_ids: idList(),
  instagram_id: s.opt(anyId()),
});

const listedArtist = s.obj({
  chartmetric_artist_id: s.num(),
  name: t(),
  code2: t(),
  genres: t(),
  cpp_rank: n(),
  rank_eg: n(),
  rank_fb: n(),
  spotify_popularity: n(),
  spotify_followers: n(),
  spotify_monthly_listeners: n(),
  spotify_listeners_to_followers_ratio: n(),
  spotify_followers_to_listeners_ratio: n(),
  deezer_fans: n(),
  facebook_likes: n(),
  facebook_talks: n(),
  twitter_followers: n(),
  twitter_retweets: n(),
  instagram_followers: n(),
  youtube_channel_views: n(),
  youtube_subscribers: n(),
  youtube_daily_video_views: n(),
  youtube_monthly_video_views: n(),
  wikipedia_views: n(),
  soundcloud_followers: n(),
  bandsintown_followers: n(),
  tiktok_followers: n(),
  tiktok_likes: n(),
  sp_where_people_listen: s.opt(s.arr(listenPlace)),
  signed: b(),
});

const anrCommon = {
  name: t(),
  code2: t(),
  image_url: t(),
  spotify_artist_ids: idList(),
  releases: s.opt(s.arr(releaseRow)),
  sp_followers: n(),
  signed: b(),
};

const anrPlaylistRow = s.obj({
  ...anrCommon,
  rank: n(),
  id: s.num(),
  num_playlists: n(),
  num_tracks: n(),
  followers_total_reach: n(),
  followers_total_reach_diff_week: n(),
  followers_total_reach_diff_week_percent: n(),
  popularity: n(),
  popularity_diff_week: n(),
  popularity_diff_week_percent: n(),
  followers: n(),
  followers_diff_week: n(),
  followers_diff_week_percent: n(),
  listeners: n(),
  listeners_diff_week: n(),
  listeners_diff_week_percent: n(),
  timestp: d(),
  isni: t(),
  hometown_city: t(),
  current_city: t(),
  sp_popularity: n(),
  sp_monthly_listeners: n(),
  deezer_fans: n(),
  tags: anyJson(),
  itunes_artist_ids: idList(),
  deezer_artist_ids: idList(),
  amazon_artist_ids: idList(),
  cm_artist_rank: n(),
  genres: anyJson(),
});

const growth = s.opt(s.obj({ fdiff: n(), fdiff_percent: n(), sns: t(), value: n() }));
const anrSocialRow = s.obj({
  ...anrCommon,
  id: s.num(),
  tags: strList(),
  weekInsights: growth,
  insights: growth,
  twoMonthInsights: growth,
  /** Misspelled in the docs (§6.20); kept in case it is sent. */
  towMonthInsights: growth,
});

const filteredArtist = s.obj({
  ...socialMetricsShape,
  cm_artist: s.num(),
  name: t(),
  pronoun: t(),
  band: b(),
  image_url: t(),
  code2: t(),
  hometown_city: t(),
  current_city: t(),
  cm_tag: numList(),
  genres: anyJson(),
  genre_smart_ordered: smartGenres(),
  career_status: s.opt(careerStatus),
  rank_eg: n(),
  rank_fb: n(),
  spotify_playlist_count: n(),
  spotify_playlist_total_reach: n(),
});

// ---------------------------------------------------------------------------------------------
// Parameters reused by several endpoints
// ---------------------------------------------------------------------------------------------

const id = { id: p.id() };
const page = (max?: number) => ({ limit: p.optional(p.int({ min: 1, max })), offset: p.optional(p.int({ min: 0 })) });
const sort = { sortColumn: p.optional(p.str({ min: 1 })), sortOrderDesc: p.optional(p.bool()) };

/** Playlist category flags (§5.4): platform-specific, not mutually exclusive. */
export const PLACEMENT_FLAGS = {
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
export const PLACEMENT_WIRE = camel(
  'majorCurator', 'newMusicFriday', 'editorialBrand', 'deezerPartner', 'thisIs', 'hundredPercent', 'fullyPersonalized', 'musicBrand',
  'nonMusicBrand', 'popularIndie', 'personalityArtist', 'sortColumn', 'sortOrderDesc',
);

/** A `[min, max]` range for the artist screener (`sp_ml[]=1000&sp_ml[]=5000`). */
const range = () => p.optional(p.list(p.number(), { min: 2, max: 2, expected: 'a [min, max] pair' }));

// ---------------------------------------------------------------------------------------------
// The family
// ---------------------------------------------------------------------------------------------

export const artists = {
  /** Venues the artist played, with the events at each venue. `limit` ≤ 100. Paginated. */
  venues: defineEndpoint({
    id: 'artists.venues',
    method: 'GET',
    path: '/api/artist/{artistId}/venues',
    pathParams: { artistId: p.id() },
    query: { ...page(100) },
    response: s.arr(artistVenue),
    paginate: { kind: 'offset', items: (d) => d, defaultLimit: 20 },
    summary: 'Venues the artist played and the events per venue; limit ≤ 100.',
    docs: DOCS,
  }),

  /** Artist profile with `cm_statistics` (cached daily), genres, career status, moods. */
  get: defineEndpoint({
    id: 'artists.get',
    method: 'GET',
    path: '/api/artist/{id}',
    pathParams: id,
    response: artistProfile,
    summary: 'Artist metadata and the cross-platform cm_statistics snapshot.',
    docs: DOCS,
  }),

  /**
   * Playlist placements of the artist's tracks on one platform (`current` or `past`). Category flags
   * (§5.4) are platform-specific; with none set the API may return `[]`. `limit` ≤ 100. Paginated.
   */
  playlists: defineEndpoint({
    id: 'artists.playlists',
    method: 'GET',
    path: '/api/artist/{id}/{platform}/{status}/playlists',
    pathParams: { id: p.id(), platform: p.oneOf(PLACEMENT_PLATFORMS), status: p.exactly(['current', 'past']) },
    query: { since: p.optional(p.date()), until: p.optional(p.date()), ...PLACEMENT_FLAGS, ...sort, ...page(100) },
    wire: PLACEMENT_WIRE,
    checks: [sinceBeforeUntil],
    response: s.arr(placement),
    paginate: { kind: 'offset', items: (d) => d, defaultLimit: 10 },
    summary: 'Playlist placements ({playlist, track}) on a platform; since defaults to 180 days ago; limit ≤ 100.',
    docs: `${DOCS}, §5.4, §5.5`,
  }),

  /** Live events (`current` = upcoming, `past`). `toDaysAgo` may be negative (future). Paginated. */
  events: defineEndpoint({
    id: 'artists.events',
    method: 'GET',
    path: '/api/artist/{id}/{status}/events',
    pathParams: { id: p.id(), status: p.exactly(['current', 'past']) },
    query: { fromDaysAgo: p.int(), toDaysAgo: p.int(), ...page() },
    wire: camel('fromDaysAgo', 'toDaysAgo'),
    checks: [
      (q) =>
        typeof q.fromDaysAgo === 'number' && typeof q.toDaysAgo === 'number' && q.fromDaysAgo < q.toDaysAgo
          ? '`fromDaysAgo` must be ≥ `toDaysAgo` (the window runs from fromDaysAgo days ago to toDaysAgo days ago; negative = future)'
          : undefined,
    ],
    response: s.arr(artistEvent),
    paginate: { kind: 'offset', items: (d) => d, defaultLimit: 10 },
    summary: 'Concerts and festivals of the artist in a day window; Songkick events only for past.',
    docs: DOCS,
  }),

  /**
   * Chart appearances of the artist's tracks. `since` must be within 365 days of today and
   * `until − since ≤ 365` days (§6.12).
   */
  charts: defineEndpoint({
    id: 'artists.charts',
    method: 'GET',
    path: '/api/artist/{id}/{type}/charts',
    pathParams: { id: p.id(), type: p.oneOf(ARTIST_CHART_TYPES) },
    query: { since: p.date(), until: p.optional(p.date()), duration: p.optional(p.oneOf(['daily', 'weekly', 'all_time'])) },
    checks: [
      sinceBeforeUntil,
      (q) => {
        const since = dayNumber(q.since);
        return since !== undefined && today() - since > 365 ? '`since` must be within 365 days of today (reference/chartmetric.md §6.12)' : undefined;
      },
      (q) => {
        const since = dayNumber(q.since);
        const until = dayNumber(q.until) ?? today();
        return since !== undefined && until - since > 365 ? '`until` − `since` must be at most 365 days (reference/chartmetric.md §6.12)' : undefined;
      },
    ],
    response: s.obj({
      data: s.obj({
        entries: s.opt(s.arr(chartEntry)),
        uniqueTracks: s.opt(s.arr(s.obj({ cm_track: n(), cm_album: n(), name: t(), image_url: t(), chart_events: n(), total_plays: n() }))),
      }),
    }),
    summary: 'Chart entries and unique charting tracks of the artist; since within 365 days, window ≤ 365 days.',
    docs: `${DOCS}, §5.8, §6.12`,
  }),

  /** Albums featuring the artist (`isPrimary: true` keeps main-artist albums only). Paginated. */
  albums: defineEndpoint({
    id: 'artists.albums',
    method: 'GET',
    path: '/api/artist/{id}/albums',
    pathParams: id,
    query: {
      sortColumn: p.optional(p.oneOf(['release_date', 'spotify_popularity'])),
      sortOrderDesc: p.optional(p.bool()),
      isPrimary: p.optional(p.bool()),
      ...page(),
    },
    wire: camel('sortColumn', 'sortOrderDesc', 'isPrimary'),
    response: s.arr(albumRow),
    paginate: { kind: 'offset', items: (d) => d, defaultLimit: 100 },
    summary: 'Albums of the artist, newest first by default.',
    docs: DOCS,
  }),

  /** Current rank of the artist under a metric, optionally within a country or genre. */
  artistRank: defineEndpoint({
    id: 'artists.artistRank',
    method: 'GET',
    path: '/api/artist/{id}/artist-rank',
    pathParams: id,
    query: { metric: p.optional(p.oneOf(RANK_METRICS)), code2: p.optional(code2()), genre: p.optional(p.int({ min: 1 })) },
    response: s.obj({ artist_rank: n() }),
    summary: 'The artist rank under a metric (default cm_artist_rank).',
    docs: DOCS,
  }),

  /** Career stage and momentum history. `legacy: true` returns the deprecated pre-2023 trend model. Paginated. */
  career: defineEndpoint({
    id: 'artists.career',
    method: 'GET',
    path: '/api/artist/{id}/career',
    pathParams: id,
    query: { since: p.optional(p.date()), until: p.optional(p.date()), legacy: p.optional(p.bool()), ...page() },
    checks: [sinceBeforeUntil],
    response: s.arr(
      s.obj({
        timestp: d(),
        stage: s.opt(s.openEnum(CAREER_STAGES)),
        stage_score: n(),
        momentum: s.opt(s.openEnum(CAREER_TRENDS)),
        momentum_score: n(),
        trend: t(),
        trend_score: n(),
      }),
    ),
    paginate: { kind: 'offset', items: (d) => d, defaultLimit: 10 },
    summary: 'Career stage / momentum time series.',
    docs: DOCS,
  }),

  /** Cached cross-platform snapshot with weekly / monthly / bimonthly diffs (metric keys §5.3). */
  cmStats: defineEndpoint({
    id: 'artists.cmStats',
    method: 'GET',
    path: '/api/artist/{id}/cmStats',
    pathParams: id,
    response: s.obj({
      timestamp: d(),
      latest: metricMap(),
      weekly_diff: metricMap(),
      weekly_diff_percent: metricMap(),
      monthly_diff: metricMap(),
      monthly_diff_percent: metricMap(),
      bimonthly_diff: metricMap(),
      bimonthly_diff_percent: metricMap(),
    }),
    summary: 'Latest metrics and their diffs, keyed by metric name.',
    docs: `${DOCS}, §5.3`,
  }),

  /** Cross-Platform Performance rank or score series (`stat: 'rank' | 'score'`). */
  cpp: defineEndpoint({
    id: 'artists.cpp',
    method: 'GET',
    path: '/api/artist/{id}/cpp',
    pathParams: id,
    query: { stat: p.exactly(['rank', 'score']), since: p.optional(p.date()), until: p.optional(p.date()), latest: p.optional(p.bool()) },
    checks: [sinceBeforeUntil],
    response: s.arr(s.obj({ score: n(), rank: n(), timestp: d() })),
    summary: 'CPP rank or score over time.',
    docs: DOCS,
  }),

  /** Instagram audience report; `date` picks a historical report (see `instagramAudienceStatsDates`). */
  instagramAudienceStats: defineEndpoint({
    id: 'artists.instagramAudienceStats',
    method: 'GET',
    path: '/api/artist/{id}/instagram-audience-stats',
    pathParams: id,
    query: { date: p.optional(p.date()), geoOnly: p.optional(p.bool()) },
    wire: camel('geoOnly'),
    response: s.obj({
      ...audienceReport,
      top_cities: s.opt(s.arr(audienceCity)),
      likers_top_countries: s.opt(s.arr(audienceCountry)),
      /** Misspelled variant mentioned in the docs (§6.20). */
      likers_top_contries: s.opt(s.arr(audienceCountry)),
      likers_top_cities: s.opt(s.arr(audienceCity)),
      audience_ethnicities: s.opt(s.arr(codeWeight)),
      audience_brand_affinities: s.opt(s.arr(nameWeight)),
      audience_interests: s.opt(s.arr(nameWeight)),
      audience_likers_genders_per_age: s.opt(s.arr(genderPerAge)),
      audience_likers_ethnicities: s.opt(s.arr(codeWeight)),
      audience_likers_genders: s.opt(s.arr(codeWeight)),
      audience_likers_brand_affinities: s.opt(s.arr(nameWeight)),
      audience_likers_interests: s.opt(s.arr(nameWeight)),
      notable_followers: s.opt(s.arr(notableAccount)),
    }),
    summary: 'Instagram audience: countries, cities, age/gender, ethnicity, interests, brand affinity (empty for dates without a report).',
    docs: `${DOCS}, §6.18, §6.20`,
  }),

  /** Dates (YYYY-MM-DD) for which an Instagram audience report exists. */
  instagramAudienceStatsDates: defineEndpoint({
    id: 'artists.instagramAudienceStatsDates',
    method: 'GET',
    path: '/api/artist/{id}/instagram-audience-stats/dates',
    pathParams: id,
    response: s.arr(s.date()),
    summary: 'Available Instagram audience report dates.',
    docs: DOCS,
  }),

  /**
   * YouTube views by city / country market on a date. The legacy table names the param `Date`, but the
   * docs' own example (and this SDK) send lowercase `date`. Top-100-city data only before 2024-05-24.
   */
  marketCoverageViewsYoutube: defineEndpoint({
    id: 'artists.marketCoverageViewsYoutube',
    method: 'GET',
    path: '/api/artist/{id}/market-coverage-views/youtube',
    pathParams: id,
    query: { date: p.date() },
    response: s.obj({
      insights: s.opt(s.obj({ cities: s.opt(s.arr(marketPoint)), countries: s.opt(s.arr(marketPoint)) })),
      marketInsights: s.opt(s.obj({ marketCities: s.opt(s.arr(marketPoint)), marketCountries: s.opt(s.arr(marketPoint)) })),
    }),
    summary: 'YouTube views per market (cities, countries) on a date.',
    docs: DOCS,
  }),

  /** Milestone feed (`{insights, count}`); `stars` and `platforms` are array params. Paginated. */
  milestones: defineEndpoint({
    id: 'artists.milestones',
    method: 'GET',
    path: '/api/artist/{id}/milestones',
    pathParams: id,
    query: {
      stars: p.optional(p.list(p.int({ min: 1, max: 5 }), { min: 1, max: 5 })),
      platforms: p.optional(p.list(p.oneOf(MILESTONE_PLATFORMS), { min: 1 })),
      daysAgo: p.optional(p.int({ min: 0 })),
      sortColumn: p.optional(p.oneOf(['date', 'stars'])),
      sortOrderDesc: p.optional(p.bool()),
      grouped: p.optional(p.bool()),
      ...page(),
    },
    wire: camel('daysAgo', 'sortColumn', 'sortOrderDesc'),
    response: s.obj({ insights: s.arr(milestone), count: n() }),
    paginate: { kind: 'offset', items: (d) => d.insights, total: (d: { count?: number | null }) => d.count ?? undefined, defaultLimit: 100 },
    summary: 'Milestones (chart entries, playlist adds…) with their star rating; count = total.',
    docs: `${DOCS}, §5.9`,
  }),

  /** Genre-cluster neighbours ranked by a metric (`type: 'genre'` clusters by genre). `limit` ≤ 100. */
  neighboringArtists: defineEndpoint({
    id: 'artists.neighboringArtists',
    method: 'GET',
    path: '/api/artist/{id}/neighboring-artists',
    pathParams: id,
    query: { metric: p.optional(p.oneOf(RANK_METRICS)), limit: p.optional(p.int({ min: 1, max: 100 })), type: p.optional(p.oneOf(['genre'])) },
    response: s.obj({ cluster_artists: s.arr(neighbor), tags: anyJson() }),
    summary: 'Neighbouring artists in the genre cluster; limit ≤ 100.',
    docs: DOCS,
  }),

  /** Milestones formatted as news. Docs: artist id ≥ 2, `limit` ≤ 50, `weight` ≤ 10 (2 weight = 1 star). */
  news: defineEndpoint({
    id: 'artists.news',
    method: 'GET',
    path: '/api/artist/{id}/news',
    pathParams: id,
    query: { limit: p.optional(p.int({ min: 1, max: 50 })), weight: p.optional(p.int({ min: 0, max: 10 })) },
    response: s.arr(newsItem),
    summary: 'News items with a :placeholder summary template; limit ≤ 50, weight ≤ 10.',
    docs: DOCS,
  }),

  /** Auto-generated daily / weekly insights with graph image URLs. */
  noteworthyInsights: defineEndpoint({
    id: 'artists.noteworthyInsights',
    method: 'GET',
    path: '/api/artist/{id}/noteworthy-insights',
    pathParams: id,
    query: { limit: p.optional(p.int({ min: 1 })), insightType: p.optional(p.exactly(['daily', 'weekly'])), fromDaysAgo: p.optional(p.int({ min: 0 })) },
    wire: camel('insightType', 'fromDaysAgo'),
    response: s.arr(insight),
    summary: 'Noteworthy metric insights.',
    docs: DOCS,
  }),

  /** Historical rank on a date (one row, or one per genre for the genre/subgenre metrics). */
  pastArtistRank: defineEndpoint({
    id: 'artists.pastArtistRank',
    method: 'GET',
    path: '/api/artist/{id}/past-artist-rank',
    pathParams: id,
    query: { metric: p.optional(p.oneOf(PAST_RANK_METRICS)), date: p.optional(p.date()) },
    response: s.oneOf([s.arr(pastRank), pastRank]),
    summary: 'Artist rank under a metric on a past date.',
    docs: DOCS,
  }),

  /** "Fans also like" artists; `fromDaysAgo`/`toDaysAgo` add `rank_stats`. URL segment `relatedartists`. */
  relatedArtists: defineEndpoint({
    id: 'artists.relatedArtists',
    method: 'GET',
    path: '/api/artist/{id}/relatedartists',
    pathParams: id,
    query: { limit: p.optional(p.int({ min: 1 })), fromDaysAgo: p.optional(p.int({ min: 0 })), toDaysAgo: p.optional(p.int({ min: 0 })) },
    wire: camel('fromDaysAgo', 'toDaysAgo'),
    response: s.arr(relatedArtist),
    summary: 'Related artists.',
    docs: DOCS,
  }),

  /** RIAA certifications (`{riaa_awards}`). */
  riaa: defineEndpoint({
    id: 'artists.riaa',
    method: 'GET',
    path: '/api/artist/{id}/riaa',
    pathParams: id,
    response: s.obj({
      riaa_awards: s.arr(
        s.obj({ cm_album: n(), upc: t(), certification_date: d(), award: t(), album_title: t(), format: t(), image_url: t(), label: t() }),
      ),
    }),
    summary: 'RIAA awards of the artist.',
    docs: DOCS,
  }),

  /**
   * Similar artists by audience / mood / genre / musicality (each high|medium|low; at least one).
   * The target artist comes first. Paginated (`{data, total}`).
   */
  similarArtistsByConfigurations: defineEndpoint({
    id: 'artists.similarArtistsByConfigurations',
    method: 'GET',
    path: '/api/artist/{id}/similar-artists/by-configurations',
    pathParams: id,
    query: {
      audience: p.optional(p.exactly(SIMILARITY)),
      mood: p.optional(p.exactly(SIMILARITY)),
      genre: p.optional(p.exactly(SIMILARITY)),
      musicality: p.optional(p.exactly(SIMILARITY)),
      ...page(),
    },
    checks: [
      (q) =>
        q.audience === undefined && q.mood === undefined && q.genre === undefined && q.musicality === undefined
          ? 'set at least one of `audience`, `mood`, `genre`, `musicality` (each high|medium|low)'
          : undefined,
    ],
    response: s.obj({ data: s.arr(similarArtist), total: n() }),
    paginate: { kind: 'offset', items: (d) => d.data, total: (d: { total?: number | null }) => d.total ?? undefined, defaultLimit: 10 },
    summary: 'Similar artists with similarity score, career stage and platform counts.',
    docs: `${DOCS}, §5.9`,
  }),

  /**
   * Audience time series for one `domain` × `audienceType` × `statsType`. Valid combinations: likes =
   * instagram only; commenters = youtube only; statsType city/interest/brand = instagram only. Paginated.
   */
  socialAudienceStats: defineEndpoint({
    id: 'artists.socialAudienceStats',
    method: 'GET',
    path: '/api/artist/{id}/social-audience-stats',
    pathParams: id,
    query: {
      domain: p.exactly(['instagram', 'youtube', 'tiktok']),
      audienceType: p.exactly(['followers', 'likes', 'commenters']),
      statsType: p.exactly(['country', 'city', 'interest', 'brand', 'language', 'stat', 'demographic']),
      since: p.optional(p.date()),
      until: p.optional(p.date()),
      ...page(),
    },
    wire: camel('audienceType', 'statsType'),
    checks: [
      sinceBeforeUntil,
      (q) => (q.audienceType === 'likes' && q.domain !== 'instagram' ? "`audienceType: 'likes'` is only valid with `domain: 'instagram'`" : undefined),
      (q) => (q.audienceType === 'commenters' && q.domain !== 'youtube' ? "`audienceType: 'commenters'` is only valid with `domain: 'youtube'`" : undefined),
      (q) =>
        ['city', 'interest', 'brand'].includes(String(q.statsType)) && q.domain !== 'instagram'
          ? `\`statsType: '${String(q.statsType)}'\` is only valid with \`domain: 'instagram'\``
          : undefined,
    ],
    response: s.arr(socialAudienceRow),
    paginate: { kind: 'offset', items: (d) => d, defaultLimit: 50 },
    summary: 'Audience stats time series (country, city, interest, brand, language, stat, demographic).',
    docs: `${DOCS}, §5.9`,
  }),

  /**
   * Fan-metric time series on one source (§5.2 for the `field` values per source). `latest: true`
   * ignores since/until; `isDomainId: true` lets `id` be the platform's own artist id; `code2` and
   * `cityId` (mutually exclusive) give geo breakdowns for a few metrics.
   */
  stats: defineEndpoint({
    id: 'artists.stats',
    method: 'GET',
    path: '/api/artist/{id}/stat/{source}',
    pathParams: { id: p.id({ allowText: true }), source: p.oneOf(STAT_SOURCES) },
    query: {
      since: p.optional(p.date()),
      until: p.optional(p.date()),
      field: p.optional(p.oneOf(STAT_FIELDS)),
      latest: p.optional(p.bool()),
      interpolated: p.optional(p.bool()),
      isDomainId: p.optional(p.bool()),
      code2: p.optional(code2()),
      cityId: p.optional(p.int({ min: 1 })),
    },
    wire: camel('isDomainId'),
    checks: [
      sinceBeforeUntil,
      (q) => (q.code2 !== undefined && q.cityId !== undefined ? '`code2` and `cityId` are mutually exclusive' : undefined),
    ],
    response: artistStats,
    summary: 'Fan metrics ({link, <field>: points[]}) for a source; plain "youtube" is not a source (use youtube_channel / youtube_artist).',
    docs: `${DOCS}, §5.2, §6.12, §6.13`,
  }),

  /** TikTok audience report (countries, age/gender, notable followers). */
  tiktokAudienceStats: defineEndpoint({
    id: 'artists.tiktokAudienceStats',
    method: 'GET',
    path: '/api/artist/{id}/tiktok-audience-stats',
    pathParams: id,
    query: { date: p.optional(p.date()) },
    response: s.obj({ ...audienceReport, notable_followers: s.opt(s.arr(notableAccount)) }),
    summary: 'TikTok audience report.',
    docs: DOCS,
  }),

  /** Top tracks of the artist on a platform; only `tiktok` is documented. */
  topTracks: defineEndpoint({
    id: 'artists.topTracks',
    method: 'GET',
    path: '/api/artist/{id}/top-tracks/{source}',
    pathParams: { id: p.id(), source: p.oneOf(['tiktok']) },
    query: { limit: p.optional(p.int({ min: 1 })) },
    response: s.arr(tiktokTopTrack),
    summary: 'Top TikTok tracks of the artist.',
    docs: DOCS,
  }),

  /**
   * Tracks of the artist, features included, with cross-platform ids. Version filters (§5.7):
   * `versionOnly` alone, `versionAnd` xor `versionOr`, `versionNot` with either. Paginated; the body
   * carries `total` beside `obj`, so this entry keeps the whole body.
   */
  tracks: defineEndpoint({
    id: 'artists.tracks',
    method: 'GET',
    path: '/api/artist/{id}/tracks',
    pathParams: id,
    query: {
      artistType: p.optional(p.oneOf(['main', 'featured'])),
      versionOnly: p.optional(p.list(p.oneOf(TRACK_VERSIONS), { min: 1 })),
      versionAnd: p.optional(p.list(p.oneOf(TRACK_VERSIONS), { min: 1 })),
      versionOr: p.optional(p.list(p.oneOf(TRACK_VERSIONS), { min: 1 })),
      versionNot: p.optional(p.list(p.oneOf(TRACK_VERSIONS), { min: 1 })),
      ...page(),
    },
    checks: [versionFilterRule],
    envelope: 'root',
    response: s.obj({ obj: s.arr(artistTrack), total: n() }),
    paginate: { kind: 'offset', items: (d) => d.obj, total: (d: { total?: number | null }) => d.total ?? undefined, defaultLimit: 10 },
    summary: 'Tracks of the artist ({obj, total}); version filters per §5.7.',
    docs: `${DOCS}, §5.7`,
  }),

  /** TV appearances from TVmaze: `{people, shows}`. */
  tvmaze: defineEndpoint({
    id: 'artists.tvmaze',
    method: 'GET',
    path: '/api/artist/{id}/tvmaze',
    pathParams: id,
    response: s.obj({
      people: s.opt(
        s.obj({ id: n(), name: t(), gender: textOrNumber(), image: t(), date_of_birth: d(), date_of_death: d(), country_code: t(), tv_maze_url: t(), cm_artist: n() }),
      ),
      shows: s.opt(
        s.arr(
          s.obj({
            title: t(),
            as: t(),
            url: t(),
            year: textOrNumber(),
            episodes: s.opt(s.arr(s.obj({ title: t(), url: t(), date: d() }))),
            show_details: anyJson(),
          }),
        ),
      ),
    }),
    summary: 'TV shows and episodes the artist appeared in.',
    docs: DOCS,
  }),

  /** Social and streaming URLs: `[{domain, url: string[]}]`. */
  urls: defineEndpoint({
    id: 'artists.urls',
    method: 'GET',
    path: '/api/artist/{id}/urls',
    pathParams: id,
    response: s.arr(s.obj({ domain: s.str(), url: s.opt(s.oneOf([s.arr(s.str()), s.str()])) })),
    summary: 'Links of the artist per domain (url is an array).',
    docs: DOCS,
  }),

  /**
   * Spotify monthly listeners by city and country, keyed by place NAME. `limit` ≤ 50 (applied to cities
   * and countries separately). Throttled to 10 requests/s per user since 2025-03-17; estimates only
   * after 2024-08-12 (`is_estimate`). `since` is documented as required; `latest: true` works without it.
   */
  wherePeopleListen: defineEndpoint({
    id: 'artists.wherePeopleListen',
    method: 'GET',
    path: '/api/artist/{id}/where-people-listen',
    pathParams: id,
    query: {
      since: p.optional(p.date()),
      until: p.optional(p.date()),
      date: p.optional(p.date()),
      latest: p.optional(p.bool()),
      includeEstimates: p.optional(p.bool()),
      limit: p.optional(p.int({ min: 1, max: 50 })),
      offset: p.optional(p.int({ min: 0 })),
    },
    wire: camel('includeEstimates'),
    checks: [
      sinceBeforeUntil,
      (q) => (q.since === undefined && q.latest !== true ? '`since` is required (YYYY-MM-DD) unless `latest: true`' : undefined),
    ],
    maxPerSecond: 10,
    response: s.obj({ cities: s.opt(s.rec(s.arr(listenPoint))), countries: s.opt(s.rec(s.arr(listenPoint))) }),
    summary: 'Monthly listeners per city and country (objects keyed by place name); limit ≤ 50; 10 req/s cap.',
    docs: `${DOCS}, §2.2`,
  }),

  /** YouTube audience report (subscribers and commenters by country, age/gender, notable subscribers). */
  youtubeAudienceStats: defineEndpoint({
    id: 'artists.youtubeAudienceStats',
    method: 'GET',
    path: '/api/artist/{id}/youtube-audience-stats',
    pathParams: id,
    query: { date: p.optional(p.date()), geoOnly: p.optional(p.bool()) },
    wire: camel('geoOnly'),
    response: s.obj({
      ...audienceReport,
      subscribers: n(),
      commenters_top_countries: s.opt(s.arr(audienceCountry)),
      commenters_genders_per_age: s.opt(s.arr(genderPerAge)),
      commenters_genders: s.opt(s.arr(codeWeight)),
      notable_subscribers: s.opt(s.arr(notableAccount)),
    }),
    summary: 'YouTube audience report.',
    docs: DOCS,
  }),

  /**
   * Cross-platform ids of an artist from any id type (`youtube` expects a channel id). Always an array,
   * `[]` when nothing matches (§6.15). `aggregate` is deprecated (always aggregated since 2024-06-30).
   * Not paginated: the mapping is one or a few rows (`limit` defaults to 10000).
   */
  getIds: defineEndpoint({
    id: 'artists.getIds',
    method: 'GET',
    path: '/api/artist/{type}/{id}/get-ids',
    pathParams: { type: p.oneOf(ARTIST_ID_TYPES), id: p.id({ allowText: true }) },
    query: { ...page(10000), aggregate: p.optional(p.bool()) },
    response: s.arr(artistIds),
    summary: 'Id map of an artist across platforms; [] when unknown.',
    docs: `${DOCS}, §5.1, §6.15`,
  }),

  /** Artists whose value of one metric lies in `[min, max]`. `limit` ≤ 200, `offset` ≤ 100000. Paginated. */
  list: defineEndpoint({
    id: 'artists.list',
    method: 'GET',
    path: '/api/artist/{type}/list',
    pathParams: { type: p.oneOf(LIST_METRICS) },
    query: {
      min: p.number(),
      max: p.number(),
      code2: p.optional(code2()),
      genreId: p.optional(p.int({ min: 1 })),
      subGenreId: p.optional(p.int({ min: 1 })),
      city: p.optional(p.text()),
      unsigned: p.optional(p.bool()),
      limit: p.optional(p.int({ min: 1, max: 200 })),
      offset: p.optional(p.int({ min: 0, max: 100000 })),
    },
    wire: camel('genreId', 'subGenreId'),
    checks: [(q) => (typeof q.min === 'number' && typeof q.max === 'number' && q.min > q.max ? '`min` must be ≤ `max`' : undefined)],
    response: s.obj({ length: n(), data: s.arr(listedArtist) }),
    paginate: { kind: 'offset', items: (d) => d.data, defaultLimit: 10, maxOffset: 100200 },
    summary: 'Artist screener by one metric range ({length, data}); limit ≤ 200, offset ≤ 100000.',
    docs: `${DOCS}, §5.3`,
  }),

  /** A&R list by Spotify playlist-reach growth. Docs mark `streamingType` required; in 2026 sending it was reported rejected, so it is optional. */
  anrByPlaylists: defineEndpoint({
    id: 'artists.anrByPlaylists',
    method: 'GET',
    path: '/api/artist/anr/by/playlists',
    query: {
      sortBy: p.oneOf(['followers_total_reach_diff_week', 'followers_total_reach_diff_week_percent']),
      streamingType: p.optional(p.oneOf(['spotify'])),
      limit: p.optional(p.int({ min: 1 })),
    },
    wire: camel('sortBy', 'streamingType'),
    response: s.arr(anrPlaylistRow),
    summary: 'Artists ranked by weekly playlist-reach growth.',
    docs: DOCS,
  }),

  /** A&R list by social growth. `subTagIds` is deprecated. Paginated. */
  anrBySocialIndex: defineEndpoint({
    id: 'artists.anrBySocialIndex',
    method: 'GET',
    path: '/api/artist/anr/by/social-index',
    query: {
      sortBy: p.oneOf([
        'spotify_popularity', 'spotify_followers', 'spotify_monthly_listeners', 'twitter_followers', 'instagram_followers', 'wiki_views',
        'soundcloud_followers', 'tiktok_followers', 'youtube_channel_views',
      ]),
      code2: p.optional(code2()),
      tagIds: p.optional(p.int({ min: 1 })),
      subTagIds: p.optional(p.int({ min: 1 })),
      maxSpotifyFollowers: p.optional(p.int({ min: 0 })),
      sortOrderDesc: p.optional(p.bool()),
      recentReleaseWithin: p.optional(p.int({ min: 0 })),
      latestReleaseWithin: p.optional(p.int({ min: 0 })),
      ...page(),
    },
    wire: camel('sortBy', 'tagIds', 'subTagIds', 'maxSpotifyFollowers', 'sortOrderDesc', 'recentReleaseWithin', 'latestReleaseWithin'),
    response: s.arr(anrSocialRow),
    paginate: { kind: 'offset', items: (d) => d, defaultLimit: 10 },
    summary: 'Artists ranked by social-metric growth.',
    docs: DOCS,
  }),

  /**
   * Multi-filter artist screener. Range filters are `[min, max]` pairs named after the wire keys
   * camelCased (`spMl: [1000, 5000]` → `sp_ml[]=1000&sp_ml[]=5000`). Sort by `<period>.<stat>` (§5.6).
   * `limit` ≤ 100 documented (200 tolerated for legacy callers); `limit + offset ≤ 10000`.
   * The body is double-wrapped: the result is `{obj: artists[], offset, total}`. Paginated.
   */
  listFilter: defineEndpoint({
    id: 'artists.listFilter',
    method: 'GET',
    path: '/api/artist/list/filter',
    query: {
      tagId: p.optional(p.int({ min: 1 })),
      subTagId: p.optional(p.int({ min: 1 })),
      code2: p.optional(code2()),
      firstReleaseDaysAgo: p.optional(p.int({ min: 0 })),
      band: p.optional(p.bool()),
      pronoun: p.optional(p.oneOf(['any', 'he/him', 'notSpecified', 'others', 'she/her', 'they/them'])),
      sortColumn: p.optional(p.str({ min: 1 })),
      sortOrderDesc: p.optional(p.bool()),
      eventIds: p.optional(p.list(p.int({ min: 1 }), { min: 1 })),
      shortlistIds: p.optional(p.list(p.int({ min: 1 }), { min: 1 })),
      careerStage: p.optional(p.oneOf(CAREER_STAGES)),
      careerTrend: p.optional(p.oneOf(CAREER_TRENDS)),
      careerStageScore: range(),
      careerTrendScore: range(),
      spP: range(),
      spF: range(),
      dzFans: range(),
      spMl: range(),
      spRatio: range(),
      spFlRatio: range(),
      ttF: range(),
      ttL: range(),
      fbF: range(),
      fbL: range(),
      fbT: range(),
      twF: range(),
      igF: range(),
      ytcV: range(),
      ytcS: range(),
      ytdVv: range(),
      ytmVv: range(),
      wpV: range(),
      scF: range(),
      bitF: range(),
      cpp: range(),
      tF: range(),
      tV: range(),
      tMvh: range(),
      tWvh: range(),
      pMl: range(),
      pLs: range(),
      pLsr: range(),
      bpC: range(),
      bpF: range(),
      bpP: range(),
      bpS: range(),
      limit: p.optional(p.int({ min: 1, max: 200 })),
      offset: p.optional(p.int({ min: 0, max: 9999 })),
    },
    wire: camel('tagId', 'subTagId', 'firstReleaseDaysAgo', 'sortColumn', 'sortOrderDesc', 'eventIds', 'shortlistIds'),
    checks: [
      (q) =>
        Number(q.offset ?? 0) + Number(q.limit ?? 50) > 10000
          ? '`limit + offset` must be ≤ 10000: only the first 10,000 results are reachable (reference/chartmetric.md §5.6)'
          : undefined,
    ],
    response: s.obj({ obj: s.arr(filteredArtist), offset: n(), total: n() }),
    paginate: { kind: 'offset', items: (d) => d.obj, total: (d: { total?: number | null }) => d.total ?? undefined, defaultLimit: 50, maxOffset: 10000 },
    summary: 'Artist screener with ~30 [min,max] range filters; limit + offset ≤ 10000.',
    docs: `${DOCS}, §5.3, §5.6, §6.7`,
  }),
};
