/**
 * Chartmetric charts: `/api/charts/…` (reference/chartmetric.md §3 "Charts", §4, §5.8, §6.8–6.11).
 *
 * Naming: the method is the platform name in camelCase followed by the remaining LITERAL segments
 * (placeholders become positional arguments, in template order):
 * `/api/charts/spotify` → `charts.spotify(params)`, `/api/charts/spotify/artists` → `charts.spotifyArtists`,
 * `/api/charts/applemusic/{chart-type}` → `charts.applemusic('tracks', params)`,
 * `/api/charts/anghami/track/{chartType}` → `charts.anghamiTrack('play', params)`,
 * `/api/charts/line_music/album/{chartType}` → `charts.lineMusicAlbum('top', params)`,
 * `/api/charts/tiktok/{chart-type}` → `charts.tiktok('tracks', …)` (legacy) while
 * `/api/charts/tiktok/tracks/{chart-type}` → `charts.tiktokTracks('popular', …)` (new format).
 * Routes whose first segment is a placeholder are named after their last literal segment:
 * `/api/charts/{platform}/countries` → `countries`, `/api/charts/{streamingType}/dates` → `dates`,
 * `/api/charts/{type}/{type_id}/{chart_type}/cm-score` → `cmScore`, `/api/charts/genres/{platform}` → `genres`,
 * `/api/charts/shazam/{country_code}/cities` → `shazamCities`.
 * One method per documented operation: an enum path segment (`tracks|albums|videos`) is an argument,
 * not a separate method. The documentation stub `GET /api/charts/` is not an operation (it answers 401)
 * and is left out.
 *
 * Two item shapes (§2.4, §6.8): legacy charts answer `obj = {length, data[]}` with snake_case rows
 * (`rank, pre_rank, peak_rank, peak_date, added_at, time_on_chart, velocity` and a rank history
 * that is `rankStats` in most examples and `rank_stats` in others: both are accepted); new-format
 * charts (Anghami, Circle, Hanteo, LINE, Melon, Pandora, SoundCloud-new, TikTok v2) answer `obj`
 * as an array of camelCase rows. Counters often arrive as strings (§6.5).
 *
 * Country is spelled `country_code` on most charts (`countryCode` here), `code2` on Amazon, TikTok,
 * SoundCloud-new, Anghami and Hanteo, and `country` on `dates` (§6.9). `latest: true` returns the most
 * recent chart and ignores `date`/`since` (§6.11): where the reference requires `date` (or `since`),
 * the SDK accepts it missing only together with `latest: true`.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import {
  artistRowFields, camelWire, idList, limitParam, offsetParam, optBool, optDate, optId, optNum, optStr, strList, trackFields,
} from './shared.js';

const DOCS = 'reference/chartmetric.md §3 (Charts)';

// ---------------------------------------------------------------- vocabularies (§5.8)

export const CHART_COUNTRY_PLATFORMS = ['airplay', 'amazon', 'applemusic', 'deezer', 'itunes', 'shazam', 'soundcloud', 'spotify', 'tiktok', 'youtube'] as const;
export const CHART_DATE_KEYS = [
  'acr_daily_artist', 'acr_weekly_artist', 'acr_daily_track', 'acr_weekly_track', 'amazon', 'amazon_albums', 'amazon_new_tracks',
  'apple_music', 'apple_music_daily', 'apple_music_newcomers', 'apple_music_albums', 'apple_music_videos', 'beatport', 'deezer', 'qq',
  'shazam', 'soundcloud', 'soundcloud_trending', 'spotify_artist', 'fresh_finds', 'spotify_tracks', 'tiktok', 'tiktok_daily',
  'tiktok_weekly', 'tiktok_video', 'tiktok_user_likes', 'tiktok_user_followers', 'tiktok_weekly_user_likes',
  'tiktok_weekly_user_followers', 'tiktok_daily_user_likes', 'tiktok_daily_user_followers', 'tiktok_country_weekly',
  'twitch_user_followers', 'twitch_monthly_viewer_hours', 'twitch_weekly_user_followers', 'twitch_weekly_viewer_hours',
  'youtube_tracks', 'youtube_videos', 'youtube_videos_daily', 'youtube_trends', 'youtube_artists', 'itunes', 'itunes_videos',
  'itunes_albums', 'melon_daily', 'melon_weekly', 'melon_monthly', 'melon_yearly', 'melon', 'hanteo', 'line_daily', 'line_weekly',
  'line_daily_albums', 'line_weekly_albums', 'pandora_top_spins', 'pandora_top_thumbs', 'anghami_plays', 'anghami_likes', 'circle',
] as const;
export const CHART_GENRE_PLATFORMS = [
  'amazon', 'amazon_albums', 'apple_music', 'apple_music_albums', 'apple_music_videos', 'beatport', 'itunes', 'itunes_albums',
  'itunes_videos', 'line_daily', 'melon_daily', 'melon_monthly', 'melon_weekly', 'melon_yearly', 'shazam_genre', 'soundcloud',
  'soundcloud_legacy', 'soundcloud_trending', 'siriusxm', 'tencent_weekly', 'tencent_monthly', 'anghami',
] as const;
/** cm-score chart types; the docs spell `itunes_albums`, pycmc `itunes-albums` (§5.8): both are offered. */
export const CM_SCORE_CHART_TYPES = [
  'spotify-top', 'spotify-viral', 'applemusic-genre', 'applemusic-daily', 'applemusic-albums', 'itunes', 'itunes_albums', 'itunes-albums', 'shazam',
] as const;
export const APPLE_GENRES = [
  'All Genres', 'Pop', 'Rock', 'Dance', 'Latino', 'K-Pop', 'Singer/Songwriter', 'Hip-Hop/Rap', 'Jazz', 'Electronic', 'R&B/Soul', 'Blues',
  'Country', 'Reggae', 'Classical', 'Alternative', 'World', 'Disney', 'J-Pop', 'Christian & Gospel', 'Easy Listening', "Children's Music",
  'Fitness & Workout', 'Soundtrack',
] as const;
export const AMAZON_GENRES = [
  'All Genres', 'Alternative Rock', 'Blues', 'Broadway & Vocalists', "Children's Music", 'Christian', 'Classic Rock', 'Classical', 'Country',
  'Dance & Electronic', 'Folk', 'Hard Rock & Metal', 'Holiday', 'International', 'Jazz', 'Latin Music', 'Miscellaneous', 'New Age',
  'Opera & Vocal', 'Pop', 'R&B', 'Rap & Hip-Hop', 'Rock', 'Soundtracks',
] as const;
export const SHAZAM_GENRES = [
  'alternative', 'rock', 'french-pop', 'film-tv-and-stage', 'randb-soul', 'latin', 'reggae-dancehall', 'k-pop', 'hip-hop-rap', 'worldwide',
  'singer-songwriter', 'dance', 'afrobeats', 'house', 'electronic', 'pop', 'country', 'regional-mexicano',
] as const;
export const SHAZAM_COUNTRIES = [
  'GLOBAL', 'US', 'AR', 'AT', 'AU', 'BE', 'BG', 'BR', 'BY', 'CA', 'CH', 'CL', 'CN', 'CO', 'CR', 'CZ', 'DE', 'DK', 'EC', 'EG', 'ES', 'FI',
  'FR', 'GB', 'GR', 'HR', 'HU', 'ID', 'IE', 'IL', 'IN', 'IR', 'IT', 'JP', 'KR', 'KZ', 'MA', 'MX', 'MY', 'NL', 'NO', 'NZ', 'PE', 'PL',
  'PT', 'RO', 'RU', 'SA', 'SE', 'SG', 'TH', 'TR', 'TW', 'UA', 'UY', 'VE', 'ZA',
] as const;
export const BEATPORT_GENRES = [
  'top-100', 'house', 'tech-house', 'future-house', 'electronica-downtempo', 'progressive-house', 'electro-house', 'techno', 'glitch-hop',
  'drum-and-bass', 'trance', 'reggae-dancehall-dub', 'hip-hop-r-and-b', 'indie-dance-nu-disco', 'hard-dance', 'dubstep', 'deep-house',
  'psy-trance', 'big-room', 'minimal-deep-tech', 'funky-groove-jackin-house', 'funk-soul-disco', 'dance', 'breaks', 'dj-tools',
  'hardcore-hard-techno', 'leftfield-house-and-techno',
] as const;
export const SOUNDCLOUD_LEGACY_GENRES = [
  'all-music', 'pop', 'hiphoprap', 'country', 'rock', 'jazzblues', 'classical', 'reggae', 'house', 'folksingersongwriter', 'techno',
  'trance', 'disco', 'rbsoul', 'world', 'latin', 'piano', 'reggaeton', 'alternativerock', 'indie', 'triphop', 'electronic', 'deephouse',
  'drumbass', 'dancehall', 'soundtrack', 'ambient', 'dubstep', 'danceedm', 'trap', 'metal',
] as const;

