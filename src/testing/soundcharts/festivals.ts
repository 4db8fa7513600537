/**
 * The Soundcharts sandbox's `festivals` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/festivals.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import type { RouteHandlers } from '../types.js';
import { allFestivals, editionObject, editionsOf, festivalLight, festivalMeta, findEdition, findFestival, knownCityKey } from './live-data.js';
import { byPlatformOf, identifiersOf, metadata, queryBounds } from './shapes.js';
import { badRequest, entity, isReply, listOf, notFound, uuidParam } from './shared.js';

export const festivalsHandlers: RouteHandlers = {
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
};
