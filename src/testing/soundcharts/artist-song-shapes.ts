/**
 * Handler bodies the Soundcharts artist and song endpoints share (artists.ts, songs.ts): metadata of
 * one or several uuids, score and stat series, playlist entries and reach, radio broadcasts, chart
 * ranks, album lists and the `sources/add` writes.
 */
import { isoDay } from '../data.js';
import type { RouteHandler } from '../types.js';
import { chartEntries, playlistEntries, spinGroups, spins } from './artist-activity.js';
import {
  albumRef, albumsOf, artistMeta, type ArtistRec, BILLIE_EILISH, findArtist, findSong, isSandboxCredential, monthStarts, sandboxWrite, seriesValue,
  songMeta, type SongRec,
} from './artist-data.js';
import { CHART, PLAYLIST, REACH } from './platforms.js';
import { atom, badRequest, type Ctx, entity, flag, listOf, must, notFound, oneOf, platformOf, run, sortItems, UUID, windowDays } from './shared.js';

/** `GET /artist/{uuid}` and `/artist/{uuids}` share one route: a comma means a batch. */
export const metadata = (kind: 'artist' | 'song'): RouteHandler => (ctx) => {
  const raw = ctx.params.uuids ?? ctx.params.uuid ?? '';
  const ids = raw.split(',');
  if (ids.length > 10) return badRequest('uuids', 'You cannot request more than 10 UUIDs at once.');
  if (ids.some((id) => !UUID.test(id))) return notFound();
  const lookup = (id: string) => (kind === 'artist' ? (findArtist(id) ? artistMeta(findArtist(id)!) : undefined) : findSong(id) ? songMeta(findSong(id)!) : undefined);
  if (ids.length === 1) {
    const one = lookup(ids[0]!);
    return one ? entity(kind, one) : notFound();
  }
  // Unknown UUIDs of a batch are left out of the collection.
  return { items: ids.map(lookup).filter(Boolean), errors: [] };
};

export const seriesBody = (ctx: Ctx, items: unknown[], related: unknown) => listOf(ctx, items, { related });

/** Located monthly points (city and country breakdowns). */
export const locatedSeries = (key: string, days: readonly string[], base: number) =>
  monthStarts(days).map((day) => {
    const value = seriesValue(key, day, base);
    return {
      date: atom(day),
      value,
      cityPlots: [['Los Angeles', 'US', 0.05], ['London', 'GB', 0.03], ['São Paulo', 'BR', 0.02]].map(([cityName, countryCode, share]) => ({
        cityName, countryCode, value: Math.round(value * (share as number)),
      })),
      countryPlots: [['US', 'United States', 0.3], ['GB', 'United Kingdom', 0.1], ['BR', 'Brazil', 0.08]].map(([countryCode, countryName, share]) => ({
        countryCode, countryName, value: Math.round(value * (share as number)),
      })),
    };
  });

export const score = (key: string, days: readonly string[], withSc: boolean) =>
  days.map((day) => ({
    date: atom(day),
    ...(withSc ? { scScore: seriesValue(`${key}:sc`, day, 80, 0.02, 0.05) } : {}),
    fanbaseScore: seriesValue(`${key}:fan`, day, 70, 0.02, 0.05),
    trendingScore: seriesValue(`${key}:trend`, day, 40, 0, 0.4),
  }));

export const currentStat = (key: string, platform: string, base: number, now: Date, periodDays: number) => {
  const today = isoDay(now);
  const before = isoDay(new Date(now.getTime() - periodDays * 86_400_000));
  const value = seriesValue(`${key}:${platform}`, today, base);
  const old = seriesValue(`${key}:${platform}`, before, base);
  return { platform, value, date: atom(today), evolution: value - old, percentEvolution: old ? Math.round(((value - old) / old) * 10000) / 100 : null };
};
export const periodParam = (ctx: Ctx) => {
  const raw = ctx.query.get('period');
  if (raw === null || raw === '') return 7;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : badRequest('period', 'Invalid period: expected a number of days.');
};

