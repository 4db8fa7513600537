/**
 * Wire cases of Soundcharts `referential`: the reference lists (`/api/v2/referential/...`, and the
 * platform, genre, country and city lists under `/api/v2/chart/`, `/playlist/`, `/radio/`,
 * `/artist/genres`, `/top-artist/`).
 * Definitions: src/soundcharts/catalog/referential.ts.
 * Reference: ../shared/reference/soundcharts.md §2.3 "Referential".
 * Sandbox fake: src/testing/soundcharts/referential.ts, data in artist-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { first } from './helpers.js';

type R = SoundchartsCatalog['referential'];

export const cases: WireCase[] = [
  {
    id: 'referential.platforms',
    args: [{ offset: 0, limit: 100 }],
    expect: { method: 'GET', path: '/api/v2/referential/platforms', query: 'offset=0&limit=100' },
    check: (r) => expect(first<R['platforms']>(r).items.map((p) => p.code)).toContain('spotify'),
  },
  {
    id: 'referential.platformsSocial',
    args: [],
    expect: { method: 'GET', path: '/api/v2/referential/platforms/social' },
    check: (r) => expect(first<R['platformsSocial']>(r).items.map((p) => p.code)).toContain('instagram'),
  },
  {
    id: 'referential.platformsStreaming',
    args: [],
    expect: { method: 'GET', path: '/api/v2/referential/platforms/streaming' },
    check: (r) => expect(first<R['platformsStreaming']>(r).items.map((p) => p.code)).toContain('spotify'),
  },
  {
    id: 'referential.songChartPlatforms',
    args: [],
    expect: { method: 'GET', path: '/api/v2/chart/song/platforms' },
    check: (r) => expect(first<R['songChartPlatforms']>(r).items.map((p) => p.code)).toContain('airplay'),
  },
  {
    id: 'referential.albumChartPlatforms',
    args: [{ limit: 10 }],
    expect: { method: 'GET', path: '/api/v2/chart/album/platforms', query: 'limit=10' },
    check: (r) => expect(first<R['albumChartPlatforms']>(r).items.length).toBeGreaterThan(0),
  },
  {
    id: 'referential.playlistPlatforms',
    args: [],
    expect: { method: 'GET', path: '/api/v2/playlist/platforms' },
    check: (r) => expect(first<R['playlistPlatforms']>(r).items[0]).toHaveProperty('name'),
  },
  {
    id: 'referential.radioCountries',
    args: [],
    expect: { method: 'GET', path: '/api/v2/radio/countries' },
    check: (r) => expect(first<R['radioCountries']>(r).items).toContainEqual({ countryCode: 'US', name: 'United States' }),
  },
  {
    id: 'referential.artistGenres',
    args: [{ genre: 'pop', sortOrder: 'asc' }],
    expect: { method: 'GET', path: '/api/v2/artist/genres', query: 'genre=pop&sortOrder=asc' },
    check: (r) => expect(first<R['artistGenres']>(r).items[0]?.root).toBe('pop'),
  },
  {
    id: 'referential.songGenres',
    args: [{ sortOrder: 'desc' }],
    expect: { method: 'GET', path: '/api/v2/referential/song/genres', query: 'sortOrder=desc' },
    check: (r) => expect(first<R['songGenres']>(r).items.length).toBeGreaterThan(1),
  },
  {
    id: 'referential.artistRankingCities',
    args: ['US', { searchCity: 'new york' }],
    expect: { method: 'GET', path: '/api/v2/top-artist/referential/cities/US', query: 'searchCity=new%20york' },
    check: (r) => expect(first<R['artistRankingCities']>(r).items[0]?.cityName).toBe('New York'),
  },
  {
    id: 'referential.artistRankingMetrics',
    args: [],
    expect: { method: 'GET', path: '/api/v2/top-artist/referential/metrics' },
    check: (r) => expect(first<R['artistRankingMetrics']>(r).items).toContainEqual(expect.objectContaining({ platform: 'soundcharts', metricType: 'score' })),
  },
  {
    id: 'referential.venueCities',
    args: ['FR', { offset: 1, limit: 1 }],
    expect: { method: 'GET', path: '/api/v2/referential/venue/cities/FR', query: 'offset=1&limit=1' },
    check: (r) => expect(first<R['venueCities']>(r).items).toHaveLength(1),
  },
  {
    id: 'referential.labelTypes',
    args: [],
    expect: { method: 'GET', path: '/api/v2/referential/label-types' },
    check: (r) => expect(first<R['labelTypes']>(r).items.map((t) => t.code)).toContain('major'),
  },
  {
    id: 'referential.distributors',
    args: [{ limit: 5 }],
    expect: { method: 'GET', path: '/api/v2/referential/distributors', query: 'limit=5' },
    check: (r) => expect(first<R['distributors']>(r).items).toHaveLength(5),
  },
  {
    id: 'referential.lyricsAttributes',
    args: [{ attribute: 'brands', term: 'gu' }],
    expect: { method: 'GET', path: '/api/v2/referential/lyrics-attributes', query: 'attribute=brands&term=gu' },
    check: (r) => expect(first<R['lyricsAttributes']>(r).items).toEqual(['Gucci']),
  },
];
