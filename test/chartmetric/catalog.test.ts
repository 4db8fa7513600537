/**
 * The Chartmetric catalog against its sandbox handlers: every entry sits where its id says, has a
 * sandbox handler and a wire case (wire/<family>.cases.ts); the sandbox answers each wire case
 * (through the Router, so the path template is exercised) with a body the entry's response schema
 * accepts after unwrapping the envelope (`obj`, or the whole body for `envelope: 'root'`); the
 * sandbox sends the documented data, quirks and errors and paging over it stops where it should;
 * params schemas and checks reject bad input before sending.
 */
import { describe, expect, it } from 'vitest';
import { chartmetricCatalog } from '../../src/chartmetric/catalog/index.js';
import { chartmetricSpec } from '../../src/chartmetric/provider.js';
import { pathParamNames } from '../../src/core/endpoint.js';
import { pagingFor, type PagePromise } from '../../src/core/pagination.js';
import { chartmetricHandlers } from '../../src/testing/chartmetric/handlers.js';
import { catalogHarness, expectHandlersAndCasesCover, expectIdsMatchLocation } from '../support/catalog-harness.js';
import { cases, casesByFamily } from './wire/index.js';

const harness = catalogHarness({
  catalog: chartmetricCatalog,
  routes: chartmetricHandlers,
  origin: 'https://api.chartmetric.com',
  spec: chartmetricSpec,
  now: new Date('2026-03-15T12:00:00Z'),
});
const { endpoints, endpoint: byId, pages } = harness;
/** Sends one request to the sandbox handlers: method, wire path and query string. */
const send = (method: string, path: string, query = '') => harness.send(method, query ? `${path}?${query}` : path);
/** `catalog/social.ts` ↔ `wire/social.cases.ts` (families are one word here). */
const wireFile = (family: string) => `wire/${family}.cases.ts`;

