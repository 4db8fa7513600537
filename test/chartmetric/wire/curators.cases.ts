/**
 * Wire cases of Chartmetric `curators`: `/api/curator/...`.
 * Definitions: src/chartmetric/catalog/curators.ts.
 * Reference: ../shared/reference/chartmetric.md §3 "Curator".
 * Sandbox fake: src/testing/chartmetric/curators.ts, data in chart-data.ts.
 * The documented trailing slash of `/api/curator/{platform}/{id}/` is kept.
 */
import { expect } from 'vitest';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, first, isNum } from './helpers.js';

type Cu = ChartmetricCatalog['curators'];

export const cases: WireCase[] = [
  {
    id: 'curators.get',
    args: ['spotify', 2],
    expect: { method: 'GET', path: '/api/curator/spotify/2/' },
    check: (r) => {
      const c = as<Cu['get']>(r);
      expect(c.id).toBe(2);
      isNum(c.youtube_views);
    },
  },
  {
    id: 'curators.playlists',
    args: ['spotify', 133000, { limit: 50, offset: 0, sortColumn: 'followers' }],
    expect: { method: 'GET', path: '/api/curator/spotify/133000/playlists', query: 'limit=50&offset=0&sortColumn=followers' },
    check: (r) => {
      const page = first<Cu['playlists']>(r);
      expect(page.items).toHaveLength(50);
      // Documented without `obj`; total_length arrives as a string.
      expect((page.data as { total_length?: unknown }).total_length).toBe(80);
    },
  },
  {
    id: 'curators.stats',
    args: ['spotify', 324010, 'facebook', { field: 'likes', since: '2022-02-01', until: '2022-03-01' }],
    expect: { method: 'GET', path: '/api/curator/spotify/324010/stat/facebook', query: 'field=likes&since=2022-02-01&until=2022-03-01' },
    check: (r) => {
      const st = as<Cu['stats']>(r);
      expect(st.likes).toHaveLength(29);
      expect(st.followers).toBeUndefined();
    },
  },
  {
    id: 'curators.urls',
    args: ['spotify', 115196],
    expect: { method: 'GET', path: '/api/curator/spotify/115196/urls' },
    check: (r) => expect(as<Cu['urls']>(r).map((u) => u.domain)).toContain('instagram'),
  },
  {
    id: 'curators.lists',
    args: ['spotify', { indie: true, limit: 5, offset: 0, withSocialUrls: false }],
    expect: { method: 'GET', path: '/api/curator/spotify/lists', query: 'indie=true&limit=5&offset=0&withSocialUrls=false' },
    check: (r) => {
      const page = first<Cu['lists']>(r);
      expect(page.items).toHaveLength(5);
      expect(page.data.total).toBe(2_712_006);
    },
  },
];
