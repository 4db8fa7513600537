/**
 * Soundcharts song endpoints (reference/soundcharts.md §2.5).
 *
 * Naming: family `songs` (path segment `song`), method = literal segments after the uuid in camelCase.
 * Deviations: `getMany(uuids)` (batch metadata, same template as `get`), `byIsrc`, `byPlatform`,
 * `chartsRanks` (`/charts/ranks/{platform}`). The discovery call `POST /api/v2/top/songs` lives with
 * the other `/top/*` endpoints (top.ts).
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import {
  CHART_PLATFORMS, PLAYLIST_PLATFORMS, albumRef, albumsQuery, artistRef, batchOf, broadcastsQuery, chartEntry, chartRanksQuery, currentStat,
  datesInOrder, identifier, identifiersQuery, isrc, locatedPoint, oneOrMany, paging, period, playlistCurrentQuery, playlistEntry,
  playlistReachQuery, point, reachPoint, scorePoint, songRef, sourcesBody, spin, spinGroup, uuidBatch,
} from './shared.js';

const DOCS = 'reference/soundcharts.md §2.5 (Song)';
const songPlatforms = ['spotify', 'apple-music', 'deezer', 'youtube', 'shazam', 'tiktok', 'soundcloud', 'audiomack', 'anghami', 'boomplay', 'jiosaavn', 'gaana', 'melon', 'line-music', 'awa', 'yandex'] as const;

export const songs = defineFamily(() => {
  /** Song metadata (`GET /api/v2.25/song/{uuid}`, DOC-DEF songresponse3 / songmetadatacollectionresponse). */
  const songMeta = s.obj({
    uuid: s.str(),
    name: s.str(),
    isrc: s.opt(isrc()),
    iswcs: s.opt(s.arr(s.str())),
    creditName: s.opt(s.str()),
    artists: s.opt(s.arr(artistRef())),
    mainArtists: s.opt(s.arr(artistRef())),
    releaseDate: s.opt(s.date()),
    copyright: s.opt(s.str()),
    appUrl: s.opt(s.str()),
    imageUrl: s.opt(s.str()),
    previewUrl: s.opt(s.str()),
    /** Seconds. */
    duration: s.opt(s.num()),
    explicit: s.opt(s.bool()),
    genres: s.opt(s.arr(s.obj({ root: s.str(), sub: s.opt(s.arr(s.str())) }))),
    composers: s.opt(s.arr(s.str())),
    producers: s.opt(s.arr(s.str())),
    labels: s.opt(s.arr(s.obj({ name: s.str(), type: s.opt(s.str()) }))),
    /** Single label name sent by older versions (v2). */
    label: s.opt(s.str()),
    languageCode: s.opt(s.str()),
    audio: s.opt(
      s.obj({
        acousticness: s.opt(s.num()),
        danceability: s.opt(s.num()),
        energy: s.opt(s.num()),
        instrumentalness: s.opt(s.num()),
        key: s.opt(s.num()),
        liveness: s.opt(s.num()),
        loudness: s.opt(s.num()),
        mode: s.opt(s.num()),
        speechiness: s.opt(s.num()),
        tempo: s.opt(s.num()),
        timeSignature: s.opt(s.num()),
        valence: s.opt(s.num()),
      }),
    ),
  });

  /** `related` of a song time series. */
  const songSeriesRelated = s.obj({ song: s.opt(songRef()), platform: s.opt(s.str()), lastCrawlDate: s.opt(s.date()) });

  const uuid = p.uuid;

  return {
    /** Song metadata: ISRC, ISWCs, artists, release date, labels, genres, audio features. */
    get: defineEndpoint({
      id: 'songs.get',
      method: 'GET',
      path: '/api/v2.25/song/{uuid}',
      pathParams: { uuid: uuid() },
      response: songMeta,
      summary: 'Song metadata by Soundcharts UUID.',
      docs: DOCS,
    }),

    /**
     * Metadata of up to 10 songs: pass the UUIDs comma-joined (`uuids.join(',')`).
     * Path unconfirmed by the docs (soundcharts.md §2.5, §7). Kept because every documented batch call
     * (artist v2.9, festival, collaborator, label, work) is its single-entity path with `{uuids}` in
     * place of `{uuid}`, the "Song Metadata Collection" definition exists, and the official MCP
     * `get_songs` tool takes the same comma-joined ≤10 list.
     */
    getMany: defineEndpoint({
      id: 'songs.getMany',
      method: 'GET',
      path: '/api/v2.25/song/{uuids}',
      pathParams: { uuids: uuidBatch() },
      response: batchOf(songMeta),
      summary: 'Metadata of 1–10 songs (comma-joined UUIDs). Path inferred from the other batch calls.',
      docs: DOCS,
    }),

    /** Song by ISRC (410 Gone when the ISRC is blacklisted for matching several DSP tracks). */
    byIsrc: defineEndpoint({
      id: 'songs.byIsrc',
      method: 'GET',
      path: '/api/v2.25/song/by-isrc/{isrc}',
      pathParams: { isrc: p.str({ pattern: /^[A-Za-z]{2}[A-Za-z0-9]{3}\d{7}$/, expected: `a 12-character ISRC such as 'USUM71900764'` }) },
      response: songMeta,
      summary: 'Song metadata from an ISRC; 410 when the ISRC is blacklisted.',
      docs: DOCS,
    }),

    /** Song by a platform identifier (Spotify track id…). 400 for an unknown platform, 410 if blacklisted. */
    byPlatform: defineEndpoint({
      id: 'songs.byPlatform',
      method: 'GET',
      path: '/api/v2.25/song/by-platform/{platform}/{identifier}',
      pathParams: { platform: p.oneOf(['spotify', 'apple-music', 'deezer', 'youtube', 'shazam', 'amazon', 'tidal'] as const), identifier: p.text() },
      response: songMeta,
      summary: 'Song metadata from a platform track id.',
      docs: DOCS,
    }),

    /** Lyrics analysis: themes, moods, cultural references, scores. Kept whole (not an entity envelope). */
    lyricsAnalysis: defineEndpoint({
      id: 'songs.lyricsAnalysis',
      method: 'GET',
      path: '/api/v2/song/{uuid}/lyrics-analysis',
      pathParams: { uuid: uuid() },
      response: s.obj({
        related: s.opt(oneOrMany(songRef())),
        lyricsAnalysis: s.opt(
          s.obj({
            themes: s.opt(s.arr(s.str())),
            moods: s.opt(s.arr(s.str())),
            culturalReferencePeople: s.opt(s.arr(s.str())),
            culturalReferenceNonPeople: s.opt(s.arr(s.str())),
            brands: s.opt(s.arr(s.str())),
            locations: s.opt(s.arr(s.str())),
            narrativeStyle: s.opt(s.str()),
            emotionalIntensityScore: s.opt(s.num()),
            complexityScore: s.opt(s.num()),
            repetitivenessScore: s.opt(s.num()),
            rhymeSchemeScore: s.opt(s.num()),
            imageryScore: s.opt(s.num()),
          }),
        ),
      }),
      summary: 'Lyrics attributes of a song (themes, moods, references, scores).',
      docs: DOCS,
    }),

    /** Platform identifiers (ISRC, Spotify, Apple…) of a song. */
    identifiers: defineEndpoint({
      id: 'songs.identifiers',
      method: 'GET',
      path: '/api/v2/song/{uuid}/identifiers',
      pathParams: { uuid: uuid() },
      query: { ...identifiersQuery(), onlyDefault: p.optional(p.bool()) },
      ...soundchartsList(identifier(), { related: songRef() }),
      summary: 'Platform identifiers and URLs of a song; related = the song.',
      docs: DOCS,
    }),

    /** Albums containing the song. */
    albums: defineEndpoint({
      id: 'songs.albums',
      method: 'GET',
      path: '/api/v2/song/{uuid}/albums',
      pathParams: { uuid: uuid() },
      query: albumsQuery(),
      ...soundchartsList(albumRef(), { related: songRef() }),
      summary: 'Albums, singles and compilations containing a song.',
      docs: DOCS,
    }),

    /** Soundcharts scores of a song (fanbase and trending). */
    soundchartsScore: defineEndpoint({
      id: 'songs.soundchartsScore',
      method: 'GET',
      path: '/api/v2/song/{uuid}/soundcharts/score',
      pathParams: { uuid: uuid() },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(scorePoint(), { related: oneOrMany(songRef()) }),
      summary: 'Daily fanbase and trending scores of a song (startDate defaults to endDate − 30 days).',
      docs: DOCS,
    }),

    /** Current score, streaming and popularity stats of a song (plan-restricted). */
    currentStats: defineEndpoint({
      id: 'songs.currentStats',
      method: 'GET',
      path: '/api/v2/song/{uuid}/current/stats',
      pathParams: { uuid: uuid() },
      query: { /** Days over which `evolution` is computed. */ period: p.optional(p.int({ min: 1 })) },
      response: s.obj({
        related: s.opt(oneOrMany(s.obj({ ...songRef().shape, period: s.opt(s.num()) }))),
        audience: s.opt(s.arr(currentStat())),
        streaming: s.opt(s.arr(currentStat())),
        popularity: s.opt(s.arr(currentStat())),
        score: s.opt(s.arr(currentStat())),
      }),
      summary: 'All current stats of a song with evolution over `period` days (kept whole).',
      docs: DOCS,
    }),

    /** Streams/plays/views of a song on a platform, per identifier of the song on that platform. */
    audience: defineEndpoint({
      id: 'songs.audience',
      method: 'GET',
      path: '/api/v2/song/{uuid}/audience/{platform}',
      pathParams: { uuid: uuid(), platform: p.oneOf(songPlatforms) },
      query: { ...period(), /** Only this platform identifier of the song. */ identifier: p.optional(p.str({ min: 1 })), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(
        s.obj({ date: s.date(), plots: s.opt(s.arr(s.obj({ identifier: s.opt(s.str()), value: s.opt(s.num()) }))) }),
        { related: songSeriesRelated },
      ),
      summary: 'Daily audience of a song on a platform, one plot per platform identifier.',
      docs: DOCS,
    }),

    /** Local (per-country) streaming audience of a song (YouTube views…). */
    streaming: defineEndpoint({
      id: 'songs.streaming',
      method: 'GET',
      path: '/api/v2/song/{uuid}/streaming/{platform}',
      pathParams: { uuid: uuid(), platform: p.oneOf(['youtube', 'spotify'] as const) },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(locatedPoint(), { related: songSeriesRelated }),
      summary: 'Song streaming audience broken down by country.',
      docs: DOCS,
    }),

    /** Platform popularity index of a song (spotify, tidal, deezer). */
    popularity: defineEndpoint({
      id: 'songs.popularity',
      method: 'GET',
      path: '/api/v2/song/{uuid}/popularity/{platform}',
      pathParams: { uuid: uuid(), platform: p.oneOf(['spotify', 'tidal', 'deezer'] as const) },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(point(), { related: songSeriesRelated }),
      summary: 'Daily popularity index of a song on spotify, tidal or deezer.',
      docs: DOCS,
    }),

    /** Chart positions of a song on a platform (current or past). */
    chartsRanks: defineEndpoint({
      id: 'songs.chartsRanks',
      method: 'GET',
      path: '/api/v2/song/{uuid}/charts/ranks/{platform}',
      pathParams: { uuid: uuid(), platform: p.oneOf(CHART_PLATFORMS) },
      query: chartRanksQuery(),
      ...soundchartsList(chartEntry(), { related: songRef() }),
      summary: 'Chart entries of a song on a platform; position 0 = left the chart.',
      docs: DOCS,
    }),

    /** Playlist positions of a song, current or past. */
    playlistCurrent: defineEndpoint({
      id: 'songs.playlistCurrent',
      method: 'GET',
      path: '/api/v2.20/song/{uuid}/playlist/current/{platform}',
      pathParams: { uuid: uuid(), platform: p.oneOf(PLAYLIST_PLATFORMS) },
      query: playlistCurrentQuery(),
      ...soundchartsList(playlistEntry(), { related: songRef() }),
      summary: 'Playlist entries of a song on a platform; paginated, max 100 per page.',
      docs: DOCS,
    }),

    /** Number of playlists and their reach for a song, per day. */
    playlistReach: defineEndpoint({
      id: 'songs.playlistReach',
      method: 'GET',
      path: '/api/v2/song/{uuid}/playlist/reach/{platform}',
      pathParams: { uuid: uuid(), platform: p.oneOf(PLAYLIST_PLATFORMS) },
      query: playlistReachQuery(),
      checks: [datesInOrder],
      ...soundchartsList(reachPoint(), { related: songSeriesRelated }),
      summary: 'Daily playlist count and reach of a song (reach only on spotify, youtube, deezer, jiosaavn, boomplay).',
      docs: DOCS,
    }),

    /** Radio spins of a song. */
    broadcasts: defineEndpoint({
      id: 'songs.broadcasts',
      method: 'GET',
      path: '/api/v2/song/{uuid}/broadcasts',
      pathParams: { uuid: uuid() },
      query: broadcastsQuery(),
      checks: [datesInOrder],
      ...soundchartsList(spin(), { related: songRef() }),
      summary: 'Radio spins of a song, filterable by radios and country.',
      docs: DOCS,
    }),

    /** Radio spins of a song aggregated per radio. */
    broadcastGroups: defineEndpoint({
      id: 'songs.broadcastGroups',
      method: 'GET',
      path: '/api/v2/song/{uuid}/broadcast-groups',
      pathParams: { uuid: uuid() },
      query: broadcastsQuery(),
      checks: [datesInOrder],
      ...soundchartsList(spinGroup(), { related: songRef() }),
      summary: 'Spin counts of a song grouped per radio.',
      docs: DOCS,
    }),

    /** Related tracks (other versions and recordings of the song). */
    related: defineEndpoint({
      id: 'songs.related',
      method: 'GET',
      path: '/api/v2/song/{uuid}/related',
      pathParams: { uuid: uuid() },
      ...soundchartsList(songRef(), { related: songRef() }),
      summary: 'Songs related to a song ("Song Related Collection").',
      docs: DOCS,
    }),

    /** Submits missing platform links of a song (405 on sandbox credentials). */
    sourcesAdd: defineEndpoint({
      id: 'songs.sourcesAdd',
      method: 'POST',
      path: '/api/v2/song/{uuid}/sources/add',
      pathParams: { uuid: uuid() },
      body: sourcesBody(),
      response: songMeta,
      summary: 'Adds platform links to a song; returns the song. 405 on sandbox credentials.',
      docs: DOCS,
    }),
  };
});
