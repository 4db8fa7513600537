/**
 * Wire cases of Chartmetric `search`: `/api/search` and `/api/search/social`.
 * Definitions: src/chartmetric/catalog/search.ts.
 * Reference: ../shared/reference/chartmetric.md §3 "Search / reference".
 * Sandbox fake: src/testing/chartmetric/search.ts, data in artist-data.ts.
 */
import { expect } from 'vitest';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as } from './helpers.js';

type Search = ChartmetricCatalog['search'];

export const cases: WireCase[] = [
  {
    id: 'search.query',
    args: [{ q: 'Ariana', limit: 10 }],
    expect: { method: 'GET', path: '/api/search', query: 'q=Ariana&limit=10' },
    check: (r) => {
      const s = as<Search['query']>(r);
      expect(s.artists).toHaveLength(10);
      expect(s.playlists?.spotify?.[0]?.followers).toBe('4.2M');
      expect(typeof s.playlists?.soundcloud?.[0]?.owner_name).toBe('number');
    },
  },
  {
    id: 'search.query',
    args: [{ q: 'BTS', beta: true, platforms: ['spotify'], type: 'artists', limit: 3 }],
    expect: { method: 'GET', path: '/api/search', query: 'q=BTS&beta=true&platforms[]=spotify&type=artists&limit=3' },
    check: (r) => {
      const s = as<Search['query']>(r);
      expect(s.suggestions?.[0]).toMatchObject({ target: 'artist', id: 206557, name: 'BTS' });
    },
  },
  {
    id: 'search.query',
    args: [{ q: 'seoul', type: 'cities', triggerCitiesOnly: true, beta: true }],
    expect: { method: 'GET', path: '/api/search', query: 'q=seoul&type=cities&triggerCitiesOnly=true&beta=true' },
    check: (r) => {
      const s = as<Search['query']>(r);
      expect(s.suggestions?.[0]).toMatchObject({ target: 'city', id: 5602 });
      expect(s.idDetected).toBe(false);
    },
  },
  {
    id: 'search.social',
    args: [{ url: 'https://www.instagram.com/taylorswift/' }],
    expect: { method: 'GET', path: '/api/search/social', query: 'url=https%3A%2F%2Fwww.instagram.com%2Ftaylorswift%2F' },
    check: (r) => expect(as<Search['social']>(r)[0]).toMatchObject({ id: 2762, type: 'artist', name: 'Taylor Swift' }),
  },
  {
    id: 'search.social',
    args: [{ url: 'https://www.facebook.com/siriusxmhits1', type: 'siriusxm' }],
    expect: { method: 'GET', path: '/api/search/social', query: 'url=https%3A%2F%2Fwww.facebook.com%2Fsiriusxmhits1&type=siriusxm' },
    check: (r) => expect(as<Search['social']>(r)[0]).toMatchObject({ id: 'siriusxmhits1', name: null }),
  },
];
