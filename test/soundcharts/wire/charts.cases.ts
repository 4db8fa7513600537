/**
 * Wire cases of Soundcharts `charts`: `/api/v2.x/chart/...` (chart platform lists are in
 * referential.cases.ts).
 * Definitions: src/soundcharts/catalog/charts.ts.
 * Reference: ../shared/reference/soundcharts.md §2.7 "Charts".
 * Sandbox fake: src/testing/soundcharts/charts.ts, data in music-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { first } from './helpers.js';

type Charts = SoundchartsCatalog['charts'];

const GLOBAL = 'spotify-top-global-daily';
const FRIDAY = '2025-01-03T00:00:00+00:00';
const FRIDAY_PATH = '2025-01-03T00%3A00%3A00%2B00%3A00';
const isAtom = (s: unknown) => expect(s).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);

export const cases: WireCase[] = [
  {
    id: 'charts.songByPlatform',
    args: ['spotify', { countryCode: 'FR' }],
    expect: { method: 'GET', path: '/api/v2/chart/song/by-platform/spotify', query: 'countryCode=FR' },
    check: (r) => {
      const p = first<Charts['songByPlatform']>(r);
      expect(p.items.map((c) => c.slug)).toEqual(['spotify-top-fr-daily', 'spotify-viral-fr-daily']);
      expect(p.items[0]).toMatchObject({ countryCode: 'FR', frequency: 'daily', maxResultsCount: 200 });
    },
  },
  {
    id: 'charts.songRankingLatest',
    args: [GLOBAL, { limit: 100 }],
    expect: { method: 'GET', path: `/api/v2.14/chart/song/${GLOBAL}/ranking/latest`, query: 'limit=100' },
    check: (r) => {
      const p = first<Charts['songRankingLatest']>(r);
      expect(p.items.map((i) => i.position)).toEqual(Array.from({ length: 100 }, (_, k) => k + 1));
      expect(p.data.page?.total).toBe(200);
      expect(p.data.page?.next).toBe(`/api/v2.14/chart/song/${GLOBAL}/ranking/latest?offset=100&limit=100`);
      expect(p.data.related?.chart?.metric?.type).toBe('streams');
      isAtom(p.data.related?.date);
    },
  },
  {
    id: 'charts.songAvailableRankings',
    args: [GLOBAL, { limit: 3 }],
    expect: { method: 'GET', path: `/api/v2/chart/song/${GLOBAL}/available-rankings`, query: 'limit=3' },
    check: (r) => {
      const p = first<Charts['songAvailableRankings']>(r);
      expect(p.items).toHaveLength(3);
      p.items.forEach(isAtom);
      expect(p.items[0]! > p.items[1]!).toBe(true);
      expect(p.data.page?.total).toBeGreaterThan(3000);
    },
  },
  {
    id: 'charts.songRanking',
    args: [GLOBAL, FRIDAY, { offset: 100, limit: 100 }],
    expect: { method: 'GET', path: `/api/v2.14/chart/song/${GLOBAL}/ranking/${FRIDAY_PATH}`, query: 'offset=100&limit=100' },
    check: (r) => {
      const p = first<Charts['songRanking']>(r);
      expect(p.items[0]?.position).toBe(101);
      expect(p.items.at(-1)?.position).toBe(200);
      expect(p.data.page?.next).toBeNull();
      expect(p.data.related?.date).toBe(FRIDAY);
      for (const i of p.items) expect(i.rankDate).toBe(FRIDAY);
    },
  },
  {
    id: 'charts.albumByPlatform',
    args: ['billboard', { limit: 10 }],
    expect: { method: 'GET', path: '/api/v2/chart/album/by-platform/billboard', query: 'limit=10' },
    check: (r) => {
      const p = first<Charts['albumByPlatform']>(r);
      expect(p.items).toHaveLength(10);
      expect(p.items[0]).toMatchObject({ slug: 'billboard-albums-global-weekly', frequency: 'weekly', countryCode: null });
      expect(p.data.page?.total).toBe(16);
    },
  },
  {
    id: 'charts.albumRankingLatest',
    args: ['spotify-albums-us-daily', { limit: 10 }],
    expect: { method: 'GET', path: '/api/v2.26/chart/album/spotify-albums-us-daily/ranking/latest', query: 'limit=10' },
    check: (r) => {
      const p = first<Charts['albumRankingLatest']>(r);
      expect(p.items).toHaveLength(10);
      expect(p.items[0]?.position).toBe(1);
      expect(p.items[0]?.album?.uuid).toMatch(/^[0-9a-f-]{36}$/);
      expect(p.data.related?.chart?.slug).toBe('spotify-albums-us-daily');
    },
  },
  {
    id: 'charts.albumAvailableRankings',
    args: ['billboard-albums-global-weekly', { limit: 5 }],
    expect: { method: 'GET', path: '/api/v2/chart/album/billboard-albums-global-weekly/available-rankings', query: 'limit=5' },
    check: (r) => {
      const p = first<Charts['albumAvailableRankings']>(r);
      expect(p.items).toHaveLength(5);
      for (const d of p.items) expect(new Date(d).getUTCDay()).toBe(5);
    },
  },
  {
    id: 'charts.albumRanking',
    args: ['billboard-albums-global-weekly', new Date('2025-01-03T00:00:00Z'), { limit: 50 }],
    expect: { method: 'GET', path: `/api/v2.26/chart/album/billboard-albums-global-weekly/ranking/${FRIDAY_PATH}`, query: 'limit=50' },
    check: (r) => {
      const p = first<Charts['albumRanking']>(r);
      expect(p.items).toHaveLength(41); // the whole album pool fits in a 100-position chart
      expect(p.items[0]?.timeOnChartUnit).toBe('week');
      expect(p.data.related?.date).toBe(FRIDAY);
    },
  },
  {
    id: 'charts.tiktokMusicWeeklyRankingLatest',
    args: [{ limit: 20 }],
    expect: { method: 'GET', path: '/api/v2/chart/tiktok/music/weekly/ranking/latest', query: 'limit=20' },
    check: (r) => {
      const p = first<Charts['tiktokMusicWeeklyRankingLatest']>(r);
      expect(p.items).toHaveLength(20);
      expect(p.items[0]?.position).toBe(1);
      expect(p.items[0]?.music?.url).toMatch(/^https:\/\/www\.tiktok\.com\/music\//);
      expect(p.data.page?.total).toBe(100);
    },
  },
  {
    id: 'charts.tiktokMusicWeeklyAvailableRankings',
    args: [{ limit: 2 }],
    expect: { method: 'GET', path: '/api/v2/chart/tiktok/music/weekly/available-rankings', query: 'limit=2' },
    check: (r) => {
      const p = first<Charts['tiktokMusicWeeklyAvailableRankings']>(r);
      expect(p.items).toHaveLength(2);
      expect(Date.parse(p.items[0]!) - Date.parse(p.items[1]!)).toBe(7 * 86_400_000);
    },
  },
  {
    id: 'charts.tiktokMusicWeeklyRanking',
    args: [FRIDAY],
    expect: { method: 'GET', path: `/api/v2/chart/tiktok/music/weekly/ranking/${FRIDAY_PATH}` },
    check: (r) => {
      const p = first<Charts['tiktokMusicWeeklyRanking']>(r);
      expect(p.items).toHaveLength(100);
      expect(p.items[0]?.value).toBeGreaterThan(p.items[99]!.value!);
      expect(p.data.related?.date).toBe(FRIDAY);
    },
  },
];
