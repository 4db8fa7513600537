/**
 * The Soundcharts sandbox's `albums` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/albums.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import { hashString } from '../data.js';
import type { RouteHandlers } from '../types.js';
import { allCollaborators, collaboratorLight } from './rights-data.js';
import {
  ALBUM_POOL, albumAt, albumMeta, albumRef, byPlatformLookup, chartObject, chartPlatformKnown, chartsOf, findAlbum, identifierRows,
  latestRankingDay, ordered, seriesValue, songAt, songRef,
} from './music-data.js';
import { addDays, atom, badRequest, BILLIE_EILISH, entity, isReply, listOf, notFound, today, uuidParam, windowDays } from './shared.js';

export const albumsHandlers: RouteHandlers = {
  // ------------------------------------------------ albums (§2.6)
  'albums.get': (ctx) => {
    const al = findAlbum(uuidParam(ctx));
    return al ? entity('album', albumMeta(al)) : notFound();
  },
  'albums.byUpc': (ctx) => {
    const upc = ctx.params.upc ?? '';
    const i = Array.from({ length: ALBUM_POOL }, (_, k) => albumAt(k)).findIndex((al) => al.upc === upc);
    return i < 0 ? notFound() : entity('album', albumMeta(albumAt(i)));
  },
  'albums.byPlatform': (ctx) => {
    const pool = Array.from({ length: ALBUM_POOL }, (_, k) => albumAt(k));
    const al = byPlatformLookup('album', pool, (a) => a.uuid, ['spotify', 'apple-music', 'deezer', 'amazon', 'tidal'], ctx.params.platform ?? '', ctx.params.identifier ?? '');
    return isReply(al) ? al : entity('album', albumMeta(al));
  },
  'albums.identifiers': (ctx) => {
    const al = findAlbum(uuidParam(ctx));
    if (!al) return notFound();
    return listOf(ctx, identifierRows(ctx, 'album', al.uuid, ['spotify', 'apple-music', 'deezer', 'amazon', 'tidal']), { related: { ...albumRef(al), slug: null } });
  },
  'albums.audience': (ctx) => {
    const al = findAlbum(uuidParam(ctx));
    if (!al) return notFound();
    const platform = ctx.params.platform ?? '';
    if (!['spotify', 'deezer', 'audiomack', 'gaana', 'jiosaavn', 'yandex', 'melon', 'line-music', 'awa'].includes(platform)) return badRequest('platform', 'Invalid platform code.');
    const days = windowDays(ctx);
    if (isReply(days)) return days;
    const base = al.artist.uuid === BILLIE_EILISH ? 9_000_000_000 : 40_000_000;
    const rows = days.filter((d) => d >= al.releaseDay).reverse().map((day) => ({ date: atom(day), value: seriesValue(`album:${al.uuid}:${platform}`, day, platform === 'spotify' ? base : base / 50) }));
    return listOf(ctx, rows, { related: { album: albumRef(al), platform, lastCrawlDate: atom(today(ctx), '03:00:00') } });
  },
  'albums.popularity': (ctx) => {
    const al = findAlbum(uuidParam(ctx));
    if (!al) return notFound();
    const days = windowDays(ctx);
    if (isReply(days)) return days;
    const platform = ctx.params.platform ?? 'spotify';
    const rows = days.reverse().map((day) => ({ date: atom(day), value: Math.min(100, 30 + (seriesValue(`albumpop:${al.uuid}:${platform}`, day, 50, 0.05) % 70)) }));
    return listOf(ctx, rows, { related: { album: albumRef(al), platform, lastCrawlDate: atom(today(ctx), '03:00:00') } });
  },
  'albums.tracks': (ctx) => {
    const al = findAlbum(uuidParam(ctx));
    if (!al) return notFound();
    return listOf(
      ctx,
      al.tracks.map((i, k) => ({ discNumber: 1, number: k + 1, song: songRef(songAt(i)) })),
      { related: albumRef(al) },
    );
  },
  'albums.chartsRanks': (ctx) => {
    const al = findAlbum(uuidParam(ctx));
    if (!al) return notFound();
    const platform = ctx.params.platform ?? '';
    if (!chartPlatformKnown(platform)) return badRequest('platform', 'Invalid platform code.');
    const currentOnly = ctx.query.get('currentOnly') ?? '1';
    const charts = chartsOf(platform, 'album');
    const rows = charts.flatMap((c, k) => {
      const n = 1 + ((hashString(`${al.uuid}:${c.slug}`) + k) % (al.uuid === albumAt(0).uuid ? 9 : 3));
      return Array.from({ length: n }, (_, e) => {
        const current = e === 0 && hashString(`${c.slug}:${al.uuid}`) % 3 !== 0;
        const position = current ? 1 + (hashString(`${c.slug}:${al.uuid}:pos`) % c.max) : 0;
        const day = addDays(latestRankingDay(c, ctx.now), -e * 35);
        return {
          chart: chartObject(c),
          position,
          positionEvolution: current ? (hashString(`${c.slug}:${e}`) % 7) - 3 : null,
          peakPosition: 1 + (hashString(`${c.slug}:${al.uuid}:peak`) % 20),
          entryState: current ? 'SAME' : 'EXIT',
          entryDate: atom(addDays(day, -40)),
          rankDate: atom(day),
          current,
          oldPosition: current ? position + 1 : 1 + (hashString(`${c.slug}:${e}:old`) % c.max),
          timeOnChart: 40 - e,
          timeOnChartUnit: 'day',
        };
      });
    });
    const filtered = currentOnly === '1' ? rows.filter((r) => r.current) : rows;
    const sortBy = ctx.query.get('sortBy') ?? 'position';
    const sorted = ordered(ctx, filtered, (r) => (sortBy === 'rankDate' ? r.rankDate : r.position));
    return isReply(sorted) ? sorted : listOf(ctx, sorted, { related: albumRef(al) });
  },
  'albums.collaborators': (ctx) => {
    const al = findAlbum(uuidParam(ctx));
    if (!al) return notFound();
    const people = al.artist.uuid === BILLIE_EILISH ? [allCollaborators()[0]!] : [];
    for (let k = 0; people.length < 6; k++) {
      const c = allCollaborators()[1 + ((hashString(al.uuid) + k * 5) % 29)]!;
      if (!people.includes(c)) people.push(c);
    }
    return listOf(ctx, people.map((c) => ({ ...collaboratorLight(c), roles: c.roles })), { related: albumRef(al) });
  },
};
