/**
 * Soundcharts catalog part B (albums, charts, playlists, radios, festivals, venues, rights metadata,
 * discovery, account-scoped endpoints): every entry is served by its sandbox handler through the
 * Router and the body parses with the entry's schema; ids match their location; the wire cases'
 * arguments pass the params schemas and serialize to the expected path and query; params schemas
 * reject bad input; the sandbox pages with relative `page.next` links and cursors, and answers the
 * documented errors.
 */
import { describe, expect, it } from 'vitest';
import { pathParamNames, type AnyEndpoint } from '../../src/core/endpoint.js';
import { serializeQuery } from '../../src/core/query.js';
import { fillPath } from '../../src/core/url.js';
import { soundchartsCatalog } from '../../src/soundcharts/catalog/index.js';
import { nextSoundchartsPage } from '../../src/soundcharts/paging.js';
import { soundchartsSpec } from '../../src/soundcharts/provider.js';
import { albumsHandlers } from '../../src/testing/soundcharts/albums.js';
import { chartsHandlers } from '../../src/testing/soundcharts/charts.js';
import { collaboratorsHandlers } from '../../src/testing/soundcharts/collaborators.js';
import { dataFeedsHandlers } from '../../src/testing/soundcharts/data-feeds.js';
import { distributorsHandlers } from '../../src/testing/soundcharts/distributors.js';
import { favoritesHandlers } from '../../src/testing/soundcharts/favorites.js';
import { festivalsHandlers } from '../../src/testing/soundcharts/festivals.js';
import { labelsHandlers } from '../../src/testing/soundcharts/labels.js';
import { libraryHandlers } from '../../src/testing/soundcharts/library.js';
import { playlistsHandlers } from '../../src/testing/soundcharts/playlists.js';
import { publishersHandlers } from '../../src/testing/soundcharts/publishers.js';
import { radiosHandlers } from '../../src/testing/soundcharts/radios.js';
import { tiktokHandlers } from '../../src/testing/soundcharts/tiktok.js';
import { topHandlers } from '../../src/testing/soundcharts/top.js';
import { usersHandlers } from '../../src/testing/soundcharts/users.js';
import { venuesHandlers } from '../../src/testing/soundcharts/venues.js';
import { worksHandlers } from '../../src/testing/soundcharts/works.js';
import { catalogHarness, expectHandlersAndCasesCover, expectIdsMatchLocation, type ValidatedArgs } from '../support/catalog-harness.js';
import { cases } from './wire/part-b.cases.js';

const { albums, charts, playlists, radios, festivals, venues, collaborators, labels, publishers, works, top, library, favorites, dataFeeds, distributors, users, tiktok } = soundchartsCatalog;
const partB = { albums, charts, playlists, radios, festivals, venues, collaborators, labels, publishers, works, top, library, favorites, dataFeeds, distributors, users, tiktok };
/** The sandbox handlers of these families (src/testing/soundcharts/<family>.ts). */
const routesPartB = { ...albumsHandlers, ...chartsHandlers, ...playlistsHandlers, ...radiosHandlers, ...festivalsHandlers, ...venuesHandlers, ...collaboratorsHandlers, ...labelsHandlers, ...publishersHandlers, ...worksHandlers, ...topHandlers, ...libraryHandlers, ...favoritesHandlers, ...dataFeedsHandlers, ...distributorsHandlers, ...usersHandlers, ...tiktokHandlers };
const harness = catalogHarness({
  catalog: partB,
  routes: routesPartB,
  origin: 'https://customer.api.soundcharts.com',
  spec: soundchartsSpec,
  now: new Date('2026-03-15T12:00:00Z'),
});
const { endpoints, byId } = harness;
/** Soundcharts bodies: `{type, object, errors}` unwraps to `object`; lists and bespoke bodies stay whole. */
const unwrap = (body: unknown) => soundchartsSpec.unwrap(body, undefined);
const send = (method: string, pathAndQuery: string, body?: unknown) => harness.send(method, pathAndQuery, { body });
const get = (path: string) => send('GET', path);
const errorsOf = (body: unknown) => (body as { errors: Array<{ key: string; code: number; message: string }> }).errors;
/** The wire path and query the client builds from validated arguments (Soundcharts keeps names, joins lists with commas). */
const serialize = (e: AnyEndpoint, args: ValidatedArgs) => ({ path: fillPath(e.path, args.pathValues), query: serializeQuery(args.query, (k) => k, 'comma') });

