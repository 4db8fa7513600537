/**
 * Sandbox handlers for Soundcharts catalog part B (albums, charts, playlists, radios, festivals,
 * venues, rights metadata, discovery, account-scoped endpoints): endpoint id → handler returning the
 * exact wire body (envelope included). Data comes from data-b.ts and data-b-live.ts.
 *
 * Write endpoints answer as production does; the sandbox shell turns writes made with the public
 * sandbox credentials into 405 "Sandbox only…" (reference/soundcharts.md §1.1).
 */
import { hashString, isoDay, uuidFor } from '../data.js';
import type { RouteContext, RouteHandlers } from '../types.js';
import {
  ALBUM_POOL, TIKTOK_POOL, albumAt, albumMeta, albumRef, allPlaylists, allRadios, artistAt, artistRef, batchIds, byPlatformLookup,
  chartObject, chartPlatformKnown, chartsOf, crawledDay, curatorAt, curatorCount, entryState, findAlbum, findChart, findPlaylist,
  findRadio, findTiktokMusic, identifierRows, isRankingDay, latestRankingDay, ordered, playlistLight, playlistMeta, radioRef, rankingDays,
  rankingRows, seriesValue, songAt, songRef, songWithRelease, spinsOn, tiktokMusicAt, tracklist, type ChartRec, type PlaylistRec,
} from './data-b.js';
import {
  BILLIE_EILISH, addDays, atom, atomDay, badRequest, entity, fail, isReply, listOf, listPage, notFound, parisStamp, queryDay, windowDays,
} from './shared.js';
import {
  allCollaborators, allFestivals, allLabels, allPublishers, allVenues, allWorks, collaboratorLight, collaboratorMeta, collaboratorSongs,
  concertObject, concertsOf, CONFIGURED, configuredObject, editionObject, editionsOf, favoriteArtists, FEED_CATALOG,
  feedObject, festivalLight, festivalMeta, findCollaborator, findConcert, findDistributor, findEdition, findFeedType, findFestival,
  findLabel, findPublisher, findVenue, findWork, knownCityKey, labelMeta, libraryArtists, librarySongs, publisherMeta, STORAGES, TEAM,
  upcRootsOf, venueLight, venueMeta, workMeta,
} from './data-b-live.js';

const uuidParam = (ctx: RouteContext, name = 'uuid') => (ctx.params[name] ?? '').toLowerCase();
const today = (ctx: RouteContext) => isoDay(ctx.now);

// ---------------------------------------------------------------- shared handler shapes

/** `GET /{entity}/{uuids}`: 1 UUID → the entity envelope, several → the metadata collection. */
function metadata<T>(type: string, find: (uuid: string) => T | undefined, meta: (e: T) => unknown) {
  return (ctx: RouteContext) => {
    const raw = ctx.params.uuid ?? ctx.params.uuids ?? '';
    if (raw.includes(',')) {
      const ids = batchIds(raw);
      if (isReply(ids)) return ids;
      const items = ids.map(find).filter((e): e is T => e !== undefined).map(meta);
      return { items, page: null, errors: [] };
    }
    const e = find(raw.toLowerCase());
    return e === undefined ? notFound() : entity(type, meta(e));
  };
}

/** `by-platform/{platform}/{identifier}` of a uuid-keyed entity: its envelope, or the lookup's 400/404. */
function byPlatformOf<T extends { uuid: string }>(kind: string, all: () => readonly T[], platforms: readonly string[], meta: (e: T) => unknown) {
  return (ctx: RouteContext) => {
    const e = byPlatformLookup(kind, all(), (x) => x.uuid, platforms, ctx.params.platform ?? '', ctx.params.identifier ?? '');
    return isReply(e) ? e : entity(kind, meta(e));
  };
}

/** `/{uuid}/identifiers` of a uuid-keyed entity, with the entity as `related`; 404 for an unknown uuid. */
function identifiersOf<T extends { uuid: string }>(kind: string, find: (uuid: string) => T | undefined, platforms: readonly string[], related: (e: T) => unknown) {
  return (ctx: RouteContext) => {
    const e = find(uuidParam(ctx));
    return e ? listOf(ctx, identifierRows(ctx, kind, e.uuid, platforms), { related: related(e) }) : notFound();
  };
}

