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
 * Rows and parameter pieces shared with other families (tracks, placements, stat points, version
 * filters, placement flags) come from ./shared.ts.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import {
  MILESTONE_PLATFORMS, PLACEMENT_PLATFORMS, anyJson, camelWire, code2, dayNumber, idList, idName, milestones, numList, numMap,
  offsetWindow, optBool, optDate, optId, optNum, optStr, pageParams, placementFlagWire, placementFlags, placementRow, releaseRow,
  sinceBeforeUntil, statSeries, strList, textOrNumber, today, totalField, trackChartRow, trackFields, versionChecks, versionFilters,
} from './shared.js';

const DOCS = 'reference/chartmetric.md §3 (Artist)';

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
/** Platform id types accepted by artist get-ids (§5.1). */
export const ARTIST_ID_TYPES = ['chartmetric', 'spotify', 'itunes', 'deezer', 'amazon', 'youtube'] as const;
const SIMILARITY = ['high', 'medium', 'low'] as const;

/** Career stages and momentum labels (§5.3 "Career enums"). */
export const CAREER_STAGES = ['undiscovered', 'developing', 'mid-level', 'mainstream', 'superstar', 'legendary'] as const;
export const CAREER_TRENDS = ['decline', 'gradual decline', 'steady', 'growth', 'explosive growth'] as const;

