/**
 * The Soundcharts sandbox's `top` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/top.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import { hashString } from '../data.js';
import type { RouteContext, RouteHandlers } from '../types.js';
import { allFestivals, allVenues, festivalLight, knownCityKey, venueLight } from './live-data.js';
import { allCollaborators, collaboratorLight } from './rights-data.js';
import {
  allPlaylists, allRadios, artistAt, artistRef, playlistLight, playlistMeta, type PlaylistRec, radioRef, songAt, songWithRelease,
} from './music-data.js';
import { atom, badRequest, isReply, listPage, today } from './shared.js';

// ---------------------------------------------------------------- discovery

const PERIODS = ['week', 'month', 'quarter'];
const SORT_BY = ['total', 'volume', 'percent'];
const STREAMING = new Set(['spotify', 'deezer', 'pandora', 'yandex', 'kugou', 'tidal', 'jiosaavn', 'boomplay', 'shazam', 'airplay']);
interface Sort { platform: string; metricType: string; period: string; sortBy: string; order: string; type?: string }
/** Reads and checks the `{sort, filters}` body; 400 on values outside the documented sets. */
function discoveryBody(ctx: RouteContext, dflt: Omit<Sort, 'period' | 'sortBy' | 'order'>, types?: readonly string[]): { sort: Sort; filters: unknown[] } | ReturnType<typeof badRequest> {
  const body = (ctx.body ?? {}) as { sort?: Partial<Sort>; filters?: unknown };
  if (typeof body !== 'object' || body === null) return badRequest('body', 'Invalid JSON body.');
  const sort: Sort = { period: 'month', sortBy: 'total', order: 'desc', ...dflt, ...(body.sort ?? {}) } as Sort;
  if (!PERIODS.includes(sort.period)) return badRequest('sort.period', 'Invalid period: expected week, month or quarter.');
  if (!SORT_BY.includes(sort.sortBy)) return badRequest('sort.sortBy', 'Invalid sortBy: expected total, volume or percent.');
  if (sort.order !== 'asc' && sort.order !== 'desc') return badRequest('sort.order', 'Invalid order: expected asc or desc.');
  if (types && body.sort && body.sort.type === undefined) return badRequest('sort.type', 'sort.type is required.');
  if (types && !types.includes(sort.type ?? '')) return badRequest('sort.type', `Invalid sort type: expected one of ${types.join(', ')}.`);
  if (body.filters !== undefined && !Array.isArray(body.filters)) return badRequest('filters', 'filters must be an array of {type, data}.');
  const filters = (body.filters ?? []) as unknown[];
  if (filters.some((f) => typeof f !== 'object' || f === null || typeof (f as { type?: unknown }).type !== 'string')) return badRequest('filters', 'Each filter needs a type.');
  return { sort, filters };
}
/** A metric line of rank `r` (0 = best) for the sort's platform and metric. */
function metricLine(sort: Sort, key: string, r: number, base: number) {
  const total = Math.round(base / Math.pow(1 + r / 40, 1.1));
  const evo = (scale: number, salt: string) => {
    const volume = Math.round(total * scale * (((hashString(`${key}:${salt}`) % 200) - 40) / 1000));
    return { volume, percent: total ? Math.round((volume / total) * 10_000) / 100 : 0 };
  };
  return { platformCode: sort.platform, metricType: sort.metricType, total, week: evo(0.25, 'w'), month: evo(1, 'm'), quarter: evo(3, 'q') };
}
/** Maps a list position to a rank (0 = best) under the sort order. */
const rankOf = (sort: Sort, total: number) => (j: number) => (sort.order === 'asc' ? total - 1 - j : j);
const metricSlot = (platform: string) => (platform === 'soundcharts' ? 'score' : STREAMING.has(platform) ? 'streaming' : 'social');
const topRelated = (ctx: RouteContext) => ({ updatedAt: atom(today(ctx), '06:00:00') });

