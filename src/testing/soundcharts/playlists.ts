/**
 * The Soundcharts sandbox's `playlists` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/playlists.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import { hashString } from '../data.js';
import type { RouteContext, RouteHandlers } from '../types.js';
import {
  allPlaylists, crawledDay, curatorAt, curatorCount, findPlaylist, ordered, playlistLight, playlistMeta, type PlaylistRec, seriesValue, songAt,
  songRef, tracklist,
} from './music-data.js';
import { addDays, atom, atomDay, badRequest, entity, isReply, listOf, listPage, notFound, queryDay, today, uuidParam, windowDays } from './shared.js';

// ---------------------------------------------------------------- playlists

const STOREFRONT = ['apple-music', 'amazon'];
function playlistFilter(ctx: RouteContext, rows: PlaylistRec[], platform: string) {
  // countryCode is optional here (reference/soundcharts.md §2, by-curator and by-type): without it, every storefront.
  const cc = ctx.query.get('countryCode')?.toUpperCase();
  const filtered = rows.filter((pl) => !cc || pl.countryCode === cc || (!STOREFRONT.includes(platform) && pl.countryCode === ''));
  const sortBy = ctx.query.get('sortBy') ?? 'audience';
  if (sortBy !== 'audience' && sortBy !== 'name') return badRequest('sortBy', 'Invalid sortBy: expected audience or name.');
  const sorted = ordered(ctx, filtered, (pl) => (sortBy === 'name' ? pl.name.toLowerCase() : pl.subscribers), 'sortOrder', sortBy === 'name' ? 'asc' : 'desc');
  return isReply(sorted) ? sorted : listOf(ctx, sorted.map((pl) => playlistLight(pl, ctx.now)));
}
function tracklisting(ctx: RouteContext, pl: PlaylistRec, day: string, stamp: string) {
  const tracks = tracklist(pl, day);
  return listPage(
    ctx,
    tracks.length,
    (k) => ({ position: k + 1, song: songRef(songAt(tracks[k]!)), entryDate: atom(addDays(day, -(hashString(`${pl.uuid}:${tracks[k]}`) % 120)), '04:10:01'), exitDate: null }),
    { related: { playlist: playlistLight(pl, ctx.now), date: stamp } },
  );
}

export const playlistsHandlers: RouteHandlers = {
  // ------------------------------------------------ playlists (§2.8)
  'playlists.get': (ctx) => {
    const pl = findPlaylist(uuidParam(ctx));
    return pl ? entity('playlist', playlistMeta(pl, ctx.now)) : notFound();
  },
  'playlists.byPlatform': (ctx) => {
    const platform = ctx.params.platform ?? '';
    if (STOREFRONT.includes(platform) && !ctx.query.get('countryCode')) return badRequest('countryCode', `countryCode is required for ${platform}.`);
    const pl = allPlaylists().find((x) => x.platform === platform && x.identifier === ctx.params.identifier);
    return pl ? entity('playlist', playlistMeta(pl, ctx.now)) : notFound();
  },
  'playlists.curators': (ctx) => {
    const platform = ctx.params.platform ?? '';
    return listPage(ctx, curatorCount(platform), (k) => curatorAt(platform, k));
  },
  'playlists.byCurator': (ctx) => {
    const platform = ctx.params.platform ?? '';
    const id = ctx.params.curatorIdentifier ?? '';
    const k = Array.from({ length: curatorCount(platform) }, (_, n) => n).find((n) => curatorAt(platform, n).identifier === id);
    if (k === undefined) return notFound();
    const rows = allPlaylists().filter((pl) => pl.platform === platform && pl.owner.identifier === id);
    const page = playlistFilter(ctx, rows, platform);
    return isReply(page) ? page : { related: curatorAt(platform, k), ...(page as object) };
  },
  'playlists.byType': (ctx) => {
    const platform = ctx.params.platform ?? '';
    const type = ctx.params.type ?? '';
    const rows = allPlaylists().filter((pl) => pl.platform === platform && (type === 'all' || pl.typeCode === type));
    return playlistFilter(ctx, rows, platform);
  },
  'playlists.audience': (ctx) => {
    const pl = findPlaylist(uuidParam(ctx));
    if (!pl) return notFound();
    const days = windowDays(ctx);
    if (isReply(days)) return days;
    const rows = days.filter((d) => crawledDay(pl, d)).reverse().map((day) => ({ date: atom(day), value: seriesValue(`pl:${pl.uuid}`, day, pl.subscribers, 0.1) }));
    return listOf(ctx, rows, { related: playlistLight(pl, ctx.now) });
  },
  'playlists.tracksLatest': (ctx) => {
    const pl = findPlaylist(uuidParam(ctx));
    return pl ? tracklisting(ctx, pl, today(ctx), atom(today(ctx), '04:10:01')) : notFound();
  },
  'playlists.availableTracklistings': (ctx) => {
    const pl = findPlaylist(uuidParam(ctx));
    if (!pl) return notFound();
    const end = queryDay(ctx, 'endDate');
    if (isReply(end)) return end;
    const rawPeriod = ctx.query.get('period');
    const period = rawPeriod === null ? 30 : Number(rawPeriod);
    if (!Number.isInteger(period) || period < 1 || period > 90) return badRequest('period', 'Invalid period: expected a number of days between 1 and 90.');
    const last = end ?? today(ctx);
    const days = Array.from({ length: period }, (_, k) => addDays(last, -k)).filter((d) => crawledDay(pl, d));
    return listOf(ctx, days.map((d) => atom(d, '04:10:01')), { related: playlistLight(pl, ctx.now) });
  },
  'playlists.tracks': (ctx) => {
    const pl = findPlaylist(uuidParam(ctx));
    if (!pl) return notFound();
    const day = atomDay(ctx.params.datetime ?? '');
    if (!day) return badRequest('datetime', 'Invalid date: expected an ATOM date-time such as 2026-02-04T04:10:01+00:00.');
    if (!crawledDay(pl, day) || day > today(ctx)) return notFound();
    return tracklisting(ctx, pl, day, atom(day, '04:10:01'));
  },
};
