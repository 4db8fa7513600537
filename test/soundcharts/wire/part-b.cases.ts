/**
 * Wire cases for the Soundcharts catalog, part B (albums, charts, playlists, radios, festivals,
 * venues, collaborators, labels, publishers, works, discovery, account-scoped endpoints).
 * Written by hand from reference/soundcharts.md §2.6–2.12 and §3: the versioned path exactly as
 * documented, path segments percent-encoded (batch UUIDs joined by a literal `,`; ATOM date-times →
 * `%3A` / `%2B`; an email's `@` → `%40`), camelCase query names unchanged, dates `YYYY-MM-DD`,
 * `currentOnly` as 1/0; discovery bodies as JSON with paging in the query.
 *
 * Checks use the sandbox data (src/testing/soundcharts/music-data.ts, live-data.ts, rights-data.ts,
 * account-data.ts) and never depend on the sandbox clock (every date below is absolute). The writes
 * (distributors, favorites, data feeds, library changes) answer 405 with the public legacy sandbox keys, as the real sandbox does: run them with
 * the sandbox OAuth client credentials.
 */
import { expect } from 'vitest';
import type { ItemOf, ResultOf } from '../../../src/core/endpoint.js';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';

/** The catalog families these cases check. */
type Albums = SoundchartsCatalog['albums'];
type Charts = SoundchartsCatalog['charts'];
type Collaborators = SoundchartsCatalog['collaborators'];
type DataFeeds = SoundchartsCatalog['dataFeeds'];
type Distributors = SoundchartsCatalog['distributors'];
type Favorites = SoundchartsCatalog['favorites'];
type Festivals = SoundchartsCatalog['festivals'];
type Labels = SoundchartsCatalog['labels'];
type Library = SoundchartsCatalog['library'];
type Playlists = SoundchartsCatalog['playlists'];
type Publishers = SoundchartsCatalog['publishers'];
type Radios = SoundchartsCatalog['radios'];
type Tiktok = SoundchartsCatalog['tiktok'];
type Top = SoundchartsCatalog['top'];
type Users = SoundchartsCatalog['users'];
type Venues = SoundchartsCatalog['venues'];
type Works = SoundchartsCatalog['works'];

/** The typed result of a plain method. */
const as = <E>(r: unknown) => r as ResultOf<E>;
/** The first page of a paginated method. */
const first = <E>(r: unknown) => r as { items: ItemOf<E>[]; data: ResultOf<E>; related: unknown };

