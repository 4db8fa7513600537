/**
 * Wire cases of Soundcharts `playlists`: `/api/v2.x/playlist/...`.
 * Definitions: src/soundcharts/catalog/playlists.ts.
 * Reference: ../shared/reference/soundcharts.md §2.8 "Playlist".
 * Sandbox fake: src/testing/soundcharts/playlists.ts, data in music-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, BAD_GUY, first, JAN, JAN_Q, TOP_HITS } from './helpers.js';

type Playlists = SoundchartsCatalog['playlists'];

const APPLE_PLAYLIST = '0769ee84-6963-be88-254f-e09eecc07983';
const APPLE_PLAYLIST_ID = 'pl.ufhs0u6k9vmulaxhemr2ivowxjwepyul';
const CURATOR = 'k4wmcxrctbc5'; // "Hugo Okafor", 21 Spotify playlists

export const cases: WireCase[] = [
  {
    id: 'playlists.get',
    args: [TOP_HITS],
    expect: { method: 'GET', path: `/api/v2.8/playlist/${TOP_HITS}` },
    check: (r) => {
      const pl = as<Playlists['get']>(r);
      expect(pl).toMatchObject({ name: 'Sandbox Top Hits', platform: 'spotify', countryCode: '', type: 'Editorial', latestSubscriberCount: 34_000_000, latestTrackCount: 50 });
      expect(pl.owner).toEqual({ name: 'Spotify', identifier: 'spotify' });
    },
  },
  {
    id: 'playlists.byPlatform',
    args: ['apple-music', APPLE_PLAYLIST_ID, { countryCode: 'KR' }],
    expect: { method: 'GET', path: `/api/v2.8/playlist/by-platform/apple-music/${APPLE_PLAYLIST_ID}`, query: 'countryCode=KR' },
    check: (r) => {
      const pl = as<Playlists['byPlatform']>(r);
      expect(pl.uuid).toBe(APPLE_PLAYLIST);
      expect(pl.availableCountryCodes).toContain('KR');
    },
  },
  {
    id: 'playlists.curators',
    args: ['spotify', { limit: 100 }],
    expect: { method: 'GET', path: '/api/v2/playlist/curators/spotify', query: 'limit=100' },
    check: (r) => {
      const p = first<Playlists['curators']>(r);
      expect(p.items).toHaveLength(100);
      expect(p.items[0]).toEqual({ name: 'Spotify', identifier: 'spotify' });
      expect(p.data.page?.total).toBe(230);
    },
  },
  {
    id: 'playlists.byCurator',
    args: ['spotify', CURATOR, { sortBy: 'name', sortOrder: 'asc', limit: 10 }],
    expect: { method: 'GET', path: `/api/v2.20/playlist/by-curator/spotify/${CURATOR}`, query: 'sortBy=name&sortOrder=asc&limit=10' },
    check: (r) => {
      const p = first<Playlists['byCurator']>(r);
      expect(p.data.related).toEqual({ name: 'Hugo Okafor', identifier: CURATOR });
      expect(p.data.page?.total).toBe(21);
      const names = p.items.map((i) => i.name!.toLowerCase());
      expect(names).toEqual([...names].sort());
    },
  },
  {
    id: 'playlists.byType',
    args: ['spotify', 'editorial', { sortBy: 'audience', sortOrder: 'desc', limit: 5 }],
    expect: { method: 'GET', path: '/api/v2.20/playlist/by-type/spotify/editorial', query: 'sortBy=audience&sortOrder=desc&limit=5' },
    check: (r) => {
      const p = first<Playlists['byType']>(r);
      expect(p.items[0]?.uuid).toBe(TOP_HITS);
      expect(p.items.every((i) => i.type === 'Editorial')).toBe(true);
      expect(p.data.page?.total).toBe(90);
    },
  },
  {
    // countryCode is optional on by-curator too (reference/soundcharts.md §2): Apple Music's own playlists, every storefront.
    id: 'playlists.byCurator',
    args: ['apple-music', 'apple-music', {}],
    expect: { method: 'GET', path: '/api/v2.20/playlist/by-curator/apple-music/apple-music' },
    check: (r) => {
      const p = first<Playlists['byCurator']>(r);
      expect(p.data.related).toEqual({ name: 'Apple Music', identifier: 'apple-music' });
      expect(p.items.length).toBeGreaterThan(1);
      expect(new Set(p.items.map((i) => i.platform))).toEqual(new Set(['apple-music']));
    },
  },
  {
    // countryCode is optional on by-type (reference/soundcharts.md §2): apple-music lists every storefront without it.
    id: 'playlists.byType',
    args: ['apple-music', 'major', {}],
    expect: { method: 'GET', path: '/api/v2.20/playlist/by-type/apple-music/major' },
    check: (r) => {
      const p = first<Playlists['byType']>(r);
      expect(p.items.length).toBeGreaterThan(0);
      expect(new Set(p.items.map((i) => i.platform))).toEqual(new Set(['apple-music']));
      expect(new Set(p.items.map((i) => i.countryCode)).size).toBeGreaterThan(1);
    },
  },
  {
    id: 'playlists.audience',
    args: [TOP_HITS, JAN],
    expect: { method: 'GET', path: `/api/v2.20/playlist/${TOP_HITS}/audience`, query: JAN_Q },
    check: (r) => {
      const p = first<Playlists['audience']>(r);
      expect(p.items).toHaveLength(10);
      expect(p.items[0]?.date).toBe('2025-01-10T00:00:00+00:00');
      expect((p.data.related as { uuid?: string }).uuid).toBe(TOP_HITS);
    },
  },
  {
    id: 'playlists.tracksLatest',
    args: [TOP_HITS, { limit: 20 }],
    expect: { method: 'GET', path: `/api/v2.20/playlist/${TOP_HITS}/tracks/latest`, query: 'limit=20' },
    check: (r) => {
      const p = first<Playlists['tracksLatest']>(r);
      expect(p.items).toHaveLength(20);
      expect(p.items[0]).toMatchObject({ position: 1, song: { uuid: BAD_GUY } });
      expect(p.data.page?.total).toBe(50);
      expect(p.data.related?.playlist?.uuid).toBe(TOP_HITS);
    },
  },
  {
    id: 'playlists.availableTracklistings',
    args: [TOP_HITS, { endDate: '2025-01-31', period: 7 }],
    expect: { method: 'GET', path: `/api/v2.20/playlist/${TOP_HITS}/available-tracklistings`, query: 'endDate=2025-01-31&period=7' },
    check: (r) => {
      const p = first<Playlists['availableTracklistings']>(r);
      expect(p.items).toHaveLength(7);
      expect(p.items[0]).toBe('2025-01-31T04:10:01+00:00');
      expect(p.items[6]).toBe('2025-01-25T04:10:01+00:00');
    },
  },
  {
    id: 'playlists.tracks',
    args: [TOP_HITS, '2025-01-31T04:10:01+00:00'],
    expect: { method: 'GET', path: `/api/v2.20/playlist/${TOP_HITS}/tracks/2025-01-31T04%3A10%3A01%2B00%3A00` },
    check: (r) => {
      const p = first<Playlists['tracks']>(r);
      expect(p.items).toHaveLength(50);
      expect(p.data.related?.date).toBe('2025-01-31T04:10:01+00:00');
    },
  },
];