/** The optional `startDate`/`endDate` bounds of a list; a 400 when one is malformed. */
function queryBounds(ctx: RouteContext) {
  const start = queryDay(ctx, 'startDate');
  if (isReply(start)) return start;
  const end = queryDay(ctx, 'endDate');
  if (isReply(end)) return end;
  return { start, end };
}

/** A social audience series (followers, likes…) with `sort` by date. */
function socialSeries(ctx: RouteContext, key: string, base: number, related: unknown) {
  const days = windowDays(ctx);
  if (isReply(days)) return days;
  const rows = ordered(
    ctx,
    days.map((day) => ({ date: atom(day), followerCount: seriesValue(`${key}:f`, day, base), likeCount: seriesValue(`${key}:l`, day, base * 3), postCount: seriesValue(`${key}:p`, day, 200, 0.5), value: null })),
    (r) => r.date,
    'sort',
    'asc',
  );
  return isReply(rows) ? rows : listOf(ctx, rows, { related });
}

const SOCIAL = ['instagram', 'tiktok', 'youtube', 'facebook', 'x', 'soundcloud', 'spotify', 'deezer', 'triller'];

// ---------------------------------------------------------------- charts

const chartKinds = { song: 'song', album: 'album' } as const;
function ranking(ctx: RouteContext, kind: 'song' | 'album', latest: boolean) {
  const c = findChart(ctx.params.slug ?? '', kind);
  if (!c) return notFound();
  let day = latestRankingDay(c, ctx.now);
  if (!latest) {
    const asked = atomDay(ctx.params.datetime ?? '');
    if (!asked) return badRequest('datetime', 'Invalid date: expected an ATOM date-time such as 2026-02-04T00:00:00+00:00.');
    if (!isRankingDay(c, asked, ctx.now)) return notFound();
    day = asked;
  }
  const rows = rankingRows(c, day);
  return listPage(
    ctx,
    rows.length,
    (i) => {
      const r = rows[i]!;
      const common = {
        position: r.position,
        positionEvolution: r.oldPosition === null ? null : r.oldPosition - r.position,
        entryState: entryState(r.position, r.oldPosition),
        entryDate: atom(addDays(day, -(r.weeksOrDays - 1) * (c.frequency === 'daily' ? 1 : 7))),
        rankDate: r.stamp,
        oldPosition: r.oldPosition,
        timeOnChart: r.weeksOrDays,
        timeOnChartUnit: c.frequency === 'daily' ? 'day' : 'week',
      };
      if (kind === 'album') return { album: albumRef(albumAt(r.index)), ...common };
      return { song: songRef(songAt(r.index)), ...common, metric: Math.round(3_500_000 / Math.pow(r.position, 0.7)) };
    },
    { related: { chart: chartObject(c, kind === 'song'), date: atom(day) } },
  );
}
function chartList(ctx: RouteContext, kind: 'song' | 'album') {
  const platform = ctx.params.platform ?? '';
  if (!chartPlatformKnown(platform)) return badRequest('platform', 'Invalid platform code.');
  const cc = ctx.query.get('countryCode')?.toUpperCase();
  const charts = chartsOf(platform, kind).filter((c) => !cc || c.countryCode === cc);
  return listOf(ctx, charts.map((c) => chartObject(c)));
}
function availableRankings(ctx: RouteContext, c: Pick<ChartRec, 'frequency'> | undefined, related: unknown) {
  if (!c) return notFound();
  return listOf(ctx, rankingDays(c, ctx.now).map((d) => atom(d)), { related });
}
const TIKTOK_CHART = { frequency: 'weekly' as const };
function tiktokRanking(ctx: RouteContext, latest: boolean) {
  let day = latestRankingDay(TIKTOK_CHART, ctx.now);
  if (!latest) {
    const asked = atomDay(ctx.params.datetime ?? '');
    if (!asked) return badRequest('datetime', 'Invalid date: expected an ATOM date-time such as 2026-02-04T00:00:00+00:00.');
    if (!isRankingDay(TIKTOK_CHART, asked, ctx.now)) return notFound();
    day = asked;
  }
  const week = Math.floor(Date.parse(`${day}T00:00:00Z`) / (7 * 86_400_000));
  return listPage(
    ctx,
    100,
    (i) => {
      const index = (i * 7 + week) % TIKTOK_POOL;
      const m = tiktokMusicAt(index);
      const old = i % 9 === 0 ? null : Math.max(1, i + 1 + ((hashString(`${m.identifier}:${week}`) % 11) - 5));
      const value = Math.round(900_000 / Math.pow(i + 1, 0.8));
      return {
        music: { identifier: m.identifier, title: m.title, authorName: m.authorName, url: m.url, imgUrl: m.imgUrl },
        song: m.song,
        position: i + 1,
        positionEvolution: old === null ? null : old - (i + 1),
        peakPosition: Math.max(1, i + 1 - (hashString(m.identifier) % 5)),
        entryState: entryState(i + 1, old),
        entryDate: atom(addDays(day, -7 * (hashString(m.identifier) % 12))),
        rankDate: atom(day),
        oldPosition: old,
        timeOnChart: 1 + (hashString(m.identifier) % 12),
        timeOnChartUnit: 'week',
        value,
        oldValue: old === null ? null : Math.round(value * 0.93),
        totalValue: value * (3 + (hashString(m.identifier) % 20)),
        oldTotalValue: null,
      };
    },
    { related: { chart: { frequency: 'weekly', type: 'music' }, date: atom(day) } },
  );
}