// Ids of the docs (reference §1.1) and of the sandbox dataset.
const BILLIE = '11e81bcc-9c1c-ce38-b96b-a0369fe50396';
const BAD_GUY = '7d534228-5165-11e9-9375-549f35161576';
const ALBUM = 'b202abee-d19e-424e-9285-b420f4b98706';
const ALBUM_SPOTIFY = 'XRQFuGqe7TGkDuadxBGda3';
const ALBUM_UPC = '00602577427666';
const TOP_HITS = 'bc0a3acf-da70-f98c-c3d1-facb72aeeb93'; // "Sandbox Top Hits", Spotify editorial
const APPLE_PLAYLIST = '0769ee84-6963-be88-254f-e09eecc07983';
const APPLE_PLAYLIST_ID = 'pl.ufhs0u6k9vmulaxhemr2ivowxjwepyul';
const CURATOR = 'k4wmcxrctbc5'; // "Hugo Okafor", 21 Spotify playlists
const RADIO = 'silver-fm-us-0';
const FESTIVAL = '415ba98a-fa31-f4c7-d08c-04e49e42ee38'; // Wild Waves Festival, New York
const FESTIVAL_2 = '02c66615-e55d-3dc4-a88d-6957ecc296f5'; // Lunar Sound Festival, Paris
const EDITION_2024 = '41a88f6d-c9da-2846-848c-5de1c86b785c';
const VENUE = '620faf96-ac5d-b65f-012f-8f98838e6c73'; // Grand New York Arena
const CONCERT = 'ce970ed1-7711-2ba5-522b-c304f09871da'; // its first concert, 2024-01-05
const FINNEAS = '247556ca-e2ca-5fc4-92ae-96307a593ed5';
const COLLAB_2 = '8d8e4553-df10-e769-f1ed-f4fe9aba76f9';
const DARKROOM = 'ded7c876-16ab-2025-9418-0b2e72187f6f';
const INTERSCOPE = 'cbf44d93-7cba-efbf-d7b0-003a29a97791';
const PUBLISHER = '75518eca-89db-1919-5c23-4911733c3ff7';
const WORK_BAD_GUY = 'deae9b0d-7c10-f9d2-fed7-5eb2ee251caa';
const WORK_2 = '8ed4d8c4-ce48-9c3c-6ca4-58d6310e0f7f';
const OWN_DISTRIBUTOR = '791904ab-b1da-c4aa-6ece-5a708d13d3ed';
const MAYA = 'f5dfddf0-5013-e1d2-6048-9ae2e74e0041'; // not a favorite yet
const TIKTOK_SOUND = '7493203048008468581';
const GLOBAL = 'spotify-top-global-daily';
const JAN = { startDate: '2025-01-01', endDate: '2025-01-10' };
const JAN_Q = 'startDate=2025-01-01&endDate=2025-01-10';
const FRIDAY = '2025-01-03T00:00:00+00:00';
const FRIDAY_PATH = '2025-01-03T00%3A00%3A00%2B00%3A00';
const METRIC_SORT = { platform: 'spotify', metricType: 'followers', period: 'month', sortBy: 'total', order: 'desc' };
const isAtom = (s: unknown) => expect(s).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);

