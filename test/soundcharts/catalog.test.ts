/**
 * The Soundcharts catalog against its sandbox handlers: every entry is served by its handler through
 * the Router and the body parses with the entry's schema, for realistic requests and for every wire
 * case (wire/<family>.cases.ts), whose arguments also pass the params schemas and serialize to the
 * expected path and query; ids match their location; params schemas reject bad input; the sandbox
 * pages with relative `page.next` links and cursors, and answers the documented errors.
 */
import { describe, expect, it } from 'vitest';
import { pathParamNames, type AnyEndpoint } from '../../src/core/endpoint.js';
import { serializeQuery } from '../../src/core/query.js';
import { fillPath } from '../../src/core/url.js';
import { soundchartsCatalog, type SoundchartsCatalog } from '../../src/soundcharts/catalog/index.js';
import { nextSoundchartsPage } from '../../src/soundcharts/paging.js';
import { soundchartsSpec } from '../../src/soundcharts/provider.js';
import { shortVideos } from '../../src/testing/soundcharts/artist-activity.js';
import { BAD_GUY, BILLIE_EILISH, findArtist, findSong, sandboxArtists, songsOf } from '../../src/testing/soundcharts/artist-data.js';
import { soundchartsHandlers } from '../../src/testing/soundcharts/handlers.js';
import { BLACKLISTED_ISRC } from '../../src/testing/soundcharts/songs.js';
import { catalogHarness, expectHandlersAndCasesCover, expectIdsMatchLocation, type ValidatedArgs } from '../support/catalog-harness.js';
import { cases, casesByFamily } from './wire/index.js';

type Family = keyof SoundchartsCatalog;
const harness = catalogHarness({
  catalog: soundchartsCatalog,
  routes: soundchartsHandlers,
  origin: 'https://customer.api.soundcharts.com',
  spec: soundchartsSpec,
  now: new Date('2026-03-15T12:00:00Z'),
});
const { endpoints, byId } = harness;
const familyOf = (e: AnyEndpoint) => e.id.split('.')[0] as Family;
/** Soundcharts bodies: `{type, object, errors}` unwraps to `object`; lists and bespoke bodies stay whole. */
const unwrap = (body: unknown) => soundchartsSpec.unwrap(body, undefined);
const send = (method: string, pathAndQuery: string, body?: unknown) => harness.send(method, pathAndQuery, { body });
const get = (path: string) => send('GET', path);
const errorsOf = (body: unknown) => (body as { errors: Array<{ key: string; code: number; message: string }> }).errors;
/** The wire path and query the client builds from validated arguments (Soundcharts keeps names, joins lists with commas). */
const serialize = (e: AnyEndpoint, args: ValidatedArgs) => ({ path: fillPath(e.path, args.pathValues), query: serializeQuery(args.query, (k) => k, 'comma') });
/** `catalog/data-feeds.ts` ↔ `wire/data-feeds.cases.ts`. */
const wireFile = (family: string) => `wire/${family.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.cases.ts`;

/** The reference section of each family (reference/soundcharts.md; the `DOCS` of src/soundcharts/catalog/<family>.ts). */
const SECTION: Record<Family, string> = {
  team: '2.1', search: '2.2', referential: '2.3', artists: '2.4', songs: '2.5', albums: '2.6', charts: '2.7', playlists: '2.8', radios: '2.9',
  festivals: '2.10', venues: '2.10', collaborators: '2.11', labels: '2.11', publishers: '2.11', works: '2.11', top: '3',
  distributors: '2.12', favorites: '2.12', dataFeeds: '2.12', library: '2.12', users: '2.12', tiktok: '2.12',
};
/** The lists that take no paging params (referential genres and metrics, `songs.related`) or no cap (`artists.related`). */
const UNCAPPED = ['referential.artistGenres', 'referential.songGenres', 'referential.artistRankingMetrics', 'songs.related', 'artists.related'];
/** The families whose sandbox answers are also checked with the realistic requests below. */
const REQUEST_FAMILIES: Family[] = ['search', 'referential', 'artists', 'songs', 'team'];

interface Call { method?: string; params?: Record<string, string>; query?: Record<string, string>; body?: unknown; headers?: Record<string, string> }