describe('soundcharts catalog part B: structure', () => {
  it('every entry id is <family>.<method> of where it lives', () => expectIdsMatchLocation(partB));

  it('every entry has a sandbox handler and a wire case, and every handler an entry', () => expectHandlersAndCasesCover(endpoints, routesPartB, cases.map((c) => c.id)));

  it('paths keep their version prefix, placeholders have schemas, entries are documented', () => {
    for (const e of endpoints) {
      expect(e.path, e.id).toMatch(/^\/api\/v2(\.\d+)?\//);
      for (const name of pathParamNames(e.path)) expect(e.pathParams?.[name], `${e.id} {${name}}`).toBeDefined();
      expect(e.summary, e.id).toBeTruthy();
      expect(e.docs, e.id).toMatch(/^reference\/soundcharts\.md §(2\.(6|7|8|9|10|11|12)|3) /);
      // Lists take offset/limit (the paginator may send them), capped at 100.
      if (e.paginate) {
        const shape = e.query!.def.shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>;
        expect(shape.offset?.safeParse(0).success, e.id).toBe(true);
        expect(shape.limit?.safeParse(100).success, e.id).toBe(true);
        expect(shape.limit?.safeParse(101).success, e.id).toBe(false);
      }
    }
  });

  it('discovery entries are POSTs with paging in the query and {sort, filters} in the body', () => {
    for (const e of endpoints.filter((x) => x.id.startsWith('top.'))) {
      expect(e.method).toBe('POST');
      expect(Object.keys(e.query!.def.shape)).toEqual(expect.arrayContaining(['offset', 'limit', 'cursor']));
      expect(Object.keys(e.body!.def.shape).sort()).toEqual(['filters', 'sort']);
    }
  });
});

describe('soundcharts catalog part B: wire cases against the sandbox', () => {
  for (const [n, c] of cases.entries()) {
    it(`${c.id} #${n}: ${c.expect.method} ${c.expect.path}`, () => harness.runWireCase(c, serialize));
  }

  it('a batch of one UUID (the entity envelope of `get`) is normalized to { items }', async () => {
    const e = byId.get('festivals.getMany')!;
    const res = await get('/api/v2/festival/415ba98a-fa31-f4c7-d08c-04e49e42ee38');
    const parsed = e.response.safeParse(unwrap(res.body));
    expect(parsed.success).toBe(true);
    expect((parsed.data as { items: Array<{ name: string }> }).items.map((f) => f.name)).toEqual(['Wild Waves Festival']);
  });
});

describe('soundcharts catalog part B: params schemas reject bad input', () => {
  const rejects = (id: string, part: 'query' | 'body', value: Record<string, unknown>) => expect(byId.get(id)![part]!.safeParse(value).success, `${id} ${JSON.stringify(value)}`).toBe(false);
  const rejectsPath = (id: string, name: string, value: unknown) => expect(byId.get(id)!.pathParams![name]!.safeParse(value).success, `${id} {${name}} ${String(value)}`).toBe(false);

  it('albums and charts', () => {
    rejectsPath('albums.get', 'uuid', 'not-a-uuid');
    rejectsPath('albums.byUpc', 'upc', '12-34');
    rejects('albums.audience', 'query', { startDate: '2025-13-01' });
    rejects('albums.chartsRanks', 'query', { sortOrder: 'up' });
    rejects('albums.identifiers', 'query', { limit: '10' });
    rejectsPath('charts.songRanking', 'datetime', '2025-01-03');
    rejectsPath('charts.songRanking', 'datetime', '2025-01-03 00:00:00');
    rejects('charts.songByPlatform', 'query', { countryCode: 'FRA' });
    rejects('charts.songRankingLatest', 'query', { offset: -1 });
    expect(byId.get('albums.audience')!.checks![0]!({ startDate: '2025-02-01', endDate: '2025-01-01' })).toMatch(/startDate/);
  });

  it('playlists and radios', () => {
    rejects('playlists.availableTracklistings', 'query', { period: 91 });
    rejects('playlists.byType', 'query', { sortOrder: 'descending' });
    rejects('playlists.byCurator', 'query', { country_code: 'US' });
    expect(byId.get('playlists.byPlatform')!.checks![0]!({ platform: 'apple-music' })).toMatch(/countryCode is required/);
    expect(byId.get('playlists.byPlatform')!.checks![0]!({ platform: 'spotify' })).toBeUndefined();
    rejects('radios.liveFeed', 'query', { endDate: '31/01/2025' });
  });

  it('batch paths take 1 to 10 comma-joined UUIDs in one string', () => {
    const uuids = Array.from({ length: 11 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    for (const id of ['festivals.getMany', 'collaborators.getMany', 'labels.getMany', 'works.getMany']) {
      const schema = byId.get(id)!.pathParams!.uuids!;
      expect(schema.safeParse(uuids.slice(0, 10).join(',')).success, id).toBe(true);
      expect(schema.safeParse(uuids[0]).success, id).toBe(true);
      expect(schema.safeParse(uuids.join(',')).success, id).toBe(false);
      expect(schema.safeParse(`${uuids[0]},`).success, id).toBe(false);
      expect(schema.safeParse(uuids.slice(0, 2)).success, id).toBe(false);
    }
  });

  it('rights metadata and account-scoped endpoints', () => {
    rejectsPath('collaborators.byIpi', 'ipi', 'abc');
    rejectsPath('works.byIswc', 'iswc', '123');
    rejects('collaborators.audience', 'query', { sort: 'newest' });
    rejects('dataFeeds.subscribe', 'query', { uuid: '11e81bcc-9c1c-ce38-b96b-a0369fe50396', code: 'artist-metadata', storageCode: 'gcs-main', pushInterval: 60 });
    rejects('dataFeeds.subscribe', 'query', { code: 'artist-metadata', storageCode: 'gcs-main' });
    rejects('library.addArtists', 'body', { identifiers: [] });
    rejects('library.addArtists', 'body', { identifiers: [{ identifier: 'x' }] });
    rejects('library.removeSongs', 'body', { identifiers: [{ identifier: 'x', platformCode: 'spotify', extra: 1 }] });
    rejectsPath('users.blocklistArtists', 'email', 'not-an-email');
    rejects('tiktok.musicVideoVolume', 'query', { period: 0 });
  });

  it('discovery bodies', () => {
    rejects('top.artists', 'query', { limit: 500 });
    rejects('top.artists', 'body', { sort: 'followers' });
    rejects('top.artists', 'body', { sort: { order: 'descending' } });
    rejects('top.playlists', 'body', { sort: { order: 'desc' } }); // playlists need sort.type
    rejects('top.songs', 'body', { filters: [{ data: {} }] }); // a filter needs a type
    rejects('top.songs', 'body', { filter: [] });
    expect(byId.get('top.venues')!.body!.safeParse({ sort: { type: 'capacity', order: 'desc', extra: 'kept' } }).success).toBe(true);
  });
});

describe('soundcharts sandbox part B: pagination', () => {
  it('follows page.next links (version prefix and full query kept) to a short last page', async () => {
    const e = byId.get('charts.songAvailableRankings')!;
    let link: string | null = '/api/v2/chart/song/spotify-top-global-daily/available-rankings?limit=100';
    const seen: string[] = [];
    let pages = 0;
    while (link && pages < 100) {
      const res = await get(link);
      const data = e.response.parse(unwrap(res.body)) as { items: string[]; page: { next: string | null; total: number } };
      seen.push(...data.items);
      const next = nextSoundchartsPage(data, {});
      link = next && 'url' in next ? next.url : null;
      if (link) expect(link).toMatch(/^\/api\/v2\/chart\/song\/spotify-top-global-daily\/available-rankings\?offset=\d+&limit=100$/);
      pages++;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.at(-1)).toBe('2016-01-01T00:00:00+00:00');
    expect(seen.length % 100).not.toBe(0);
  });

  it('discovery lists switch to the cursor before 50,000 rows', async () => {
    const e = byId.get('top.artists')!;
    const res = await send('POST', '/api/v2/top/artists?offset=49900&limit=100', {});
    const data = e.response.parse(unwrap(res.body)) as never as { items: unknown[]; page: { cursor: string; next: string | null } };
    expect(data.items).toHaveLength(100);
    expect(data.page.next).toBeNull();
    const next = nextSoundchartsPage(data as never, { offset: 49_900, limit: 100 }, { cursor: true });
    expect(next).toEqual({ params: { offset: 0, limit: 100, cursor: data.page.cursor } });
    const after = await send('POST', `/api/v2/top/artists?offset=0&limit=100&cursor=${data.page.cursor}`, {});
    const rest = e.response.parse(unwrap(after.body)) as never as { items: Array<{ artist: { uuid: string } }>; page: { total: number } };
    expect(rest.page.total).toBe(250);
    expect(rest.items).toHaveLength(100);
    const beyond = await send('POST', '/api/v2/top/artists?offset=49950&limit=100', {});
    expect(beyond.status).toBe(400);
  });

  it('rankings are deterministic, positions evolve between dates', async () => {
    const a = await get('/api/v2.14/chart/song/spotify-top-global-daily/ranking/2025-01-03T00:00:00%2B00:00?limit=100');
    const b = await get('/api/v2.14/chart/song/spotify-top-global-daily/ranking/2025-01-03T00:00:00%2B00:00?limit=100');
    expect(a.body).toEqual(b.body);
    const items = (a.body as { items: Array<{ entryState: string; oldPosition: number | null; position: number }> }).items;
    expect(new Set(items.map((i) => i.entryState)).size).toBeGreaterThan(1);
  });
});

describe('soundcharts sandbox part B: documented errors', () => {
  const NOT_FOUND = { errors: [{ key: 'access', code: 404, message: 'Not found.' }] };
  const UNKNOWN = '00000000-0000-4000-8000-000000000000';

  it('unknown ids answer the real 404 body', async () => {
    for (const path of [
      `/api/v2.51/album/by-uuid/${UNKNOWN}`,
      '/api/v2.51/album/by-upc/00000000000000',
      `/api/v2.8/playlist/${UNKNOWN}`,
      '/api/v2.14/chart/song/no-such-chart/ranking/latest',
      '/api/v2/radio/no-such-radio/live-feed',
      `/api/v2/festival/${UNKNOWN}`,
      `/api/v2/festival/edition/${UNKNOWN}`,
      `/api/v2/venue/concert/${UNKNOWN}`,
      `/api/v2/collaborator/${UNKNOWN}/songs`,
      `/api/v2/label/${UNKNOWN}`,
      `/api/v2/work/${UNKNOWN}/recordings`,
      `/api/v2/distributor/${UNKNOWN}/upc-roots`,
      '/api/v2/user/nobody%40example.com/blocklist/artists',
      '/api/v2/tiktok/music/1',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).toEqual(NOT_FOUND);
    }
  });

  it('a ranking date without a ranking is a 404, a malformed one a 400', async () => {
    expect((await get('/api/v2.26/chart/album/billboard-albums-global-weekly/ranking/2025-01-04T00:00:00%2B00:00')).status).toBe(404);
    expect((await get('/api/v2.14/chart/song/spotify-top-global-daily/ranking/2015-06-01T00:00:00%2B00:00')).status).toBe(404);
    expect((await get('/api/v2.14/chart/song/spotify-top-global-daily/ranking/yesterday')).status).toBe(400);
  });

  it('bad paging, dates, periods and platforms answer 400 with the error body', async () => {
    const res = await get('/api/v2/chart/song/by-platform/spotify?limit=101');
    expect(res.status).toBe(400);
    expect(errorsOf(res.body)[0]).toMatchObject({ key: 'limit', code: 400 });
    expect((await get('/api/v2/chart/song/by-platform/myspace')).status).toBe(400);
    expect((await get('/api/v2.20/playlist/bc0a3acf-da70-f98c-c3d1-facb72aeeb93/audience?startDate=2025-02-01&endDate=2025-01-01')).status).toBe(400);
    expect((await get('/api/v2.20/playlist/bc0a3acf-da70-f98c-c3d1-facb72aeeb93/available-tracklistings?period=120')).status).toBe(400);
    expect((await get('/api/v2/radio/silver-fm-us-0/live-feed?startDate=01-01-2025')).status).toBe(400);
    expect((await get('/api/v2/venue/by-city-key')).status).toBe(400);
    expect((await get('/api/v2/festival/by-platform/myspace/1')).status).toBe(400);
    expect((await get('/api/v2.8/playlist/by-platform/apple-music/pl.ufhs0u6k9vmulaxhemr2ivowxjwepyul')).status).toBe(400);
    const uuids = Array.from({ length: 11 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`).join('%2C');
    const batch = await get(`/api/v2/work/${uuids}`);
    expect(batch.status).toBe(400);
    expect(errorsOf(batch.body)[0]!.message).toMatch(/10/);
  });

  it('discovery rejects sort values outside the documented sets', async () => {
    expect((await send('POST', '/api/v2/top/artists', { sort: { period: 'year' } })).status).toBe(400);
    expect((await send('POST', '/api/v2/top/playlists/spotify', { sort: { order: 'desc' } })).status).toBe(400);
    expect((await send('POST', '/api/v2/top/venues', { sort: { type: 'popularity' } })).status).toBe(400);
    expect((await send('POST', '/api/v2/top/songs', { filters: {} })).status).toBe(400);
  });

  it('writes answer their documented conflicts and refusals', async () => {
    const conflict = await send('POST', '/api/v2/favorite/artist/11e81bcc-9c1c-ce38-b96b-a0369fe50396');
    expect(conflict.status).toBe(409);
    const foreign = await send('POST', '/api/v2/distributor/e0daf4e7-92e7-cf70-4613-2d4fb2afb68d/upcs/0602577427666');
    expect(foreign.status).toBe(403);
    expect(errorsOf(foreign.body)[0]!.message).toBe("You can't modify this distributor");
    const exists = await send('POST', '/api/v2/data-feed/configured?uuid=11e81bcc-9c1c-ce38-b96b-a0369fe50396&code=artist-metadata&storageCode=gcs-main');
    expect(exists.status).toBe(409);
    const missing = await send('DELETE', '/api/v2/data-feed/configured?uuid=11e81bcc-9c1c-ce38-b96b-a0369fe50396&code=artist-metadata&storageCode=s3-archive');
    expect(missing.status).toBe(404);
    expect((await send('POST', '/api/v2/library/artist', {})).status).toBe(400);
  });
});
