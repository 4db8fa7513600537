/**
 * Wire cases of Soundcharts `albums`: `/api/v2.x/album/...`.
 * Definitions: src/soundcharts/catalog/albums.ts.
 * Reference: ../shared/reference/soundcharts.md §2.6 "Album".
 * Sandbox fake: src/testing/soundcharts/albums.ts, data in music-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { ALBUM, as, BAD_GUY, BILLIE, FINNEAS, first, JAN, JAN_Q } from './helpers.js';

type Albums = SoundchartsCatalog['albums'];

const ALBUM_SPOTIFY = 'XRQFuGqe7TGkDuadxBGda3';
const ALBUM_UPC = '00602577427666';

export const cases: WireCase[] = [
  {
    id: 'albums.get',
    args: [ALBUM],
    expect: { method: 'GET', path: `/api/v2.51/album/by-uuid/${ALBUM}` },
    check: (r) => {
      const a = as<Albums['get']>(r);
      expect(a.name).toBe('WHEN WE ALL FALL ASLEEP, WHERE DO WE GO?');
      expect(a.totalTracks).toBe(14);
      expect(a.upc).toBe(ALBUM_UPC);
      expect(a.artists?.[0]?.uuid).toBe(BILLIE);
      expect(a.labels?.[0]?.name).toBe('Darkroom/Interscope Records');
    },
  },
  {
    id: 'albums.byUpc',
    args: [ALBUM_UPC],
    expect: { method: 'GET', path: `/api/v2.51/album/by-upc/${ALBUM_UPC}` },
    check: (r) => expect(as<Albums['byUpc']>(r).uuid).toBe(ALBUM),
  },
  {
    id: 'albums.byPlatform',
    args: ['spotify', ALBUM_SPOTIFY],
    expect: { method: 'GET', path: `/api/v2.51/album/by-platform/spotify/${ALBUM_SPOTIFY}` },
    check: (r) => expect(as<Albums['byPlatform']>(r).uuid).toBe(ALBUM),
  },
  {
    id: 'albums.identifiers',
    args: [ALBUM, { platform: 'spotify', limit: 10 }],
    expect: { method: 'GET', path: `/api/v2.26/album/${ALBUM}/identifiers`, query: 'platform=spotify&limit=10' },
    check: (r) => {
      const p = first<Albums['identifiers']>(r);
      expect(p.items).toHaveLength(1);
      expect(p.items[0]).toMatchObject({ platformCode: 'spotify', identifier: ALBUM_SPOTIFY, default: true });
      expect(p.data.related?.uuid).toBe(ALBUM);
    },
  },
  {
    id: 'albums.audience',
    args: [ALBUM, 'spotify', { startDate: new Date('2025-01-01T00:00:00Z'), endDate: '2025-01-10', limit: 5 }],
    expect: { method: 'GET', path: `/api/v2/album/${ALBUM}/audience/spotify`, query: `${JAN_Q}&limit=5` },
    check: (r) => {
      const p = first<Albums['audience']>(r);
      expect(p.items.map((i) => i.date)).toEqual(['2025-01-10', '2025-01-09', '2025-01-08', '2025-01-07', '2025-01-06'].map((d) => `${d}T00:00:00+00:00`));
      expect(p.data.page?.total).toBe(10);
      expect(p.data.page?.next).toBe(`/api/v2/album/${ALBUM}/audience/spotify?${JAN_Q}&offset=5&limit=5`);
      for (const i of p.items) expect(i.value).toBeGreaterThan(1_000_000_000);
    },
  },
  {
    id: 'albums.popularity',
    args: [ALBUM, 'spotify', JAN],
    expect: { method: 'GET', path: `/api/v2/album/${ALBUM}/popularity/spotify`, query: JAN_Q },
    check: (r) => {
      const p = first<Albums['popularity']>(r);
      expect(p.items).toHaveLength(10);
      for (const i of p.items) expect(i.value).toBeLessThanOrEqual(100);
    },
  },
  {
    id: 'albums.tracks',
    args: [ALBUM],
    expect: { method: 'GET', path: `/api/v2.26/album/${ALBUM}/tracks` },
    check: (r) => {
      const p = first<Albums['tracks']>(r);
      expect(p.items).toHaveLength(14);
      expect(p.items[1]).toMatchObject({ discNumber: 1, number: 2, song: { uuid: BAD_GUY, name: 'bad guy' } });
    },
  },
  {
    id: 'albums.chartsRanks',
    args: [ALBUM, 'spotify', { currentOnly: false, sortBy: 'position', sortOrder: 'asc', limit: 100 }],
    expect: { method: 'GET', path: `/api/v2.26/album/${ALBUM}/charts/ranks/spotify`, query: 'currentOnly=0&sortBy=position&sortOrder=asc&limit=100' },
    check: (r) => {
      const p = first<Albums['chartsRanks']>(r);
      expect(p.items.length).toBeGreaterThan(16);
      expect(p.items.some((i) => i.position === 0 && i.current === false)).toBe(true);
      expect(p.items.every((i) => i.chart?.platform === 'spotify')).toBe(true);
    },
  },
  {
    id: 'albums.collaborators',
    args: [ALBUM],
    expect: { method: 'GET', path: `/api/v2/album/${ALBUM}/collaborators` },
    check: (r) => {
      const p = first<Albums['collaborators']>(r);
      expect(p.items).toHaveLength(6);
      expect(p.items[0]).toMatchObject({ uuid: FINNEAS, name: 'FINNEAS' });
    },
  },
];