export const topHandlers: RouteHandlers = {
  // ------------------------------------------------ discovery (§3)
  'top.artists': (ctx) => {
    const b = discoveryBody(ctx, { platform: 'spotify', metricType: 'followers' });
    if (isReply(b)) return b;
    const cc = ctx.query.get('countryCode')?.toUpperCase();
    const city = ctx.query.get('cityKey');
    if (cc && !/^[A-Z]{2}$/.test(cc)) return badRequest('countryCode', 'Invalid country code.');
    if (city && !knownCityKey(city)) return badRequest('cityKey', 'Invalid cityKey.');
    const total = Math.floor((city ? 1_800 : cc ? 12_400 : 50_250) / 2 ** b.filters.length);
    const rank = rankOf(b.sort, total);
    return listPage(
      ctx,
      total,
      (j) => {
        const r = rank(j);
        const a = artistAt(r);
        const line = metricLine(b.sort, a.uuid, r, b.sort.metricType === 'monthly_listeners' ? 110_000_000 : 120_000_000);
        const slot = metricSlot(b.sort.platform);
        return {
          artist: { ...artistRef(a), countryCode: cc ?? a.countryCode, genres: [{ root: 'pop', sub: ['alternative pop'] }], careerStage: r < 200 ? 'superstar' : r < 5_000 ? 'mainstream' : 'mid-level', growthLevel: 'steady' },
          social: slot === 'social' ? [line] : [],
          streaming: slot === 'streaming' ? [line] : [],
          score: slot === 'score' ? [line] : [],
        };
      },
      { related: topRelated(ctx), cursor: true },
    );
  },
  'top.songs': (ctx) => {
    const b = discoveryBody(ctx, { platform: 'spotify', metricType: 'streams' });
    if (isReply(b)) return b;
    const total = Math.floor(1_240 / 2 ** b.filters.length);
    const rank = rankOf(b.sort, total);
    return listPage(
      ctx,
      total,
      (j) => {
        const r = rank(j);
        const s = songAt(r === 0 ? 1 : r + 13);
        return { song: { ...songWithRelease(s), artists: [artistRef(s.artist)], genres: [{ root: 'pop', sub: [] }] }, audience: [metricLine(b.sort, s.uuid, r, 2_900_000_000)], popularity: [] };
      },
      // TopSongCollectionResponse documents `related` as an array (§1.4).
      { related: [topRelated(ctx)], cursor: true },
    );
  },
  'top.playlists': (ctx) => {
    const platform = ctx.params.platform ?? '';
    const b = discoveryBody(ctx, { type: 'metric', platform, metricType: platform === 'youtube' ? 'views' : platform === 'deezer' ? 'fans' : 'likes' }, ['metric', '28DayAdds', 'trackCount', 'lastUpdated']);
    if (isReply(b)) return b;
    const key = (pl: PlaylistRec) =>
      b.sort.type === 'trackCount' ? pl.tracks : b.sort.type === '28DayAdds' ? hashString(`${pl.uuid}:adds`) % 400 : b.sort.type === 'lastUpdated' ? hashString(`${pl.uuid}:upd`) : pl.subscribers;
    const rows = allPlaylists().filter((pl) => pl.platform === platform).sort((x, y) => key(y) - key(x));
    if (b.sort.order === 'asc') rows.reverse();
    return listPage(
      ctx,
      rows.length,
      (j) => {
        const pl = rows[j]!;
        const meta = playlistMeta(pl, ctx.now);
        return {
          playlist: { ...playlistLight(pl, ctx.now), imageUrl: meta.imageUrl, ownerName: pl.owner.name, trackAge: meta.trackAge, trackAddedPercent: meta.trackAddedPercent, genres: pl.genres },
          audience: [{ ...metricLine(b.sort, pl.uuid, j, pl.subscribers), total: pl.subscribers }],
        };
      },
      { related: topRelated(ctx), cursor: true },
    );
  },
  'top.radios': (ctx) => {
    const b = discoveryBody(ctx, { platform: 'soundcharts', metricType: 'reach' });
    if (isReply(b)) return b;
    const rows = [...allRadios()].sort((x, y) => y.reach - x.reach);
    if (b.sort.order === 'asc') rows.reverse();
    return listPage(ctx, rows.length, (j) => ({ radio: { ...radioRef(rows[j]!), genres: ['pop'], trackAge: '180' }, social: [], custom: [{ ...metricLine(b.sort, rows[j]!.slug, j, rows[j]!.reach), total: rows[j]!.reach }] }), {
      related: [topRelated(ctx)],
      cursor: true,
    });
  },
  'top.festivals': (ctx) => {
    const b = discoveryBody(ctx, { platform: 'soundcharts', metricType: 'score' });
    if (isReply(b)) return b;
    const rows = [...allFestivals()].sort((x, y) => y.capacity - x.capacity);
    if (b.sort.order === 'asc') rows.reverse();
    return listPage(ctx, rows.length, (j) => ({ festival: festivalLight(rows[j]!), social: [metricLine(b.sort, rows[j]!.uuid, j, 900_000)], streaming: [], custom: [] }), {
      related: topRelated(ctx),
      cursor: true,
    });
  },
  'top.venues': (ctx) => {
    const b = discoveryBody(ctx, { type: 'metric', platform: 'soundcharts', metricType: 'score' }, ['metric', 'capacity', 'name']);
    if (isReply(b)) return b;
    const rows = [...allVenues()].sort((x, y) => (b.sort.type === 'name' ? (x.name < y.name ? 1 : -1) : b.sort.type === 'capacity' ? y.capacity - x.capacity : hashString(x.uuid) - hashString(y.uuid)));
    if (b.sort.order === 'asc') rows.reverse();
    return listPage(ctx, rows.length, (j) => ({ venue: venueLight(rows[j]!), social: [metricLine(b.sort, rows[j]!.uuid, j, 250_000)], streaming: [], custom: [] }), {
      related: topRelated(ctx),
      cursor: true,
    });
  },
  'top.collaborators': (ctx) => {
    const b = discoveryBody(ctx, { platform: 'spotify', metricType: 'followers' });
    if (isReply(b)) return b;
    const role = ctx.query.get('role');
    const rows = allCollaborators().filter((c) => !role || c.roles.includes(role));
    if (b.sort.order === 'asc') rows.reverse();
    return listPage(ctx, rows.length, (j) => ({ collaborator: { ...collaboratorLight(rows[j]!), roles: rows[j]!.roles }, social: [], streaming: [metricLine(b.sort, rows[j]!.uuid, j, 8_000_000)], custom: [] }), {
      related: topRelated(ctx),
      cursor: true,
    });
  },
};
