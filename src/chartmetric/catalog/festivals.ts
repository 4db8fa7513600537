/**
 * Chartmetric festivals: `/api/festival/list` (reference/chartmetric.md §3 "Festival", §5.5, §5.9).
 * Naming: `/api/festival/list` → `festivals.list`.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { camelWire, code2, idName, optDate, optNum, optStr } from './shared.js';

export const festivals = defineFamily(() => {
  const festival = s.obj({
    id: s.num(),
    name: optStr(),
    /** Start date, sent as `YYYY-MM-DD HH:mm:ss.SSS` (§6.4). */
    date: optDate(),
    numberOfDays: optNum(),
    city: optStr(),
    country: optStr(),
    performersCount: optNum(),
    popularityRank: optNum(),
    /** A label such as `"Mega (60K+)"`. */
    eventSize: optStr(),
    topGenres: s.opt(s.arr(idName())),
    links: s.opt(s.rec(s.opt(s.str()))),
  });

  return {
    /** Festival directory with country / genre / size filters. Paginated. */
    list: defineEndpoint({
      id: 'festivals.list',
      method: 'GET',
      path: '/api/festival/list',
      query: {
        code2s: p.optional(p.list(code2(), { min: 1 })),
        genreIds: p.optional(p.list(p.int({ min: 1 }), { min: 1 })),
        eventSizes: p.optional(p.list(p.oneOf(['small', 'medium', 'large', 'mega']), { min: 1 })),
        nameSearch: p.optional(p.text()),
        sortColumn: p.optional(p.oneOf(['festivalName', 'rank', 'startDate', 'numberOfDays', 'eventSize'])),
        sortOrderDesc: p.optional(p.bool()),
        limit: p.optional(p.int({ min: 1 })),
        offset: p.optional(p.int({ min: 0 })),
      },
      wire: camelWire('genreIds', 'eventSizes', 'nameSearch', 'sortColumn', 'sortOrderDesc'),
      response: s.arr(festival),
      paginate: { kind: 'offset', items: (d) => d, defaultLimit: 10 },
      summary: 'Festivals (date, size, city, top genres, links), sorted by start date by default.',
      docs: 'reference/chartmetric.md §3 (Festival), §5.5, §5.9',
    }),
  };
});
