/**
 * Wire cases of Chartmetric `cities`: `/api/cities` and `/api/city/{id}/...`.
 * Definitions: src/chartmetric/catalog/cities.ts.
 * Reference: ../shared/reference/chartmetric.md §3 "City" and "Search / reference".
 * Sandbox fake: src/testing/chartmetric/cities.ts, data in artist-data.ts.
 */
import { expect } from 'vitest';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as } from './helpers.js';

type Cities = ChartmetricCatalog['cities'];

export const cases: WireCase[] = [
  {
    id: 'cities.list',
    args: [{ countryCode: 'US' }],
    expect: { method: 'GET', path: '/api/cities', query: 'country_code=US' },
    check: (r) => {
      const c = as<Cities['list']>(r);
      expect(c.map((x) => x.city_name)).toContain('New York');
      expect(c[0]!.iso3).toBe('USA');
    },
  },
  {
    id: 'cities.topArtists',
    args: [7060, 'spotify'],
    expect: { method: 'GET', path: '/api/city/7060/spotify/top-artists' },
    check: (r) => {
      const rows = as<Cities['topArtists']>(r);
      expect(rows).toHaveLength(100);
      // count arrives as a string.
      expect(rows[0]!.count).toBe(300);
    },
  },
  {
    id: 'cities.topTracks',
    args: [7060, 'shazam'],
    expect: { method: 'GET', path: '/api/city/7060/shazam/top-tracks' },
    check: (r) => expect(as<Cities['topTracks']>(r)[0]!.position_stats).toHaveLength(4),
  },
];