// ---------------------------------------------------------------- playlists

const STOREFRONT = ['apple-music', 'amazon'];
function playlistFilter(ctx: RouteContext, rows: PlaylistRec[], platform: string) {
  if (STOREFRONT.includes(platform) && !ctx.query.get('countryCode')) return badRequest('countryCode', `countryCode is required for ${platform}.`);
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

// ---------------------------------------------------------------- handlers

export const routesPartB: RouteHandlers = {
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

  // ------------------------------------------------ charts (§2.7)
  'charts.songByPlatform': (ctx) => chartList(ctx, chartKinds.song),
  'charts.songRankingLatest': (ctx) => ranking(ctx, 'song', true),
  'charts.songAvailableRankings': (ctx) => {
    const c = findChart(ctx.params.slug ?? '', 'song');
    return availableRankings(ctx, c, c && chartObject(c));
  },
  'charts.songRanking': (ctx) => ranking(ctx, 'song', false),
  'charts.albumByPlatform': (ctx) => chartList(ctx, chartKinds.album),
  'charts.albumRankingLatest': (ctx) => ranking(ctx, 'album', true),
  'charts.albumAvailableRankings': (ctx) => {
    const c = findChart(ctx.params.slug ?? '', 'album');
    return availableRankings(ctx, c, c && chartObject(c));
  },
  'charts.albumRanking': (ctx) => ranking(ctx, 'album', false),
  'charts.tiktokMusicWeeklyRankingLatest': (ctx) => tiktokRanking(ctx, true),
  'charts.tiktokMusicWeeklyAvailableRankings': (ctx) => availableRankings(ctx, TIKTOK_CHART, { frequency: 'weekly', type: 'music' }),
  'charts.tiktokMusicWeeklyRanking': (ctx) => tiktokRanking(ctx, false),

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

  // ------------------------------------------------ radios (§2.9)
  'radios.liveFeed': (ctx) => {
    const r = findRadio(ctx.params.slug ?? '');
    if (!r) return notFound();
    const days = windowDays(ctx, 6);
    if (isReply(days)) return days;
    const spins = [...days].reverse().flatMap((d) => spinsOn(r, d));
    return listOf(ctx, spins, { related: radioRef(r) });
  },
  'radios.identifiers': (ctx) => {
    const r = findRadio(ctx.params.slug ?? '');
    if (!r) return notFound();
    return listOf(ctx, identifierRows(ctx, 'radio', r.slug, ['tunein', 'instagram', 'facebook', 'x']), { related: radioRef(r) });
  },

  // ------------------------------------------------ festivals (§2.10)
  'festivals.get': metadata('festival', findFestival, festivalMeta),
  'festivals.getMany': metadata('festival', findFestival, festivalMeta),
  'festivals.byPlatform': byPlatformOf('festival', allFestivals, ['songkick', 'instagram', 'facebook'], festivalMeta),
  'festivals.identifiers': identifiersOf('festival', findFestival, ['songkick', 'instagram', 'facebook'], festivalLight),
  'festivals.editions': (ctx) => {
    const f = findFestival(uuidParam(ctx));
    if (!f) return notFound();
    const bounds = queryBounds(ctx);
    if (isReply(bounds)) return bounds;
    const { start, end } = bounds;
    const rows = editionsOf(f).filter((e) => (!start || e.end >= start) && (!end || e.start <= end)).reverse();
    return listOf(ctx, rows.map((e) => editionObject(e, false, ctx.now)), { related: festivalLight(f) });
  },
  'festivals.edition': (ctx) => {
    const e = findEdition(uuidParam(ctx));
    return e ? entity('edition', editionObject(e, true, ctx.now)) : notFound();
  },
  'festivals.byCityKey': (ctx) => {
    const key = ctx.query.get('cityKey');
    if (!key) return badRequest('cityKey', 'cityKey is required.');
    return listOf(ctx, knownCityKey(key) ? allFestivals().filter((f) => f.cityKey === key).map(festivalMeta) : []);
  },

  // ------------------------------------------------ venues (§2.10)
  'venues.get': (ctx) => {
    const v = findVenue(uuidParam(ctx));
    return v ? entity('venue', venueMeta(v)) : notFound();
  },
  'venues.byPlatform': byPlatformOf('venue', allVenues, ['songkick', 'ticketmaster', 'instagram'], venueMeta),
  'venues.identifiers': identifiersOf('venue', findVenue, ['songkick', 'ticketmaster', 'instagram'], venueLight),
  'venues.concerts': (ctx) => {
    const v = findVenue(uuidParam(ctx));
    if (!v) return notFound();
    const bounds = queryBounds(ctx);
    if (isReply(bounds)) return bounds;
    const { start, end } = bounds;
    const rows = concertsOf(v).filter((c) => (!start || c.day >= start) && (!end || c.day <= end));
    return listOf(ctx, rows.map((c) => concertObject(c, false)), { related: venueLight(v) });
  },
  'venues.concert': (ctx) => {
    const c = findConcert(uuidParam(ctx));
    return c ? entity('concert', concertObject(c, true)) : notFound();
  },
  'venues.concertsByCityKey': (ctx) => {
    const key = ctx.query.get('cityKey');
    if (!key) return badRequest('cityKey', 'cityKey is required.');
    const days = windowDays(ctx, 30);
    if (isReply(days)) return days;
    const [first, last] = [days[0]!, days[days.length - 1]!];
    const rows = allVenues()
      .filter((v) => v.cityKey === key)
      .flatMap(concertsOf)
      .filter((c) => c.day >= first && c.day <= last)
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    return listOf(ctx, rows.map((c) => concertObject(c, false)));
  },
  'venues.byCityKey': (ctx) => {
    const key = ctx.query.get('cityKey');
    if (!key) return badRequest('cityKey', 'cityKey is required.');
    return listOf(ctx, allVenues().filter((v) => v.cityKey === key).map(venueMeta));
  },

  // ------------------------------------------------ collaborators, labels, publishers, works (§2.11)
  'collaborators.get': metadata('collaborator', findCollaborator, collaboratorMeta),
  'collaborators.getMany': metadata('collaborator', findCollaborator, collaboratorMeta),
  'collaborators.byIpi': (ctx) => {
    const c = allCollaborators().find((x) => x.ipi === ctx.params.ipi);
    return c ? entity('collaborator', collaboratorMeta(c)) : notFound();
  },
  'collaborators.byPlatform': byPlatformOf('collaborator', allCollaborators, ['musicbrainz', 'discogs', 'spotify', 'instagram'], collaboratorMeta),
  'collaborators.identifiers': identifiersOf('collaborator', findCollaborator, ['musicbrainz', 'discogs', 'spotify', 'instagram'], collaboratorLight),
  'collaborators.songs': (ctx) => {
    const c = findCollaborator(uuidParam(ctx));
    return c ? listOf(ctx, collaboratorSongs(c).map(songWithRelease), { related: collaboratorLight(c) }) : notFound();
  },
  'collaborators.albums': (ctx) => {
    const c = findCollaborator(uuidParam(ctx));
    if (!c) return notFound();
    const albums = c.name === 'FINNEAS' ? [albumAt(0)] : [];
    for (let k = 1; k < ALBUM_POOL && albums.length < 4 + (hashString(c.uuid) % 10); k++) if ((hashString(c.uuid) + k) % 3 === 0) albums.push(albumAt(k));
    return listOf(ctx, albums.map(albumRef), { related: collaboratorLight(c) });
  },
  'collaborators.audience': (ctx) => {
    const c = findCollaborator(uuidParam(ctx));
    if (!c) return notFound();
    if (!SOCIAL.includes(ctx.params.platform ?? '')) return badRequest('platform', 'Invalid platform code.');
    return socialSeries(ctx, `collab:${c.uuid}:${ctx.params.platform}`, c.name === 'FINNEAS' ? 6_400_000 : 20_000, { collaborator: collaboratorLight(c), platform: ctx.params.platform });
  },
  'labels.get': metadata('label', findLabel, labelMeta),
  'labels.getMany': metadata('label', findLabel, labelMeta),
  'labels.identifiers': identifiersOf('label', findLabel, ['discogs', 'musicbrainz', 'instagram'], (l) => ({ uuid: l.uuid, name: l.name })),
  'labels.audience': (ctx) => {
    const l = findLabel(uuidParam(ctx));
    if (!l) return notFound();
    if (!SOCIAL.includes(ctx.params.platform ?? '')) return badRequest('platform', 'Invalid platform code.');
    return socialSeries(ctx, `label:${l.uuid}:${ctx.params.platform}`, l.type === 'major' ? 3_000_000 : 45_000, { label: { uuid: l.uuid, name: l.name }, platform: ctx.params.platform });
  },
  'publishers.get': (ctx) => {
    const p = findPublisher(uuidParam(ctx));
    return p ? entity('publisher', publisherMeta(p)) : notFound();
  },
  'publishers.byIpi': (ctx) => {
    const p = allPublishers().find((x) => x.ipi === ctx.params.ipi);
    return p ? entity('publisher', publisherMeta(p)) : notFound();
  },
  'publishers.byPlatform': byPlatformOf('publisher', allPublishers, ['musicbrainz', 'discogs'], publisherMeta),
  'publishers.identifiers': identifiersOf('publisher', findPublisher, ['musicbrainz', 'discogs'], (p) => ({ uuid: p.uuid, name: p.name })),
  'works.get': metadata('work', findWork, workMeta),
  'works.getMany': metadata('work', findWork, workMeta),
  'works.byIswc': (ctx) => {
    const norm = (s: string) => s.toUpperCase().replace(/[-.]/g, '');
    const w = allWorks().find((x) => norm(x.iswc) === norm(ctx.params.iswc ?? ''));
    return w ? entity('work', workMeta(w)) : notFound();
  },
  'works.byPlatform': byPlatformOf('work', allWorks, ['musicbrainz', 'ascap'], workMeta),
  'works.identifiers': identifiersOf('work', findWork, ['musicbrainz', 'ascap'], (w) => ({ uuid: w.uuid, name: w.name, iswc: w.iswc })),
  'works.recordings': (ctx) => {
    const w = findWork(uuidParam(ctx));
    return w ? listOf(ctx, w.songs.map((i) => ({ ...songWithRelease(songAt(i)), isrc: { value: songAt(i).isrc, countryCode: songAt(i).isrc.slice(0, 2), countryName: null } })), { related: { uuid: w.uuid, name: w.name, iswc: w.iswc } }) : notFound();
  },

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

  // ------------------------------------------------ account-scoped (§2.12)
  'distributors.upcRoots': (ctx) => {
    const d = findDistributor(uuidParam(ctx));
    return d ? listOf(ctx, upcRootsOf(d), { related: { uuid: d.uuid, name: d.name } }) : notFound();
  },
  'distributors.addUpc': (ctx) => {
    const d = findDistributor(uuidParam(ctx));
    if (!d) return notFound();
    if (!d.own) return fail(403, 'distributor', "You can't modify this distributor");
    const upc = ctx.params.upc ?? '';
    return entity('upc', { uuid: uuidFor(`soundcharts:upc-root:${d.uuid}:${upc}`), upcRoot: upc, upc, distributor: { uuid: d.uuid, name: d.name }, createdAt: atom(today(ctx), '00:00:00') });
  },
  'distributors.removeUpc': (ctx) => {
    const d = findDistributor(uuidParam(ctx));
    if (!d) return notFound();
    if (!d.own) return fail(403, 'distributor', "You can't modify this distributor");
    const root = upcRootsOf(d).find((r) => (ctx.params.upc ?? '').startsWith(r.upcRoot));
    return root ? entity('upc', root) : notFound();
  },
  'favorites.artists': (ctx) => listOf(ctx, favoriteArtists().map(artistRef), { defaultLimit: 20 }),
  'favorites.addArtist': (ctx) => {
    const uuid = uuidParam(ctx);
    if (favoriteArtists().some((a) => a.uuid === uuid)) return fail(409, 'favorite', 'This artist is already in your favorites.');
    const a = Array.from({ length: 120 }, (_, k) => artistAt(k)).find((x) => x.uuid === uuid);
    return a ? entity('artist', artistRef(a)) : notFound();
  },
  'favorites.removeArtist': (ctx) => {
    const a = favoriteArtists().find((x) => x.uuid === uuidParam(ctx));
    return a ? entity('artist', artistRef(a)) : notFound();
  },
  'dataFeeds.available': (ctx) => {
    const type = ctx.query.get('entityType');
    if (type && !(type in FEED_CATALOG)) return badRequest('entityType', 'Invalid entity type: expected artist, album, song or playlist.');
    const types = type ? [type] : Object.keys(FEED_CATALOG);
    const items = types.flatMap((t) => FEED_CATALOG[t]!.map(([code]) => feedObject(t, code)));
    return { items, page: { offset: 0, limit: items.length, next: null, previous: null, total: items.length }, errors: [] };
  },
  'dataFeeds.configured': (ctx) => {
    const q = (k: string) => ctx.query.get(k);
    const rows = CONFIGURED.filter((c) => (!q('entityType') || findFeedType(c.code) === q('entityType')) && (!q('code') || c.code === q('code')) && (!q('storageCode') || c.storageCode === q('storageCode')));
    return listOf(ctx, rows.map(configuredObject));
  },
  'dataFeeds.subscribe': (ctx) => {
    const [uuid, code, storageCode] = ['uuid', 'code', 'storageCode'].map((k) => ctx.query.get(k) ?? '');
    if (!uuid || !code || !storageCode) return badRequest('query', 'uuid, code and storageCode are required.');
    const type = findFeedType(code);
    if (!type) return badRequest('code', 'Invalid feed code.');
    if (!STORAGES.includes(storageCode)) return badRequest('storageCode', 'Unknown storage connector.');
    const interval = Number(ctx.query.get('pushInterval') ?? 86_400);
    if (!Number.isInteger(interval) || interval < 3_600 || interval > 604_800) return badRequest('pushInterval', 'pushInterval must be between 3600 and 604800 seconds.');
    if (CONFIGURED.some((c) => c.uuid === uuid.toLowerCase() && c.code === code && c.storageCode === storageCode)) return fail(409, 'feed', 'This feed is already configured.');
    return entity('configuredFeed', { feed: feedObject(type, code), entityUuid: uuid.toLowerCase(), storageCode, pushInterval: interval });
  },
  'dataFeeds.unsubscribe': (ctx) => {
    const [uuid, code, storageCode] = ['uuid', 'code', 'storageCode'].map((k) => ctx.query.get(k) ?? '');
    if (!uuid || !code || !storageCode) return badRequest('query', 'uuid, code and storageCode are required.');
    const c = CONFIGURED.find((x) => x.uuid === uuid.toLowerCase() && x.code === code && x.storageCode === storageCode);
    return c ? entity('configuredFeed', configuredObject(c)) : fail(404, 'feed', 'Feed not found.');
  },
  'library.artists': (ctx) => listOf(ctx, libraryArtists()),
  'library.addArtists': (ctx) => librarySubmit(ctx, libraryArtists(), true),
  'library.removeArtists': (ctx) => librarySubmit(ctx, libraryArtists(), false),
  'library.songs': (ctx) => listOf(ctx, librarySongs()),
  'library.addSongs': (ctx) => librarySubmit(ctx, librarySongs(), true),
  'library.removeSongs': (ctx) => librarySubmit(ctx, librarySongs(), false),
  'users.blocklistArtists': (ctx) => blocklist(ctx, (seed) => Array.from({ length: 12 }, (_, k) => artistRef(artistAt(1 + ((seed + k * 7) % 59))))),
  'users.blocklistSongs': (ctx) => blocklist(ctx, (seed) => Array.from({ length: 30 }, (_, k) => songWithRelease(songAt(14 + ((seed + k * 11) % 380))))),
  'users.blocklistLabels': (ctx) => blocklist(ctx, (seed) => allLabels().filter((_, k) => (seed + k) % 4 === 0).map((l) => ({ label: l.name, uuid: l.uuid }))),
  'tiktok.music': (ctx) => {
    const i = findTiktokMusic(ctx.params.identifier ?? '');
    if (i === undefined) return notFound();
    const m = tiktokMusicAt(i);
    return entity('music', { ...m, latestCrawlDate: atom(today(ctx), '02:00:00'), firstCrawlDate: parisStamp(addDays('2021-01-01', (hashString(m.identifier) % 900))) });
  },
  'tiktok.musicVideoVolume': (ctx) => {
    const i = findTiktokMusic(ctx.params.identifier ?? '');
    if (i === undefined) return notFound();
    const end = queryDay(ctx, 'endDate');
    if (isReply(end)) return end;
    const rawPeriod = ctx.query.get('period');
    const period = rawPeriod === null ? 30 : Number(rawPeriod);
    if (!Number.isInteger(period) || period < 1 || period > 90) return badRequest('period', 'Invalid period: expected a number of days between 1 and 90.');
    const m = tiktokMusicAt(i);
    const last = end ?? today(ctx);
    const rows = Array.from({ length: period }, (_, k) => addDays(last, -k)).map((day) => ({ date: atom(day), value: seriesValue(`tt:${m.identifier}`, day, 40_000 / (1 + i), 1.5) }));
    return listOf(ctx, rows, { related: { identifier: m.identifier, title: m.title, authorName: m.authorName, url: m.url, imgUrl: m.imgUrl } });
  },
};

/** Library add/remove: counts what was sent, what changed, what was already there, what was ignored. */
function librarySubmit(ctx: RouteContext, current: ReadonlyArray<{ platformCode: string; identifier: string }>, add: boolean) {
  const body = ctx.body as { identifiers?: unknown } | undefined;
  if (!body || !Array.isArray(body.identifiers) || body.identifiers.length === 0) return badRequest('identifiers', 'identifiers must be a non-empty array of {identifier, platformCode}.');
  let updated = 0;
  let duplicate = 0;
  let ignored = 0;
  const seen = new Set<string>();
  for (const raw of body.identifiers as Array<{ identifier?: unknown; platformCode?: unknown }>) {
    const ok = typeof raw?.identifier === 'string' && raw.identifier !== '' && typeof raw.platformCode === 'string' && raw.platformCode !== '';
    if (!ok) {
      ignored++;
      continue;
    }
    const key = `${String(raw.platformCode)}:${String(raw.identifier)}`;
    const present = current.some((c) => c.platformCode === raw.platformCode && c.identifier === raw.identifier);
    if (seen.has(key) || (add && present)) duplicate++;
    else if (add || present) updated++;
    else ignored++;
    seen.add(key);
  }
  return { sent: body.identifiers.length, updated, duplicate, ignored, errors: [] };
}

/** A team member's blocklist; 404 when the email is not in the team. */
function blocklist(ctx: RouteContext, rows: (seed: number) => unknown[]) {
  const email = (ctx.params.email ?? '').toLowerCase();
  if (!TEAM.includes(email)) return notFound();
  return listOf(ctx, rows(hashString(email)));
}