describe('chartmetric catalog: structure', () => {
  it('has the documented families and operation counts (§3)', () => {
    expect(Object.keys(chartmetricCatalog)).toEqual(['artists', 'tracks', 'albums', 'playlists', 'curators', 'charts', 'search', 'cities', 'genres', 'radio', 'brands', 'festivals', 'events', 'social']);
    const counts = Object.fromEntries(Object.entries(chartmetricCatalog).map(([family, methods]) => [family, Object.keys(methods).length]));
    // 32 Charts rows minus the `GET /api/charts/` documentation stub; 9 Playlist rows + 1 recommendation.
    expect(counts).toEqual({ artists: 35, tracks: 12, albums: 6, playlists: 10, curators: 5, charts: 31, search: 2, cities: 3, genres: 3, radio: 5, brands: 3, festivals: 1, events: 1, social: 1 });
    // 49 in artists, search, genres, cities, social, festivals, events and brands; 69 in the others.
    expect(endpoints).toHaveLength(118);
    expect(endpoints.some((e) => e.path === '/api/token')).toBe(false);
    expect(endpoints.some((e) => e.path === '/api/charts/')).toBe(false);
  });

  it('every entry id equals its family and method key; the required names exist', () => {
    expectIdsMatchLocation(chartmetricCatalog);
    expect(chartmetricCatalog.charts.spotify.path).toBe('/api/charts/spotify');
    expect(Object.keys(chartmetricCatalog.charts.spotify.query!.shape)).toEqual(expect.arrayContaining(['date', 'countryCode', 'type', 'interval']));
  });

  it('paths are unique, start with /api/, and every placeholder has a schema', () => {
    expect(new Set(endpoints.map((e) => `${e.method} ${e.path}`)).size).toBe(endpoints.length);
    for (const e of endpoints) {
      expect(e.method).toBe('GET');
      expect(e.path.startsWith('/api/')).toBe(true);
      for (const name of pathParamNames(e.path)) expect(e.pathParams?.[name], `${e.id} {${name}}`).toBeDefined();
      expect(e.summary, e.id).toBeTruthy();
      expect(e.docs, e.id).toMatch(/^reference\/chartmetric\.md §3/);
    }
  });

  it('deprecated operations are flagged', () => {
    const deprecated = endpoints.filter((e) => e.deprecated).map((e) => e.path).sort();
    expect(deprecated).toEqual(['/api/charts/soundcloud', '/api/playlist/by/{type}/{id}/playlist-evolution', '/api/radio/{type}/{id}/airplay-totals']);
  });

  it('every entry has a sandbox handler and at least one wire case', () => expectHandlersAndCasesCover(endpoints, chartmetricHandlers, cases.map((c) => c.id)));

  for (const family of Object.keys(chartmetricCatalog)) {
    it(`${family}: its wire cases are in ${wireFile(family)}, and only they`, () => {
      const ids = casesByFamily[family as keyof typeof casesByFamily].map((c) => c.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => !id.startsWith(`${family}.`))).toEqual([]);
    });
  }

  it('paginated entries name their page params limit/offset', () => {
    for (const e of endpoints.filter((x) => x.paginate)) {
      expect(e.query?.shape, e.id).toHaveProperty('limit');
      expect(e.query?.shape, e.id).toHaveProperty('offset');
    }
  });

  it('where-people-listen has its own 10 req/s cap; the artist screener stops at offset 10000', () => {
    expect(byId('artists.wherePeopleListen').maxPerSecond).toBe(10);
    expect(byId('artists.listFilter').paginate).toMatchObject({ kind: 'offset', maxOffset: 10000 });
  });

  it('directory lists keep the root body; windowed lists stop below offset + limit = 10000', () => {
    for (const id of ['playlists.lists', 'curators.lists', 'curators.playlists']) expect(byId(id).envelope, id).toBe('root');
    // `offset + limit < 10000` (strictly): on every curator list and track screener, on spotify and itunes playlist lists only.
    for (const id of ['curators.lists', 'tracks.listFilter']) expect(byId(id).paginate).toMatchObject({ kind: 'offset', maxOffset: 9999 });
    const lists = byId('playlists.lists').paginate!;
    for (const platform of ['spotify', 'itunes']) expect(pagingFor(lists, { platform })).toMatchObject({ maxOffset: 9999 });
    for (const platform of ['deezer', 'amazon', 'youtube', 'soundcloud']) expect(pagingFor(lists, { platform })).toMatchObject({ maxOffset: undefined });
  });
});

describe('chartmetric catalog: wire cases against the sandbox', () => {
  for (const [i, c] of cases.entries()) {
    it(`${c.id} #${i}: ${c.expect.path}${c.expect.query ? `?${c.expect.query}` : ''}`, () => harness.runWireCase(c));
  }

  it('is deterministic: the same request gives the same body', async () => {
    const a = await send('GET', '/api/artist/206557/tracks', 'limit=5&offset=10');
    const b = await send('GET', '/api/artist/206557/tracks', 'limit=5&offset=10');
    expect(a.body).toEqual(b.body);
    const q = 'date=2025-06-01&country_code=US&type=regional&interval=daily';
    expect((await send('GET', '/api/charts/spotify', q)).body).toEqual((await send('GET', '/api/charts/spotify', q)).body);
    const lists = await send('GET', '/api/playlist/spotify/lists', 'limit=5&offset=20');
    expect(lists.body).toEqual((await send('GET', '/api/playlist/spotify/lists', 'limit=5&offset=20')).body);
  });
});