export const artists = defineFamily(() => {
  // ---------------------------------------------------------------------------------------------
  // Response schemas
  // ---------------------------------------------------------------------------------------------

  /** A genre reference: `{id, name}` plus taxonomy details that vary by endpoint. */
  const genreRef = s.obj({ id: optNum(), name: optStr(), type: optStr(), source: optStr(), link_type: optStr(), score: optNum() });
  /** Primary / secondary / sub genres of an artist (`genres` on profiles and related artists). */
  const genreBlock = s.obj({ primary: s.opt(genreRef), secondary: s.opt(s.arr(genreRef)), sub: s.opt(s.arr(genreRef)) });
  /** `genre_smart_ordered`: a list of `{ "<rank>": genreId }` maps. */
  const smartGenres = () => s.opt(s.arr(numMap()));
  const careerStatus = s.obj({
    stage: s.opt(s.openEnum(CAREER_STAGES)),
    stage_score: optNum(),
    trend: s.opt(s.openEnum(CAREER_TRENDS)),
    trend_score: optNum(),
  });

  /** One city/country entry of Spotify "where people listen" summaries. */
  const listenPlace = s.obj({ code2: optStr(), listeners: optNum(), name: optStr() });

  /** Audience breakdown rows of the Instagram / TikTok / YouTube audience reports (percentages arrive as strings). */
  const audienceCountry = s.obj({ name: optStr(), code: optStr(), percent: optNum(), followers: optNum(), subscribers: optNum(), likes: optNum(), comments: optNum() });
  const audienceCity = s.obj({ name: optStr(), percent: optNum(), followers: optNum(), likes: optNum(), state: optStr(), country: optStr() });
  const genderPerAge = s.obj({ code: optStr(), male: optNum(), female: optNum() });
  const codeWeight = s.obj({ code: optStr(), name: optStr(), weight: optNum() });
  const nameWeight = s.obj({ name: optStr(), weight: optNum(), affinity: optNum() });
  const notableAccount = s.obj({
    user_id: optStr(),
    username: optStr(),
    custom_name: optStr(),
    picture: optStr(),
    fullname: optStr(),
    url: optStr(),
    geo: anyJson(),
    is_verified: optBool(),
    engagements: optNum(),
    avg_likes: optNum(),
    avg_views: optNum(),
    followers: optNum(),
    subscribers: optNum(),
  });

  const cmStatistics = s.obj({
    countryRank: s.opt(s.obj({ code2: optStr(), country: optStr(), rank: optNum(), percentile: optNum() })),
    sp_followers: optNum(),
    sp_popularity: optNum(),
    sp_monthly_listeners: optNum(),
    sp_where_people_listen: s.opt(s.arr(listenPlace)),
    deezer_fans: optNum(),
    ins_followers: optNum(),
    ycs_subscribers: optNum(),
    ycs_views: optNum(),
    tiktok_followers: optNum(),
    tiktok_likes: optNum(),
    twitter_followers: optNum(),
    youtube_daily_video_views: optNum(),
    youtube_monthly_video_views: optNum(),
    cm_artist_rank: optNum(),
    cm_artist_score: optNum(),
    fan_base_rank: optNum(),
    engagement_rank: optNum(),
    num_sp_playlists: optNum(),
    num_sp_editorial_playlists: optNum(),
    sp_playlist_total_reach: optNum(),
    shazam_count: optNum(),
    genius_pageviews: optNum(),
  });

  const artistProfile = s.obj({
    id: s.num(),
    name: s.str(),
    created_at: optDate(),
    code2: optStr(),
    band: optBool(),
    pronoun_title: optStr(),
    gender_title: optStr(),
    gender: textOrNumber(),
    isni: optStr(),
    cm_artist_rank: optNum(),
    cm_artist_score: optNum(),
    cover_url: optStr(),
    image_url: optStr(),
    hometown_city: optStr(),
    current_city: optStr(),
    current_city_id: optNum(),
    band_members: anyJson(),
    booking_agent: anyJson(),
    record_label: optStr(),
    press_contact: anyJson(),
    general_manager: anyJson(),
    topSongwriterCollaborators: strList(),
    description: optStr(),
    genres: s.opt(genreBlock),
    genre_smart_ordered: smartGenres(),
    moods: s.opt(s.arr(idName())),
    activities: s.opt(s.arr(idName())),
    career_status: s.opt(careerStatus),
    /** Cross-platform statistics (cached daily); top-level `sp_*` fields may be null (§6.22). */
    cm_statistics: s.opt(cmStatistics),
    sp_followers: optNum(),
    sp_monthly_listeners: optNum(),
    sp_popularity: optNum(),
    deezer_fans: optNum(),
  });

  const eventLite = s.obj({
    id: optNum(),
    event_name: optStr(),
    jambase_event_url: optStr(),
    songkick_event_url: optStr(),
    seatgeek_event_url: optStr(),
    ticketmaster_event_url: optStr(),
    type: optStr(),
    start_date: optDate(),
    end_date: optDate(),
    is_headliner: optBool(),
  });

  const artistVenue = s.obj({
    venue_id: optNum(),
    venue_name: optStr(),
    venue_url: optStr(),
    venue_capacity: optNum(),
    city: s.opt(s.oneOf([idName(), s.str()])),
    code2: optStr(),
    events: s.opt(s.arr(eventLite)),
  });

  const artistEvent = s.obj({
    id: optNum(),
    event_name: optStr(),
    event_url: optStr(),
    jambase_event_url: optStr(),
    songkick_event_url: optStr(),
    seatgeek_event_url: optStr(),
    ticketmaster_event_url: optStr(),
    type: optStr(),
    start_date: optDate(),
    end_date: optDate(),
    venue_id: optNum(),
    venue_name: optStr(),
    venue_url: optStr(),
    venue_capacity: optNum(),
    /** An `{id, name}` object, or the city name alone on current events. */
    city: s.opt(s.oneOf([idName(), s.str()])),
    code2: optStr(),
    low_price: optNum(),
    high_price: optNum(),
    price: optNum(),
    price_trend: s.opt(s.arr(s.obj({ date: optDate(), price: optNum() }))),
    currency: optStr(),
    is_headliner: optBool(),
  });

  const albumRow = s.obj({
    id: optNum(),
    upc: optStr(),
    name: optStr(),
    image_url: optStr(),
    release_date: optDate(),
    label: optStr(),
    spotify_popularity: optNum(),
    cm_label: optNum(),
    description: optStr(),
    created_at: optDate(),
    modified_at: optDate(),
    cm_album: optNum(),
    num_track: optNum(),
    spotify_album_ids: idList(),
    itunes_album_ids: idList(),
    deezer_album_ids: idList(),
    amazon_album_ids: idList(),
    artists: s.opt(s.arr(s.obj({ cm_artist: optNum(), name: optStr(), image_url: optStr() }))),
  });

  const socialMetricsShape = {
    sp_popularity: optNum(),
    sp_followers: optNum(),
    sp_monthly_listeners: optNum(),
    sp_listeners_to_followers_ratio: optNum(),
    sp_followers_to_listeners_ratio: optNum(),
    deezer_fans: optNum(),
    cm_artist_rank: optNum(),
    fs_likes: optNum(),
    fs_talks: optNum(),
    ts_followers: optNum(),
    ts_retweets: optNum(),
    ins_followers: optNum(),
    ycs_views: optNum(),
    ycs_subscribers: optNum(),
    ws_views: optNum(),
    soundcloud_followers: optNum(),
    bs_followers: optNum(),
    tiktok_likes: optNum(),
    tiktok_followers: optNum(),
    youtube_daily_video_views: optNum(),
    youtube_monthly_video_views: optNum(),
  };

  const neighbor = s.obj({
    ...socialMetricsShape,
    rank: optNum(),
    position: optNum(),
    id: optNum(),
    name: optStr(),
    image_url: optStr(),
    sp_where_people_listen: s.opt(s.arr(listenPlace)),
    latest_album_release_date: optDate(),
    latest_album_upc: optStr(),
    signed: optBool(),
    genres: optStr(),
  });

  const newsItem = s.obj({
    id: optId(),
    type: optStr(),
    subType: optStr(),
    formattedDate: optDate(),
    imageUrl: optStr(),
    /** A sentence with `:placeholder` tokens filled from `summaryData`. */
    summaryTemplate: optStr(),
    summaryData: s.opt(s.rec(s.json())),
    metadata: anyJson(),
    stars: optNum(),
  });

  const insight = s.obj({
    variant: optStr(),
    insightType: optStr(),
    metricName: optStr(),
    insightId: optNum(),
    target: optStr(),
    targetId: optId(),
    targetName: optStr(),
    targetImageUrl: optStr(),
    insightDate: optDate(),
    insightDateMinus7Days: optDate(),
    graphImageUrl: optStr(),
    metricDx1: optNum(),
    metricDx2: optNum(),
  });

  const pastRank = s.obj({ artist_rank: optNum(), code2: optStr(), genre_id: optNum(), genre: optStr() });

  const relatedArtist = s.obj({
    id: s.num(),
    name: optStr(),
    code2: optStr(),
    cm_artist_rank: optNum(),
    image_url: optStr(),
    sp_followers: optNum(),
    popularity: optNum(),
    rank_diff: optNum(),
    genres: s.opt(genreBlock),
    rank_stats: s.opt(s.arr(s.obj({ rank: optNum(), timestp: optDate() }))),
  });

  const similarArtist = s.obj({
    id: s.num(),
    name: optStr(),
    image_url: optStr(),
    code2: optStr(),
    verified: optBool(),
    gender: textOrNumber(),
    band: optBool(),
    genres: anyJson(),
    genre_smart_ordered: smartGenres(),
    subgenres: numList(),
    rank: optNum(),
    score: optNum(),
    career_stage: s.opt(s.openEnum(CAREER_STAGES)),
    recent_momentum: s.opt(s.openEnum(CAREER_TRENDS)),
    similarity: optNum(),
    sp_followers: optNum(),
    sp_monthly_listeners: optNum(),
    ins_followers: optNum(),
    tiktok_followers: optNum(),
    youtube_subscribers: optNum(),
  });

  /** One row of the social audience time series; which fields appear depends on `statsType`. */
  const socialAudienceRow = s.obj({
    timestp: optDate(),
    followers: optNum(),
    avg_likes_per_post: optNum(),
    avg_comments_per_post: optNum(),
    avg_views_per_post: optNum(),
    engagement_rate: optNum(),
    brand_id: optNum(),
    brand_name: optStr(),
    brand_followers: optNum(),
    interest_id: optNum(),
    interest_name: optStr(),
    interest_followers: optNum(),
    scale: optNum(),
    weight: optNum(),
    weights: optNum(),
    rank: optNum(),
    code2: optStr(),
    city_id: optNum(),
    city_name: optStr(),
    language_name: optStr(),
    female: optNum(),
    male: optNum(),
  });

  const artistStats = s.obj({
    link: optStr(),
    followers: statSeries(),
    popularity: statSeries(),
    listeners: statSeries(),
    followers_to_listeners_ratio: statSeries(),
    fans: statSeries(),
    likes: statSeries(),
    talks: statSeries(),
    retweets: statSeries(),
    subscribers: statSeries(),
    views: statSeries(),
    comments: statSeries(),
    videos: statSeries(),
    daily_views: statSeries(),
    monthly_views: statSeries(),
    follower_count: statSeries(),
    monthly_viewer_hours: statSeries(),
    weekly_viewer_hours: statSeries(),
  });

  const audienceReport = {
    top_countries: s.opt(s.arr(audienceCountry)),
    audience_genders_per_age: s.opt(s.arr(genderPerAge)),
    audience_genders: s.opt(s.arr(codeWeight)),
    followers: optNum(),
    avg_likes_per_post: optNum(),
    /** Misspelled upstream (§6.20). */
    avg_commments_per_post: optNum(),
    avg_comments_per_post: optNum(),
    engagement_rate: optNum(),
    timestp: optDate(),
  };

  const tiktokTopTrack = s.obj({
    tiktok: optNum(),
    tags: optStr(),
    tiktok_track_id: optStr(),
    tiktok_url: optStr(),
    isrc: optStr(),
    cm_track: optNum(),
    monthly_diff_percent: optNum(),
    posts: optNum(),
    name: optStr(),
    image_url: optStr(),
    audio_url: optStr(),
    comments: optNum(),
    views: optNum(),
    likes: optNum(),
    created_at: optDate(),
    score: optNum(),
    trend: s.opt(s.arr(s.obj({ value: optNum(), timestp: optDate() }))),
    engagementRate: optNum(),
  });

  const artistTrack = s.obj({
    ...trackFields(),
    artist_type: optStr(),
    genre_smart_ordered: smartGenres(),
    cm_track_cluster: anyJson(),
    cm_statistics: numMap(),
    cm_audio_features: numMap(),
    version_types: s.opt(s.rec(s.opt(s.bool()))),
  });

  const listenPoint = s.obj({
    timestp: optDate(),
    code2: optStr(),
    spotify_artist_id: optStr(),
    lat: optNum(),
    lng: optNum(),
    region: optStr(),
    city_id: optNum(),
    current_max_count: optNum(),
    market_max_cm_artist_id: optNum(),
    market_max_artist_name: optStr(),
    listeners: optNum(),
    prev_listeners: optNum(),
    artist_city_rank: optNum(),
    max_listeners: optNum(),
    population: optNum(),
    city_affinity: optNum(),
    /** True for modelled values (after 2024-08-12 Spotify only publishes the top 50). */
    is_estimate: optBool(),
  });

  const marketPoint = s.obj({
    value: optNum(),
    weight: optNum(),
    timestp: optDate(),
    rank: optNum(),
    params_id: optStr(),
    youtubeforartist_location: optStr(),
    youtube_artist_id: optStr(),
    name: optStr(),
    lat: optNum(),
    lng: optNum(),
    code2: optStr(),
    city_id: optNum(),
    current_max_count: optNum(),
    region: optStr(),
    market_max_cm_artist_id: optNum(),
    market_max_artist_name: optStr(),
  });

  const artistIds = s.obj({
    cm_artist: optNum(),
    chartmetric_id: optNum(),
    artist_name: optStr(),
    spotify_artist_id: optStr(),
    itunes_artist_id: optId(),
    deezer_artist_id: optId(),
    amazon_artist_id: optStr(),
    youtube_channel_id: optStr(),
    spotify_artist_ids: idList(),
    itunes_artist_ids: idList(),
    deezer_artist_ids: idList(),
    amazon_artist_ids: idList(),
    youtube_channel_ids: idList(),
    instagram_id: optId(),
  });

  const listedArtist = s.obj({
    chartmetric_artist_id: s.num(),
    name: optStr(),
    code2: optStr(),
    genres: optStr(),
    cpp_rank: optNum(),
    rank_eg: optNum(),
    rank_fb: optNum(),
    spotify_popularity: optNum(),
    spotify_followers: optNum(),
    spotify_monthly_listeners: optNum(),
    spotify_listeners_to_followers_ratio: optNum(),
    spotify_followers_to_listeners_ratio: optNum(),
    deezer_fans: optNum(),
    facebook_likes: optNum(),
    facebook_talks: optNum(),
    twitter_followers: optNum(),
    twitter_retweets: optNum(),
    instagram_followers: optNum(),
    youtube_channel_views: optNum(),
    youtube_subscribers: optNum(),
    youtube_daily_video_views: optNum(),
    youtube_monthly_video_views: optNum(),
    wikipedia_views: optNum(),
    soundcloud_followers: optNum(),
    bandsintown_followers: optNum(),
    tiktok_followers: optNum(),
    tiktok_likes: optNum(),
    sp_where_people_listen: s.opt(s.arr(listenPlace)),
    signed: optBool(),
  });

  const anrCommon = {
    name: optStr(),
    code2: optStr(),
    image_url: optStr(),
    spotify_artist_ids: idList(),
    releases: s.opt(s.arr(releaseRow())),
    sp_followers: optNum(),
    signed: optBool(),
  };

  const anrPlaylistRow = s.obj({
    ...anrCommon,
    rank: optNum(),
    id: s.num(),
    num_playlists: optNum(),
    num_tracks: optNum(),
    followers_total_reach: optNum(),
    followers_total_reach_diff_week: optNum(),
    followers_total_reach_diff_week_percent: optNum(),
    popularity: optNum(),
    popularity_diff_week: optNum(),
    popularity_diff_week_percent: optNum(),
    followers: optNum(),
    followers_diff_week: optNum(),
    followers_diff_week_percent: optNum(),
    listeners: optNum(),
    listeners_diff_week: optNum(),
    listeners_diff_week_percent: optNum(),
    timestp: optDate(),
    isni: optStr(),
    hometown_city: optStr(),
    current_city: optStr(),
    sp_popularity: optNum(),
    sp_monthly_listeners: optNum(),
    deezer_fans: optNum(),
    tags: anyJson(),
    itunes_artist_ids: idList(),
    deezer_artist_ids: idList(),
    amazon_artist_ids: idList(),
    cm_artist_rank: optNum(),
    genres: anyJson(),
  });

  const growth = s.opt(s.obj({ fdiff: optNum(), fdiff_percent: optNum(), sns: optStr(), value: optNum() }));
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
    name: optStr(),
    pronoun: optStr(),
    band: optBool(),
    image_url: optStr(),
    code2: optStr(),
    hometown_city: optStr(),
    current_city: optStr(),
    cm_tag: numList(),
    genres: anyJson(),
    genre_smart_ordered: smartGenres(),
    career_status: s.opt(careerStatus),
    rank_eg: optNum(),
    rank_fb: optNum(),
    spotify_playlist_count: optNum(),
    spotify_playlist_total_reach: optNum(),
  });

  // ---------------------------------------------------------------------------------------------
  // Parameters reused by several endpoints
  // ---------------------------------------------------------------------------------------------

  const id = { id: p.id() };
  const sort = { sortColumn: p.optional(p.str({ min: 1 })), sortOrderDesc: p.optional(p.bool()) };

  /** A `[min, max]` range for the artist screener (`sp_ml[]=1000&sp_ml[]=5000`). */
  const range = () => p.optional(p.list(p.number(), { min: 2, max: 2, expected: 'a [min, max] pair' }));

  // ---------------------------------------------------------------------------------------------
  // The family
  // ---------------------------------------------------------------------------------------------

  return {
    /** Venues the artist played, with the events at each venue. `limit` ≤ 100. Paginated. */
    venues: defineEndpoint({
      id: 'artists.venues',
      method: 'GET',
      path: '/api/artist/{artistId}/venues',
      pathParams: { artistId: p.id() },
      query: { ...pageParams(100) },
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
      query: { since: p.optional(p.date()), until: p.optional(p.date()), ...placementFlags(), ...sort, ...pageParams(100) },
      wire: { ...placementFlagWire, ...camelWire('sortColumn', 'sortOrderDesc') },
      checks: [sinceBeforeUntil],
      response: s.arr(placementRow()),
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
      query: { fromDaysAgo: p.int(), toDaysAgo: p.int(), ...pageParams() },
      wire: camelWire('fromDaysAgo', 'toDaysAgo'),
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
     * `until − since ≤ 365` days (§6.12). `duration` stays optional although the parameter table marks
     * it required: the documents' example request (`/api/artist/4904/spotify_top_daily/charts?since=
     * 2020-03-01&until=2020-03-04`, published with its 200 answer) sends none, and the chart type
     * (`…_daily`, `…_weekly`) already names the period.
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
          entries: s.opt(s.arr(trackChartRow())),
          uniqueTracks: s.opt(s.arr(s.obj({ cm_track: optNum(), cm_album: optNum(), name: optStr(), image_url: optStr(), chart_events: optNum(), total_plays: optNum() }))),
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
        ...pageParams(),
      },
      wire: camelWire('sortColumn', 'sortOrderDesc', 'isPrimary'),
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
      response: s.obj({ artist_rank: optNum() }),
      summary: 'The artist rank under a metric (default cm_artist_rank).',
      docs: DOCS,
    }),

    /** Career stage and momentum history. `legacy: true` returns the deprecated pre-2023 trend model. Paginated. */
    career: defineEndpoint({
      id: 'artists.career',
      method: 'GET',
      path: '/api/artist/{id}/career',
      pathParams: id,
      query: { since: p.optional(p.date()), until: p.optional(p.date()), legacy: p.optional(p.bool()), ...pageParams() },
      checks: [sinceBeforeUntil],
      response: s.arr(
        s.obj({
          timestp: optDate(),
          stage: s.opt(s.openEnum(CAREER_STAGES)),
          stage_score: optNum(),
          momentum: s.opt(s.openEnum(CAREER_TRENDS)),
          momentum_score: optNum(),
          trend: optStr(),
          trend_score: optNum(),
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
        timestamp: optDate(),
        latest: numMap(),
        weekly_diff: numMap(),
        weekly_diff_percent: numMap(),
        monthly_diff: numMap(),
        monthly_diff_percent: numMap(),
        bimonthly_diff: numMap(),
        bimonthly_diff_percent: numMap(),
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
      response: s.arr(s.obj({ score: optNum(), rank: optNum(), timestp: optDate() })),
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
      wire: camelWire('geoOnly'),
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
        ...pageParams(),
      },
      wire: camelWire('daysAgo', 'sortColumn', 'sortOrderDesc'),
      response: milestones(),
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
      wire: camelWire('insightType', 'fromDaysAgo'),
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
      wire: camelWire('fromDaysAgo', 'toDaysAgo'),
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
          s.obj({ cm_album: optNum(), upc: optStr(), certification_date: optDate(), award: optStr(), album_title: optStr(), format: optStr(), image_url: optStr(), label: optStr() }),
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
        ...pageParams(),
      },
      checks: [
        (q) =>
          q.audience === undefined && q.mood === undefined && q.genre === undefined && q.musicality === undefined
            ? 'set at least one of `audience`, `mood`, `genre`, `musicality` (each high|medium|low)'
            : undefined,
      ],
      response: s.obj({ data: s.arr(similarArtist), total: optNum() }),
      paginate: { kind: 'offset', items: (d) => d.data, total: totalField, defaultLimit: 10 },
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
        ...pageParams(),
      },
      wire: camelWire('audienceType', 'statsType'),
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
      wire: camelWire('isDomainId'),
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
        ...versionFilters(),
        ...pageParams(),
      },
      checks: versionChecks,
      envelope: 'root',
      response: s.obj({ obj: s.arr(artistTrack), total: optNum() }),
      paginate: { kind: 'offset', items: (d) => d.obj, total: totalField, defaultLimit: 10 },
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
          s.obj({ id: optNum(), name: optStr(), gender: textOrNumber(), image: optStr(), date_of_birth: optDate(), date_of_death: optDate(), country_code: optStr(), tv_maze_url: optStr(), cm_artist: optNum() }),
        ),
        shows: s.opt(
          s.arr(
            s.obj({
              title: optStr(),
              as: optStr(),
              url: optStr(),
              year: textOrNumber(),
              episodes: s.opt(s.arr(s.obj({ title: optStr(), url: optStr(), date: optDate() }))),
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
      wire: camelWire('includeEstimates'),
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
      wire: camelWire('geoOnly'),
      response: s.obj({
        ...audienceReport,
        subscribers: optNum(),
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
      query: { ...pageParams(10000), aggregate: p.optional(p.bool()) },
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
      wire: camelWire('genreId', 'subGenreId'),
      checks: [(q) => (typeof q.min === 'number' && typeof q.max === 'number' && q.min > q.max ? '`min` must be ≤ `max`' : undefined)],
      response: s.obj({ length: optNum(), data: s.arr(listedArtist) }),
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
      wire: camelWire('sortBy', 'streamingType'),
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
        ...pageParams(),
      },
      wire: camelWire('sortBy', 'tagIds', 'subTagIds', 'maxSpotifyFollowers', 'sortOrderDesc', 'recentReleaseWithin', 'latestReleaseWithin'),
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
      wire: camelWire('tagId', 'subTagId', 'firstReleaseDaysAgo', 'sortColumn', 'sortOrderDesc', 'eventIds', 'shortlistIds'),
      checks: [offsetWindow(10000, 50)],
      response: s.obj({ obj: s.arr(filteredArtist), offset: optNum(), total: optNum() }),
      paginate: { kind: 'offset', items: (d) => d.obj, total: totalField, defaultLimit: 50, maxOffset: 10000 },
      summary: 'Artist screener with ~30 [min,max] range filters; limit + offset ≤ 10000.',
      docs: `${DOCS}, §5.3, §5.6, §6.7`,
    }),
  };
});
