/**
 * Chartmetric brands: `/api/brand/...` (reference/chartmetric.md §3 "Brand", §5.5).
 *
 * Naming: `/api/brand/{brandId}` → `brands.get`, `/api/brand/list` → `brands.list`,
 * `/api/brand/list/by/interest` → `brands.listByInterest`.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { camelWire, optNum, optStr, totalField } from './shared.js';

const DOCS = 'reference/chartmetric.md §3 (Brand)';

export const brands = defineFamily(() => {
  const overlap = s.opt(s.obj({ total: optNum(), average: optNum(), overlap: optNum(), overlap_percent: optNum(), affinity: optNum() }));
  const brandArtist = s.obj({ id: s.num(), name: optStr(), image_url: optStr(), instagram_followers: overlap, instagram_likers: overlap });

  return {
    /**
     * Artists whose Instagram audience over-indexes on a brand (`{brandName, total, artists}`). `limit` ≤ 50.
     * Paginated over `artists` (up to `total`).
     */
    get: defineEndpoint({
      id: 'brands.get',
      method: 'GET',
      path: '/api/brand/{brandId}',
      pathParams: { brandId: p.id() },
      query: {
        sortColumn: p.optional(p.oneOf(['followers', 'likers', 'follower_overlap', 'liker_overlap', 'follower_affinity', 'liker_affinity'])),
        sortOrderDesc: p.optional(p.bool()),
        limit: p.optional(p.int({ min: 1, max: 50 })),
        offset: p.optional(p.int({ min: 0 })),
      },
      wire: camelWire('sortColumn', 'sortOrderDesc'),
      response: s.obj({ brandName: optStr(), total: optNum(), artists: s.arr(brandArtist) }),
      paginate: { kind: 'offset', items: (d) => d.artists, total: totalField, defaultLimit: 10 },
      summary: 'Artists with audience overlap and affinity for a brand; limit ≤ 50.',
      docs: `${DOCS}, §5.5`,
    }),

    /** Every brand id and name. */
    list: defineEndpoint({
      id: 'brands.list',
      method: 'GET',
      path: '/api/brand/list',
      response: s.arr(s.obj({ id: s.num(), name: s.str() })),
      summary: 'All brands ({id, name}).',
      docs: DOCS,
    }),

    /** Brands grouped by interest category: an object keyed by interest name. */
    listByInterest: defineEndpoint({
      id: 'brands.listByInterest',
      method: 'GET',
      path: '/api/brand/list/by/interest',
      query: { sortColumn: p.optional(p.oneOf(['likers', 'followers'])) },
      wire: camelWire('sortColumn'),
      response: s.rec(
        s.arr(s.obj({ brand_id: s.num(), brand_name: optStr(), interest_id: optNum(), interest_name: optStr(), followers: optNum(), likers: optNum(), artist_count: optNum() })),
      ),
      summary: 'Brands per interest category, sorted by followers or likers.',
      docs: DOCS,
    }),
  };
});
