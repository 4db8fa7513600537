/**
 * Soundcharts artist endpoints (reference/soundcharts.md §2.4). Entity shapes, series points and
 * query pieces shared with other families come from ./shared.ts.
 *
 * Naming: family `artists` (path segment `artist`), method = the literal segments after the uuid in
 * camelCase (`/charts/song/ranks/{platform}` → `chartsSongRanks`). Deviations, where the rule gives
 * a clash or nothing usable:
 * - `getMany(uuids)`: the batch metadata call shares the template of `get` (`/artist/{uuids}`).
 * - `byPlatform`: `/artist/by-platform/{platform}/{identifier}`.
 * - `unlockAudienceReport`: `POST …/audience/{platform}/report` (the rule would give
 *   `audienceReport`, which is the GET of one dated report).
 * - `shortsAudience(identifier)`: `/artist/shorts/{identifier}/audience` (no artist uuid).
 * The discovery call `POST /api/v2/top/artists` lives with the other `/top/*` endpoints (top.ts).
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import {
  CHART_PLATFORMS, PLAYLIST_PLATFORMS, albumRef, albumsQuery, artistRef, audiencePoint, batchOf, broadcastsQuery, chartEntry, chartRanksQuery,
  currentStat, datesInOrder, genre, identifier, identifiersQuery, locatedPoint, oneOrMany, paging, period, playlistCurrentQuery, playlistEntry,
  playlistReachQuery, point, reachPoint, scorePoint, songRef, sortOrder, sourcesBody, spin, spinGroup, uuidBatch, venueRef,
} from './shared.js';

const DOCS = 'reference/soundcharts.md §2.4 (Artist)';
const socialPlatforms = ['spotify', 'instagram', 'tiktok', 'youtube', 'x', 'facebook', 'deezer', 'soundcloud', 'boomplay', 'line-music', 'melon', 'yandex', 'songkick', 'bandsintown', 'weibo', 'vk', 'twitch', 'snapchat', 'threads'] as const;
const streamingPlatforms = ['spotify', 'youtube', 'anghami', 'audiomack', 'jiosaavn', 'pandora', 'yandex', 'kugou', 'lastfm', 'soundcloud', 'deezer'] as const;
const reportPlatforms = ['instagram', 'youtube', 'tiktok'] as const;

export const artists = defineFamily(() => {
  /** Artist metadata (`GET /api/v2.9/artist/{uuid}`, DOC-DEF artistresponse2). */
  const artistMeta = s.obj({
    uuid: s.str(),
    slug: s.opt(s.str()),
    name: s.str(),
    appUrl: s.opt(s.str()),
    imageUrl: s.opt(s.str()),
    /** ISO country code; `""` when unknown (seen in real responses). */
    countryCode: s.opt(s.str()),
    webUrl: s.opt(s.str()),
    genres: s.opt(s.arr(genre())),
    biography: s.opt(s.str()),
    isni: s.opt(s.str()),
    ipi: s.opt(s.str()),
    gender: s.opt(s.openEnum(['male', 'female', 'mixed', 'other'])),
    type: s.opt(s.openEnum(['person', 'group', 'other'])),
    birthDate: s.opt(s.date()),
    careerStage: s.opt(s.openEnum(['undiscovered', 'developing', 'mid_level', 'mainstream', 'superstar', 'legendary'])),
    growthLevel: s.opt(s.openEnum(['decline', 'steady', 'growth', 'high_growth', 'explosive'])),
    cityName: s.opt(s.str()),
  });

  /** `related` of an artist time series: the artist, the platform and when it was last crawled. */
  const artistSeriesRelated = s.obj({ artist: s.opt(artistRef()), platform: s.opt(s.str()), lastCrawlDate: s.opt(s.date()) });

  /** A weighted code (audience report distributions). */
  const weighted = s.obj({ code: s.opt(s.str()), weight: s.opt(s.num()) });
  const audienceBreakdown = s.obj({
    genders: s.opt(s.arr(weighted)),
    ages: s.opt(s.arr(weighted)),
    gendersPerAge: s.opt(s.arr(s.obj({ code: s.opt(s.str()), maleWeight: s.opt(s.num()), femaleWeight: s.opt(s.num()) }))),
    ethnicities: s.opt(s.arr(weighted)),
    languages: s.opt(s.arr(weighted)),
    countries: s.opt(s.arr(s.obj({ weight: s.opt(s.num()), countryCode: s.opt(s.str()), countryName: s.opt(s.str()) }))),
    cities: s.opt(s.arr(s.obj({ weight: s.opt(s.num()), cityName: s.opt(s.str()), region: s.opt(s.str()), countryCode: s.opt(s.str()), countryName: s.opt(s.str()) }))),
    notableUsers: s.opt(s.arr(s.json())),
  });
  /** A social audience report (instagram, tiktok, youtube). */
  const audienceReport = s.obj({
    top: s.opt(s.obj({ mentions: s.opt(s.arr(weighted)), hashtags: s.opt(s.arr(weighted)), posts: s.opt(s.arr(s.json())) })),
    audience: s.opt(
      s.obj({
        stats: s.opt(s.rec(s.opt(s.num()))),
        audienceLike: s.opt(audienceBreakdown),
        audienceFollower: s.opt(audienceBreakdown),
        brandsAffinity: s.opt(s.arr(s.json())),
        interests: s.opt(s.arr(s.json())),
      }),
    ),
  });

  /** An event (concert, festival, online). */
  const event = s.obj({
    uuid: s.opt(s.str()),
    name: s.opt(s.str()),
    date: s.date(),
    type: s.opt(s.openEnum(['concert', 'festival', 'online'])),
    venue: s.opt(venueRef()),
    url: s.opt(s.str()),
  });

  const uuid = p.uuid;

  const artistList = soundchartsList(artistRef(), { related: artistRef() });

  // ---------------------------------------------------------------------------------------------
  // Endpoints
  // ---------------------------------------------------------------------------------------------

  return {
    /** Artist metadata (name, country, genres, ISNI/IPI, career stage…). `GET /api/v2.9/artist/{uuid}`. */
    get: defineEndpoint({
      id: 'artists.get',
      method: 'GET',
      path: '/api/v2.9/artist/{uuid}',
      pathParams: { uuid: uuid() },
      response: artistMeta,
      summary: 'Artist metadata by Soundcharts UUID.',
      docs: DOCS,
    }),

    /**
     * Metadata of up to 10 artists in one call: pass the UUIDs comma-joined (`uuids.join(',')`).
     * Same path template as `get`; the response is a collection `{ items }`.
     */
    getMany: defineEndpoint({
      id: 'artists.getMany',
      method: 'GET',
      path: '/api/v2.9/artist/{uuids}',
      pathParams: { uuids: uuidBatch() },
      response: batchOf(artistMeta),
      summary: 'Metadata of 1–10 artists (comma-joined UUIDs); 400 beyond 10.',
      docs: DOCS,
    }),

    /** Artist by a platform identifier (also ISNI/IPI). A 404 here is not charged. */
    byPlatform: defineEndpoint({
      id: 'artists.byPlatform',
      method: 'GET',
      path: '/api/v2.9/artist/by-platform/{platform}/{identifier}',
      pathParams: { platform: p.oneOf(['spotify', 'apple-music', 'deezer', 'youtube', 'instagram', 'tiktok', 'isni', 'ipi', 'musicbrainz'] as const), identifier: p.text() },
      response: artistMeta,
      summary: 'Artist metadata from a platform id (Spotify id, ISNI, IPI…); new ids appear within ~2 h.',
      docs: DOCS,
    }),

    /** Platform identifiers (Spotify id, Apple id, ISNI…) of an artist. Paginated (max 100). */
    identifiers: defineEndpoint({
      id: 'artists.identifiers',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/identifiers',
      pathParams: { uuid: uuid() },
      query: { ...identifiersQuery(), onlyDefault: p.optional(p.bool()) },
      ...soundchartsList(identifier(), { related: artistRef() }),
      summary: 'Platform identifiers and URLs of an artist; related = the artist.',
      docs: DOCS,
    }),

    /** Songs of an artist, sortable by streams, release date…; follows `page.next` (max 100 per page). */
    songs: defineEndpoint({
      id: 'artists.songs',
      method: 'GET',
      path: '/api/v2.21/artist/{uuid}/songs',
      pathParams: { uuid: uuid() },
      query: {
        /** 1: songs where the artist is a main performer; 0: featured only; omit for all. */
        mainPerformer: p.optional(p.flag()),
        ...paging(),
        sortBy: p.optional(p.oneOf(['name', 'releaseDate', 'spotifyStream', 'shazamCount', 'youtubeViews', 'spotifyPopularity', 'soundchartsScore'] as const)),
        sortOrder: p.optional(sortOrder()),
      },
      ...soundchartsList(songRef(), { related: artistRef() }),
      summary: 'Songs of an artist (uuid, name, creditName, releaseDate); paginated, max 100 per page.',
      docs: DOCS,
    }),

    /** Albums of an artist. */
    albums: defineEndpoint({
      id: 'artists.albums',
      method: 'GET',
      path: '/api/v2.34/artist/{uuid}/albums',
      pathParams: { uuid: uuid() },
      query: albumsQuery(),
      ...soundchartsList(albumRef(), { related: artistRef() }),
      summary: 'Albums, singles and compilations of an artist; paginated, max 100 per page.',
      docs: DOCS,
    }),

    /** Similar artists (Spotify "Fans also like"), alphabetical. No documented page maximum. */
    related: defineEndpoint({
      id: 'artists.related',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/related',
      pathParams: { uuid: uuid() },
      query: { offset: p.optional(p.int({ min: 0 })), limit: p.optional(p.int({ min: 1 })) },
      ...artistList,
      summary: 'Similar artists ("Fans also like"); no documented limit maximum.',
      docs: DOCS,
    }),

    /** Current score, audience, streaming, popularity and retention of every platform (plan-restricted). */
    currentStats: defineEndpoint({
      id: 'artists.currentStats',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/current/stats',
      pathParams: { uuid: uuid() },
      query: { /** Days over which `evolution` is computed. */ period: p.optional(p.int({ min: 1 })) },
      response: s.obj({
        related: s.opt(oneOrMany(s.obj({ ...artistRef().shape, period: s.opt(s.num()) }))),
        social: s.opt(s.arr(currentStat())),
        streaming: s.opt(s.arr(currentStat())),
        popularity: s.opt(s.arr(currentStat())),
        retention: s.opt(s.arr(currentStat())),
        score: s.opt(s.arr(currentStat())),
      }),
      summary: 'All current stats of an artist with evolution over `period` days (kept whole: not an entity envelope).',
      docs: DOCS,
    }),

    /** Soundcharts score, fanbase score and trending score over time. */
    soundchartsScore: defineEndpoint({
      id: 'artists.soundchartsScore',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/soundcharts/score',
      pathParams: { uuid: uuid() },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(scorePoint(), { related: oneOrMany(artistRef()) }),
      summary: 'Daily Soundcharts scores of an artist; paginated, max 100 per page.',
      docs: DOCS,
    }),

    /** Social audience (followers, likes, posts, views) on one platform, per day. */
    audience: defineEndpoint({
      id: 'artists.audience',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/audience/{platform}',
      pathParams: { uuid: uuid(), platform: p.oneOf(socialPlatforms) },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(audiencePoint(), { related: artistSeriesRelated }),
      summary: 'Daily audience of an artist on a social platform; days may be missing (2–15 day refresh).',
      docs: DOCS,
    }),

    /** Located followers (top cities and countries), monthly, for instagram, tiktok and youtube. */
    socialFollowers: defineEndpoint({
      id: 'artists.socialFollowers',
      method: 'GET',
      // The documented path ends with a slash (soundcharts.md §6 quirk 9).
      path: '/api/v2.37/artist/{uuid}/social/{platform}/followers/',
      pathParams: { uuid: uuid(), platform: p.oneOf(reportPlatforms) },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(locatedPoint(), { related: artistSeriesRelated }),
      summary: 'Monthly located followers (city and country plots) on instagram, tiktok or youtube.',
      docs: DOCS,
    }),

    /** Streaming audience: monthly listeners (28-day rolling), YouTube views, plays… per day. */
    streamingListening: defineEndpoint({
      id: 'artists.streamingListening',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/streaming/{platform}/listening',
      pathParams: { uuid: uuid(), platform: p.oneOf(streamingPlatforms) },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(point(), { related: artistSeriesRelated }),
      summary: 'Daily streaming audience (monthly listeners, views, plays) of an artist on one platform.',
      docs: DOCS,
    }),

    /** Local streaming audience (per city and country). */
    streaming: defineEndpoint({
      id: 'artists.streaming',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/streaming/{platform}',
      pathParams: { uuid: uuid(), platform: p.oneOf(['spotify', 'youtube', 'jiosaavn'] as const) },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(locatedPoint(), { related: artistSeriesRelated }),
      summary: 'Streaming audience broken down by city and country.',
      docs: DOCS,
    }),

    /** Followers-to-listeners ratio (%) over time. */
    retention: defineEndpoint({
      id: 'artists.retention',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/{platform}/retention',
      pathParams: { uuid: uuid(), platform: p.oneOf(['spotify', 'jiosaavn', 'anghami', 'youtube', 'audiomack', 'yandex'] as const) },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(point(), { related: artistSeriesRelated }),
      summary: 'Daily retention (followers / listeners, in %) on spotify, jiosaavn, anghami, youtube, audiomack or yandex.',
      docs: DOCS,
    }),

    /** Platform popularity index (0–100) over time. */
    popularity: defineEndpoint({
      id: 'artists.popularity',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/popularity/{platform}',
      pathParams: { uuid: uuid(), platform: p.oneOf(['spotify', 'tidal', 'deezer'] as const) },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(point(), { related: artistSeriesRelated }),
      summary: 'Daily popularity index of an artist on spotify, tidal or deezer.',
      docs: DOCS,
    }),

    /** The latest social audience report (demographics, top posts) of an artist. */
    audienceReportLatest: defineEndpoint({
      id: 'artists.audienceReportLatest',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/audience/{platform}/report/latest',
      pathParams: { uuid: uuid(), platform: p.oneOf(reportPlatforms) },
      response: audienceReport,
      summary: 'Latest audience report on instagram, youtube or tiktok (400 for other platforms).',
      docs: DOCS,
    }),

    /** Dates (ATOM date-times) for which an audience report exists; monthly. */
    audienceReportAvailableDates: defineEndpoint({
      id: 'artists.audienceReportAvailableDates',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/audience/{platform}/report/available-dates',
      pathParams: { uuid: uuid(), platform: p.oneOf(reportPlatforms) },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(s.date(), { related: artistSeriesRelated }),
      summary: 'ATOM date-times of the monthly audience reports; pass one to `audienceReport`.',
      docs: DOCS,
    }),

    /** The audience report of one date, as listed by `audienceReportAvailableDates` (ATOM date-time). */
    audienceReport: defineEndpoint({
      id: 'artists.audienceReport',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/audience/{platform}/report/{date}',
      pathParams: { uuid: uuid(), platform: p.oneOf(reportPlatforms), date: p.dateTime() },
      response: audienceReport,
      summary: 'Audience report for a date from `audienceReportAvailableDates` (date-time in ATOM form).',
      docs: DOCS,
    }),

    /** Unlocks a new audience report (monthly cap per plan → 429; 405 on the sandbox). */
    unlockAudienceReport: defineEndpoint({
      id: 'artists.unlockAudienceReport',
      method: 'POST',
      path: '/api/v2/artist/{uuid}/audience/{platform}/report',
      pathParams: { uuid: uuid(), platform: p.oneOf(reportPlatforms) },
      response: audienceReport,
      summary: 'Unlocks a fresh audience report (counts against a monthly cap; 405 on sandbox credentials).',
      docs: DOCS,
    }),

    /** Short videos (Reels, Shorts) of an artist with their latest audience. */
    shortsVideos: defineEndpoint({
      id: 'artists.shortsVideos',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/shorts/{platform}/videos',
      pathParams: { uuid: uuid(), platform: p.oneOf(['instagram', 'youtube'] as const) },
      query: paging(),
      ...soundchartsList(
        s.obj({
          identifier: s.str(),
          url: s.opt(s.str()),
          title: s.opt(s.str()),
          imageUrl: s.opt(s.str()),
          publishedAt: s.opt(s.date()),
          viewCount: s.opt(s.num()),
          likeCount: s.opt(s.num()),
          commentCount: s.opt(s.num()),
        }),
        { related: artistSeriesRelated },
      ),
      summary: 'Short videos of an artist on instagram or youtube with their latest counts.',
      docs: DOCS,
    }),

    /** Audience over time of one short video (identifier from `shortsVideos`). */
    shortsAudience: defineEndpoint({
      id: 'artists.shortsAudience',
      method: 'GET',
      path: '/api/v2/artist/shorts/{identifier}/audience',
      pathParams: { identifier: p.text() },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(s.obj({ date: s.date(), viewCount: s.opt(s.num()), likeCount: s.opt(s.num()), commentCount: s.opt(s.num()) })),
      summary: 'Daily views/likes/comments of a short video.',
      docs: DOCS,
    }),

    /** Chart positions of the artist's songs on a platform (current or past). */
    chartsSongRanks: defineEndpoint({
      id: 'artists.chartsSongRanks',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/charts/song/ranks/{platform}',
      pathParams: { uuid: uuid(), platform: p.oneOf(CHART_PLATFORMS) },
      query: chartRanksQuery(),
      ...soundchartsList(chartEntry(), { related: artistRef() }),
      summary: 'Song chart entries of an artist on a platform; position 0 = left the chart.',
      docs: DOCS,
    }),

    /**
     * Chart positions of the artist's albums on a platform. Version: the official SDK uses v2.28; an
     * older generated client shows v2 (soundcharts.md §2.4: latest version unconfirmed).
     */
    chartsAlbumRanks: defineEndpoint({
      id: 'artists.chartsAlbumRanks',
      method: 'GET',
      path: '/api/v2.28/artist/{uuid}/charts/album/ranks/{platform}',
      pathParams: { uuid: uuid(), platform: p.oneOf(CHART_PLATFORMS) },
      query: chartRanksQuery(),
      ...soundchartsList(chartEntry(), { related: artistRef() }),
      summary: 'Album chart entries of an artist on a platform.',
      docs: DOCS,
    }),

    /** Playlist positions of the artist's songs (editorial, algorithmic…), current or past. */
    playlistCurrent: defineEndpoint({
      id: 'artists.playlistCurrent',
      method: 'GET',
      path: '/api/v2.20/artist/{uuid}/playlist/current/{platform}',
      pathParams: { uuid: uuid(), platform: p.oneOf(PLAYLIST_PLATFORMS) },
      query: playlistCurrentQuery(),
      ...soundchartsList(playlistEntry(), { related: artistRef() }),
      summary: 'Playlist entries of an artist on a platform; paginated, max 100 per page.',
      docs: DOCS,
    }),

    /** Number of playlists and their total reach, per day. */
    playlistReach: defineEndpoint({
      id: 'artists.playlistReach',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/playlist/reach/{platform}',
      pathParams: { uuid: uuid(), platform: p.oneOf(PLAYLIST_PLATFORMS) },
      query: playlistReachQuery(),
      checks: [datesInOrder],
      ...soundchartsList(reachPoint(), { related: artistSeriesRelated }),
      summary: 'Daily playlist count and reach (reach only on spotify, youtube, deezer, jiosaavn, boomplay).',
      docs: DOCS,
    }),

    /** Radio spins of the artist's songs (`airedAt` in UTC). */
    broadcasts: defineEndpoint({
      id: 'artists.broadcasts',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/broadcasts',
      pathParams: { uuid: uuid() },
      query: broadcastsQuery(),
      checks: [datesInOrder],
      ...soundchartsList(spin(), { related: artistRef() }),
      summary: 'Radio spins of an artist, filterable by radios and country.',
      docs: DOCS,
    }),

    /** Radio spins aggregated per radio. */
    broadcastGroups: defineEndpoint({
      id: 'artists.broadcastGroups',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/broadcast-groups',
      pathParams: { uuid: uuid() },
      query: broadcastsQuery(),
      checks: [datesInOrder],
      ...soundchartsList(spinGroup(), { related: artistRef() }),
      summary: 'Spin counts of an artist grouped per radio.',
      docs: DOCS,
    }),

    /** Concerts, festivals and online events of an artist. */
    events: defineEndpoint({
      id: 'artists.events',
      method: 'GET',
      path: '/api/v2/artist/{uuid}/events',
      pathParams: { uuid: uuid() },
      query: {
        type: p.optional(p.oneOf(['all', 'concert', 'festival', 'online'] as const)),
        ...period(),
        ...paging(),
        sortBy: p.optional(p.oneOf(['date'] as const)),
        sortOrder: p.optional(sortOrder()),
      },
      checks: [datesInOrder],
      ...soundchartsList(event, { related: artistRef() }),
      summary: 'Events of an artist (concert, festival, online) with their venue.',
      docs: DOCS,
    }),

    /** Submits missing profile links (processed within 48 working hours; 405 on sandbox credentials). */
    sourcesAdd: defineEndpoint({
      id: 'artists.sourcesAdd',
      method: 'POST',
      path: '/api/v2/artist/{uuid}/sources/add',
      pathParams: { uuid: uuid() },
      body: sourcesBody(),
      response: artistMeta,
      summary: 'Adds platform links to an artist profile; returns the artist. 405 on sandbox credentials.',
      docs: DOCS,
    }),
  };
});
