/**
 * The Soundcharts sandbox's `venues` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/venues.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import type { RouteHandlers } from '../types.js';
import { allVenues, concertObject, concertsOf, findConcert, findVenue, venueLight, venueMeta } from './live-data.js';
import { byPlatformOf, identifiersOf, queryBounds } from './shapes.js';
import { badRequest, entity, isReply, listOf, notFound, uuidParam, windowDays } from './shared.js';

export const venuesHandlers: RouteHandlers = {
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
};