describe('chartmetric sandbox: data, paging and errors', () => {
  const sizes = async (promise: PagePromise<unknown, unknown>) => {
    const out: number[] = [];
    for await (const page of promise.pages()) out.push(page.items.length);
    return out;
  };

  it('artists.tracks(206557) spans several pages and stops on the short last page', async () => {
    const { promise } = pages('artists.tracks', '/api/artist/206557/tracks');
    expect(await sizes(promise)).toEqual([10, 10, 10, 10, 7]);
    const ids = (await pages('artists.tracks', '/api/artist/206557/tracks').promise.toArray({ limit: 100 })).map((t) => (t as { id: number }).id);
    expect(new Set(ids).size).toBe(47);
  });

  it('artists.listFilter stops at total; brands.get at its total of 95', async () => {
    const { promise } = pages('artists.listFilter', '/api/artist/list/filter', { limit: 100 });
    expect((await promise.toArray({ limit: 10_000 })).length).toBe(2400);
    const brand = pages('brands.get', '/api/brand/101', { limit: 50 });
    expect((await brand.promise.toArray({ limit: 1000 })).length).toBe(95);
  });

  it('the Spotify chart: 200 rows with numbers as strings, nulls and ISO dates (used by benchmarks)', async () => {
    const res = await send('GET', '/api/charts/spotify', 'date=2025-06-01&country_code=US&type=regional&interval=daily');
    const body = res.body as { obj: { length: number; data: Array<Record<string, unknown>> } };
    expect(body.obj.length).toBe(200);
    expect(body.obj.data).toHaveLength(200);
    const rows = body.obj.data;
    expect(rows.every((r) => typeof r.time_on_chart === 'string')).toBe(true);
    expect(rows.some((r) => typeof r.spotify_popularity === 'string')).toBe(true);
    expect(rows.some((r) => typeof r.spotify_popularity === 'number')).toBe(true);
    expect(rows.some((r) => r.pre_rank === null)).toBe(true);
    expect(rows[0]!.added_at).toBe('2025-06-01T07:00:00.000Z');
    const parsed = chartmetricCatalog.charts.spotify.response.parse(body.obj);
    expect(parsed.data.every((r) => typeof r.time_on_chart === 'number')).toBe(true);
    // latest=true serves yesterday's chart (relative to the sandbox clock).
    const latest = (await send('GET', '/api/charts/spotify', 'country_code=US&type=regional&interval=daily&latest=true')).body as typeof body;
    expect(latest.obj.data[0]!.added_at).toBe('2026-03-14T07:00:00.000Z');
  });

  it('new-format charts page 100 + 50; legacy TikTok pages 100 + 100 + 50; freshfind 200 + 50', async () => {
    expect(await sizes(pages('charts.circleTrack', '/api/charts/circle/track/global_k_pop', { duration: 'daily', date: '2025-06-01' }).promise)).toEqual([100, 50]);
    expect(await sizes(pages('charts.tiktok', '/api/charts/tiktok/tracks', { date: '2025-06-01' }).promise)).toEqual([100, 100, 50]);
    expect(await sizes(pages('charts.spotifyFreshfind', '/api/charts/spotify/freshfind', { date: '2025-06-05' }).promise)).toEqual([200, 50]);
  });

  it('placements, curator playlists and journeys stop on the short last page or the total', async () => {
    expect(await sizes(pages('tracks.playlists', '/api/track/15711334/spotify/current/playlists').promise)).toEqual([10, 10, 10, 7]);
    expect(await sizes(pages('curators.playlists', '/api/curator/spotify/133000/playlists', { limit: 30 }).promise)).toEqual([30, 30, 20]);
    expect(await sizes(pages('playlists.journeyProgression', '/api/playlist/deezer/1189520191/journey-progression/journey').promise)).toEqual([10, 10, 4]);
    const ids = (await pages('albums.playlists', '/api/album/5449730/spotify/current/playlists', { limit: 15 }).promise.toArray({ limit: 100 })).map(
      (p) => (p as { playlist: { id: unknown } }).playlist.id,
    );
    expect(ids).toHaveLength(37);
  });

  it('windowed lists stop below offset + limit = 10000; other platforms page on', async () => {
    const { promise } = pages('playlists.lists', '/api/playlist/spotify/lists', { limit: 100, offset: 9700 });
    expect(await sizes(promise)).toEqual([100, 100, 99]);
    const deezer = pages('playlists.lists', '/api/playlist/deezer/lists', { limit: 100, offset: 9800 });
    const deezerSizes: number[] = [];
    for await (const page of deezer.promise.pages()) if (deezerSizes.push(page.items.length) === 4) break;
    expect(deezerSizes).toEqual([100, 100, 100, 100]);
    const filter = pages('tracks.listFilter', '/api/track/list/filter', { limit: 100, offset: 9850 });
    expect(await sizes(filter.promise)).toEqual([100, 49]);
    // The sandbox answers 400 like the API past the window, on spotify and itunes only.
    expect((await send('GET', '/api/playlist/itunes/lists', 'offset=9990&limit=10')).status).toBe(400);
    expect((await send('GET', '/api/playlist/amazon/lists', 'offset=9990&limit=10')).status).toBe(200);
  });

  it('answers 404 {error} for unknown ids', async () => {
    for (const path of [
      '/api/artist/900000001',
      '/api/artist/900000001/tracks',
      '/api/genres/1',
      '/api/event/venue/999999',
      '/api/brand/9',
      '/api/city/999999/spotify/top-artists',
      '/api/track/900000001',
      '/api/track/900000001/spotify/current/playlists',
      '/api/album/900000001',
      '/api/album/900000001/tracks',
      '/api/playlist/spotify/900000001',
      '/api/curator/spotify/900000001/',
      '/api/curator/spotify/900000001/playlists',
    ]) {
      const res = await send('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.body).toMatchObject({ error: expect.any(String) });
    }
    expect((await send('GET', '/api/radio/artist/900000001/airplay-totals/city', 'since=2025-01-01')).status).toBe(404);
    // get-ids answers 200 with an empty list when nothing matches (§6.15).
    expect((await send('GET', '/api/track/chartmetric/900000001/get-ids')).body).toEqual({ obj: [] });
  });

  it('answers 400 {error} for missing or invalid required params', async () => {
    const bad: Array<[string, string]> = [
      ['/api/search', ''],
      ['/api/cities', ''],
      ['/api/artist/206557/cpp', ''],
      ['/api/artist/206557/past/events', 'fromDaysAgo=30'],
      ['/api/artist/206557/spotify_top_daily/charts', ''],
      ['/api/artist/206557/where-people-listen', ''],
      ['/api/artist/sp_followers/list', 'min=1'],
      ['/api/artist/anr/by/playlists', ''],
      ['/api/artist/206557/social-audience-stats', 'domain=youtube&audienceType=likes&statsType=stat'],
      ['/api/artist/206557/similar-artists/by-configurations', ''],
      ['/api/artist/list/filter', 'limit=100&offset=9950'],
      ['/api/charts/spotify', 'country_code=US&type=regional&interval=daily'],
      ['/api/charts/spotify', 'date=2025-06-01&type=regional&interval=daily'],
      ['/api/charts/applemusic/tracks', 'date=2025-06-01'],
      ['/api/charts/airplay/tracks', 'limit=10&duration=daily'],
      ['/api/charts/airplay/tracks', 'limit=501&duration=daily&latest=true'],
      ['/api/charts/anghami/track/play', 'genre=Arabic&code2=AE'],
      ['/api/charts/soundcloud/track/top', 'code2=GB&genre=all'],
      ['/api/charts/spotify_tracks/dates', ''],
      ['/api/track/1/spotify/current/playlists', 'limit=101'],
      ['/api/track/1/spotify/playlists/snapshot', ''],
      ['/api/track/1/spotify_top_daily/charts', ''],
      ['/api/track/1/video-trends', ''],
      ['/api/track/list/filter', 'limit=100&offset=9950'],
      ['/api/album/1/applemusic/charts', 'since=2024-01-01&until=2025-06-01'],
      ['/api/playlist/applemusic/1645080', ''],
      ['/api/playlist/spotify/1/journey-progression/journey', 'limit=51'],
      ['/api/playlist/spotify/lists', 'offset=9995&limit=10'],
      ['/api/curator/spotify/lists', 'limit=101'],
      ['/api/curator/spotify/1/stat/youtube', ''],
      ['/api/radio/artist/1/airplays', ''],
      ['/api/radio/artist/1/airplay-totals', 'since=2025-01-01'],
    ];
    for (const [path, query] of bad) {
      const res = await send('GET', path, query);
      expect(res.status, `${path}?${query}`).toBe(400);
      expect(res.body).toMatchObject({ error: expect.any(String) });
    }
    // Quirk messages from the real API (§2.3).
    expect((await send('GET', '/api/artist/206557/stat/youtube')).body).toEqual({ error: 'Domain does not exist' });
    expect((await send('GET', '/api/artist/206557/spotify_top_monthly/charts', 'since=2026-03-01')).body).toEqual({ error: 'Streaming type does not exist' });
    expect((await send('GET', '/api/charts/spotify', 'date=2025-06-01&country_code=US&type=plays_x&interval=daily')).body).toEqual({ error: 'Streaming type does not exist' });
    expect((await send('GET', '/api/curator/spotify/1/stat/youtube')).body).toEqual({ error: 'Domain does not exist' });
  });

  it('sends the API quirks: numbers as strings, nulls, mixed date formats', async () => {
    const albums = (await send('GET', '/api/artist/3380/albums')).body as { obj: Array<{ num_track: unknown; created_at: unknown }> };
    expect(typeof albums.obj[0]!.num_track).toBe('string');
    expect(albums.obj[0]!.created_at).toBeNull();
    const top = (await send('GET', '/api/city/7060/spotify/top-artists')).body as { obj: Array<{ count: unknown }> };
    expect(top.obj[0]!.count).toBe('300');
    const fest = (await send('GET', '/api/festival/list')).body as { obj: Array<{ date: string }> };
    expect(fest.obj[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2} 00:00:00\.000$/);
    const tracks = (await send('GET', '/api/artist/206557/tracks')).body as { obj: Array<{ release_dates: string[] }>; total: number };
    expect(tracks.obj[0]!.release_dates[0]).toMatch(/T00:00:00\.000Z$/);
    expect(tracks.total).toBe(47);
  });

  it('sends the other quirks: root envelopes, string counters, epoch and toDateString dates, [row, trend] pairs', async () => {
    const curatorPlaylists = (await send('GET', '/api/curator/spotify/133000/playlists')).body as Record<string, unknown>;
    expect(curatorPlaylists.obj).toBeUndefined();
    expect(curatorPlaylists.total_length).toBe('80');
    const markets = (await send('GET', '/api/radio/artist/236/broadcast-markets', 'since=2025-02-02')).body as { obj: { countryRatios: Array<Record<string, unknown>> } };
    expect(typeof markets.obj.countryRatios[0]!.market_count_data).toBe('string');
    const airplays = (await send('GET', '/api/radio/artist/236/airplays', 'since=2026-03-10')).body as { obj: Array<{ air_date: unknown }> };
    expect(airplays.obj[0]!.air_date).toBe(Date.parse('2026-03-10T00:00:00Z'));
    const stats = (await send('GET', '/api/playlist/spotify/1645080/stats', 'since=2019-10-10&until=2019-10-10')).body as { obj: Array<{ timestp: unknown }> };
    expect(stats.obj[0]!.timestp).toBe('Thu Oct 10 2019');
    const legacy = (await send('GET', '/api/radio/artist/236/airplay-totals', 'station=1&since=2026-03-01&limit=2')).body as { obj: { cities: unknown[][] } };
    expect(legacy.obj.cities[0]).toHaveLength(2);
    const line = (await send('GET', '/api/charts/line_music/track/top', 'duration=daily&genre=anime&date=2025-06-03')).body as { obj: Array<{ rankTrend: Array<{ rank: unknown }>; createdAt: string }> };
    expect(typeof line.obj[0]!.rankTrend[0]!.rank).toBe('string');
  });

  it('serves chart dates for keys that collide with chart templates (`/api/charts/tiktok/dates`)', async () => {
    for (const key of ['tiktok', 'amazon', 'itunes', 'spotify_tracks']) {
      const res = await send('GET', `/api/charts/${key}/dates`, 'fromDaysAgo=7');
      expect(chartmetricCatalog.charts.dates.response.safeParse((res.body as { obj: unknown }).obj).success, key).toBe(true);
      expect((res.body as { obj: unknown[] }).obj, key).toHaveLength(7);
    }
  });
});

describe('chartmetric catalog: params are validated before sending', () => {
  const query = (id: string, params: unknown) => byId(id).query!.safeParse(params);
  const checks = (id: string, params: Record<string, unknown>) => (byId(id).checks ?? []).map((c) => c(params)).filter(Boolean);
  const path = (id: string, name: string, value: unknown) => byId(id).pathParams![name]!.safeParse(value);

  it('artists', () => {
    expect(path('artists.get', 'id', 206557).success).toBe(true);
    expect(path('artists.get', 'id', 'abc').success).toBe(false);
    expect(path('artists.get', 'id', 0).success).toBe(false);
    expect(path('artists.stats', 'id', '06HL4z0CvFAxyc27GXpf02').success).toBe(true);
    expect(query('artists.stats', { since: '2025-13-01' }).success).toBe(false);
    expect(query('artists.stats', { since: '2025-01-01', sinceDate: '2025-01-01' }).success).toBe(false);
    expect(query('artists.stats', { since: new Date('2025-01-01T00:00:00Z') }).data).toEqual({ since: '2025-01-01' });
    expect(checks('artists.stats', { code2: 'US', cityId: 7060 })).toHaveLength(1);
    expect(checks('artists.stats', { since: '2025-02-01', until: '2025-01-01' })).toHaveLength(1);
    expect(query('artists.listFilter', { limit: 300 }).success).toBe(false);
    expect(query('artists.listFilter', { spMl: [1000] }).success).toBe(false);
    expect(checks('artists.listFilter', { limit: 100, offset: 9950 })).toHaveLength(1);
    expect(query('artists.news', { limit: 51 }).success).toBe(false);
    expect(query('artists.wherePeopleListen', { since: '2025-01-01', limit: 51 }).success).toBe(false);
    expect(checks('artists.wherePeopleListen', {})).toHaveLength(1);
    expect(checks('artists.wherePeopleListen', { latest: true })).toHaveLength(0);
    expect(query('artists.cpp', {}).success).toBe(false);
    expect(query('artists.milestones', { stars: [6] }).success).toBe(false);
    expect(checks('artists.tracks', { versionOnly: ['live'], versionOr: ['remix'] })).toHaveLength(1);
    expect(checks('artists.tracks', { versionAnd: ['live'], versionOr: ['remix'] })).toHaveLength(1);
    expect(checks('artists.similarArtistsByConfigurations', {})).toHaveLength(1);
    expect(checks('artists.socialAudienceStats', { domain: 'tiktok', audienceType: 'followers', statsType: 'brand' })).toHaveLength(1);
    expect(checks('artists.events', { fromDaysAgo: 0, toDaysAgo: 30 })).toHaveLength(1);
    // Artist chart history: since within 365 days of today, window ≤ 365 days.
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    expect(checks('artists.charts', { since: day(400) }).length).toBeGreaterThan(0);
    expect(checks('artists.charts', { since: day(30), until: day(1) })).toHaveLength(0);
    expect(query('artists.charts', {}).success).toBe(false);
  });

  it('search, genres, cities, social', () => {
    expect(query('search.query', {}).success).toBe(false);
    expect(query('search.query', { q: '' }).success).toBe(false);
    expect(checks('search.query', { q: 'x', platforms: ['spotify'] })).toHaveLength(1);
    expect(query('search.social', { url: 'not a url' }).success).toBe(false);
    expect(query('genres.list', { name: 3 }).success).toBe(false);
    expect(path('genres.get', 'id', 'pop').success).toBe(false);
    expect(query('cities.list', { countryCode: 'USA' }).success).toBe(false);
    expect(query('cities.list', {}).success).toBe(false);
    expect(path('social.instagram', 'id', -1).success).toBe(false);
  });

  it('festivals, events, brands', () => {
    expect(query('festivals.list', { eventSizes: [] }).success).toBe(false);
    expect(query('festivals.list', { code2s: ['USA'] }).success).toBe(false);
    expect(query('events.venue', { limit: 101 }).success).toBe(false);
    expect(query('brands.get', { limit: 51 }).success).toBe(false);
    expect(query('brands.listByInterest', { sortColumn: 7 }).success).toBe(false);
  });

  it('charts', () => {
    const spotify = { date: '2025-06-01', countryCode: 'US', type: 'regional', interval: 'daily' };
    expect(query('charts.spotify', spotify).success).toBe(true);
    expect(query('charts.spotify', { ...spotify, date: new Date('2025-06-01T00:00:00Z') }).data).toMatchObject({ date: '2025-06-01' });
    expect(query('charts.spotify', { ...spotify, countryCode: 'usa' }).success).toBe(false);
    expect(query('charts.spotify', { ...spotify, country_code: 'US' }).success).toBe(false);
    expect(query('charts.spotify', { ...spotify, interval: undefined }).success).toBe(false);
    expect(query('charts.spotify', { ...spotify, date: '2025-02-30' }).success).toBe(false);
    expect(checks('charts.spotify', { countryCode: 'US', type: 'regional', interval: 'daily' })).toHaveLength(1);
    expect(checks('charts.spotify', { countryCode: 'US', type: 'regional', interval: 'daily', latest: true })).toHaveLength(0);
    expect(query('charts.airplay', { limit: 501, duration: 'daily', latest: true }).success).toBe(false);
    expect(checks('charts.airplay', { limit: 10, duration: 'daily' })).toHaveLength(1);
    expect(checks('charts.anghamiTrack', { genre: 'Arabic', code2: 'AE' })).toHaveLength(1);
    expect(checks('charts.anghamiTrack', {})).toHaveLength(1);
    expect(checks('charts.tiktok', { date: '2025-06-01', code2: 'US' })).toHaveLength(1);
    // `limit` is optional on airplay and twitch: the documents' example requests omit it (see the catalog).
    expect(query('charts.twitchUsers', { since: '2025-06-01', duration: 'daily', type: 'followers' }).success).toBe(true);
    expect(query('charts.twitchUsers', { since: '2025-06-01', duration: 'daily', type: 'followers', limit: 501 }).success).toBe(false);
    expect(query('charts.airplay', { since: '2025-06-01', duration: 'daily' }).success).toBe(true);
    expect(query('charts.dates', { fromDaysAgo: 0 }).success).toBe(false);
    expect(path('charts.cmScore', 'type', 'playlist').success).toBe(false);
    expect(path('charts.cmScore', 'type_id', 'abc').success).toBe(false);
    expect(path('charts.applemusic', 'chart-type', '').success).toBe(false);
  });

  it('tracks', () => {
    expect(path('tracks.get', 'id', 15678739).success).toBe(true);
    expect(path('tracks.get', 'id', '15678739').success).toBe(true);
    expect(path('tracks.get', 'id', 'abc').success).toBe(false);
    expect(path('tracks.stats', 'id', '5hTpBe8h35rJ67eAWHQsJx').success).toBe(true);
    expect(path('tracks.stats', 'mode', 'latest').success).toBe(false);
    expect(path('tracks.playlists', 'status', 'future').success).toBe(false);
    expect(query('tracks.playlists', { limit: 101 }).success).toBe(false);
    expect(query('tracks.charts', {}).success).toBe(false);
    expect(query('tracks.milestones', { stars: [6] }).success).toBe(false);
    expect(query('tracks.topVideos', { limit: 101 }).success).toBe(false);
    expect(query('tracks.videoTrends', {}).success).toBe(false);
    expect(query('tracks.listFilter', { minSpotifyPlays: 'many' }).success).toBe(false);
    expect(query('tracks.listFilter', { min_spotify_plays: 1 }).success).toBe(false);
    expect(checks('tracks.listFilter', { limit: 100, offset: 9950 })).toHaveLength(1);
    expect(checks('tracks.listFilter', { offset: 9949 })).toHaveLength(0);
    expect(checks('tracks.listFilter', { offset: 9950 })).toEqual([expect.stringMatching(/^offset \+ limit must be < 10000 \(got offset 9950 \+ limit 50\)/)]);
    expect(checks('tracks.listFilter', { versionOnly: ['live'], versionNot: ['remix'] })).toHaveLength(1);
    expect(checks('tracks.listFilter', { versionAnd: ['live'], versionOr: ['remix'] })).toHaveLength(1);
  });

  it('albums, playlists', () => {
    expect(checks('albums.charts', { since: '2024-01-01', until: '2025-06-01' })).toHaveLength(1);
    expect(checks('albums.charts', { since: '2025-01-01', until: '2025-06-01' })).toHaveLength(0);
    expect(checks('albums.charts', { since: '2025-06-01', until: '2025-01-01' })).toHaveLength(1);
    expect(path('albums.getIds', 'id', '00602445790128').success).toBe(true);
    expect(query('albums.playlists', { limit: 101 }).success).toBe(false);
    expect(query('playlists.get', { storefront: 'US' }).success).toBe(false);
    expect(checks('playlists.get', { platform: 'applemusic' })).toEqual([expect.stringMatching(/^storefront is required for applemusic playlists: a lower-case storefront code such as 'us'$/)]);
    expect(checks('playlists.get', { platform: 'applemusic', storefront: 'us' })).toHaveLength(0);
    expect(checks('playlists.get', { platform: 'spotify' })).toHaveLength(0);
    for (const platform of ['itunes', 'amazon']) expect(checks('playlists.tracks', { platform })).toHaveLength(1);
    expect(checks('playlists.tracks', { platform: 'amazon', storefront: 'us' })).toHaveLength(0);
    expect(checks('playlists.tracks', { platform: 'deezer' })).toHaveLength(0);
    expect(path('playlists.get', 'id', 'PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG').success).toBe(true);
    expect(path('playlists.get', 'id', '').success).toBe(false);
    expect(query('playlists.journeyProgression', { limit: 51 }).success).toBe(false);
    expect(query('playlists.lists', { offset: 100_001 }).success).toBe(false);
    expect(checks('playlists.lists', { platform: 'spotify', offset: 9995 })).toHaveLength(1);
    expect(checks('playlists.lists', { platform: 'itunes', offset: 9990 })).toHaveLength(1);
    expect(checks('playlists.lists', { platform: 'itunes', offset: 9989 })).toHaveLength(0);
    for (const platform of ['deezer', 'amazon', 'youtube', 'soundcloud']) expect(checks('playlists.lists', { platform, offset: 50_000 })).toHaveLength(0);
    expect(query('playlists.snapshot', {}).success).toBe(false);
  });

  it('radio, curators', () => {
    expect(query('radio.airplays', {}).success).toBe(false);
    expect(query('radio.airplayTotals', { since: '2025-01-01', dateFormat: 'unix' }).success).toBe(false);
    expect(query('radio.airplayTotalsLegacy', { since: '2025-01-01' }).success).toBe(false);
    expect(path('radio.airplays', 'id', 0).success).toBe(false);
    expect(query('radio.stationList', { code2: 'usa' }).success).toBe(false);
    expect(query('curators.lists', { limit: 101 }).success).toBe(false);
    expect(checks('curators.lists', { limit: 100, offset: 9900 })).toHaveLength(1);
    expect(checks('curators.lists', { limit: 100, offset: 9899 })).toHaveLength(0);
    expect(query('curators.playlists', { sortColumn: '' }).success).toBe(false);
    expect(query('curators.stats', { since: 'yesterday' }).success).toBe(false);
  });
});