const call = (e: AnyEndpoint, c: Call = {}) => {
  const qs = new URLSearchParams(c.query).toString();
  return harness.send(c.method ?? e.method, `${fillPath(e.path, c.params ?? {})}${qs ? `?${qs}` : ''}`, c);
};

const ARTIST = { uuid: BILLIE_EILISH };
const SONG = { uuid: BAD_GUY };
const WINDOW = { startDate: '2025-05-01', endDate: '2025-05-20' };
const YEAR = { startDate: '2024-07-01', endDate: '2025-06-01' };
const video = shortVideos(findArtist(BILLIE_EILISH)!, 'youtube')[3]!.identifier;
const secondSong = songsOf(findArtist(BILLIE_EILISH)!)[1]!.uuid;

/** Realistic requests beyond the wire cases, one or more per entry of these families (checked below). */
const REQUESTS: Record<string, Call[]> = {
  'team.usage': [{}],
  'search.artists': [{ params: { term: 'billie' } }, { params: { term: 'billie' }, query: { limit: '20', offset: '0' } }],
  'search.songs': [{ params: { term: 'bad guy' } }],
  'search.albums': [{ params: { term: 'when we all' } }],
  'search.collaborators': [{ params: { term: 'a' }, query: { limit: '5' } }],
  'search.playlists': [{ params: { term: 'e' }, query: { limit: '10' } }],
  'search.radios': [{ params: { term: 'fm' } }],
  'search.festivals': [{ params: { term: 'festival' } }],
  'search.venues': [{ params: { term: 'arena' } }],
  'search.labels': [{ params: { term: 'records' } }],
  'search.externalUrl': [
    { query: { platformUrl: 'https://open.spotify.com/artist/6qqNVTkY8uBg9cP3Jd7DAH' } },
    { query: { platformUrl: `https://open.spotify.com/track/${findSong(BAD_GUY)!.spotifyId}` } },
  ],
  'referential.platforms': [{}, { query: { offset: '10', limit: '5' } }],
  'referential.platformsSocial': [{}],
  'referential.platformsStreaming': [{}],
  'referential.songChartPlatforms': [{}],
  'referential.albumChartPlatforms': [{}],
  'referential.playlistPlatforms': [{}],
  'referential.radioCountries': [{}],
  'referential.artistGenres': [{}, { query: { genre: 'pop', sortOrder: 'desc' } }],
  'referential.songGenres': [{ query: { sortOrder: 'asc' } }],
  'referential.artistRankingCities': [{ params: { countryCode: 'US' }, query: { searchCity: 'new' } }],
  'referential.artistRankingMetrics': [{}],
  'referential.venueCities': [{ params: { countryCode: 'FR' } }],
  'referential.labelTypes': [{}],
  'referential.distributors': [{ query: { limit: '5' } }],
  'referential.lyricsAttributes': [{ query: { attribute: 'themes' } }, { query: { attribute: 'brands', term: 'gu' } }],
  'artists.get': [{ params: ARTIST }],
  'artists.getMany': [{ params: { uuids: `${BILLIE_EILISH},${sandboxArtists()[1]!.uuid}` } }, { params: { uuids: BILLIE_EILISH } }],
  'artists.byPlatform': [{ params: { platform: 'spotify', identifier: '6qqNVTkY8uBg9cP3Jd7DAH' } }],
  'artists.identifiers': [{ params: ARTIST }, { params: ARTIST, query: { platform: 'spotify', onlyDefault: 'true' } }],
  'artists.songs': [{ params: ARTIST, query: { sortBy: 'spotifyStream', sortOrder: 'desc' } }, { params: ARTIST, query: { mainPerformer: '1', limit: '10' } }],
  'artists.albums': [{ params: ARTIST, query: { type: 'album', sortBy: 'releaseDate', sortOrder: 'desc' } }],
  'artists.related': [{ params: ARTIST }],
  'artists.currentStats': [{ params: ARTIST, query: { period: '30' } }],
  'artists.soundchartsScore': [{ params: ARTIST, query: WINDOW }],
  'artists.audience': [{ params: { ...ARTIST, platform: 'instagram' }, query: WINDOW }, { params: { ...ARTIST, platform: 'spotify' } }],
  'artists.socialFollowers': [{ params: { ...ARTIST, platform: 'instagram' }, query: YEAR }],
  'artists.streamingListening': [{ params: { ...ARTIST, platform: 'spotify' }, query: WINDOW }],
  'artists.streaming': [{ params: { ...ARTIST, platform: 'spotify' }, query: YEAR }],
  'artists.retention': [{ params: { ...ARTIST, platform: 'spotify' }, query: WINDOW }],
  'artists.popularity': [{ params: { ...ARTIST, platform: 'spotify' }, query: WINDOW }],
  'artists.audienceReportLatest': [{ params: { ...ARTIST, platform: 'instagram' } }],
  'artists.audienceReportAvailableDates': [{ params: { ...ARTIST, platform: 'tiktok' }, query: YEAR }],
  'artists.audienceReport': [{ params: { ...ARTIST, platform: 'youtube', date: '2025-03-01T00:00:00+00:00' } }],
  'artists.unlockAudienceReport': [{ params: { ...ARTIST, platform: 'instagram' } }],
  'artists.shortsVideos': [{ params: { ...ARTIST, platform: 'youtube' } }],
  'artists.shortsAudience': [{ params: { identifier: video } }],
  'artists.chartsSongRanks': [{ params: { ...ARTIST, platform: 'spotify' }, query: { currentOnly: '0', sortBy: 'rankDate', sortOrder: 'desc' } }],
  'artists.chartsAlbumRanks': [{ params: { ...ARTIST, platform: 'apple-music' }, query: { currentOnly: '1' } }],
  'artists.playlistCurrent': [
    { params: { ...ARTIST, platform: 'spotify' }, query: { type: 'editorial', sortBy: 'subscriberCount', sortOrder: 'desc' } },
    { params: { ...ARTIST, platform: 'deezer' }, query: { currentOnly: '1', countryCode: 'US' } },
  ],
  'artists.playlistReach': [{ params: { ...ARTIST, platform: 'spotify' }, query: { type: 'all', ...WINDOW } }, { params: { ...ARTIST, platform: 'apple-music' }, query: WINDOW }],
  'artists.broadcasts': [{ params: ARTIST, query: WINDOW }],
  'artists.broadcastGroups': [{ params: ARTIST, query: { ...WINDOW, countryCode: 'US' } }],
  'artists.events': [{ params: ARTIST, query: { type: 'concert', sortOrder: 'asc' } }],
  'artists.sourcesAdd': [{ params: ARTIST, body: { urls: ['https://www.instagram.com/billieeilish'] } }],
  'songs.get': [{ params: SONG }],
  'songs.getMany': [{ params: { uuids: `${BAD_GUY},${secondSong}` } }],
  'songs.byIsrc': [{ params: { isrc: 'USUM71900764' } }],
  'songs.byPlatform': [{ params: { platform: 'spotify', identifier: findSong(BAD_GUY)!.spotifyId } }],
  'songs.lyricsAnalysis': [{ params: SONG }],
  'songs.identifiers': [{ params: SONG }],
  'songs.albums': [{ params: SONG }],
  'songs.soundchartsScore': [{ params: SONG, query: WINDOW }],
  'songs.currentStats': [{ params: SONG }],
  'songs.audience': [{ params: { ...SONG, platform: 'spotify' }, query: WINDOW }],
  'songs.streaming': [{ params: { ...SONG, platform: 'youtube' }, query: YEAR }],
  'songs.popularity': [{ params: { ...SONG, platform: 'spotify' }, query: WINDOW }],
  'songs.chartsRanks': [{ params: { ...SONG, platform: 'spotify' } }],
  'songs.playlistCurrent': [{ params: { ...SONG, platform: 'spotify' }, query: { sortBy: 'position', sortOrder: 'asc' } }],
  'songs.playlistReach': [{ params: { ...SONG, platform: 'spotify' }, query: WINDOW }],
  'songs.broadcasts': [{ params: SONG, query: WINDOW }],
  'songs.broadcastGroups': [{ params: SONG, query: WINDOW }],
  'songs.related': [{ params: SONG }],
  'songs.sourcesAdd': [{ params: SONG, body: { urls: ['https://open.spotify.com/track/2Fxmhks0bxGSBdJ92vM42m'] } }],
};