export const charts = defineFamily(() => {
  /** Country codes: ISO-3166 alpha-2 or `GLOBAL` (not every chart has GLOBAL; use `charts.countries` for the live list). */
  const countryCode = () => p.str({ pattern: /^([A-Z]{2}|GLOBAL)$/, expected: `an upper-case ISO country code such as 'US', or 'GLOBAL'` });
  /** The `code2` of charts: upper-case letters or digits (Anghami's GLOBAL is `00`). */
  const chartCode2 = () => p.str({ pattern: /^[A-Z0-9]{2}$/, expected: `a two-character country code such as 'US'` });

  // ---------------------------------------------------------------- checks

  /** §6.11: `date` may be left out only with `latest: true`. */
  const dateUnlessLatest = (params: Record<string, unknown>) =>
    params.date === undefined && params.latest !== true
      ? '`date` is required unless `latest: true` (pass a chart date as \'YYYY-MM-DD\' or a Date; weekly charts publish on fixed weekdays, see charts.dates)'
      : undefined;
  const sinceUnlessLatest = (params: Record<string, unknown>) =>
    params.since === undefined && params.latest !== true ? '`since` is required unless `latest: true` (a date as \'YYYY-MM-DD\' or a Date)' : undefined;

  // ---------------------------------------------------------------- response schemas

  const rankPoint = s.obj({
    rank: optNum(),
    timestp: optDate(),
    date: optDate(),
    plays: optNum(),
    posts: optNum(),
    followers: optNum(),
  });
  /** Position fields of a legacy chart row (§2.4). */
  const chartPosition = {
    rank: optNum(),
    pre_rank: optNum(),
    peak_rank: optNum(),
    peak_date: optDate(),
    added_at: optDate(),
    time_on_chart: optNum(),
    velocity: optNum(),
    /** Rank history; spelled `rank_stats` by some charts (§6.8). */
    rankStats: s.opt(s.arr(rankPoint)),
    rank_stats: s.opt(s.arr(rankPoint)),
  };
  /** A legacy chart row: a track (or an artist, a video, a Twitch user) plus its chart position. */
  const legacyEntry = s.obj({ ...trackFields(), ...chartPosition, code2: optStr(), genre: optStr(), country: optStr() });
  const legacyChart = <T extends s.Schema>(entry: T) => s.obj({ length: optNum(), data: s.arr(entry) });

  const spotifyEntry = s.obj({
    ...trackFields(),
    ...chartPosition,
    rank: s.num(),
    code2: optStr(),
    duration: optStr(),
    chart_type: optStr(),
    chart_name: optStr(),
    /** Dead after 2022-06-02 (§3): null or missing on later charts. */
    current_plays: optNum(),
    spotify: optId(),
  });
  const spotifyArtistEntry = s.obj({
    ...chartPosition,
    ...artistRowFields(),
    id: optId(),
    name: optStr(),
    image_url: optStr(),
    cm_artist: optNum(),
    cm_artist_score: optNum(),
    timestp: optDate(),
    change: optNum(),
    streak: optNum(),
    monthly_playlist_reach: optNum(),
  });
  /** Airplay rows are artists (`artists`) or tracks (`tracks`): both sets of fields, all optional. */
  const airplayEntry = s.obj({ ...trackFields(), ...chartPosition, ...artistRowFields(), plays: optNum() });
  const tiktokEntry = s.obj({ ...trackFields(), ...chartPosition, tiktok_track_id: optStr(), tiktok_track_ids: strList(), tiktok_artist_names: strList(), posts: optNum(), tiktok: optId() });
  const twitchEntry = s.obj({ ...chartPosition, name: optStr(), image_url: optStr(), link: optStr(), cm_artist: optNum(), followers: optNum(), viewer_hours: optNum(), twitch_user: optId() });
  const youtubeEntry = s.obj({
    ...trackFields(),
    ...chartPosition,
    position: optNum(),
    youtube_artist: optStr(),
    upload_date: optDate(),
    license: optStr(),
    view_count: optNum(),
    youtube_track_id: optStr(),
    viewStats: s.opt(s.arr(s.obj({ views: optNum(), timestp: optDate() }))),
  });
  const soundcloudLegacyEntry = s.obj({
    ...trackFields(),
    ...chartPosition,
    country: optStr(),
    genre: optStr(),
    kind: optStr(),
    soundcloud_track_id: optId(),
    playcount_all: optNum(),
    playcount_weekly: optNum(),
    permalink_url: optStr(),
    soundcloud_user: s.opt(s.obj({ id: optId(), username: optStr(), followers_count: optNum() })),
  });
  const freshFindEntry = s.obj({
    ...trackFields(),
    rank: optNum(),
    num_all_playlists: optNum(),
    num_ff_playlists: optNum(),
    fresh_finds_playlists_ids: idList(),
    fresh_finds_playlists: strList(),
    artists: s.opt(s.arr(s.obj({ id: optId(), name: optStr(), code2: optStr(), career_stage: optStr(), career_health: optStr(), image_url: optStr() }))),
  });

  /** A new-format chart row (camelCase, obj is an array; §2.4). */
  const newChartEntry = s.obj({
    entityId: optNum(),
    targetId: optId(),
    duration: optStr(),
    country: optStr(),
    cityId: optNum(),
    genre: optStr(),
    rank: s.num(),
    rankDiff: optNum(),
    rankTrend: s.opt(s.arr(s.obj({ timestp: optDate(), rank: optNum() }))),
    peakDate: optDate(),
    peakRank: optNum(),
    velocity7Day: optNum(),
    periodsOnChart: optNum(),
    consecutivePeriods: optNum(),
    chartedDate: optDate(),
    name: optStr(),
    imageUrl: optStr(),
    /** `YYYY-MM-DD HH:mm:ss` (§6.4). */
    createdAt: optDate(),
    artists: s.opt(s.arr(s.obj({ id: optId(), name: optStr(), code2: optStr(), careerStage: optStr(), imageUrl: optStr() }))),
    album: s.opt(s.obj({ id: optId(), name: optStr(), label: optStr(), releaseDate: optDate() })),
    externalId: optId(),
    isrc: optStr(),
    /** Chart-specific extras (`salesVolume`, `physicalRecordIndex`, `plays`…); spelled `optionalFields` on SoundCloud. */
    optionalRows: s.opt(s.rec(s.json())),
    optionalFields: s.opt(s.rec(s.json())),
    /** Cross-platform counters of the charted entity (`spotifyPlays`, `youtubeViews`…). */
    targetExtras: s.opt(s.rec(s.opt(s.numOrText()))),
    isChartGenre: optBool(),
  });
  /** Response and paging of every new-format chart: `obj` is the row array, 100 rows per page. */
  const newFormatChart = {
    response: s.arr(newChartEntry),
    paginate: { kind: 'offset' as const, items: (d: ReadonlyArray<s.Infer<typeof newChartEntry>>) => d, defaultLimit: 100 },
  };

  const cmScore = s.obj({
    overall: s.arr(s.obj({ x: s.date(), y: optNum(), count: optNum(), details: s.opt(s.arr(s.json())) })),
    individual: s.arr(
      s.obj({
        id: optId(),
        name: optStr(),
        data: s.arr(s.obj({ timestp: s.date(), score: optNum(), rank_details: s.opt(s.arr(s.obj({ rank: optNum(), country: optStr(), score: optNum() }))) })),
      }),
    ),
  });

  const newFormatQuery = { date: p.optional(p.date()), limit: limitParam(), offset: offsetParam(), latest: p.optional(p.bool()) };

  // ---------------------------------------------------------------- the family

  return {
    /**
     * Countries available for a chart. Which of `chartType`/`type`/`duration` are needed depends on the
     * platform (airplay needs chartType + duration; deezer/shazam/soundcloud need none).
     */
    countries: defineEndpoint({
      id: 'charts.countries',
      method: 'GET',
      path: '/api/charts/{platform}/countries',
      pathParams: { platform: p.oneOf(CHART_COUNTRY_PLATFORMS) },
      query: {
        chartType: p.optional(p.oneOf(['albums', 'artists', 'tracks', 'trends', 'videos'])),
        type: p.optional(p.oneOf(['daily', 'new_album', 'new_track', 'popular_album', 'popular_track', 'top'])),
        duration: p.optional(p.oneOf(['daily', 'weekly'])),
      },
      response: s.obj({ countries: s.arr(s.str()) }),
      summary: 'Country codes available for a chart platform ({countries: string[]}).',
      docs: DOCS,
    }),

    /**
     * Dates on which a chart was published, to pick a valid `date` for the chart methods.
     * `streamingType` is a chart key (§5.8); only `fromDaysAgo` is always required.
     */
    dates: defineEndpoint({
      id: 'charts.dates',
      method: 'GET',
      path: '/api/charts/{streamingType}/dates',
      pathParams: { streamingType: p.oneOf(CHART_DATE_KEYS) },
      query: {
        fromDaysAgo: p.int({ min: 1 }),
        chartEntity: p.optional(p.oneOf(['track', 'album'])),
        chartType: p.optional(p.text()),
        duration: p.optional(p.text()),
        country: p.optional(p.text()),
        genre: p.optional(p.text()),
      },
      wire: camelWire('fromDaysAgo', 'chartEntity', 'chartType'),
      response: s.arr(s.obj({ timestp: s.date() })),
      summary: 'Available dates of a chart ([{timestp}]), newest first.',
      docs: `${DOCS}, §5.8, §6.11`,
    }),

    /** Chartmetric chart score of an artist, track or album on one chart family over time (`{overall, individual}`). */
    cmScore: defineEndpoint({
      id: 'charts.cmScore',
      method: 'GET',
      path: '/api/charts/{type}/{type_id}/{chart_type}/cm-score',
      pathParams: { type: p.exactly(['album', 'artist', 'track']), type_id: p.id(), chart_type: p.oneOf(CM_SCORE_CHART_TYPES) },
      query: { since: p.date(), until: p.optional(p.date()) },
      response: cmScore,
      summary: 'Chartmetric chart score over time ({overall[], individual[]}).',
      docs: `${DOCS}, §5.8`,
    }),

    /**
     * Radio airplay (ACR) charts of tracks or artists. `limit` ≤ 500 (no offset); `since` is required
     * unless `latest: true`; `date` is optional (latest when omitted, per the 2026 docs).
     * `limit` is optional: the parameter table marks it required, but the documents' own example
     * request (`/api/charts/airplay/artists?since=2020-09-09&duration=daily`, published with its 200
     * answer) omits it, so refusing a call without it would refuse what the API accepts.
     */
    airplay: defineEndpoint({
      id: 'charts.airplay',
      method: 'GET',
      path: '/api/charts/airplay/{chart_type}',
      pathParams: { chart_type: p.oneOf(['tracks', 'artists']) },
      query: {
        date: p.optional(p.date()),
        since: p.optional(p.date()),
        limit: p.optional(p.int({ min: 1, max: 500 })),
        duration: p.oneOf(['daily', 'weekly', 'monthly', 'semi-yearly', 'yearly', 'all_time']),
        countryCode: p.optional(countryCode()),
        latest: p.optional(p.bool()),
      },
      checks: [sinceUnlessLatest],
      response: legacyChart(airplayEntry),
      summary: 'Radio airplay chart ({length, data}); limit ≤ 500; since required unless latest.',
      docs: DOCS,
    }),

    /** Amazon Music charts (`tracks` | `albums`). Country is `code2` here, not `country_code` (§6.9). */
    amazon: defineEndpoint({
      id: 'charts.amazon',
      method: 'GET',
      path: '/api/charts/amazon/{chart-type}',
      pathParams: { 'chart-type': p.oneOf(['tracks', 'albums']) },
      query: {
        type: p.oneOf(['popular_track', 'new_track', 'popular_album', 'new_album']),
        date: p.optional(p.date()),
        code2: p.optional(chartCode2()),
        genre: p.oneOf(AMAZON_GENRES),
        offset: offsetParam(),
        latest: p.optional(p.bool()),
      },
      checks: [dateUnlessLatest],
      response: legacyChart(legacyEntry),
      summary: 'Amazon Music chart ({length, data}).',
      docs: `${DOCS}, §5.8`,
    }),

    /**
     * Anghami (MENA) track chart (`play` | `like`). Pass either `genre` or `code2` (GLOBAL is `00`), not both.
     * Paginated, default 100 per page.
     */
    anghamiTrack: defineEndpoint({
      id: 'charts.anghamiTrack',
      method: 'GET',
      path: '/api/charts/anghami/track/{chartType}',
      pathParams: { chartType: p.oneOf(['play', 'like']) },
      query: { ...newFormatQuery, genre: p.optional(p.text()), code2: p.optional(chartCode2()) },
      checks: [
        (q) =>
          (q.genre === undefined) === (q.code2 === undefined)
            ? 'pass exactly one of `genre` or `code2` (Anghami charts take one filter per request; GLOBAL is code2 \'00\')'
            : undefined,
      ],
      ...newFormatChart,
      summary: 'Anghami track chart (new format); genre OR code2.',
      docs: `${DOCS}, §5.8`,
    }),

    /**
     * Apple Music charts (`tracks` | `albums` | `videos`). `type` (top | daily) only for tracks;
     * `genre` only with `type: 'top'`; `cityId` for city charts.
     */
    applemusic: defineEndpoint({
      id: 'charts.applemusic',
      method: 'GET',
      path: '/api/charts/applemusic/{chart-type}',
      pathParams: { 'chart-type': p.oneOf(['tracks', 'albums', 'videos']) },
      query: {
        type: p.optional(p.oneOf(['top', 'daily'])),
        countryCode: countryCode(),
        cityId: p.optional(p.int({ min: 1 })),
        date: p.optional(p.date()),
        genre: p.optional(p.oneOf(APPLE_GENRES)),
        offset: offsetParam(),
        latest: p.optional(p.bool()),
      },
      checks: [dateUnlessLatest],
      response: legacyChart(legacyEntry),
      summary: 'Apple Music chart ({length, data}).',
      docs: `${DOCS}, §5.8`,
    }),

    /** Beatport charts by genre; weekly (Fridays). */
    beatport: defineEndpoint({
      id: 'charts.beatport',
      method: 'GET',
      path: '/api/charts/beatport',
      query: { date: p.optional(p.date()), genre: p.oneOf(BEATPORT_GENRES), offset: offsetParam(), latest: p.optional(p.bool()) },
      checks: [dateUnlessLatest],
      response: legacyChart(legacyEntry),
      summary: 'Beatport chart by genre ({length, data}); published Fridays.',
      docs: `${DOCS}, §5.8`,
    }),

    /** Circle (KR) album chart (`top`). Paginated, default 100 per page. */
    circleAlbum: defineEndpoint({
      id: 'charts.circleAlbum',
      method: 'GET',
      path: '/api/charts/circle/album/{chartType}',
      pathParams: { chartType: p.oneOf(['top']) },
      query: { ...newFormatQuery, duration: p.oneOf(['weekly', 'monthly', 'semi-yearly', 'yearly']) },
      ...newFormatChart,
      summary: 'Circle album chart (new format).',
      docs: DOCS,
    }),

    /** Circle global K-pop track chart (`global_k_pop`). Paginated, default 100 per page. */
    circleTrack: defineEndpoint({
      id: 'charts.circleTrack',
      method: 'GET',
      path: '/api/charts/circle/track/{chartType}',
      pathParams: { chartType: p.oneOf(['global_k_pop']) },
      query: { ...newFormatQuery, duration: p.oneOf(['daily', 'weekly', 'monthly', 'semi-yearly', 'yearly']) },
      ...newFormatChart,
      summary: 'Circle global K-pop track chart (new format).',
      docs: DOCS,
    }),

    /** Deezer top tracks by country (no paging parameters). */
    deezer: defineEndpoint({
      id: 'charts.deezer',
      method: 'GET',
      path: '/api/charts/deezer/',
      query: { countryCode: countryCode(), date: p.optional(p.date()), latest: p.optional(p.bool()) },
      checks: [dateUnlessLatest],
      response: legacyChart(legacyEntry),
      summary: 'Deezer chart by country ({length, data}).',
      docs: DOCS,
    }),

    /** Genre names a chart accepts for a country (`code2`): a string list. SoundCloud-new uses `UK`, not `GB`. */
    genres: defineEndpoint({
      id: 'charts.genres',
      method: 'GET',
      path: '/api/charts/genres/{platform}',
      pathParams: { platform: p.oneOf(CHART_GENRE_PLATFORMS) },
      query: { code2: chartCode2() },
      response: s.arr(s.str()),
      summary: 'Genre names accepted by a chart for a country (string[]).',
      docs: `${DOCS}, §5.8`,
    }),

    /**
     * Hanteo (KR) album charts (`top` | `music` | `world`): `code2` (US|KR|JP) only for `world`,
     * `duration` for all but `world`. Paginated, default 100 per page.
     */
    hanteoAlbum: defineEndpoint({
      id: 'charts.hanteoAlbum',
      method: 'GET',
      path: '/api/charts/hanteo/album/{chartType}',
      pathParams: { chartType: p.oneOf(['top', 'music', 'world']) },
      query: { ...newFormatQuery, code2: p.optional(chartCode2()), duration: p.optional(p.oneOf(['daily', 'weekly', 'monthly', 'yearly'])) },
      ...newFormatChart,
      summary: 'Hanteo album chart (new format).',
      docs: `${DOCS}, §5.8`,
    }),

    /** Hanteo digital track chart (`digital`). Paginated, default 100 per page. */
    hanteoTrack: defineEndpoint({
      id: 'charts.hanteoTrack',
      method: 'GET',
      path: '/api/charts/hanteo/track/{chartType}',
      pathParams: { chartType: p.oneOf(['digital']) },
      query: { ...newFormatQuery, duration: p.oneOf(['daily', 'weekly', 'monthly']) },
      ...newFormatChart,
      summary: 'Hanteo digital track chart (new format).',
      docs: DOCS,
    }),

    /** iTunes charts (`tracks` | `albums` | `videos`); `genre` applies to tracks and albums. */
    itunes: defineEndpoint({
      id: 'charts.itunes',
      method: 'GET',
      path: '/api/charts/itunes/{chart-type}',
      pathParams: { 'chart-type': p.oneOf(['tracks', 'albums', 'videos']) },
      query: {
        countryCode: countryCode(),
        date: p.optional(p.date()),
        genre: p.optional(p.oneOf(APPLE_GENRES)),
        offset: offsetParam(),
        latest: p.optional(p.bool()),
      },
      checks: [dateUnlessLatest],
      response: legacyChart(legacyEntry),
      summary: 'iTunes chart ({length, data}).',
      docs: `${DOCS}, §5.8`,
    }),

    /** LINE Music (JP) album chart (`top`). Paginated, default 100 per page. */
    lineMusicAlbum: defineEndpoint({
      id: 'charts.lineMusicAlbum',
      method: 'GET',
      path: '/api/charts/line_music/album/{chartType}',
      pathParams: { chartType: p.oneOf(['top']) },
      query: { ...newFormatQuery, duration: p.oneOf(['daily', 'weekly']) },
      ...newFormatChart,
      summary: 'LINE Music album chart (new format).',
      docs: DOCS,
    }),

    /** LINE Music (JP) track chart (`top`) by genre (names from `charts.genres('line_daily')`). Paginated. */
    lineMusicTrack: defineEndpoint({
      id: 'charts.lineMusicTrack',
      method: 'GET',
      path: '/api/charts/line_music/track/{chartType}',
      pathParams: { chartType: p.oneOf(['top']) },
      query: { ...newFormatQuery, duration: p.oneOf(['daily', 'weekly']), genre: p.text() },
      ...newFormatChart,
      summary: 'LINE Music track chart by genre (new format).',
      docs: DOCS,
    }),

    /**
     * Melon (KR) track charts (`general` | `pop` | `k-pop` | `others` | `top` | `hot`). Genre and duration
     * combinations depend on the chart type (§5.8); `top`/`hot` take neither. Paginated, default 100.
     */
    melonTrack: defineEndpoint({
      id: 'charts.melonTrack',
      method: 'GET',
      path: '/api/charts/melon/track/{chartType}',
      pathParams: { chartType: p.oneOf(['general', 'pop', 'k-pop', 'others', 'top', 'hot']) },
      query: { ...newFormatQuery, duration: p.optional(p.oneOf(['daily', 'weekly', 'monthly', 'yearly'])), genre: p.optional(p.text()) },
      ...newFormatChart,
      summary: 'Melon track chart (new format).',
      docs: `${DOCS}, §5.8`,
    }),

    /** Pandora top spins / top thumbs (`top_spins` | `top_thumb_hundred`). Paginated, default 100. */
    pandoraTrack: defineEndpoint({
      id: 'charts.pandoraTrack',
      method: 'GET',
      path: '/api/charts/pandora/track/{chartType}',
      pathParams: { chartType: p.oneOf(['top_spins', 'top_thumb_hundred']) },
      query: newFormatQuery,
      ...newFormatChart,
      summary: 'Pandora track chart (new format).',
      docs: DOCS,
    }),

    /** QQ Music chart (weekly). */
    qq: defineEndpoint({
      id: 'charts.qq',
      method: 'GET',
      path: '/api/charts/qq/',
      query: { date: p.optional(p.date()), latest: p.optional(p.bool()) },
      checks: [dateUnlessLatest],
      response: legacyChart(legacyEntry),
      summary: 'QQ Music chart ({length, data}); weekly.',
      docs: DOCS,
    }),

    /** Shazam charts by country, optionally by `city` (names from `shazamCities`) and `genre`. */
    shazam: defineEndpoint({
      id: 'charts.shazam',
      method: 'GET',
      path: '/api/charts/shazam',
      query: {
        countryCode: p.oneOf(SHAZAM_COUNTRIES),
        date: p.optional(p.date()),
        city: p.optional(p.text()),
        offset: offsetParam(),
        latest: p.optional(p.bool()),
        genre: p.optional(p.oneOf(SHAZAM_GENRES)),
      },
      checks: [dateUnlessLatest],
      response: legacyChart(s.obj({ ...trackFields(), ...chartPosition, code2: optStr(), shazam_track_id: optId(), num_of_shazams: optNum() })),
      summary: 'Shazam chart by country/city/genre ({length, data}).',
      docs: `${DOCS}, §5.8`,
    }),

    /** City names valid for the Shazam `city` parameter (`{length, cities}`). */
    shazamCities: defineEndpoint({
      id: 'charts.shazamCities',
      method: 'GET',
      path: '/api/charts/shazam/{country_code}/cities',
      pathParams: { country_code: p.oneOf(SHAZAM_COUNTRIES) },
      response: s.obj({ length: optNum(), cities: s.arr(s.str()) }),
      summary: 'Shazam chart cities of a country ({length, cities[]}).',
      docs: DOCS,
    }),

    /**
     * @deprecated Legacy SoundCloud chart, archival only (SoundCloud retired it): use `charts.soundcloudTrack`.
     * `raw` defaults to true (peak fields omitted).
     */
    soundcloud: defineEndpoint({
      id: 'charts.soundcloud',
      method: 'GET',
      path: '/api/charts/soundcloud',
      query: {
        countryCode: countryCode(),
        date: p.optional(p.date()),
        kind: p.exactly(['top', 'trending']),
        genre: p.oneOf(SOUNDCLOUD_LEGACY_GENRES),
        offset: offsetParam(),
        raw: p.optional(p.bool()),
        latest: p.optional(p.bool()),
      },
      checks: [dateUnlessLatest],
      response: legacyChart(soundcloudLegacyEntry),
      deprecated: true,
      summary: 'DEPRECATED legacy SoundCloud chart ({length, data}); use charts.soundcloudTrack.',
      docs: `${DOCS}, §6.19`,
    }),

    /**
     * Current SoundCloud chart (`top`), US or UK only (note `UK`, not `GB`); genres from
     * `charts.genres('soundcloud', { code2 })`. Paginated, default 100 per page.
     */
    soundcloudTrack: defineEndpoint({
      id: 'charts.soundcloudTrack',
      method: 'GET',
      path: '/api/charts/soundcloud/track/{chartType}',
      pathParams: { chartType: p.oneOf(['top']) },
      query: { ...newFormatQuery, code2: p.oneOf(['US', 'UK']), genre: p.text() },
      ...newFormatChart,
      summary: 'SoundCloud track chart (new format), US|UK.',
      docs: `${DOCS}, §5.8`,
    }),

    /**
     * Spotify track charts: `type` regional (Top 200) or viral, `interval` daily or weekly, by country
     * (`countryCode`, e.g. 'US' or 'GLOBAL', sent as `country_code`). One response holds the whole chart
     * (up to 200 rows; `offset` skips rows). The weekly viral chart and `current_plays` are dead after 2022-06-02.
     */
    spotify: defineEndpoint({
      id: 'charts.spotify',
      method: 'GET',
      path: '/api/charts/spotify',
      query: {
        date: p.optional(p.date()),
        countryCode: countryCode(),
        type: p.oneOf(['regional', 'viral']),
        interval: p.oneOf(['daily', 'weekly']),
        offset: offsetParam(),
        latest: p.optional(p.bool()),
      },
      checks: [dateUnlessLatest],
      response: legacyChart(spotifyEntry),
      summary: 'Spotify track chart (regional|viral, daily|weekly) by country ({length, data}).',
      docs: `${DOCS}, §5.8, §6.8`,
    }),

    /** Spotify artist charts by monthly_listeners | popularity | followers | playlist_count | playlist_reach. */
    spotifyArtists: defineEndpoint({
      id: 'charts.spotifyArtists',
      method: 'GET',
      path: '/api/charts/spotify/artists',
      query: {
        date: p.optional(p.date()),
        type: p.oneOf(['monthly_listeners', 'popularity', 'followers', 'playlist_count', 'playlist_reach']),
        interval: p.oneOf(['daily', 'weekly', 'monthly']),
        offset: offsetParam(),
        latest: p.optional(p.bool()),
      },
      checks: [dateUnlessLatest],
      response: legacyChart(spotifyArtistEntry),
      summary: 'Spotify artist chart ({length, data}).',
      docs: `${DOCS}, §5.8`,
    }),

    /** Spotify Fresh Finds tracks; `obj` is an array here, not `{length, data}`. Paginated, default 200. */
    spotifyFreshfind: defineEndpoint({
      id: 'charts.spotifyFreshfind',
      method: 'GET',
      path: '/api/charts/spotify/freshfind',
      query: { date: p.optional(p.date()), limit: limitParam(), offset: offsetParam(), latest: p.optional(p.bool()) },
      checks: [dateUnlessLatest],
      response: s.arr(freshFindEntry),
      paginate: { kind: 'offset', items: (d) => d, defaultLimit: 200 },
      summary: 'Spotify Fresh Finds tracks (array).',
      docs: DOCS,
    }),

    /**
     * Legacy TikTok charts (`tracks` | `videos` | `users`). `type` (likes | followers) only matters for users.
     * Country charts need `countryChart: true` plus `code2` (`country_code` is not accepted). Paginated, default 100.
     */
    tiktok: defineEndpoint({
      id: 'charts.tiktok',
      method: 'GET',
      path: '/api/charts/tiktok/{chart-type}',
      pathParams: { 'chart-type': p.oneOf(['tracks', 'videos', 'users']) },
      query: {
        date: p.optional(p.date()),
        interval: p.optional(p.oneOf(['daily', 'weekly', 'all_time'])),
        type: p.optional(p.oneOf(['likes', 'followers'])),
        limit: limitParam(),
        offset: offsetParam(),
        latest: p.optional(p.bool()),
        countryChart: p.optional(p.bool()),
        code2: p.optional(chartCode2()),
      },
      wire: camelWire('countryChart'),
      checks: [
        dateUnlessLatest,
        (q) => (q.code2 !== undefined && q.countryChart !== true ? '`code2` needs `countryChart: true` (TikTok country charts)' : undefined),
      ],
      response: legacyChart(tiktokEntry),
      paginate: { kind: 'offset', items: (d) => d.data, defaultLimit: 100 },
      summary: 'Legacy TikTok chart ({length, data}); country charts via countryChart + code2.',
      docs: `${DOCS}, §5.8`,
    }),

    /** Newer TikTok track charts (`popular` | `breakout`), weekly, with cross-platform `targetExtras`. Paginated. */
    tiktokTracks: defineEndpoint({
      id: 'charts.tiktokTracks',
      method: 'GET',
      path: '/api/charts/tiktok/tracks/{chart-type}',
      pathParams: { 'chart-type': p.oneOf(['popular', 'breakout']) },
      query: {
        date: p.optional(p.date()),
        interval: p.optional(p.oneOf(['weekly'])),
        limit: limitParam(),
        offset: offsetParam(),
        latest: p.optional(p.bool()),
        code2: p.optional(chartCode2()),
      },
      checks: [dateUnlessLatest],
      ...newFormatChart,
      summary: 'TikTok track chart v2 (new format), weekly.',
      docs: DOCS,
    }),

    /**
     * Twitch user charts (followers | viewer_hours). `limit` ≤ 500 (no offset), optional: the table
     * marks it required, but the documents' example request (`/api/charts/twitch/users?since=2020-09-09&
     * type=followers&duration=daily`, published with its 200 answer) omits it.
     */
    twitchUsers: defineEndpoint({
      id: 'charts.twitchUsers',
      method: 'GET',
      path: '/api/charts/twitch/users',
      query: {
        date: p.optional(p.date()),
        since: p.optional(p.date()),
        limit: p.optional(p.int({ min: 1, max: 500 })),
        duration: p.oneOf(['daily', 'weekly', 'monthly']),
        type: p.oneOf(['followers', 'viewer_hours']),
        latest: p.optional(p.bool()),
      },
      checks: [sinceUnlessLatest],
      response: legacyChart(twitchEntry),
      summary: 'Twitch user chart ({length, data}); limit ≤ 500.',
      docs: DOCS,
    }),

    /** YouTube charts (`tracks` | `artists` | `trends` | `videos`); weekly, published Thursdays with ~1 week delay. */
    youtube: defineEndpoint({
      id: 'charts.youtube',
      method: 'GET',
      path: '/api/charts/youtube/{chart_type}',
      pathParams: { chart_type: p.oneOf(['tracks', 'artists', 'trends', 'videos']) },
      query: { countryCode: countryCode(), date: p.optional(p.date()), offset: offsetParam(), latest: p.optional(p.bool()) },
      checks: [dateUnlessLatest],
      response: legacyChart(youtubeEntry),
      summary: 'YouTube chart ({length, data}); weekly (Thursdays).',
      docs: `${DOCS}, §6.11`,
    }),
  };
});
