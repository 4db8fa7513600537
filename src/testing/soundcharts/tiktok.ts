/**
 * The Soundcharts sandbox's `tiktok` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/tiktok.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import { hashString } from '../data.js';
import type { RouteHandlers } from '../types.js';
import { findTiktokMusic, seriesValue, tiktokMusicAt } from './music-data.js';
import { addDays, atom, badRequest, entity, isReply, listOf, notFound, parisStamp, queryDay, today } from './shared.js';

export const tiktokHandlers: RouteHandlers = {
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
