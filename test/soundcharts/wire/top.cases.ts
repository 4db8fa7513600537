/**
 * Wire cases of Soundcharts `top`: discovery, `POST /api/v2/top/...` (paging in the query,
 * `{sort, filters}` as the JSON body).
 * Definitions: src/soundcharts/catalog/top.ts.
 * Reference: ../shared/reference/soundcharts.md §3 (request bodies).
 * Sandbox fake: src/testing/soundcharts/top.ts, data in music-data.ts, live-data.ts and
 * rights-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { BAD_GUY, BILLIE, FINNEAS, first, TOP_HITS } from './helpers.js';

type Top = SoundchartsCatalog['top'];

const METRIC_SORT = { platform: 'spotify', metricType: 'followers', period: 'month', sortBy: 'total', order: 'desc' };

export const cases: WireCase[] = [
  {
    id: 'top.artists',
    args: [{ limit: 5, sort: METRIC_SORT }],
    expect: { method: 'POST', path: '/api/v2/top/artists', query: 'limit=5', body: { sort: METRIC_SORT } },
    check: (r) => {
      const p = first<Top['artists']>(r);
      expect(p.items).toHaveLength(5);
      expect(p.items[0]?.artist?.uuid).toBe(BILLIE);
      expect(p.items[0]?.streaming?.[0]).toMatchObject({ platformCode: 'spotify', metricType: 'followers' });
      expect(p.data.page?.total).toBe(50_250);
      expect(p.data.page?.cursor).toEqual(expect.any(String));
      expect(p.data.related).toEqual({ updatedAt: expect.any(String) });
    },
  },
  {
    id: 'top.artists',
    args: [{ countryCode: 'FR', cursor: 'cG9zOjEwMA', limit: 100, sort: { ...METRIC_SORT, platform: 'instagram' }, filters: [{ type: 'metric', data: { platform: 'instagram', metricType: 'followers', min: 10_000 } }] }],
    expect: {
      method: 'POST',
      path: '/api/v2/top/artists',
      query: 'countryCode=FR&cursor=cG9zOjEwMA&limit=100',
      body: { sort: { ...METRIC_SORT, platform: 'instagram' }, filters: [{ type: 'metric', data: { platform: 'instagram', metricType: 'followers', min: 10_000 } }] },
    },
    check: (r) => {
      const p = first<Top['artists']>(r);
      expect(p.items).toHaveLength(100);
      expect(p.data.page?.total).toBe(6_200 - 100); // filtered total minus the cursor position
      expect(p.items.every((i) => i.artist?.countryCode === 'FR' && i.social?.length === 1)).toBe(true);
    },
  },
  {
    id: 'top.songs',
    args: [{ limit: 10, sort: { platform: 'spotify', metricType: 'streams', period: 'week', sortBy: 'volume', order: 'desc' }, filters: [{ type: 'metric', data: { platform: 'spotify', metricType: 'streams', min: 1_000_000 } }] }],
    expect: {
      method: 'POST',
      path: '/api/v2/top/songs',
      query: 'limit=10',
      body: { sort: { platform: 'spotify', metricType: 'streams', period: 'week', sortBy: 'volume', order: 'desc' }, filters: [{ type: 'metric', data: { platform: 'spotify', metricType: 'streams', min: 1_000_000 } }] },
    },
    check: (r) => {
      const p = first<Top['songs']>(r);
      expect(p.items[0]?.song?.uuid).toBe(BAD_GUY);
      expect(p.data.page?.total).toBe(620);
      expect(Array.isArray(p.data.related)).toBe(true); // TopSongCollectionResponse: related is an array
    },
  },
  {
    id: 'top.playlists',
    args: ['spotify', { limit: 3, sort: { type: 'metric', platform: 'spotify', metricType: 'likes', period: 'month', sortBy: 'total', order: 'desc' } }],
    expect: {
      method: 'POST',
      path: '/api/v2/top/playlists/spotify',
      query: 'limit=3',
      body: { sort: { type: 'metric', platform: 'spotify', metricType: 'likes', period: 'month', sortBy: 'total', order: 'desc' } },
    },
    check: (r) => {
      const p = first<Top['playlists']>(r);
      expect(p.items[0]?.playlist).toMatchObject({ uuid: TOP_HITS, ownerName: 'Spotify' });
      expect(p.items[0]?.audience?.[0]?.total).toBe(34_000_000);
      expect(p.data.page?.total).toBe(180);
    },
  },
  {
    id: 'top.radios',
    args: [{ limit: 10 }],
    expect: { method: 'POST', path: '/api/v2/top/radios', query: 'limit=10' },
    check: (r) => {
      const p = first<Top['radios']>(r);
      const reach = p.items.map((i) => i.radio?.reach ?? 0);
      expect(reach).toEqual([...reach].sort((a, b) => b - a));
      expect(p.data.page?.total).toBe(32);
    },
  },
  {
    id: 'top.festivals',
    args: [{ sort: { platform: 'soundcharts', metricType: 'score', period: 'quarter', sortBy: 'percent', order: 'asc' } }],
    expect: { method: 'POST', path: '/api/v2/top/festivals', body: { sort: { platform: 'soundcharts', metricType: 'score', period: 'quarter', sortBy: 'percent', order: 'asc' } } },
    check: (r) => {
      const p = first<Top['festivals']>(r);
      expect(p.items).toHaveLength(14);
      expect(p.data.page?.cursor).toBeNull();
    },
  },
  {
    id: 'top.venues',
    args: [{ limit: 5, sort: { type: 'capacity', order: 'desc' } }],
    expect: { method: 'POST', path: '/api/v2/top/venues', query: 'limit=5', body: { sort: { type: 'capacity', order: 'desc' } } },
    check: (r) => {
      const p = first<Top['venues']>(r);
      const caps = p.items.map((i) => i.venue?.capacity ?? 0);
      expect(caps).toEqual([...caps].sort((a, b) => b - a));
      expect(p.data.page?.total).toBe(18);
    },
  },
  {
    id: 'top.collaborators',
    args: [{ role: 'producer', limit: 20 }],
    expect: { method: 'POST', path: '/api/v2/top/collaborators', query: 'role=producer&limit=20' },
    check: (r) => {
      const p = first<Top['collaborators']>(r);
      expect(p.items[0]?.collaborator?.uuid).toBe(FINNEAS);
      expect(p.items.every((i) => (i.collaborator?.roles as string[]).includes('producer'))).toBe(true);
    },
  },
];
