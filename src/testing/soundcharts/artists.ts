/**
 * The Soundcharts sandbox's `artists` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/artists.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts). Writes made with the public sandbox credentials answer 405
 * (reference/soundcharts.md §1.1).
 */
import { hashString, isoDay } from '../data.js';
import type { RouteHandler, RouteHandlers } from '../types.js';
import { audienceReport, events, relatedArtists, reportDates, shortVideoRow, shortVideos } from './artist-activity.js';
import {
  albumsOf, artistIdentifiers, artistMeta, type ArtistRec, artistRef, crawled, filterIdentifiers, findArtist, isSandboxCredential, sandboxArtists,
  sandboxWrite, seriesRelatedArtist, seriesValue, type SongRec, songRef, songsOf,
} from './artist-data.js';
import {
  albumsList, broadcasts, chartRanks, currentStat, locatedSeries, metadata, periodParam, playlistCurrent, playlistReach, score, seriesBody,
  sourcesAdd,
} from './artist-song-shapes.js';
import { POPULARITY, SOCIAL, STREAMING } from './platforms.js';
import { atom, badRequest, type Ctx, entity, flag, listOf, must, notFound, oneOf, platformOf, run, sortItems, windowDays } from './shared.js';

// ----------------------------------------------------------------------------------------------
// Guards
// ----------------------------------------------------------------------------------------------

const withArtist = (fn: (a: ArtistRec, ctx: Ctx) => unknown): RouteHandler => (ctx) => {
  const a = findArtist(ctx.params.uuid ?? '');
  return a ? fn(a, ctx) : notFound();
};
const REPORT = ['instagram', 'tiktok', 'youtube'];
const RETENTION = ['spotify', 'jiosaavn', 'anghami', 'youtube', 'audiomack', 'yandex'];

