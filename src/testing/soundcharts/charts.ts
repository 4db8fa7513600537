/**
 * The Soundcharts sandbox's `charts` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/charts.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import { hashString } from '../data.js';
import type { RouteContext, RouteHandlers } from '../types.js';
import {
  albumAt, albumRef, chartObject, chartPlatformKnown, type ChartRec, chartsOf, entryState, findChart, isRankingDay, latestRankingDay, rankingDays,
  rankingRows, songAt, songRef, TIKTOK_POOL, tiktokMusicAt,
} from './music-data.js';
import { addDays, atom, atomDay, badRequest, listOf, listPage, notFound } from './shared.js';

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

export const chartsHandlers: RouteHandlers = {
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
};
