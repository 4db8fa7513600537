/**
 * The Chartmetric sandbox's `genres` endpoints, keyed by endpoint id (definitions:
 * src/chartmetric/catalog/genres.ts).
 * Each handler returns the exact wire body, `{obj: …}` envelope included, answers 404 `{error}` for
 * unknown ids and 400 `{error}` for missing or invalid required params (helpers: ./shared.ts), and
 * respects `limit`/`offset`.
 */
import type { RouteHandlers } from '../types.js';
import { TAG_GENRES, TAXONOMY } from './artist-data.js';
import { apiError, ok, qBool } from './shared.js';

export const genresHandlers: RouteHandlers = {
  // ------------------------------------------------------------ genres
  'genres.list': (ctx) => {
    const name = ctx.query.get('name')?.toLowerCase();
    const rows = TAG_GENRES.filter(([, n]) => !name || n.toLowerCase().includes(name)).map(([id, n]) => ({ id, name: n }));
    return ok(rows);
  },

  'genres.get': (ctx) => {
    const id = Number(ctx.params.id);
    const g = [...TAG_GENRES, ...TAXONOMY].find(([gid]) => gid === id);
    return g ? ok({ id: g[0], name: g[1] }) : apiError(404, `Genre ${ctx.params.id} not found`);
  },

  'genres.taxonomy': (ctx) =>
    ok(qBool(ctx, 'isLegacy') ? TAG_GENRES.map(([id, name]) => ({ id, name })) : TAXONOMY.map(([id, name]) => ({ id, name }))),
};
