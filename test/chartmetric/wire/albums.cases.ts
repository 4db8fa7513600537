/**
 * Wire cases of Chartmetric `albums`: `/api/album/...`.
 * Definitions: src/chartmetric/catalog/albums.ts.
 * Reference: ../shared/reference/chartmetric.md §3 "Album".
 * Sandbox fake: src/testing/chartmetric/albums.ts, data in chart-data.ts.
 */
import { expect } from 'vitest';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, first, isNum } from './helpers.js';

type Al = ChartmetricCatalog['albums'];

export const cases: WireCase[] = [
  {
    id: 'albums.get',
    args: [815685],
    expect: { method: 'GET', path: '/api/album/815685' },
    check: (r) => {
      const a = as<Al['get']>(r);
      expect(a.cm_album).toBe(815685);
      isNum(a.num_track);
    },
  },
  {
    id: 'albums.stats',
    args: [6382276, 'spotify', 'followers', { since: '2025-05-01', until: '2025-05-04' }],
    expect: { method: 'GET', path: '/api/album/6382276/spotify/followers', query: 'since=2025-05-01&until=2025-05-04' },
    check: (r) => expect(as<Al['stats']>(r)).toHaveLength(4),
  },
  {
    id: 'albums.playlists',
    args: [5449730, 'spotify', 'past', { editorial: true, personalized: true, limit: 20 }],
    expect: { method: 'GET', path: '/api/album/5449730/spotify/past/playlists', query: 'editorial=true&personalized=true&limit=20' },
    check: (r) => {
      const page = first<Al['playlists']>(r);
      expect(page.items).toHaveLength(20);
      expect(page.items[0]!.playlist.removed_at).toMatch(/Z$/);
    },
  },
  {
    id: 'albums.charts',
    args: [3533190, 'applemusic', { since: '2025-03-01', until: '2025-03-04' }],
    expect: { method: 'GET', path: '/api/album/3533190/applemusic/charts', query: 'since=2025-03-01&until=2025-03-04' },
    check: (r) => {
      const h = as<Al['charts']>(r);
      expect(h.data).toHaveLength(4);
      isNum(h.data[0]!.num_track);
    },
  },
  {
    id: 'albums.tracks',
    args: [3533190],
    expect: { method: 'GET', path: '/api/album/3533190/tracks' },
    check: (r) => expect(as<Al['tracks']>(r).length).toBeGreaterThanOrEqual(6),
  },
  {
    id: 'albums.getIds',
    args: ['upc', '00602445790128'],
    expect: { method: 'GET', path: '/api/album/upc/00602445790128/get-ids' },
    // UPCs keep their leading zeros (ids are kept as sent, never coerced to numbers).
    check: (r) => expect(as<Al['getIds']>(r)[0]!.upc).toBe('00602445790128'),
  },
];