export const artistsHandlers: RouteHandlers = {
  // §2.4 artist
  'artists.get': metadata('artist'),
  'artists.getMany': metadata('artist'),
  'artists.byPlatform': (ctx) => {
    const platform = ctx.params.platform ?? '';
    const id = ctx.params.identifier ?? '';
    const known = ['spotify', 'apple-music', 'deezer', 'youtube', 'instagram', 'tiktok', 'amazon', 'isni', 'ipi', 'musicbrainz'];
    if (!known.includes(platform)) return badRequest('platform', 'Invalid platform code.');
    const a = sandboxArtists().find((x) => artistIdentifiers(x).some((r) => r.platformCode === platform && r.identifier === id));
    return a ? entity('artist', artistMeta(a)) : notFound();
  },
  'artists.identifiers': withArtist((a, ctx) => run(() => listOf(ctx, must(filterIdentifiers(ctx, artistIdentifiers(a))), { related: artistRef(a) }))),
  'artists.songs': withArtist((a, ctx) =>
    run(() => {
      const sortBy = must(oneOf(ctx, 'sortBy', ['name', 'releaseDate', 'spotifyStream', 'shazamCount', 'youtubeViews', 'spotifyPopularity', 'soundchartsScore'], 'name'));
      const order = must(oneOf(ctx, 'sortOrder', ['asc', 'desc'], 'asc'));
      const main = must(flag(ctx, 'mainPerformer'));
      const rows = songsOf(a).filter((s) => main === undefined || s.mainPerformer === main);
      const key = (s: SongRec) => (sortBy === 'name' ? s.name.toLowerCase() : sortBy === 'releaseDate' ? s.releaseDay : (s[sortBy as keyof SongRec] as number));
      return listOf(ctx, sortItems(rows, key, order).map(songRef), { related: artistRef(a) });
    }),
  ),
  'artists.albums': withArtist((a, ctx) => albumsList(ctx, albumsOf(a), artistRef(a))),
  'artists.related': withArtist((a, ctx) => listOf(ctx, relatedArtists(a, sandboxArtists()), { related: artistRef(a), max: 1000 })),
  'artists.currentStats': withArtist((a, ctx) =>
    run(() => {
      const days = must(periodParam(ctx));
      const k = `artist:${a.uuid}`;
      return {
        related: [{ ...artistRef(a), period: days }],
        social: ['spotify', 'instagram', 'tiktok', 'youtube'].map((pl) => currentStat(k, pl, a.scale, ctx.now, days)),
        streaming: ['spotify', 'youtube'].map((pl) => currentStat(`${k}:listeners`, pl, a.scale * 0.6, ctx.now, days)),
        popularity: [currentStat(`${k}:popularity`, 'spotify', 75, ctx.now, days)],
        retention: [currentStat(`${k}:retention`, 'spotify', 40, ctx.now, days)],
        score: [currentStat(`${k}:score`, 'soundcharts', 80, ctx.now, days)],
        errors: [],
      };
    }),
  ),
  'artists.soundchartsScore': withArtist((a, ctx) => run(() => seriesBody(ctx, score(`artist:${a.uuid}`, must(windowDays(ctx)), true), [artistRef(a)]))),
  'artists.audience': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, SOCIAL));
      const days = must(windowDays(ctx));
      const key = `artist:${a.uuid}:audience:${platform}`;
      // Small artists are crawled less often: their series have holes (soundcharts.md §6 quirk 12).
      const every = a.scale > 10_000_000 ? 1 : 3;
      const social = ['instagram', 'tiktok', 'x', 'facebook'].includes(platform);
      const items = days.filter((d) => crawled(key, d, every)).map((day) => ({
        date: atom(day),
        likeCount: platform === 'tiktok' || platform === 'facebook' ? seriesValue(`${key}:likes`, day, a.scale * 6) : null,
        followerCount: seriesValue(key, day, a.scale * (platform === 'spotify' ? 0.8 : 1)),
        followingCount: social ? 80 + (hashString(key) % 40) : null,
        postCount: social ? seriesValue(`${key}:posts`, day, 600, 0.1, 0) : null,
        viewCount: platform === 'youtube' ? seriesValue(`${key}:views`, day, a.scale * 30) : null,
      }));
      return seriesBody(ctx, items, seriesRelatedArtist(a, platform, ctx.now));
    }),
  ),
  'artists.socialFollowers': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, REPORT));
      const days = must(windowDays(ctx, 365));
      return seriesBody(ctx, locatedSeries(`artist:${a.uuid}:located:${platform}`, days, a.scale), seriesRelatedArtist(a, platform, ctx.now));
    }),
  ),
  'artists.streamingListening': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, STREAMING));
      const days = must(windowDays(ctx));
      const key = `artist:${a.uuid}:listening:${platform}`;
      const items = days.map((day) => ({ date: atom(day), value: seriesValue(key, day, a.scale * 0.55, 0.1, 0.02) }));
      return seriesBody(ctx, items, seriesRelatedArtist(a, platform, ctx.now));
    }),
  ),
  'artists.streaming': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, ['spotify', 'youtube', 'jiosaavn']));
      const days = must(windowDays(ctx, 365));
      return seriesBody(ctx, locatedSeries(`artist:${a.uuid}:local:${platform}`, days, a.scale * 0.55), seriesRelatedArtist(a, platform, ctx.now));
    }),
  ),
  'artists.retention': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, RETENTION));
      const days = must(windowDays(ctx));
      const key = `artist:${a.uuid}:retention:${platform}`;
      const items = days.map((day) => ({ date: atom(day), value: seriesValue(key, day, 4000, 0, 0.05) / 100 }));
      return seriesBody(ctx, items, seriesRelatedArtist(a, platform, ctx.now));
    }),
  ),
  'artists.popularity': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, POPULARITY));
      const days = must(windowDays(ctx));
      const key = `artist:${a.uuid}:popularity:${platform}`;
      const base = a.scale > 10_000_000 ? 92 : a.scale > 100_000 ? 58 : 31;
      const items = days.map((day) => ({ date: atom(day), value: Math.min(100, seriesValue(key, day, base, 0, 0.03)) }));
      return seriesBody(ctx, items, seriesRelatedArtist(a, platform, ctx.now));
    }),
  ),
  'artists.audienceReportLatest': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, REPORT));
      const latest = `${isoDay(ctx.now).slice(0, 8)}01`;
      return entity('audience_report', audienceReport(a, platform, atom(latest)));
    }),
  ),
  'artists.audienceReportAvailableDates': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, REPORT));
      const days = must(windowDays(ctx, 365));
      return seriesBody(ctx, reportDates(days).reverse(), seriesRelatedArtist(a, platform, ctx.now));
    }),
  ),
  'artists.audienceReport': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, REPORT));
      const date = ctx.params.date ?? '';
      // Reports are monthly: they exist for the first day of each month (since 2016).
      const m = /^(\d{4}-\d{2}-01)T00:00:00(\+00:00|Z)$/.exec(date);
      const day = m?.[1];
      if (!day || day < '2016-01-01') return notFound();
      return entity('audience_report', audienceReport(a, platform, atom(day)));
    }),
  ),
  'artists.unlockAudienceReport': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, REPORT));
      if (isSandboxCredential(ctx)) return sandboxWrite();
      return entity('audience_report', audienceReport(a, platform, atom(isoDay(ctx.now))));
    }),
  ),
  'artists.shortsVideos': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, ['instagram', 'youtube']));
      return listOf(ctx, shortVideos(a, platform).map((v) => shortVideoRow(v, ctx.now)), { related: seriesRelatedArtist(a, platform, ctx.now) });
    }),
  ),
  'artists.shortsAudience': (ctx) =>
    run(() => {
      const id = ctx.params.identifier ?? '';
      const video = sandboxArtists().flatMap((a) => [...shortVideos(a, 'instagram'), ...shortVideos(a, 'youtube')]).find((v) => v.identifier === id);
      if (!video) return notFound();
      const days = must(windowDays(ctx));
      const row = shortVideoRow(video, ctx.now);
      const published = row.publishedAt.slice(0, 10);
      const items = days.filter((d) => d >= published).map((day) => {
        const views = seriesValue(`short:${id}`, day, row.viewCount, 0.5, 0.02);
        return { date: atom(day), viewCount: views, likeCount: Math.round(views * 0.08), commentCount: Math.round(views * 0.002) };
      });
      return listOf(ctx, items);
    }),
  'artists.chartsSongRanks': withArtist((a, ctx) => chartRanks(ctx, { songs: songsOf(a), artist: a }, artistRef(a), 'song')),
  'artists.chartsAlbumRanks': withArtist((a, ctx) => chartRanks(ctx, { songs: songsOf(a), artist: a }, artistRef(a), 'album')),
  'artists.playlistCurrent': withArtist((a, ctx) => playlistCurrent(ctx, songsOf(a), artistRef(a))),
  'artists.playlistReach': withArtist((a, ctx) => playlistReach(ctx, `artist:${a.uuid}`, a.scale, (pl) => seriesRelatedArtist(a, pl, ctx.now))),
  'artists.broadcasts': withArtist((a, ctx) => broadcasts(ctx, songsOf(a), artistRef(a), false)),
  'artists.broadcastGroups': withArtist((a, ctx) => broadcasts(ctx, songsOf(a), artistRef(a), true)),
  'artists.events': withArtist((a, ctx) =>
    run(() => {
      const type = must(oneOf(ctx, 'type', ['all', 'concert', 'festival', 'online'], 'all'));
      must(oneOf(ctx, 'sortBy', ['date'], 'date'));
      const order = must(oneOf(ctx, 'sortOrder', ['asc', 'desc'], 'desc'));
      const start = ctx.query.get('startDate');
      const end = ctx.query.get('endDate');
      if (start || end) must(windowDays(ctx));
      const rows = events(a, ctx.now).filter((e) => (type === 'all' || e.type === type) && (!start || e.date.slice(0, 10) >= start) && (!end || e.date.slice(0, 10) <= end));
      return listOf(ctx, sortItems(rows, (e) => e.date, order), { related: artistRef(a) });
    }),
  ),
  'artists.sourcesAdd': withArtist((a, ctx) => sourcesAdd(ctx, () => entity('artist', artistMeta(a)))),
};
