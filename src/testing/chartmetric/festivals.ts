/**
 * The Chartmetric sandbox's `festivals` endpoints, keyed by endpoint id (definitions:
 * src/chartmetric/catalog/festivals.ts).
 * Each handler returns the exact wire body, `{obj: …}` envelope included, answers 404 `{error}` for
 * unknown ids and 400 `{error}` for missing or invalid required params (helpers: ./shared.ts), and
 * respects `limit`/`offset`.
 */
import type { RouteHandlers } from '../types.js';
import { FESTIVALS } from './artist-data.js';
import { ok, page, qList } from './shared.js';

export const festivalsHandlers: RouteHandlers = {
  // ------------------------------------------------------------ festivals
  'festivals.list': (ctx) => {
    const code2s = qList(ctx, 'code2s').map((c) => c.toUpperCase());
    const genreIds = qList(ctx, 'genreIds').map(Number);
    const sizes = qList(ctx, 'eventSizes');
    const name = ctx.query.get('nameSearch')?.toLowerCase();
    let rows = FESTIVALS.filter(
      (f) =>
        (!code2s.length || code2s.includes(f.country)) &&
        (!genreIds.length || f.topGenres.some((g) => genreIds.includes(g.id))) &&
        (!sizes.length || sizes.includes(f.sizeKey)) &&
        (!name || f.name.toLowerCase().includes(name)),
    );
    const sort = ctx.query.get('sortColumn') ?? 'startDate';
    const key = (f: (typeof FESTIVALS)[number]): string | number =>
      sort === 'festivalName' ? f.name : sort === 'rank' ? f.popularityRank : sort === 'numberOfDays' ? f.numberOfDays : sort === 'eventSize' ? ['small', 'medium', 'large', 'mega'].indexOf(f.sizeKey) : f.date;
    rows = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id));
    if (ctx.query.get('sortOrderDesc') === 'true') rows.reverse();
    return ok(page(ctx, rows, 10).map(({ sizeKey: _s, ...f }) => f));
  },
};
