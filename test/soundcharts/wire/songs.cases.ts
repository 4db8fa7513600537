/**
 * Wire cases of Soundcharts `songs`: `/api/v2.x/song/...`.
 * Definitions: src/soundcharts/catalog/songs.ts.
 * Reference: ../shared/reference/soundcharts.md §2.5 "Song".
 * Sandbox fake: src/testing/soundcharts/songs.ts, data in artist-data.ts.
 * The write (`sourcesAdd`) answer 405 with the public legacy sandbox keys, as the real sandbox
 * does: run them with the sandbox OAuth client credentials.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, BAD_GUY, BILLIE, first, JAN, JAN_Q } from './helpers.js';

type S = SoundchartsCatalog['songs'];

export const cases: WireCase[] = [
  {
    id: 'songs.get',
    args: [BAD_GUY],
    expect: { method: 'GET', path: `/api/v2.25/song/${BAD_GUY}` },
    check: (r) => {
      const s = as<S['get']>(r);
      expect(s.name).toBe('bad guy');
      expect(s.isrc).toEqual({ value: 'USUM71900764', countryCode: 'US', countryName: 'United States' });
      expect(s.artists?.[0]?.uuid).toBe(BILLIE);
    },
  },
  {
    id: 'songs.getMany',
    args: [BAD_GUY],
    expect: { method: 'GET', path: `/api/v2.25/song/${BAD_GUY}` },
    // A batch of one answers like `get`: normalized to { items: [song] }.
    check: (r) => expect(as<S['getMany']>(r).items.map((s) => s.name)).toEqual(['bad guy']),
  },
  {
    id: 'songs.byIsrc',
    args: ['USUM71900764'],
    expect: { method: 'GET', path: '/api/v2.25/song/by-isrc/USUM71900764' },
    check: (r) => expect(as<S['byIsrc']>(r).uuid).toBe(BAD_GUY),
  },
  {
    id: 'songs.byPlatform',
    args: ['spotify', '2Fxmhks0bxGSBdJ92vM42m'],
    expect: { method: 'GET', path: '/api/v2.25/song/by-platform/spotify/2Fxmhks0bxGSBdJ92vM42m' },
    check: (r) => expect(as<S['byPlatform']>(r).uuid).toBe(BAD_GUY),
  },
  {
    id: 'songs.lyricsAnalysis',
    args: [BAD_GUY],
    expect: { method: 'GET', path: `/api/v2/song/${BAD_GUY}/lyrics-analysis` },
    check: (r) => expect(as<S['lyricsAnalysis']>(r).lyricsAnalysis?.narrativeStyle).toBeTypeOf('string'),
  },
  {
    id: 'songs.identifiers',
    args: [BAD_GUY, { platform: 'isrc', onlyDefault: false }],
    expect: { method: 'GET', path: `/api/v2/song/${BAD_GUY}/identifiers`, query: 'platform=isrc&onlyDefault=false' },
    check: (r) => expect(first<S['identifiers']>(r).items[0]?.identifier).toBe('USUM71900764'),
  },
  {
    id: 'songs.albums',
    args: [BAD_GUY, { type: 'all', sortBy: 'title', sortOrder: 'asc' }],
    expect: { method: 'GET', path: `/api/v2/song/${BAD_GUY}/albums`, query: 'type=all&sortBy=title&sortOrder=asc' },
    check: (r) => expect(first<S['albums']>(r).items.map((a) => a.name)).toContain('WHEN WE ALL FALL ASLEEP, WHERE DO WE GO?'),
  },
  {
    id: 'songs.soundchartsScore',
    args: [BAD_GUY, JAN],
    expect: { method: 'GET', path: `/api/v2/song/${BAD_GUY}/soundcharts/score`, query: JAN_Q },
    check: (r) => expect(first<S['soundchartsScore']>(r).items[0]?.fanbaseScore).toBeGreaterThan(0),
  },
  {
    id: 'songs.currentStats',
    args: [BAD_GUY, { period: 7 }],
    expect: { method: 'GET', path: `/api/v2/song/${BAD_GUY}/current/stats`, query: 'period=7' },
    check: (r) => expect(as<S['currentStats']>(r).streaming?.map((x) => x.platform)).toEqual(['spotify', 'youtube']),
  },
  {
    id: 'songs.audience',
    args: [BAD_GUY, 'spotify', { ...JAN, identifier: 'abc' }],
    expect: { method: 'GET', path: `/api/v2/song/${BAD_GUY}/audience/spotify`, query: `${JAN_Q}&identifier=abc` },
    check: (r) => expect(first<S['audience']>(r).items.every((p) => p.plots?.length === 0)).toBe(true),
  },
  {
    id: 'songs.streaming',
    args: [BAD_GUY, 'youtube', { startDate: '2024-10-01', endDate: '2024-12-31' }],
    expect: { method: 'GET', path: `/api/v2/song/${BAD_GUY}/streaming/youtube`, query: 'startDate=2024-10-01&endDate=2024-12-31' },
    check: (r) => expect(first<S['streaming']>(r).items).toHaveLength(3),
  },
  {
    id: 'songs.popularity',
    args: [BAD_GUY, 'deezer', JAN],
    expect: { method: 'GET', path: `/api/v2/song/${BAD_GUY}/popularity/deezer`, query: JAN_Q },
    check: (r) => expect(first<S['popularity']>(r).items).toHaveLength(10),
  },
  {
    id: 'songs.chartsRanks',
    args: [BAD_GUY, 'spotify', { currentOnly: false, sortBy: 'rankDate', sortOrder: 'desc', offset: 0, limit: 50 }],
    expect: { method: 'GET', path: `/api/v2/song/${BAD_GUY}/charts/ranks/spotify`, query: 'currentOnly=0&sortBy=rankDate&sortOrder=desc&offset=0&limit=50' },
    check: (r) => expect(first<S['chartsRanks']>(r).items.every((e) => e.song?.uuid === BAD_GUY)).toBe(true),
  },
  {
    id: 'songs.playlistCurrent',
    args: [BAD_GUY, 'spotify', { type: 'all', sortBy: 'position', sortOrder: 'asc' }],
    expect: { method: 'GET', path: `/api/v2.20/song/${BAD_GUY}/playlist/current/spotify`, query: 'type=all&sortBy=position&sortOrder=asc' },
    check: (r) => expect(first<S['playlistCurrent']>(r).items.every((e) => e.song?.uuid === BAD_GUY)).toBe(true),
  },
  {
    id: 'songs.playlistReach',
    args: [BAD_GUY, 'spotify', JAN],
    expect: { method: 'GET', path: `/api/v2/song/${BAD_GUY}/playlist/reach/spotify`, query: JAN_Q },
    check: (r) => expect(first<S['playlistReach']>(r).items[0]?.playlistReach).toBeGreaterThan(0),
  },
  {
    id: 'songs.broadcasts',
    args: [BAD_GUY, JAN],
    expect: { method: 'GET', path: `/api/v2/song/${BAD_GUY}/broadcasts`, query: JAN_Q },
    check: (r) => expect(first<S['broadcasts']>(r).items.every((sp) => sp.song?.uuid === BAD_GUY && sp.airedAt.startsWith('2025-01'))).toBe(true),
  },
  {
    id: 'songs.broadcastGroups',
    args: [BAD_GUY, { ...JAN, countryCode: 'FR' }],
    expect: { method: 'GET', path: `/api/v2/song/${BAD_GUY}/broadcast-groups`, query: `${JAN_Q}&countryCode=FR` },
    check: (r) => expect(first<S['broadcastGroups']>(r).items.every((g) => g.countryCode === 'FR')).toBe(true),
  },
  {
    id: 'songs.related',
    args: [BAD_GUY],
    expect: { method: 'GET', path: `/api/v2/song/${BAD_GUY}/related` },
    check: (r) => expect(first<S['related']>(r).items.every((s) => s.uuid !== BAD_GUY)).toBe(true),
  },
  {
    id: 'songs.sourcesAdd',
    args: [BAD_GUY, { urls: ['https://open.spotify.com/track/2Fxmhks0bxGSBdJ92vM42m'] }],
    expect: { method: 'POST', path: `/api/v2/song/${BAD_GUY}/sources/add`, body: { urls: ['https://open.spotify.com/track/2Fxmhks0bxGSBdJ92vM42m'] } },
    check: (r) => expect(as<S['sourcesAdd']>(r).name).toBe('bad guy'),
  },
];