describe('soundcharts catalog: structure', () => {
  it('every entry id is <family>.<method> of where it lives', () => expectIdsMatchLocation(soundchartsCatalog));

  it('every entry has a sandbox handler and a wire case, and every handler an entry', () => expectHandlersAndCasesCover(endpoints, soundchartsHandlers, cases.map((c) => c.id)));

  it('the realistic requests cover every search, referential, artists, songs and team entry, and name only entries', () => {
    const ids = endpoints.filter((e) => REQUEST_FAMILIES.includes(familyOf(e))).map((e) => e.id);
    expect(ids.filter((id) => !(id in REQUESTS))).toEqual([]);
    expect(Object.keys(REQUESTS).filter((id) => !ids.includes(id))).toEqual([]);
  });

  for (const family of Object.keys(soundchartsCatalog) as Family[]) {
    it(`${family}: its wire cases are in ${wireFile(family)}, and only they`, () => {
      const ids = casesByFamily[family].map((c) => c.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => !id.startsWith(`${family}.`))).toEqual([]);
    });
  }

  it('paths keep their version prefix, placeholders have schemas, entries are documented', () => {
    for (const e of endpoints) {
      expect(e.path, e.id).toMatch(/^\/api\/v2(\.\d+)?\//);
      for (const name of pathParamNames(e.path)) expect(e.pathParams?.[name], `${e.id} {${name}}`).toBeDefined();
      expect(e.summary, e.id).toBeTruthy();
      expect(e.docs?.startsWith(`reference/soundcharts.md §${SECTION[familyOf(e)]} `), `${e.id}: ${e.docs}`).toBe(true);
      // Lists take offset/limit (the paginator may send them), capped at 100; searches at 20.
      if (e.paginate && !UNCAPPED.includes(e.id)) {
        const shape = e.query!.def.shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>;
        const cap = familyOf(e) === 'search' ? 20 : 100;
        expect(shape.offset?.safeParse(0).success, e.id).toBe(true);
        expect(shape.limit?.safeParse(cap).success, e.id).toBe(true);
        expect(shape.limit?.safeParse(cap + 1).success, e.id).toBe(false);
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

describe('soundcharts catalog: sandbox bodies parse with the schemas', () => {
  for (const e of endpoints.filter((x) => x.id in REQUESTS)) {
    it(e.id, async () => {
      for (const c of REQUESTS[e.id]!) {
        const res = await call(e, c);
        expect(res.status, `${e.id} ${JSON.stringify(res.body).slice(0, 300)}`).toBe(200);
        // `get` and `getMany` share one template: the router may pick either (both handlers are the same).
        if (e.id.endsWith('.getMany')) expect([e.id, e.id.replace('getMany', 'get')]).toContain(res.id);
        else expect(res.id).toBe(e.id);
        const parsed = e.response.safeParse(unwrap(res.body));
        expect(parsed.success, `${e.id}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`).toBe(true);
        if (e.paginate) {
          const items = (e.paginate.items as (d: unknown) => readonly unknown[])(parsed.data);
          expect(items.length, `${e.id} returned no items`).toBeGreaterThan(0);
        }
      }
    });
  }

  it('the batch of one UUID (an entity body) is normalized to { items }', async () => {
    const res = await call(byId.get('artists.getMany')!, { params: { uuids: BILLIE_EILISH } });
    const parsed = byId.get('artists.getMany')!.response.safeParse(unwrap(res.body));
    expect(parsed.success).toBe(true);
    expect((parsed.data as { items: Array<{ name: string }> }).items.map((a) => a.name)).toEqual(['Billie Eilish']);
  });
});

describe('soundcharts catalog: wire cases against the sandbox', () => {
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

describe('soundcharts sandbox: data, pagination and errors', () => {
  const NOT_FOUND = { errors: [{ key: 'access', code: 404, message: 'Not found.' }] };
  const UNKNOWN = '00000000-0000-4000-8000-000000000000';

  it('artist metadata and song metadata carry the documented fields', async () => {
    const artist = unwrap((await call(byId.get('artists.get')!, { params: ARTIST })).body) as Record<string, unknown>;
    expect(artist).toMatchObject({ uuid: BILLIE_EILISH, name: 'Billie Eilish', slug: 'billie-eilish', countryCode: 'US', careerStage: 'superstar' });
    const song = unwrap((await call(byId.get('songs.get')!, { params: SONG })).body) as Record<string, unknown>;
    expect(song).toMatchObject({ uuid: BAD_GUY, name: 'bad guy', isrc: { value: 'USUM71900764', countryCode: 'US' } });
    expect((song.audio as Record<string, number>).tempo).toBeGreaterThan(0);
  });

  it('artists.songs: 250 songs in 3 pages linked by relative page.next (version prefix + full query)', async () => {
    const path = `/api/v2.21/artist/${BILLIE_EILISH}/songs?sortBy=releaseDate&sortOrder=desc`;
    const first = (await send('GET', path)).body as { items: unknown[]; page: Record<string, unknown>; related: { name: string } };
    expect(first.items).toHaveLength(100);
    expect(first.related.name).toBe('Billie Eilish');
    expect(first.page).toMatchObject({ offset: 0, limit: 100, total: 250, previous: null });
    expect(first.page.next).toBe(`/api/v2.21/artist/${BILLIE_EILISH}/songs?sortBy=releaseDate&sortOrder=desc&offset=100&limit=100`);
    const seen = [...first.items];
    let next = first.page.next as string | null;
    let pages = 1;
    while (next) {
      const page = (await send('GET', next)).body as { items: unknown[]; page: { next: string | null; previous: string | null } };
      seen.push(...page.items);
      pages++;
      if (!page.page.next) {
        expect(page.items).toHaveLength(50);
        expect(page.page.previous).toBe(`/api/v2.21/artist/${BILLIE_EILISH}/songs?sortBy=releaseDate&sortOrder=desc&offset=100&limit=100`);
      }
      next = page.page.next;
    }
    expect(pages).toBe(3);
    expect(new Set(seen.map((s) => (s as { uuid: string }).uuid)).size).toBe(250);
    // Sorted by releaseDate desc with null release dates last.
    const dates = seen.map((s) => (s as { releaseDate: string | null }).releaseDate);
    const firstNull = dates.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(dates.slice(firstNull).every((d) => d === null)).toBe(true);
  });

  it('artists.songs follows the same links through the pagination rule', async () => {
    const e = byId.get('artists.songs')!;
    const rule = e.paginate!;
    expect(rule.kind).toBe('custom');
    const body = e.response.parse((await call(e, { params: ARTIST, query: { sortBy: 'name', sortOrder: 'asc' } })).body);
    const next = rule.kind === 'custom' ? (rule.next as (d: unknown, p: Record<string, unknown>) => unknown)(body, { sortBy: 'name' }) : null;
    expect(next).toEqual({ url: `/api/v2.21/artist/${BILLIE_EILISH}/songs?sortBy=name&sortOrder=asc&offset=100&limit=100` });
  });

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

  it('series agree on overlapping windows and respect the requested days', async () => {
    const e = byId.get('artists.streamingListening')!;
    const a = (await call(e, { params: { ...ARTIST, platform: 'spotify' }, query: { startDate: '2025-05-01', endDate: '2025-05-10' } })).body as { items: Array<{ date: string; value: number }> };
    const b = (await call(e, { params: { ...ARTIST, platform: 'spotify' }, query: { startDate: '2025-05-05', endDate: '2025-05-20' } })).body as { items: Array<{ date: string; value: number }> };
    expect(a.items).toHaveLength(10);
    expect(b.items).toHaveLength(16);
    expect(a.items.find((p) => p.date.startsWith('2025-05-07'))).toEqual(b.items.find((p) => p.date.startsWith('2025-05-07')));
  });

  it('rankings are deterministic, positions evolve between dates', async () => {
    const a = await get('/api/v2.14/chart/song/spotify-top-global-daily/ranking/2025-01-03T00:00:00%2B00:00?limit=100');
    const b = await get('/api/v2.14/chart/song/spotify-top-global-daily/ranking/2025-01-03T00:00:00%2B00:00?limit=100');
    expect(a.body).toEqual(b.body);
    const items = (a.body as { items: Array<{ entryState: string; oldPosition: number | null; position: number }> }).items;
    expect(new Set(items.map((i) => i.entryState)).size).toBeGreaterThan(1);
  });

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
    for (const [id, params] of [['artists.get', { uuid: UNKNOWN }], ['songs.get', { uuid: UNKNOWN }], ['artists.songs', { uuid: UNKNOWN }], ['songs.identifiers', { uuid: UNKNOWN }], ['songs.byIsrc', { isrc: 'USXXX0000000' }]] as const) {
      const res = await call(byId.get(id)!, { params });
      expect(res.status, id).toBe(404);
      expect(res.body, id).toEqual(NOT_FOUND);
    }
  });

  it('a ranking date without a ranking is a 404, a malformed one a 400', async () => {
    expect((await get('/api/v2.26/chart/album/billboard-albums-global-weekly/ranking/2025-01-04T00:00:00%2B00:00')).status).toBe(404);
    expect((await get('/api/v2.14/chart/song/spotify-top-global-daily/ranking/2015-06-01T00:00:00%2B00:00')).status).toBe(404);
    expect((await get('/api/v2.14/chart/song/spotify-top-global-daily/ranking/yesterday')).status).toBe(400);
  });

  it('bad params, paging, dates, periods and platforms answer 400 with the error body', async () => {
    const bad: Array<[string, Call]> = [
      ['artists.songs', { params: ARTIST, query: { limit: '101' } }],
      ['artists.songs', { params: ARTIST, query: { sortBy: 'popularity' } }],
      ['search.artists', { params: { term: 'billie' }, query: { limit: '21' } }],
      ['artists.audienceReportLatest', { params: { ...ARTIST, platform: 'spotify' } }],
      ['artists.audience', { params: { ...ARTIST, platform: 'instagram' }, query: { startDate: '2025-02-30x' } }],
      ['artists.audience', { params: { ...ARTIST, platform: 'instagram' }, query: { startDate: '2025-05-10', endDate: '2025-05-01' } }],
      ['search.externalUrl', {}],
      ['referential.lyricsAttributes', {}],
      ['artists.getMany', { params: { uuids: Array.from({ length: 11 }, () => BILLIE_EILISH).join(',') } }],
    ];
    for (const [id, c] of bad) {
      const res = await call(byId.get(id)!, c);
      expect(res.status, `${id} ${JSON.stringify(c)}`).toBe(400);
      const errors = (res.body as { errors: Array<{ code: number; message: string }> }).errors;
      expect(errors[0]!.code).toBe(400);
      expect(errors[0]!.message.length).toBeGreaterThan(0);
    }
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

  it('report platforms answer the real 400 message', async () => {
    const res = await call(byId.get('artists.audienceReportLatest')!, { params: { ...ARTIST, platform: 'spotify' } });
    expect(res.body).toEqual({ errors: [{ key: 'argument', code: 400, message: 'Only "instagram, tiktok, youtube" are supported platforms.' }] });
  });

  it('discovery rejects sort values outside the documented sets', async () => {
    expect((await send('POST', '/api/v2/top/artists', { sort: { period: 'year' } })).status).toBe(400);
    expect((await send('POST', '/api/v2/top/playlists/spotify', { sort: { order: 'desc' } })).status).toBe(400);
    expect((await send('POST', '/api/v2/top/venues', { sort: { type: 'popularity' } })).status).toBe(400);
    expect((await send('POST', '/api/v2/top/songs', { filters: {} })).status).toBe(400);
  });

  it('writes answer 405 with the public sandbox credentials; a blacklisted ISRC answers 410', async () => {
    const headers = { 'x-app-id': 'soundcharts', 'x-api-key': 'soundcharts' };
    for (const id of ['artists.sourcesAdd', 'songs.sourcesAdd', 'artists.unlockAudienceReport']) {
      const e = byId.get(id)!;
      const c = REQUESTS[id]![0]!;
      const res = await call(e, { ...c, headers });
      expect(res.status, id).toBe(405);
      expect((res.body as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/Sandbox only/);
    }
    const gone = await call(byId.get('songs.byIsrc')!, { params: { isrc: BLACKLISTED_ISRC } });
    expect(gone.status).toBe(410);
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

describe('soundcharts catalog: params schemas reject bad input', () => {
  const query = (id: string, v: unknown) => byId.get(id)!.query!.safeParse(v).success;
  const path = (id: string, name: string, v: unknown) => byId.get(id)!.pathParams![name]!.safeParse(v).success;
  const body = (id: string, v: unknown) => byId.get(id)!.body!.safeParse(v).success;
  const rejects = (id: string, part: 'query' | 'body', value: Record<string, unknown>) => expect(byId.get(id)![part]!.safeParse(value).success, `${id} ${JSON.stringify(value)}`).toBe(false);
  const rejectsPath = (id: string, name: string, value: unknown) => expect(byId.get(id)!.pathParams![name]!.safeParse(value).success, `${id} {${name}} ${String(value)}`).toBe(false);

  it('search and referential', () => {
    expect(query('search.artists', { limit: 20 })).toBe(true);
    expect(query('search.artists', { limit: 21 })).toBe(false);
    expect(path('search.artists', 'term', '')).toBe(false);
    expect(query('search.externalUrl', {})).toBe(false);
    expect(query('search.externalUrl', { platformUrl: 'spotify:artist:1' })).toBe(false);
    expect(query('referential.lyricsAttributes', {})).toBe(false);
    expect(query('referential.lyricsAttributes', { attribute: 'themes', limit: 100 })).toBe(true);
    expect(path('referential.venueCities', 'countryCode', 'FRA')).toBe(false);
  });

  it('artists', () => {
    expect(query('artists.songs', { sortBy: 'releaseDate', sortOrder: 'desc', limit: 100 })).toBe(true);
    expect(query('artists.songs', { limit: 101 })).toBe(false);
    expect(query('artists.songs', { limit: 0 })).toBe(false);
    expect(query('artists.songs', { sort_by: 'name' })).toBe(false); // unknown keys are rejected
    expect(query('artists.audience', { startDate: '2025-13-01' })).toBe(false);
    expect(query('artists.audience', { startDate: new Date('2025-01-01') })).toBe(true);
    expect(path('artists.get', 'uuid', 'not-a-uuid')).toBe(false);
    expect(path('artists.get', 'uuid', BILLIE_EILISH)).toBe(true);
    expect(path('artists.audienceReport', 'date', '2025-03-01')).toBe(false);
    expect(path('artists.audienceReport', 'date', new Date('2025-03-01T00:00:00Z'))).toBe(true);
    expect(body('artists.sourcesAdd', { urls: [] })).toBe(false);
    expect(body('artists.sourcesAdd', { urls: ['not a url'] })).toBe(false);
    const check = byId.get('artists.audience')!.checks![0]!;
    expect(check({ startDate: '2025-05-10', endDate: '2025-05-01' })).toMatch(/startDate/);
    expect(check({ startDate: '2025-05-01', endDate: '2025-05-10' })).toBeUndefined();
  });

  it('songs', () => {
    expect(path('songs.byIsrc', 'isrc', 'USUM71900764')).toBe(true);
    expect(path('songs.byIsrc', 'isrc', 'USUM7190076')).toBe(false);
    expect(query('songs.playlistCurrent', { playlistUuids: [BILLIE_EILISH], currentOnly: true })).toBe(true);
    expect(query('songs.playlistCurrent', { playlistUuids: ['nope'] })).toBe(false);
    expect(query('songs.broadcasts', { countryCode: 'USA' })).toBe(false);
    expect(query('songs.chartsRanks', { currentOnly: 2 })).toBe(false);
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
    const ten = Array.from({ length: 10 }, () => BILLIE_EILISH).join(',');
    expect(path('artists.getMany', 'uuids', BILLIE_EILISH)).toBe(true);
    expect(path('artists.getMany', 'uuids', ten)).toBe(true);
    expect(path('artists.getMany', 'uuids', `${ten},${BILLIE_EILISH}`)).toBe(false);
    expect(path('songs.getMany', 'uuids', `${BAD_GUY}, ${BAD_GUY}`)).toBe(false);
    expect(path('songs.getMany', 'uuids', '')).toBe(false);
  });

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
