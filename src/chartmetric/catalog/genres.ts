/**
 * Chartmetric genres: `/api/genres`, `/api/genres/{id}` and `/api/genre` (reference/chartmetric.md §3
 * "Search / reference" and "Genre / reference").
 *
 * Naming: `/api/genres` → `genres.list`, `/api/genres/{id}` → `genres.get`. `/api/genre` (singular) would
 * also pluralize to `genres.list`, so it is `genres.taxonomy`: the current genre taxonomy (501xxx ids,
 * `isLegacy: true` for the older one), whereas `/api/genres` lists the tag genres (462xxx ids) used by
 * `tagId` filters.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { optNum, optStr } from './shared.js';

const DOCS = 'reference/chartmetric.md §3 (Search / reference, Genre / reference)';

export const genres = defineFamily(() => {
  const genre = s.obj({ id: s.num(), name: s.str(), parent_id: optNum(), type: optStr() });

  return {
    /**
     * Genre (tag) ids and names, optionally filtered by `name`. The docs describe `{genres: [...]}`; the
     * published examples are a bare array, so both are accepted.
     */
    list: defineEndpoint({
      id: 'genres.list',
      method: 'GET',
      path: '/api/genres',
      query: { name: p.optional(p.text()) },
      response: s.oneOf([s.arr(genre), s.obj({ genres: s.arr(genre) })]),
      summary: 'Genre id/name lookup (tag genres), optional name filter.',
      docs: DOCS,
    }),

    /** One genre by id. */
    get: defineEndpoint({
      id: 'genres.get',
      method: 'GET',
      path: '/api/genres/{id}',
      pathParams: { id: p.id() },
      response: genre,
      summary: 'A genre ({id, name}).',
      docs: DOCS,
    }),

    /** The current genre taxonomy (ids in the 501xxx range, e.g. 501120 = pop); `isLegacy: true` for the older one. */
    taxonomy: defineEndpoint({
      id: 'genres.taxonomy',
      method: 'GET',
      path: '/api/genre',
      query: { isLegacy: p.optional(p.bool()) },
      wire: { isLegacy: 'isLegacy' },
      response: s.arr(genre),
      summary: 'All genres of the current (or legacy) taxonomy.',
      docs: DOCS,
    }),
  };
});
