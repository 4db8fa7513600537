/**
 * Wire cases of Soundcharts `artists`: `/api/v2.x/artist/...`.
 * Definitions: src/soundcharts/catalog/artists.ts.
 * Reference: ../shared/reference/soundcharts.md §2.4 "Artist".
 * Sandbox fake: src/testing/soundcharts/artists.ts, data in artist-data.ts and artist-activity.ts.
 * The writes (`sourcesAdd`, `unlockAudienceReport`) answer 405 with the public legacy sandbox keys,
 * as the real sandbox does: run them with the sandbox OAuth client credentials.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, BILLIE, BILLIE_SPOTIFY, first, JAN, JAN_Q } from './helpers.js';

type A = SoundchartsCatalog['artists'];

export const cases: WireCase[] = [
  {
    id: 'artists.get',
    args: [BILLIE],
    expect: { method: 'GET', path: `/api/v2.9/artist/${BILLIE}` },
    check: (r) => {
      const a = as<A['get']>(r);
      expect(a.name).toBe('Billie Eilish');
      expect(a.countryCode).toBe('US');
      expect(a.genres).toContain('pop');
    },
  },
  {
    id: 'artists.getMany',
    args: [`${BILLIE},00000000-0000-4000-8000-000000000000`],
    expect: { method: 'GET', path: `/api/v2.9/artist/${BILLIE},00000000-0000-4000-8000-000000000000` },
    check: (r) => expect(as<A['getMany']>(r).items.map((a) => a.uuid)).toEqual([BILLIE]),
  },
  {
    id: 'artists.byPlatform',
    args: ['spotify', BILLIE_SPOTIFY],
    expect: { method: 'GET', path: `/api/v2.9/artist/by-platform/spotify/${BILLIE_SPOTIFY}` },
    check: (r) => expect(as<A['byPlatform']>(r).uuid).toBe(BILLIE),
  },
  {
    id: 'artists.identifiers',
    args: [BILLIE, { platform: 'spotify', onlyDefault: true }],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/identifiers`, query: 'platform=spotify&onlyDefault=true' },
    check: (r) => expect(first<A['identifiers']>(r).items).toEqual([expect.objectContaining({ platformCode: 'spotify', identifier: BILLIE_SPOTIFY, default: true })]),
  },
  {
    id: 'artists.songs',
    args: [BILLIE, { sortBy: 'releaseDate', sortOrder: 'desc' }],
    expect: { method: 'GET', path: `/api/v2.21/artist/${BILLIE}/songs`, query: 'sortBy=releaseDate&sortOrder=desc' },
    check: (r) => {
      const p = first<A['songs']>(r);
      expect(p.items).toHaveLength(100);
      expect((p.related as { name: string }).name).toBe('Billie Eilish');
      expect(p.data.page?.total).toBe(250);
      expect(p.data.page?.next).toBe(`/api/v2.21/artist/${BILLIE}/songs?sortBy=releaseDate&sortOrder=desc&offset=100&limit=100`);
    },
  },
  {
    id: 'artists.songs',
    args: [BILLIE, { mainPerformer: 1, offset: 200, limit: 100, sortBy: 'name', sortOrder: 'asc' }],
    expect: { method: 'GET', path: `/api/v2.21/artist/${BILLIE}/songs`, query: 'mainPerformer=1&offset=200&limit=100&sortBy=name&sortOrder=asc' },
    check: (r) => expect(first<A['songs']>(r).data.page?.next).toBeNull(),
  },
  {
    id: 'artists.albums',
    args: [BILLIE, { type: 'album', sortBy: 'releaseDate', sortOrder: 'asc', limit: 50 }],
    expect: { method: 'GET', path: `/api/v2.34/artist/${BILLIE}/albums`, query: 'type=album&sortBy=releaseDate&sortOrder=asc&limit=50' },
    check: (r) => expect(first<A['albums']>(r).items.every((al) => al.type === 'album')).toBe(true),
  },
  {
    id: 'artists.related',
    args: [BILLIE, { limit: 40 }],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/related`, query: 'limit=40' },
    check: (r) => expect(first<A['related']>(r).items.length).toBeGreaterThan(2),
  },
  {
    id: 'artists.currentStats',
    args: [BILLIE, { period: 30 }],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/current/stats`, query: 'period=30' },
    check: (r) => {
      const s = as<A['currentStats']>(r);
      expect(s.social?.map((x) => x.platform)).toContain('instagram');
      expect(s.score?.[0]?.value).toBeGreaterThan(0);
    },
  },
  {
    id: 'artists.soundchartsScore',
    args: [BILLIE, { startDate: new Date('2025-01-01T00:00:00Z'), endDate: '2025-01-10' }],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/soundcharts/score`, query: JAN_Q },
    check: (r) => expect(first<A['soundchartsScore']>(r).items).toHaveLength(10),
  },
  {
    id: 'artists.audience',
    args: [BILLIE, 'instagram', JAN],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/audience/instagram`, query: JAN_Q },
    check: (r) => {
      const p = first<A['audience']>(r);
      expect(p.items).toHaveLength(10);
      expect(p.items[0]?.followerCount).toBeGreaterThan(0);
      expect(p.data.related?.platform).toBe('instagram');
    },
  },
  {
    id: 'artists.socialFollowers',
    args: [BILLIE, 'tiktok', { startDate: '2024-07-01', endDate: '2024-12-31' }],
    expect: { method: 'GET', path: `/api/v2.37/artist/${BILLIE}/social/tiktok/followers/`, query: 'startDate=2024-07-01&endDate=2024-12-31' },
    check: (r) => {
      const p = first<A['socialFollowers']>(r);
      expect(p.items).toHaveLength(6);
      expect(p.items[0]?.countryPlots?.length).toBeGreaterThan(0);
    },
  },
  {
    id: 'artists.streamingListening',
    args: [BILLIE, 'spotify', JAN],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/streaming/spotify/listening`, query: JAN_Q },
    check: (r) => expect(first<A['streamingListening']>(r).items[0]?.value).toBeGreaterThan(1_000_000),
  },
  {
    id: 'artists.streaming',
    args: [BILLIE, 'youtube', { startDate: '2024-10-01', endDate: '2024-12-31' }],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/streaming/youtube`, query: 'startDate=2024-10-01&endDate=2024-12-31' },
    check: (r) => expect(first<A['streaming']>(r).items).toHaveLength(3),
  },
  {
    id: 'artists.retention',
    args: [BILLIE, 'spotify', { ...JAN, limit: 5 }],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/spotify/retention`, query: `${JAN_Q}&limit=5` },
    check: (r) => expect(first<A['retention']>(r).items).toHaveLength(5),
  },
  {
    id: 'artists.popularity',
    args: [BILLIE, 'spotify', JAN],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/popularity/spotify`, query: JAN_Q },
    check: (r) => expect(first<A['popularity']>(r).items.every((x) => (x.value ?? 0) <= 100)).toBe(true),
  },
  {
    id: 'artists.audienceReportLatest',
    args: [BILLIE, 'instagram'],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/audience/instagram/report/latest` },
    check: (r) => expect(as<A['audienceReportLatest']>(r).audience?.audienceFollower?.genders?.length).toBe(2),
  },
  {
    id: 'artists.audienceReportAvailableDates',
    args: [BILLIE, 'youtube', { startDate: '2024-01-01', endDate: '2024-12-31' }],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/audience/youtube/report/available-dates`, query: 'startDate=2024-01-01&endDate=2024-12-31' },
    check: (r) => expect(first<A['audienceReportAvailableDates']>(r).items).toContain('2024-06-01T00:00:00+00:00'),
  },
  {
    id: 'artists.audienceReport',
    args: [BILLIE, 'instagram', '2024-06-01T00:00:00+00:00'],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/audience/instagram/report/2024-06-01T00%3A00%3A00%2B00%3A00` },
    check: (r) => expect(as<A['audienceReport']>(r).top?.hashtags?.[0]?.code).toBe('billieeilish'),
  },
  {
    id: 'artists.audienceReport',
    args: [BILLIE, 'tiktok', new Date('2024-07-01T00:00:00Z')],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/audience/tiktok/report/2024-07-01T00%3A00%3A00%2B00%3A00` },
  },
  {
    id: 'artists.unlockAudienceReport',
    args: [BILLIE, 'youtube'],
    expect: { method: 'POST', path: `/api/v2/artist/${BILLIE}/audience/youtube/report` },
    check: (r) => expect(as<A['unlockAudienceReport']>(r).audience?.stats).toBeTruthy(),
  },
  {
    id: 'artists.shortsVideos',
    args: [BILLIE, 'youtube', { limit: 10 }],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/shorts/youtube/videos`, query: 'limit=10' },
    check: (r) => expect(first<A['shortsVideos']>(r).items[0]?.url).toMatch(/^https:\/\/www\.youtube\.com\/shorts\//),
  },
  {
    id: 'artists.shortsAudience',
    // A Billie Eilish short (identifier listed by `shortsVideos`), published a week before the sandbox day.
    args: ['ytobfqka', { limit: 100 }],
    expect: { method: 'GET', path: '/api/v2/artist/shorts/ytobfqka/audience', query: 'limit=100' },
    check: (r) => expect(first<A['shortsAudience']>(r).items[0]?.viewCount).toBeGreaterThan(0),
  },
  {
    id: 'artists.chartsSongRanks',
    args: [BILLIE, 'spotify', { currentOnly: true, sortBy: 'position', sortOrder: 'asc' }],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/charts/song/ranks/spotify`, query: 'currentOnly=1&sortBy=position&sortOrder=asc' },
    check: (r) => {
      const items = first<A['chartsSongRanks']>(r).items;
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((e) => (e.position ?? 0) > 0 && e.current === true)).toBe(true);
    },
  },
  {
    id: 'artists.chartsAlbumRanks',
    args: [BILLIE, 'apple-music', { currentOnly: 0 }],
    expect: { method: 'GET', path: `/api/v2.28/artist/${BILLIE}/charts/album/ranks/apple-music`, query: 'currentOnly=0' },
    check: (r) => expect(first<A['chartsAlbumRanks']>(r).items.every((e) => e.album?.uuid)).toBe(true),
  },
  {
    id: 'artists.playlistCurrent',
    args: [BILLIE, 'spotify', { type: 'editorial', countryCode: 'US', playlistUuids: ['c280f5ee-01fd-b879-ff11-65a4a7256216', 'c280f5ee-01fd-b879-ff11-65a4a7256217'], sortBy: 'entryDate', sortOrder: 'desc' }],
    expect: {
      method: 'GET',
      path: `/api/v2.20/artist/${BILLIE}/playlist/current/spotify`,
      query: 'type=editorial&countryCode=US&playlistUuids=c280f5ee-01fd-b879-ff11-65a4a7256216,c280f5ee-01fd-b879-ff11-65a4a7256217&sortBy=entryDate&sortOrder=desc',
    },
  },
  {
    id: 'artists.playlistCurrent',
    args: [BILLIE, 'spotify', { currentOnly: 1, limit: 10 }],
    expect: { method: 'GET', path: `/api/v2.20/artist/${BILLIE}/playlist/current/spotify`, query: 'currentOnly=1&limit=10' },
    check: (r) => {
      const p = first<A['playlistCurrent']>(r);
      expect(p.items).toHaveLength(10);
      expect(p.items.every((e) => e.exitDate === null)).toBe(true);
    },
  },
  {
    id: 'artists.playlistReach',
    args: [BILLIE, 'apple-music', { type: 'editorial', ...JAN }],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/playlist/reach/apple-music`, query: `type=editorial&${JAN_Q}` },
    // Reach is only computed on spotify, youtube, deezer, jiosaavn and boomplay.
    check: (r) => expect(first<A['playlistReach']>(r).items.every((x) => x.playlistReach === null && (x.playlistCount ?? 0) > 0)).toBe(true),
  },
  {
    id: 'artists.broadcasts',
    args: [BILLIE, { countryCode: 'US', ...JAN }],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/broadcasts`, query: `countryCode=US&${JAN_Q}` },
    check: (r) => expect(first<A['broadcasts']>(r).items.every((sp) => sp.radio?.countryCode === 'US')).toBe(true),
  },
  {
    id: 'artists.broadcastGroups',
    args: [BILLIE, { radioSlugs: ['neon-fm-us-0', 'broken-radio-gb-1'], ...JAN }],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/broadcast-groups`, query: `radioSlugs=neon-fm-us-0,broken-radio-gb-1&${JAN_Q}` },
    check: (r) => expect(first<A['broadcastGroups']>(r).items.every((g) => ['neon-fm-us-0', 'broken-radio-gb-1'].includes(g.radio?.slug ?? ''))).toBe(true),
  },
  {
    id: 'artists.events',
    args: [BILLIE, { type: 'festival', sortBy: 'date', sortOrder: 'asc' }],
    expect: { method: 'GET', path: `/api/v2/artist/${BILLIE}/events`, query: 'type=festival&sortBy=date&sortOrder=asc' },
    check: (r) => expect(first<A['events']>(r).items.every((e) => e.type === 'festival')).toBe(true),
  },
  {
    id: 'artists.sourcesAdd',
    args: [BILLIE, { urls: ['https://www.instagram.com/billieeilish'] }],
    expect: { method: 'POST', path: `/api/v2/artist/${BILLIE}/sources/add`, body: { urls: ['https://www.instagram.com/billieeilish'] } },
    check: (r) => expect(as<A['sourcesAdd']>(r).uuid).toBe(BILLIE),
  },
];
