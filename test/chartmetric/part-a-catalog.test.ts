/**
 * Chartmetric catalog, part A: every entry sits where its id says, has a sandbox handler and a wire
 * case; the sandbox answers each wire case (through the Router, so the path template is exercised)
 * with a body the entry's response schema accepts after unwrapping the envelope; params schemas and
 * checks reject bad input; paging over the sandbox stops on the short last page.
 */
import { describe, expect, it } from 'vitest';
import { chartmetricCatalog } from '../../src/chartmetric/catalog/index.js';
import { pathParamNames } from '../../src/core/endpoint.js';
import { chartmetricSpec } from '../../src/chartmetric/provider.js';
import { artistsHandlers } from '../../src/testing/chartmetric/artists.js';
import { brandsHandlers } from '../../src/testing/chartmetric/brands.js';
import { citiesHandlers } from '../../src/testing/chartmetric/cities.js';
import { eventsHandlers } from '../../src/testing/chartmetric/events.js';
import { festivalsHandlers } from '../../src/testing/chartmetric/festivals.js';
import { genresHandlers } from '../../src/testing/chartmetric/genres.js';
import { searchHandlers } from '../../src/testing/chartmetric/search.js';
import { socialHandlers } from '../../src/testing/chartmetric/social.js';
import { catalogHarness, expectHandlersAndCasesCover, expectIdsMatchLocation } from '../support/catalog-harness.js';
import { cases } from './wire/part-a.cases.js';

const { artists, search, genres, cities, social, festivals, events, brands } = chartmetricCatalog;
const partA = { artists, search, genres, cities, social, festivals, events, brands };
/** The sandbox handlers of these families (src/testing/chartmetric/<family>.ts). */
const routesPartA = { ...artistsHandlers, ...searchHandlers, ...genresHandlers, ...citiesHandlers, ...socialHandlers, ...festivalsHandlers, ...eventsHandlers, ...brandsHandlers };
const harness = catalogHarness({
  catalog: partA,
  routes: routesPartA,
  origin: 'https://api.chartmetric.com',
  spec: chartmetricSpec,
  now: new Date('2026-03-15T12:00:00Z'),
});
const { endpoints, endpoint: byId, pages } = harness;
/** Sends one request to the part-A handlers: method, wire path and query string. */
const send = (method: string, path: string, query = '') => harness.send(method, query ? `${path}?${query}` : path);

describe('chartmetric catalog part A: structure', () => {
  it('has the documented families and the 35 artist operations', () => {
    expect(Object.keys(partA)).toEqual(['artists', 'search', 'genres', 'cities', 'social', 'festivals', 'events', 'brands']);
    expect(Object.keys(partA.artists)).toHaveLength(35);
    expect(endpoints).toHaveLength(49);
    expect(endpoints.some((e) => e.path === '/api/token')).toBe(false);
  });

  it('every entry id equals its family and method key', () => expectIdsMatchLocation(partA));

  it('paths are unique and every path placeholder has a schema', () => {
    expect(new Set(endpoints.map((e) => `${e.method} ${e.path}`)).size).toBe(endpoints.length);
    for (const e of endpoints) for (const name of pathParamNames(e.path)) expect(e.pathParams?.[name], `${e.id} {${name}}`).toBeDefined();
  });

  it('every entry has a sandbox handler and at least one wire case', () => expectHandlersAndCasesCover(endpoints, routesPartA, cases.map((c) => c.id)));

  it('paginated entries name their page params limit/offset; where-people-listen has its own 10 req/s cap', () => {
    for (const e of endpoints.filter((x) => x.paginate)) {
      expect(e.query?.shape, e.id).toHaveProperty('limit');
      expect(e.query?.shape, e.id).toHaveProperty('offset');
    }
    expect(byId('artists.wherePeopleListen').maxPerSecond).toBe(10);
    expect(byId('artists.listFilter').paginate).toMatchObject({ kind: 'offset', maxOffset: 10000 });
  });
});

describe('chartmetric catalog part A: wire cases against the sandbox', () => {
  for (const [i, c] of cases.entries()) {
    it(`${c.id} #${i}: ${c.expect.path}${c.expect.query ? `?${c.expect.query}` : ''}`, () => harness.runWireCase(c));
  }

  it('is deterministic: the same request gives the same body', async () => {
    const a = await send('GET', '/api/artist/206557/tracks', 'limit=5&offset=10');
    const b = await send('GET', '/api/artist/206557/tracks', 'limit=5&offset=10');
    expect(a.body).toEqual(b.body);
  });
});

describe('chartmetric catalog part A: sandbox paging and errors', () => {
  it('artists.tracks(206557) spans several pages and stops on the short last page', async () => {
    const { promise } = pages('artists.tracks', '/api/artist/206557/tracks');
    const sizes: number[] = [];
    for await (const page of promise.pages()) sizes.push(page.items.length);
    expect(sizes).toEqual([10, 10, 10, 10, 7]);
    const ids = (await pages('artists.tracks', '/api/artist/206557/tracks').promise.toArray({ limit: 100 })).map((t) => (t as { id: number }).id);
    expect(new Set(ids).size).toBe(47);
  });

  it('artists.listFilter stops at total; brands.get at its total of 95', async () => {
    const { promise } = pages('artists.listFilter', '/api/artist/list/filter', { limit: 100 });
    expect((await promise.toArray({ limit: 10_000 })).length).toBe(2400);
    const brand = pages('brands.get', '/api/brand/101', { limit: 50 });
    expect((await brand.promise.toArray({ limit: 1000 })).length).toBe(95);
  });

  it('answers 404 {error} for unknown ids', async () => {
    for (const path of ['/api/artist/900000001', '/api/artist/900000001/tracks', '/api/genres/1', '/api/event/venue/999999', '/api/brand/9', '/api/city/999999/spotify/top-artists']) {
      const res = await send('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.body).toMatchObject({ error: expect.any(String) });
    }
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
    ];
    for (const [path, query] of bad) {
      const res = await send('GET', path, query);
      expect(res.status, `${path}?${query}`).toBe(400);
      expect(res.body).toMatchObject({ error: expect.any(String) });
    }
    // Quirk messages from the real API (§2.3).
    expect((await send('GET', '/api/artist/206557/stat/youtube')).body).toEqual({ error: 'Domain does not exist' });
    expect((await send('GET', '/api/artist/206557/spotify_top_monthly/charts', 'since=2026-03-01')).body).toEqual({ error: 'Streaming type does not exist' });
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
});

describe('chartmetric catalog part A: params are validated before sending', () => {
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
});
