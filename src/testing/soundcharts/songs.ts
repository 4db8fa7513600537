/**
 * The Soundcharts sandbox's `songs` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/songs.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts); a blacklisted ISRC answers 410. Writes made with the public
 * sandbox credentials answer 405 (reference/soundcharts.md §1.1).
 */
import { reply, type RouteHandler, type RouteHandlers } from '../types.js';
import { relatedSongs } from './artist-activity.js';
import {
  albumsOf, allSongs, filterIdentifiers, findSong, LYRICS, seriesRelatedSong, seriesValue, songIdentifiers, songMeta, type SongRec, songRef,
} from './artist-data.js';
import {
  albumsList, broadcasts, chartRanks, currentStat, locatedSeries, metadata, periodParam, playlistCurrent, playlistReach, score, seriesBody,
  sourcesAdd,
} from './artist-song-shapes.js';
import { POPULARITY } from './platforms.js';
import { atom, badRequest, type Ctx, entity, listOf, must, notFound, platformOf, rngFor, run, windowDays } from './shared.js';

/** An ISRC the sandbox treats as blacklisted (410 Gone: several DSP tracks share it). */
export const BLACKLISTED_ISRC = 'QZES72000001';
const withSong = (fn: (s: SongRec, ctx: Ctx) => unknown): RouteHandler => (ctx) => {
  const s = findSong(ctx.params.uuid ?? '');
  return s ? fn(s, ctx) : notFound();
};
const SONG_AUDIENCE = ['spotify', 'apple-music', 'deezer', 'youtube', 'shazam', 'tiktok', 'soundcloud', 'audiomack', 'anghami', 'boomplay', 'jiosaavn', 'gaana', 'melon', 'line-music', 'awa', 'yandex'];