export const cases: WireCase[] = [
  // ------------------------------------------------------------------ albums (§2.6)
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

  // ------------------------------------------------------------------ charts (§2.7)
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

  // ------------------------------------------------------------------ playlists (§2.8)
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

  // ------------------------------------------------------------------ radios (§2.9)
  {
    id: 'radios.liveFeed',
    args: [RADIO, { startDate: '2025-01-01', endDate: '2025-01-02', limit: 50 }],
    expect: { method: 'GET', path: `/api/v2/radio/${RADIO}/live-feed`, query: 'startDate=2025-01-01&endDate=2025-01-02&limit=50' },
    check: (r) => {
      const p = first<Radios['liveFeed']>(r);
      expect(p.items).toHaveLength(50);
      expect(p.data.page?.total).toBe(60);
      expect(p.items[0]?.airedAt.startsWith('2025-01-02T')).toBe(true);
      expect(p.data.related?.slug).toBe(RADIO);
    },
  },
  {
    id: 'radios.identifiers',
    args: [RADIO, { platform: 'tunein' }],
    expect: { method: 'GET', path: `/api/v2/radio/${RADIO}/identifiers`, query: 'platform=tunein' },
    check: (r) => {
      const p = first<Radios['identifiers']>(r);
      expect(p.items).toHaveLength(1);
      expect(p.items[0]?.url).toMatch(/^https:\/\/tunein\.com\/radio\//);
    },
  },

  // ------------------------------------------------------------------ festivals (§2.10)
  {
    id: 'festivals.get',
    args: [FESTIVAL],
    expect: { method: 'GET', path: `/api/v2/festival/${FESTIVAL}` },
    check: (r) => expect(as<Festivals['get']>(r)).toMatchObject({ uuid: FESTIVAL, name: 'Wild Waves Festival', cityName: 'New York', countryCode: 'US' }),
  },
  {
    id: 'festivals.getMany',
    args: [`${FESTIVAL},${FESTIVAL_2}`],
    expect: { method: 'GET', path: `/api/v2/festival/${FESTIVAL},${FESTIVAL_2}` },
    check: (r) => expect(as<Festivals['getMany']>(r).items.map((f) => f.name)).toEqual(['Wild Waves Festival', 'Lunar Sound Festival']),
  },
  {
    id: 'festivals.byPlatform',
    args: ['songkick', '770770473'],
    expect: { method: 'GET', path: '/api/v2/festival/by-platform/songkick/770770473' },
    check: (r) => expect(as<Festivals['byPlatform']>(r).uuid).toBe(FESTIVAL),
  },
  {
    id: 'festivals.identifiers',
    args: [FESTIVAL],
    expect: { method: 'GET', path: `/api/v2/festival/${FESTIVAL}/identifiers` },
    check: (r) => expect(first<Festivals['identifiers']>(r).items.map((i) => i.platformCode)).toEqual(['songkick', 'instagram', 'facebook']),
  },
  {
    id: 'festivals.editions',
    args: [FESTIVAL, { startDate: '2019-01-01', endDate: '2024-12-31' }],
    expect: { method: 'GET', path: `/api/v2/festival/${FESTIVAL}/editions`, query: 'startDate=2019-01-01&endDate=2024-12-31' },
    check: (r) => {
      const p = first<Festivals['editions']>(r);
      expect(p.items.map((e) => e.name)).toEqual(['Wild Waves Festival 2024', 'Wild Waves Festival 2023', 'Wild Waves Festival 2022', 'Wild Waves Festival 2019']);
      expect(p.items[0]?.uuid).toBe(EDITION_2024);
    },
  },
  {
    id: 'festivals.edition',
    args: [EDITION_2024],
    expect: { method: 'GET', path: `/api/v2/festival/edition/${EDITION_2024}` },
    check: (r) => {
      const e = as<Festivals['edition']>(r);
      expect(e).toMatchObject({ name: 'Wild Waves Festival 2024', startedAt: '2024-06-10T12:00:00+00:00', festival: { uuid: FESTIVAL } });
      expect(e.artists).toHaveLength(32);
      expect(e.artists?.[0]?.uuid).toBe(BILLIE);
    },
  },
  {
    id: 'festivals.byCityKey',
    args: [{ cityKey: 'fr-paris' }],
    expect: { method: 'GET', path: '/api/v2/festival/by-city-key', query: 'cityKey=fr-paris' },
    check: (r) => expect(first<Festivals['byCityKey']>(r).items.map((f) => f.name)).toEqual(['Lunar Sound Festival', 'Velvet Days Festival Paris']),
  },

  // ------------------------------------------------------------------ venues (§2.10)
  {
    id: 'venues.get',
    args: [VENUE],
    expect: { method: 'GET', path: `/api/v2/venue/${VENUE}` },
    check: (r) => expect(as<Venues['get']>(r)).toMatchObject({ name: 'Grand New York Arena', type: 'arena', capacity: 9767, countryCode: 'US' }),
  },
  {
    id: 'venues.byPlatform',
    args: ['songkick', '610646656'],
    expect: { method: 'GET', path: '/api/v2/venue/by-platform/songkick/610646656' },
    check: (r) => expect(as<Venues['byPlatform']>(r).uuid).toBe(VENUE),
  },
  {
    id: 'venues.identifiers',
    args: [VENUE, { platform: 'ticketmaster' }],
    expect: { method: 'GET', path: `/api/v2/venue/${VENUE}/identifiers`, query: 'platform=ticketmaster' },
    check: (r) => expect(first<Venues['identifiers']>(r).items.map((i) => i.platformName)).toEqual(['Ticketmaster']),
  },
  {
    id: 'venues.concerts',
    args: [VENUE, { startDate: '2024-01-01', endDate: '2024-12-31', limit: 50 }],
    expect: { method: 'GET', path: `/api/v2/venue/${VENUE}/concerts`, query: 'startDate=2024-01-01&endDate=2024-12-31&limit=50' },
    check: (r) => {
      const p = first<Venues['concerts']>(r);
      expect(p.items).toHaveLength(50);
      expect(p.items[0]).toMatchObject({ uuid: CONCERT, date: '2024-01-05T20:00:00+00:00' });
      expect(p.data.page?.next).toContain('offset=50&limit=50');
    },
  },
  {
    id: 'venues.concert',
    args: [CONCERT],
    expect: { method: 'GET', path: `/api/v2/venue/concert/${CONCERT}` },
    check: (r) => {
      const c = as<Venues['concert']>(r);
      expect(c.venue?.uuid).toBe(VENUE);
      expect(c.ticketing?.[0]?.platform).toBe('ticketmaster');
      expect(c.artists?.[0]?.uuid).toBe(BILLIE);
    },
  },
  {
    id: 'venues.concertsByCityKey',
    args: [{ cityKey: 'fr-paris', startDate: '2025-03-01', endDate: '2025-03-31' }],
    expect: { method: 'GET', path: '/api/v2/venue/concerts/by-city-key', query: 'cityKey=fr-paris&startDate=2025-03-01&endDate=2025-03-31' },
    check: (r) => {
      const p = first<Venues['concertsByCityKey']>(r);
      expect(p.items.length).toBeGreaterThan(8);
      expect(p.items.every((c) => c.venue?.cityName === 'Paris' && c.date! >= '2025-03-01' && c.date! <= '2025-03-31T23')).toBe(true);
    },
  },
  {
    id: 'venues.byCityKey',
    args: [{ cityKey: 'fr-paris' }],
    expect: { method: 'GET', path: '/api/v2/venue/by-city-key', query: 'cityKey=fr-paris' },
    check: (r) => expect(first<Venues['byCityKey']>(r).items.map((v) => v.name)).toEqual(['New Paris Arena', 'New Paris Theatre']),
  },

  // ------------------------------------------------------------------ collaborators, labels, publishers, works (§2.11)
  {
    id: 'collaborators.get',
    args: [FINNEAS],
    expect: { method: 'GET', path: `/api/v2/collaborator/${FINNEAS}` },
    check: (r) => {
      const c = as<Collaborators['get']>(r);
      expect(c).toMatchObject({ name: 'FINNEAS', ipi: '00702839312', countryCode: 'US' });
      expect(c.roles).toContain('producer');
    },
  },
  {
    id: 'collaborators.getMany',
    args: [`${FINNEAS},${COLLAB_2}`],
    expect: { method: 'GET', path: `/api/v2/collaborator/${FINNEAS},${COLLAB_2}` },
    check: (r) => expect(as<Collaborators['getMany']>(r).items.map((c) => c.name)).toEqual(['FINNEAS', 'Noah Okafor']),
  },
  {
    id: 'collaborators.byIpi',
    args: ['00702839312'],
    expect: { method: 'GET', path: '/api/v2/collaborator/by-ipi/00702839312' },
    check: (r) => expect(as<Collaborators['byIpi']>(r).uuid).toBe(FINNEAS),
  },
  {
    id: 'collaborators.byPlatform',
    args: ['musicbrainz', '934761455'],
    expect: { method: 'GET', path: '/api/v2/collaborator/by-platform/musicbrainz/934761455' },
    check: (r) => expect(as<Collaborators['byPlatform']>(r).uuid).toBe(FINNEAS),
  },
  {
    id: 'collaborators.identifiers',
    args: [FINNEAS],
    expect: { method: 'GET', path: `/api/v2/collaborator/${FINNEAS}/identifiers` },
    check: (r) => expect(first<Collaborators['identifiers']>(r).items).toHaveLength(4),
  },
  {
    id: 'collaborators.songs',
    args: [FINNEAS, { limit: 100 }],
    expect: { method: 'GET', path: `/api/v2/collaborator/${FINNEAS}/songs`, query: 'limit=100' },
    check: (r) => {
      const p = first<Collaborators['songs']>(r);
      expect(p.items).toHaveLength(100);
      expect(p.items[1]?.uuid).toBe(BAD_GUY);
      expect(p.data.page?.total).toBe(150);
    },
  },
  {
    id: 'collaborators.albums',
    args: [FINNEAS],
    expect: { method: 'GET', path: `/api/v2/collaborator/${FINNEAS}/albums` },
    check: (r) => expect(first<Collaborators['albums']>(r).items[0]?.uuid).toBe(ALBUM),
  },
  {
    id: 'collaborators.audience',
    args: [FINNEAS, 'instagram', { ...JAN, sort: 'desc' }],
    expect: { method: 'GET', path: `/api/v2/collaborator/${FINNEAS}/audience/instagram`, query: `${JAN_Q}&sort=desc` },
    check: (r) => {
      const p = first<Collaborators['audience']>(r);
      expect(p.items).toHaveLength(10);
      expect(p.items[0]?.date).toBe('2025-01-10T00:00:00+00:00');
      expect(p.items[0]?.followerCount).toBeGreaterThan(1_000_000);
    },
  },
  {
    id: 'labels.get',
    args: [DARKROOM],
    expect: { method: 'GET', path: `/api/v2/label/${DARKROOM}` },
    check: (r) => expect(as<Labels['get']>(r)).toMatchObject({ name: 'Darkroom', type: 'imprint', countryCode: 'US' }),
  },
  {
    id: 'labels.getMany',
    args: [`${DARKROOM},${INTERSCOPE}`],
    expect: { method: 'GET', path: `/api/v2/label/${DARKROOM},${INTERSCOPE}` },
    check: (r) => {
      const l = as<Labels['getMany']>(r);
      expect(l.items.map((x) => x.name)).toEqual(['Darkroom', 'Interscope Records']);
      expect(l.items[1]?.company).toEqual({ name: 'Universal Music Group' });
    },
  },
  {
    id: 'labels.identifiers',
    args: [DARKROOM, { platform: 'discogs' }],
    expect: { method: 'GET', path: `/api/v2/label/${DARKROOM}/identifiers`, query: 'platform=discogs' },
    check: (r) => expect(first<Labels['identifiers']>(r).items[0]?.platformCode).toBe('discogs'),
  },
  {
    id: 'labels.audience',
    args: [INTERSCOPE, 'instagram', { ...JAN, limit: 5 }],
    expect: { method: 'GET', path: `/api/v2/label/${INTERSCOPE}/audience/instagram`, query: `${JAN_Q}&limit=5` },
    check: (r) => {
      const p = first<Labels['audience']>(r);
      expect(p.items[0]?.date).toBe('2025-01-01T00:00:00+00:00');
      expect(p.data.page?.total).toBe(10);
    },
  },
  {
    id: 'publishers.get',
    args: [PUBLISHER],
    expect: { method: 'GET', path: `/api/v2/publisher/${PUBLISHER}` },
    check: (r) => expect(as<Publishers['get']>(r)).toMatchObject({ name: 'Sandbox Music Publishing', ipi: '00768306036' }),
  },
  {
    id: 'publishers.byIpi',
    args: ['00768306036'],
    expect: { method: 'GET', path: '/api/v2/publisher/by-ipi/00768306036' },
    check: (r) => expect(as<Publishers['byIpi']>(r).uuid).toBe(PUBLISHER),
  },
  {
    id: 'publishers.byPlatform',
    args: ['musicbrainz', '814256257'],
    expect: { method: 'GET', path: '/api/v2/publisher/by-platform/musicbrainz/814256257' },
    check: (r) => expect(as<Publishers['byPlatform']>(r).uuid).toBe(PUBLISHER),
  },
  {
    id: 'publishers.identifiers',
    args: [PUBLISHER, { limit: 1 }],
    expect: { method: 'GET', path: `/api/v2/publisher/${PUBLISHER}/identifiers`, query: 'limit=1' },
    check: (r) => {
      const p = first<Publishers['identifiers']>(r);
      expect(p.items).toHaveLength(1);
      expect(p.data.page?.next).toBe(`/api/v2/publisher/${PUBLISHER}/identifiers?offset=1&limit=1`);
    },
  },
  {
    id: 'works.get',
    args: [WORK_BAD_GUY],
    expect: { method: 'GET', path: `/api/v2/work/${WORK_BAD_GUY}` },
    check: (r) => {
      const w = as<Works['get']>(r);
      expect(w).toMatchObject({ name: 'bad guy', iswc: 'T-669.159.703-7' });
      expect(w.writers?.map((x) => x.uuid)).toContain(FINNEAS);
      expect(w.publishers?.reduce((sum, p) => sum + (p.share ?? 0), 0)).toBe(100);
    },
  },
  {
    id: 'works.getMany',
    args: [`${WORK_BAD_GUY},${WORK_2}`],
    expect: { method: 'GET', path: `/api/v2/work/${WORK_BAD_GUY},${WORK_2}` },
    check: (r) => expect(as<Works['getMany']>(r).items.map((w) => w.name)).toEqual(['bad guy', '!!!!!!!']),
  },
  {
    id: 'works.byIswc',
    args: ['T-669.159.703-7'],
    expect: { method: 'GET', path: '/api/v2/work/by-iswc/T-669.159.703-7' },
    check: (r) => expect(as<Works['byIswc']>(r).uuid).toBe(WORK_BAD_GUY),
  },
  {
    id: 'works.byPlatform',
    args: ['musicbrainz', '759665673'],
    expect: { method: 'GET', path: '/api/v2/work/by-platform/musicbrainz/759665673' },
    check: (r) => expect(as<Works['byPlatform']>(r).uuid).toBe(WORK_BAD_GUY),
  },
  {
    id: 'works.identifiers',
    args: [WORK_BAD_GUY, { platform: 'ascap' }],
    expect: { method: 'GET', path: `/api/v2/work/${WORK_BAD_GUY}/identifiers`, query: 'platform=ascap' },
    check: (r) => expect(first<Works['identifiers']>(r).items[0]?.platformName).toBe('ASCAP'),
  },
  {
    id: 'works.recordings',
    args: [WORK_BAD_GUY],
    expect: { method: 'GET', path: `/api/v2/work/${WORK_BAD_GUY}/recordings` },
    check: (r) => {
      const p = first<Works['recordings']>(r);
      expect(p.items).toHaveLength(3);
      expect(p.items[0]?.uuid).toBe(BAD_GUY);
    },
  },

  // ------------------------------------------------------------------ discovery (§3)
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

  // ------------------------------------------------------------------ account-scoped and writes (§2.12)
  {
    id: 'distributors.upcRoots',
    args: [OWN_DISTRIBUTOR, { limit: 100 }],
    expect: { method: 'GET', path: `/api/v2/distributor/${OWN_DISTRIBUTOR}/upc-roots`, query: 'limit=100' },
    check: (r) => {
      const p = first<Distributors['upcRoots']>(r);
      expect(p.items).toHaveLength(100);
      expect(p.data.page?.total).toBe(130);
      expect(p.items[0]).toMatchObject({ upcRoot: '825800' });
    },
  },
  {
    id: 'distributors.addUpc',
    args: [OWN_DISTRIBUTOR, '0602577427666'],
    expect: { method: 'POST', path: `/api/v2/distributor/${OWN_DISTRIBUTOR}/upcs/0602577427666` },
    check: (r) => expect(as<Distributors['addUpc']>(r)).toMatchObject({ upc: '0602577427666', distributor: { uuid: OWN_DISTRIBUTOR } }),
  },
  {
    id: 'distributors.removeUpc',
    args: [OWN_DISTRIBUTOR, '825800123456'],
    expect: { method: 'DELETE', path: `/api/v2/distributor/${OWN_DISTRIBUTOR}/upcs/825800123456` },
    check: (r) => expect(as<Distributors['removeUpc']>(r)?.upcRoot).toBe('825800'),
  },
  {
    id: 'favorites.artists',
    args: [{ limit: 20 }],
    expect: { method: 'GET', path: '/api/v2/favorite/artists', query: 'limit=20' },
    check: (r) => {
      const p = first<Favorites['artists']>(r);
      expect(p.items[0]?.uuid).toBe(BILLIE);
      expect(p.data.page?.total).toBe(25);
    },
  },
  {
    id: 'favorites.addArtist',
    args: [MAYA],
    expect: { method: 'POST', path: `/api/v2/favorite/artist/${MAYA}` },
    check: (r) => expect(as<Favorites['addArtist']>(r)?.name).toBe('Maya Moreau'),
  },
  {
    id: 'favorites.removeArtist',
    args: [BILLIE],
    expect: { method: 'DELETE', path: `/api/v2/favorite/artist/${BILLIE}` },
    check: (r) => expect(as<Favorites['removeArtist']>(r)?.uuid).toBe(BILLIE),
  },
  {
    id: 'dataFeeds.available',
    args: [{ entityType: 'song' }],
    expect: { method: 'GET', path: '/api/v2/data-feed/available', query: 'entityType=song' },
    check: (r) => expect(as<DataFeeds['available']>(r).items.map((f) => f.code)).toEqual(['song-metadata', 'song-audience', 'song-chart-entries']),
  },
  {
    id: 'dataFeeds.configured',
    args: [{ entityType: 'artist', limit: 10 }],
    expect: { method: 'GET', path: '/api/v2/data-feed/configured', query: 'entityType=artist&limit=10' },
    check: (r) => {
      const p = first<DataFeeds['configured']>(r);
      expect(p.items).toHaveLength(3);
      expect(p.items.every((f) => f.entityUuid === BILLIE && f.feed?.entityType === 'artist')).toBe(true);
    },
  },
  {
    id: 'dataFeeds.subscribe',
    args: [{ uuid: ALBUM, code: 'album-metadata', storageCode: 'gcs-main', pushInterval: 86_400 }],
    expect: { method: 'POST', path: '/api/v2/data-feed/configured', query: `uuid=${ALBUM}&code=album-metadata&storageCode=gcs-main&pushInterval=86400` },
    check: (r) => expect(as<DataFeeds['subscribe']>(r)).toMatchObject({ entityUuid: ALBUM, storageCode: 'gcs-main', pushInterval: 86_400, feed: { code: 'album-metadata', entityType: 'album' } }),
  },
  {
    id: 'dataFeeds.unsubscribe',
    args: [{ uuid: BILLIE, code: 'artist-metadata', storageCode: 'gcs-main' }],
    expect: { method: 'DELETE', path: '/api/v2/data-feed/configured', query: `uuid=${BILLIE}&code=artist-metadata&storageCode=gcs-main` },
    check: (r) => expect(as<DataFeeds['unsubscribe']>(r)?.feed?.code).toBe('artist-metadata'),
  },
  {
    id: 'library.artists',
    args: [{ limit: 100 }],
    expect: { method: 'GET', path: '/api/v2/library/artist', query: 'limit=100' },
    check: (r) => {
      const p = first<Library['artists']>(r);
      expect(p.items[0]).toMatchObject({ platformCode: 'spotify', identifier: 'GTT2sqYere51WpsEL8oZfx', artist: { uuid: BILLIE } });
      expect(p.data.page?.total).toBe(130);
    },
  },
  {
    id: 'library.addArtists',
    args: [{ identifiers: [{ identifier: 'GTT2sqYere51WpsEL8oZfx', platformCode: 'spotify' }, { identifier: '4dpARuHxo51G3z768sgnrY', platformCode: 'spotify' }] }],
    expect: {
      method: 'POST',
      path: '/api/v2/library/artist',
      body: { identifiers: [{ identifier: 'GTT2sqYere51WpsEL8oZfx', platformCode: 'spotify' }, { identifier: '4dpARuHxo51G3z768sgnrY', platformCode: 'spotify' }] },
    },
    check: (r) => expect(as<Library['addArtists']>(r)).toMatchObject({ sent: 2, updated: 1, duplicate: 1, ignored: 0 }),
  },
  {
    id: 'library.removeArtists',
    args: [{ identifiers: [{ identifier: 'GTT2sqYere51WpsEL8oZfx', platformCode: 'spotify' }, { identifier: '4dpARuHxo51G3z768sgnrY', platformCode: 'spotify' }] }],
    expect: {
      method: 'DELETE',
      path: '/api/v2/library/artist',
      body: { identifiers: [{ identifier: 'GTT2sqYere51WpsEL8oZfx', platformCode: 'spotify' }, { identifier: '4dpARuHxo51G3z768sgnrY', platformCode: 'spotify' }] },
    },
    check: (r) => expect(as<Library['removeArtists']>(r)).toMatchObject({ sent: 2, updated: 1, duplicate: 0, ignored: 1 }),
  },
  {
    id: 'library.songs',
    args: [{ offset: 40 }],
    expect: { method: 'GET', path: '/api/v2/library/song', query: 'offset=40' },
    check: (r) => {
      const p = first<Library['songs']>(r);
      expect(p.items).toHaveLength(5);
      expect(p.data.page?.next).toBeNull();
    },
  },
  {
    id: 'library.addSongs',
    args: [{ identifiers: [{ identifier: '1wZmD5zX9yYqg7nEwQaB3c', platformCode: 'spotify' }] }],
    expect: { method: 'POST', path: '/api/v2/library/song', body: { identifiers: [{ identifier: '1wZmD5zX9yYqg7nEwQaB3c', platformCode: 'spotify' }] } },
    check: (r) => expect(as<Library['addSongs']>(r)).toMatchObject({ sent: 1, updated: 1 }),
  },
  {
    id: 'library.removeSongs',
    args: [{ identifiers: [{ identifier: 'IewlQdtolU5CUR1pys2b6F', platformCode: 'spotify' }] }],
    expect: { method: 'DELETE', path: '/api/v2/library/song', body: { identifiers: [{ identifier: 'IewlQdtolU5CUR1pys2b6F', platformCode: 'spotify' }] } },
    check: (r) => expect(as<Library['removeSongs']>(r)).toMatchObject({ sent: 1, updated: 1, ignored: 0 }),
  },
  {
    id: 'users.blocklistArtists',
    args: ['ana@example.com'],
    expect: { method: 'GET', path: '/api/v2/user/ana%40example.com/blocklist/artists' },
    check: (r) => expect(first<Users['blocklistArtists']>(r).items).toHaveLength(12),
  },
  {
    id: 'users.blocklistSongs',
    args: ['leo@example.com', { limit: 10 }],
    expect: { method: 'GET', path: '/api/v2/user/leo%40example.com/blocklist/songs', query: 'limit=10' },
    check: (r) => expect(first<Users['blocklistSongs']>(r).data.page?.total).toBe(30),
  },
  {
    id: 'users.blocklistLabels',
    args: ['ana@example.com'],
    expect: { method: 'GET', path: '/api/v2/user/ana%40example.com/blocklist/labels' },
    check: (r) => {
      const p = first<Users['blocklistLabels']>(r);
      expect(p.items.length).toBeGreaterThan(0);
      expect(p.items[0]?.label).toEqual(expect.any(String));
    },
  },
  {
    id: 'tiktok.music',
    args: [TIKTOK_SOUND],
    expect: { method: 'GET', path: `/api/v2/tiktok/music/${TIKTOK_SOUND}` },
    check: (r) => expect(as<Tiktok['music']>(r)).toMatchObject({ identifier: TIKTOK_SOUND, title: '!!!!!!!', authorName: 'Billie Eilish' }),
  },
  {
    id: 'tiktok.musicVideoVolume',
    args: [TIKTOK_SOUND, { endDate: '2025-01-31', period: 14 }],
    expect: { method: 'GET', path: `/api/v2/tiktok/music/${TIKTOK_SOUND}/video/volume`, query: 'endDate=2025-01-31&period=14' },
    check: (r) => {
      const p = first<Tiktok['musicVideoVolume']>(r);
      expect(p.items).toHaveLength(14);
      expect(p.items[0]?.date).toBe('2025-01-31T00:00:00+00:00');
      expect((p.data.related as { identifier?: string }).identifier).toBe(TIKTOK_SOUND);
    },
  },
];