export const playlistCurrent = (ctx: Ctx, songs: readonly SongRec[], related: unknown) =>
  run(() => {
    const platform = must(platformOf(ctx, PLAYLIST));
    const type = must(oneOf(ctx, 'type', ['all', 'editorial', 'algorithmic', 'algotorial', 'major', 'charts', 'curators_listeners', 'radios', 'this_is'], 'all'));
    const sortBy = must(oneOf(ctx, 'sortBy', ['position', 'positionDate', 'entryDate', 'subscriberCount'], 'entryDate'));
    const order = must(oneOf(ctx, 'sortOrder', ['asc', 'desc'], 'desc'));
    const currentOnly = must(flag(ctx, 'currentOnly'));
    const country = ctx.query.get('countryCode')?.toUpperCase();
    const only = ctx.query.get('playlistUuids')?.split(',').filter(Boolean);
    const rows = playlistEntries(songs, platform, ctx.now).filter(
      (e) => (type === 'all' || e._type === type) && (!currentOnly || e._current) && (!country || e._country === country) && (!only || only.includes(e._uuid)),
    );
    const key = (e: (typeof rows)[number]) =>
      sortBy === 'position' ? (e.position as number) : sortBy === 'subscriberCount' ? e._subscribers : sortBy === 'positionDate' ? (e.positionDate as string) : (e.entryDate as string);
    const items = sortItems(rows, key, order).map(({ _type, _country, _uuid, _current, _subscribers, ...rest }) => rest);
    return listOf(ctx, items, { related });
  });

export const playlistReach = (ctx: Ctx, key: string, scale: number, related: (platform: string) => unknown) =>
  run(() => {
    const platform = must(platformOf(ctx, PLAYLIST));
    must(oneOf(ctx, 'type', ['all', 'editorial', 'user', 'algorithmic'], 'all'));
    const days = must(windowDays(ctx));
    // Reach is only computed on some platforms: null elsewhere (soundcharts.md §2.4).
    const items = days.map((day) => ({
      date: atom(day),
      playlistCount: seriesValue(`${key}:${platform}:count`, day, Math.max(3, scale / 20_000), 0.1, 0.02),
      playlistReach: REACH.includes(platform) ? seriesValue(`${key}:${platform}:reach`, day, scale * 2) : null,
    }));
    return seriesBody(ctx, items, related(platform));
  });

export const broadcasts = (ctx: Ctx, songs: readonly SongRec[], related: unknown, grouped: boolean, song?: SongRec) =>
  run(() => {
    const days = must(windowDays(ctx));
    const slugs = ctx.query.get('radioSlugs')?.split(',').filter(Boolean);
    const country = ctx.query.get('countryCode')?.toUpperCase();
    const perDay = songs[0]?.artist.uuid === BILLIE_EILISH ? 8 : 2;
    const list = spins(songs, days, song ? Math.max(1, Math.round(perDay / 2)) : perDay).filter(
      (sp) => (!slugs || slugs.includes(sp.radio.slug)) && (!country || sp.radio.countryCode === country),
    );
    return listOf(ctx, grouped ? spinGroups(list, song) : list, { related });
  });

export const chartRanks = (ctx: Ctx, owner: { songs: readonly SongRec[]; artist: ArtistRec }, related: unknown, kind: 'song' | 'album') =>
  run(() => {
    const platform = must(platformOf(ctx, CHART));
    const currentOnly = must(flag(ctx, 'currentOnly'));
    const sortBy = must(oneOf(ctx, 'sortBy', ['position', 'rankDate'], 'position'));
    const order = must(oneOf(ctx, 'sortOrder', ['asc', 'desc'], 'asc'));
    const rows = chartEntries(owner, platform, ctx.now, kind).filter((e) => currentOnly !== true || e.current === true);
    return listOf(ctx, sortItems(rows, (e) => (sortBy === 'position' ? (e.position as number) : (e.rankDate as string)), order), { related });
  });

export const albumsList = (ctx: Ctx, list: ReturnType<typeof albumsOf>, related: unknown) =>
  run(() => {
    const type = must(oneOf(ctx, 'type', ['all', 'album', 'single', 'compil'], 'all'));
    const sortBy = must(oneOf(ctx, 'sortBy', ['title', 'releaseDate'], 'title'));
    const order = must(oneOf(ctx, 'sortOrder', ['asc', 'desc'], 'asc'));
    const rows = list.filter((al) => type === 'all' || al.type === type);
    return listOf(ctx, sortItems(rows, (al) => (sortBy === 'title' ? al.name.toLowerCase() : al.releaseDay), order).map(albumRef), { related });
  });

export const sourcesAdd = (ctx: Ctx, done: () => unknown) => {
  if (isSandboxCredential(ctx)) return sandboxWrite();
  const urls = (ctx.body as { urls?: unknown } | undefined)?.urls;
  if (!Array.isArray(urls) || urls.length === 0 || urls.some((u) => typeof u !== 'string')) return badRequest('urls', 'Invalid body: expected {"urls": [ … ]}.');
  return done();
};