export const songsHandlers: RouteHandlers = {
  // §2.5 song
  'songs.get': metadata('song'),
  'songs.getMany': metadata('song'),
  'songs.byIsrc': (ctx) => {
    const isrc = (ctx.params.isrc ?? '').toUpperCase();
    // One ISRC matches several DSP tracks: the API answers 410 Gone (soundcharts.md §1.3).
    if (isrc === BLACKLISTED_ISRC) return reply(410, { errors: [{ key: 'isrc', code: 410, message: 'ISRC Blacklisted due to multiple tracks identified from DSP' }] });
    const s = allSongs().find((x) => x.isrc === isrc);
    return s ? entity('song', songMeta(s)) : notFound();
  },
  'songs.byPlatform': (ctx) => {
    const platform = ctx.params.platform ?? '';
    const id = ctx.params.identifier ?? '';
    if (!['spotify', 'apple-music', 'deezer', 'youtube', 'shazam', 'amazon', 'tidal', 'isrc'].includes(platform)) return badRequest('platform', 'Invalid platform code.');
    const s = allSongs().find((x) => songIdentifiers(x).some((r) => r.platformCode === platform && r.identifier === id));
    return s ? entity('song', songMeta(s)) : notFound();
  },
  'songs.lyricsAnalysis': withSong((s) => {
    const rng = rngFor(`lyrics:${s.uuid}`);
    const pickSome = (list: readonly string[], n: number) => list.filter(() => rng() < n / list.length);
    return {
      related: [songRef(s)],
      lyricsAnalysis: {
        themes: pickSome(LYRICS.themes!, 2),
        moods: pickSome(LYRICS.moods!, 2),
        culturalReferencePeople: pickSome(LYRICS.culturalReferencePeople!, 0.5),
        culturalReferenceNonPeople: pickSome(LYRICS.culturalReferenceNonPeople!, 0.5),
        brands: pickSome(LYRICS.brands!, 0.5),
        locations: pickSome(LYRICS.locations!, 1),
        narrativeStyle: rng() > 0.5 ? 'first person' : 'second person',
        emotionalIntensityScore: Math.round(rng() * 100) / 10,
        complexityScore: Math.round(rng() * 100) / 10,
        repetitivenessScore: Math.round(rng() * 100) / 10,
        rhymeSchemeScore: Math.round(rng() * 100) / 10,
        imageryScore: Math.round(rng() * 100) / 10,
      },
      errors: [],
    };
  }),
  'songs.identifiers': withSong((s, ctx) => run(() => listOf(ctx, must(filterIdentifiers(ctx, songIdentifiers(s))), { related: songRef(s) }))),
  'songs.albums': withSong((s, ctx) => albumsList(ctx, albumsOf(s.artist).filter((_, i) => i === s.albumIndex || (i % 5 === 4 && s.index < 20)), songRef(s))),
  'songs.soundchartsScore': withSong((s, ctx) => run(() => seriesBody(ctx, score(`song:${s.uuid}`, must(windowDays(ctx)), false), [songRef(s)]))),
  'songs.currentStats': withSong((s, ctx) =>
    run(() => {
      const days = must(periodParam(ctx));
      const k = `song:${s.uuid}`;
      return {
        related: [{ ...songRef(s), period: days }],
        audience: [currentStat(`${k}:shazam`, 'shazam', s.shazamCount, ctx.now, days)],
        streaming: ['spotify', 'youtube'].map((pl) => currentStat(`${k}:streams`, pl, pl === 'spotify' ? s.spotifyStream : s.youtubeViews, ctx.now, days)),
        popularity: [currentStat(`${k}:popularity`, 'spotify', s.spotifyPopularity, ctx.now, days)],
        score: [currentStat(`${k}:score`, 'soundcharts', 50, ctx.now, days)],
        errors: [],
      };
    }),
  ),
  'songs.audience': withSong((s, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, SONG_AUDIENCE));
      const days = must(windowDays(ctx));
      const only = ctx.query.get('identifier');
      const ids = songIdentifiers(s).filter((r) => r.platformCode === platform).map((r) => r.identifier);
      const plotIds = ids.length ? ids : [`${platform}:${s.uuid.slice(0, 8)}`];
      const items = days.map((day) => ({
        date: atom(day),
        plots: plotIds.filter((id) => !only || id === only).map((identifier) => ({ identifier, value: seriesValue(`song:${s.uuid}:${platform}:${identifier}`, day, Math.max(1000, s.spotifyStream)) })),
      }));
      return seriesBody(ctx, items, seriesRelatedSong(s, platform, ctx.now));
    }),
  ),
  'songs.streaming': withSong((s, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, ['youtube', 'spotify']));
      const days = must(windowDays(ctx, 365));
      return seriesBody(ctx, locatedSeries(`song:${s.uuid}:local:${platform}`, days, Math.max(1000, s.youtubeViews)), seriesRelatedSong(s, platform, ctx.now));
    }),
  ),
  'songs.popularity': withSong((s, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, POPULARITY));
      const days = must(windowDays(ctx));
      const items = days.map((day) => ({ date: atom(day), value: Math.min(100, seriesValue(`song:${s.uuid}:pop:${platform}`, day, s.spotifyPopularity, -0.05, 0.03)) }));
      return seriesBody(ctx, items, seriesRelatedSong(s, platform, ctx.now));
    }),
  ),
  'songs.chartsRanks': withSong((s, ctx) => chartRanks(ctx, { songs: [s], artist: s.artist }, songRef(s), 'song')),
  'songs.playlistCurrent': withSong((s, ctx) => playlistCurrent(ctx, [s], songRef(s))),
  'songs.playlistReach': withSong((s, ctx) => playlistReach(ctx, `song:${s.uuid}`, Math.max(50_000, s.spotifyStream / 50), (pl) => seriesRelatedSong(s, pl, ctx.now))),
  'songs.broadcasts': withSong((s, ctx) => broadcasts(ctx, [s], songRef(s), false, s)),
  'songs.broadcastGroups': withSong((s, ctx) => broadcasts(ctx, [s], songRef(s), true, s)),
  'songs.related': withSong((s, ctx) => listOf(ctx, relatedSongs(s).map(songRef), { related: songRef(s) })),
  'songs.sourcesAdd': withSong((s, ctx) => sourcesAdd(ctx, () => entity('song', songMeta(s)))),
};
