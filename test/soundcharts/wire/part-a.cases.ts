/**
 * Wire cases for the Soundcharts catalog, part A (team usage, search, referential, artists, songs).
 * Written by hand from reference/soundcharts.md: the versioned path exactly as documented, path
 * segments percent-encoded (batch UUIDs joined by a literal `,`; ATOM date-times → `%3A`, `%2B`),
 * camelCase query names unchanged on the wire, lists comma-joined, dates `YYYY-MM-DD`, `currentOnly`
 * / `mainPerformer` as 1/0 and `onlyDefault` as true/false. Checks use the sandbox data
 * (src/testing/soundcharts/artist-data.ts); none depends on the sandbox clock.
 *
 * Writes (`sourcesAdd`, `unlockAudienceReport`) answer 405 with `Soundcharts.sandbox()` credentials
 * (as the real sandbox does): run those with any other credentials.
 */
import { expect } from 'vitest';
import type { ItemOf, ResultOf } from '../../../src/core/endpoint.js';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';

import type { WireCase } from '../../support/wire.js';

/** The catalog families these cases check. */
type Artists = SoundchartsCatalog['artists'];
type Referential = SoundchartsCatalog['referential'];
type Search = SoundchartsCatalog['search'];
type Songs = SoundchartsCatalog['songs'];
type Team = SoundchartsCatalog['team'];

/** The typed result of a plain method. */
const as = <E>(r: unknown) => r as ResultOf<E>;
/** The first page of a paginated method. */
const first = <E>(r: unknown) => r as { items: ItemOf<E>[]; data: ResultOf<E>; related: unknown };

type A = Artists;
type S = Songs;
type Q = Search;
type R = Referential;

const BILLIE = '11e81bcc-9c1c-ce38-b96b-a0369fe50396';
const BAD_GUY = '7d534228-5165-11e9-9375-549f35161576';
const BILLIE_SPOTIFY = '6qqNVTkY8uBg9cP3Jd7DAH';
const JAN = { startDate: '2025-01-01', endDate: '2025-01-10' };
const JAN_Q = 'startDate=2025-01-01&endDate=2025-01-10';

export const cases: WireCase[] = [
  // ------------------------------------------------------------------ team (§2.1)
  {
    id: 'team.usage',
    args: [],
    expect: { method: 'GET', path: '/api/v2/team/usage' },
    check: (r) => {
      const u = as<Team['usage']>(r);
      expect(u.quota?.limit).toBeGreaterThan(0);
      expect(u.rateLimit?.remaining).toBeTypeOf('number');
    },
  },

  // ------------------------------------------------------------------ search (§2.2)
  {
    id: 'search.artists',
    args: ['billie eilish', { limit: 5 }],
    expect: { method: 'GET', path: '/api/v2/artist/search/billie%20eilish', query: 'limit=5' },
    check: (r) => {
      const p = first<Q['artists']>(r);
      expect(p.items[0]?.uuid).toBe(BILLIE);
      expect(p.items[0]?.name).toBe('Billie Eilish');
    },
  },
  {
    id: 'search.songs',
    args: ['bad guy', { offset: 0, limit: 20 }],
    expect: { method: 'GET', path: '/api/v2/song/search/bad%20guy', query: 'offset=0&limit=20' },
    check: (r) => expect(first<Q['songs']>(r).items.map((s) => s.uuid)).toContain(BAD_GUY),
  },
  {
    id: 'search.albums',
    args: ['when we all fall asleep'],
    expect: { method: 'GET', path: '/api/v2/album/search/when%20we%20all%20fall%20asleep' },
    check: (r) => expect(first<Q['albums']>(r).items[0]?.creditName).toBe('Billie Eilish'),
  },
  {
    id: 'search.collaborators',
    args: ['baird'],
    expect: { method: 'GET', path: '/api/v2/collaborator/search/baird' },
    check: (r) => expect(first<Q['collaborators']>(r).items.every((c) => /baird/i.test(c.name))).toBe(true),
  },
  {
    id: 'search.playlists',
    args: ['mix', { limit: 3 }],
    expect: { method: 'GET', path: '/api/v2/playlist/search/mix', query: 'limit=3' },
    check: (r) => expect(first<Q['playlists']>(r).items.length).toBeLessThanOrEqual(3),
  },
  {
    id: 'search.radios',
    args: ['fm'],
    expect: { method: 'GET', path: '/api/v2/radio/search/fm' },
    check: (r) => expect(first<Q['radios']>(r).items.every((x) => typeof x.slug === 'string')).toBe(true),
  },
  {
    id: 'search.festivals',
    args: ['festival'],
    expect: { method: 'GET', path: '/api/v2/festival/search/festival' },
    check: (r) => expect(first<Q['festivals']>(r).items.length).toBeGreaterThan(0),
  },
  {
    id: 'search.venues',
    args: ['arena'],
    expect: { method: 'GET', path: '/api/v2/venue/search/arena' },
    check: (r) => expect(first<Q['venues']>(r).items.every((v) => /arena/i.test(v.name))).toBe(true),
  },
  {
    id: 'search.labels',
    args: ['records', { limit: 20 }],
    expect: { method: 'GET', path: '/api/v2/label/search/records', query: 'limit=20' },
    check: (r) => expect(first<Q['labels']>(r).items.length).toBeGreaterThan(0),
  },
  {
    id: 'search.externalUrl',
    args: [{ platformUrl: `https://open.spotify.com/artist/${BILLIE_SPOTIFY}` }],
    expect: { method: 'GET', path: '/api/v2/search/external/url', query: `platformUrl=https%3A%2F%2Fopen.spotify.com%2Fartist%2F${BILLIE_SPOTIFY}` },
    check: (r) => expect(as<Q['externalUrl']>(r)).toMatchObject({ type: 'artist', uuid: BILLIE }),
  },

  // ------------------------------------------------------------------ referential (§2.3)
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

  // ------------------------------------------------------------------ artists (§2.4)
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

  // ------------------------------------------------------------------ songs (§2.5)
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
