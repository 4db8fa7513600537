/**
 * The Chartmetric sandbox's `brands` endpoints, keyed by endpoint id (definitions:
 * src/chartmetric/catalog/brands.ts).
 * Each handler returns the exact wire body, `{obj: …}` envelope included, answers 404 `{error}` for
 * unknown ids and 400 `{error}` for missing or invalid required params (helpers: ./shared.ts), and
 * respects `limit`/`offset`.
 */
import { randInt } from '../data.js';
import type { RouteHandlers } from '../types.js';
import { artistName, BRANDS, hashInt, image, INTERESTS, metricBase, rngFor, SEEDED_ARTISTS } from './artist-data.js';
import { apiError, badRequest, ok, page, qInt } from './shared.js';

export const brandsHandlers: RouteHandlers = {
  // ------------------------------------------------------------ brands
  'brands.get': (ctx) => {
    const brand = BRANDS.find((b) => b.id === Number(ctx.params.brandId));
    if (!brand) return apiError(404, `Brand ${ctx.params.brandId} not found`);
    const limit = qInt(ctx, 'limit') ?? 10;
    if (limit > 50) return badRequest('limit must be at most 50');
    const total = 95;
    const sort = ctx.query.get('sortColumn') ?? 'followers';
    const all = Array.from({ length: total }, (_, i) => {
      const a = i < 3 ? Number(Object.keys(SEEDED_ARTISTS)[i]) : 1 + (hashInt(`brand:${brand.id}:${i}`) % 9_000_000);
      const rng = rngFor('brand-artist', brand.id, a);
      const followers = metricBase(a, 'ins_followers');
      const overlap = Math.round(followers * rng() * 0.1);
      return {
        // A numeric string on this endpoint.
        id: String(a),
        name: artistName(a),
        image_url: image('artist', a),
        instagram_followers: { total: followers, overlap, overlap_percent: overlap / followers, affinity: 0.8 + rng() * 0.5 },
        instagram_likers: { average: Math.round(followers * 1.3), overlap: Math.round(overlap * 0.9), overlap_percent: (overlap * 0.9) / (followers * 1.3), affinity: 0.7 + rng() * 0.5 },
      };
    });
    const key = (r: (typeof all)[number]) =>
      ({ followers: r.instagram_followers.total, likers: r.instagram_likers.average, follower_overlap: r.instagram_followers.overlap, liker_overlap: r.instagram_likers.overlap, follower_affinity: r.instagram_followers.affinity, liker_affinity: r.instagram_likers.affinity })[sort] ?? r.instagram_followers.total;
    all.sort((a, b) => key(b) - key(a));
    if (ctx.query.get('sortOrderDesc') === 'false') all.reverse();
    return ok({ brandName: brand.name, total, artists: page(ctx, all, 10) });
  },

  'brands.list': () => ok(BRANDS.map(({ id, name }) => ({ id, name }))),

  'brands.listByInterest': (ctx) => {
    const byLikers = ctx.query.get('sortColumn') === 'likers';
    const out: Record<string, unknown[]> = {};
    for (const [interestId, interestName] of INTERESTS) {
      const rows = BRANDS.filter((b) => b.interest[0] === interestId).map((b) => {
        const rng = rngFor('brand-interest', b.id);
        return { brand_id: b.id, brand_name: b.name, interest_id: interestId, interest_name: interestName, followers: randInt(rng, 1e6, 4e9), likers: randInt(rng, 1e6, 9e8), artist_count: randInt(rng, 100, 150_000) };
      });
      rows.sort((a, b) => (byLikers ? b.likers - a.likers : b.followers - a.followers));
      out[interestName] = rows;
    }
    return ok(out);
  },
};
