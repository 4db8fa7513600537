/**
 * Soundcharts catalog part A (search, referential, artists, songs, team usage): every entry is
 * served by its sandbox handler through the Router and the body parses with the entry's schema;
 * ids match their location; params schemas reject bad input; the sandbox answers the documented
 * errors and paginates with relative `page.next` links.
 */
import { describe, expect, it } from 'vitest';
import { pathParamNames, type AnyEndpoint } from '../../src/core/endpoint.js';
import { fillPath } from '../../src/core/url.js';
import { soundchartsCatalog } from '../../src/soundcharts/catalog/index.js';
import { soundchartsSpec } from '../../src/soundcharts/provider.js';
import { BAD_GUY, BILLIE_EILISH, findArtist, findSong, sandboxArtists, songsOf } from '../../src/testing/soundcharts/artist-data.js';
import { shortVideos } from '../../src/testing/soundcharts/artist-activity.js';
import { artistsHandlers } from '../../src/testing/soundcharts/artists.js';
import { referentialHandlers } from '../../src/testing/soundcharts/referential.js';
import { searchHandlers } from '../../src/testing/soundcharts/search.js';
import { BLACKLISTED_ISRC, songsHandlers } from '../../src/testing/soundcharts/songs.js';
import { teamHandlers } from '../../src/testing/soundcharts/team.js';
import { catalogHarness, expectHandlersAndCasesCover, expectIdsMatchLocation } from '../support/catalog-harness.js';

const { search, referential, artists, songs, team } = soundchartsCatalog;
const partA = { search, referential, artists, songs, team };
/** The sandbox handlers of these families (src/testing/soundcharts/<family>.ts). */
const routesPartA = { ...searchHandlers, ...referentialHandlers, ...artistsHandlers, ...songsHandlers, ...teamHandlers };
const harness = catalogHarness({
  catalog: partA,
  routes: routesPartA,
  origin: 'https://customer.api.soundcharts.com',
  spec: soundchartsSpec,
  now: new Date('2025-06-15T12:00:00Z'),
});
const { endpoints, byId, send } = harness;
/** Soundcharts bodies: `{type, object, errors}` unwraps to `object`; lists and bespoke bodies stay whole. */
const unwrap = (body: unknown) => soundchartsSpec.unwrap(body, undefined);

interface Call { method?: string; params?: Record<string, string>; query?: Record<string, string>; body?: unknown; headers?: Record<string, string> }

const call = (e: AnyEndpoint, c: Call = {}) => {
  const qs = new URLSearchParams(c.query).toString();
  return send(c.method ?? e.method, `${fillPath(e.path, c.params ?? {})}${qs ? `?${qs}` : ''}`, c);
};

const ARTIST = { uuid: BILLIE_EILISH };
const SONG = { uuid: BAD_GUY };
const WINDOW = { startDate: '2025-05-01', endDate: '2025-05-20' };
const YEAR = { startDate: '2024-07-01', endDate: '2025-06-01' };
const video = shortVideos(findArtist(BILLIE_EILISH)!, 'youtube')[3]!.identifier;
const secondSong = songsOf(findArtist(BILLIE_EILISH)!)[1]!.uuid;

/** Realistic requests, one (or more) per endpoint id. */
const CASES: Record<string, Call[]> = {
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

describe('soundcharts catalog part A: structure', () => {
  it('every entry id is <family>.<method> of where it lives', () => expectIdsMatchLocation(partA));

  it('every entry has a sandbox handler and a test case, and every handler an entry', () => expectHandlersAndCasesCover(endpoints, routesPartA, Object.keys(CASES)));

  it('paths keep their version prefix and every placeholder has a schema', () => {
    for (const e of endpoints) {
      expect(e.path, e.id).toMatch(/^\/api\/v2(\.\d+)?\//);
      for (const name of pathParamNames(e.path)) expect(e.pathParams?.[name], `${e.id} {${name}}`).toBeDefined();
      expect(e.summary, e.id).toBeTruthy();
      expect(e.docs, e.id).toMatch(/^reference\/soundcharts\.md §2\.[1-5]/);
    }
  });
});

describe('soundcharts catalog part A: sandbox bodies parse with the schemas', () => {
  for (const e of endpoints) {
    it(e.id, async () => {
      for (const c of CASES[e.id] ?? []) {
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

describe('soundcharts sandbox part A: data, pagination and errors', () => {
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

  it('series agree on overlapping windows and respect the requested days', async () => {
    const e = byId.get('artists.streamingListening')!;
    const a = (await call(e, { params: { ...ARTIST, platform: 'spotify' }, query: { startDate: '2025-05-01', endDate: '2025-05-10' } })).body as { items: Array<{ date: string; value: number }> };
    const b = (await call(e, { params: { ...ARTIST, platform: 'spotify' }, query: { startDate: '2025-05-05', endDate: '2025-05-20' } })).body as { items: Array<{ date: string; value: number }> };
    expect(a.items).toHaveLength(10);
    expect(b.items).toHaveLength(16);
    expect(a.items.find((p) => p.date.startsWith('2025-05-07'))).toEqual(b.items.find((p) => p.date.startsWith('2025-05-07')));
  });

  it('answers 404 with the API error body for unknown ids', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const [id, params] of [['artists.get', { uuid: unknown }], ['songs.get', { uuid: unknown }], ['artists.songs', { uuid: unknown }], ['songs.identifiers', { uuid: unknown }], ['songs.byIsrc', { isrc: 'USXXX0000000' }]] as const) {
      const res = await call(byId.get(id)!, { params });
      expect(res.status, id).toBe(404);
      expect(res.body).toEqual({ errors: [{ key: 'access', code: 404, message: 'Not found.' }] });
    }
  });

  it('answers 400 with an errors body for bad params', async () => {
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
  });

  it('report platforms answer the real 400 message', async () => {
    const res = await call(byId.get('artists.audienceReportLatest')!, { params: { ...ARTIST, platform: 'spotify' } });
    expect(res.body).toEqual({ errors: [{ key: 'argument', code: 400, message: 'Only "instagram, tiktok, youtube" are supported platforms.' }] });
  });

  it('writes answer 405 with the public sandbox credentials; a blacklisted ISRC answers 410', async () => {
    const headers = { 'x-app-id': 'soundcharts', 'x-api-key': 'soundcharts' };
    for (const id of ['artists.sourcesAdd', 'songs.sourcesAdd', 'artists.unlockAudienceReport']) {
      const e = byId.get(id)!;
      const c = CASES[id]![0]!;
      const res = await call(e, { ...c, headers });
      expect(res.status, id).toBe(405);
      expect((res.body as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/Sandbox only/);
    }
    const gone = await call(byId.get('songs.byIsrc')!, { params: { isrc: BLACKLISTED_ISRC } });
    expect(gone.status).toBe(410);
  });
});

describe('soundcharts catalog part A: params schemas reject bad input', () => {
  const query = (id: string, v: unknown) => byId.get(id)!.query!.safeParse(v).success;
  const path = (id: string, name: string, v: unknown) => byId.get(id)!.pathParams![name]!.safeParse(v).success;
  const body = (id: string, v: unknown) => byId.get(id)!.body!.safeParse(v).success;

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

  it('batch UUIDs: 1 to 10, comma-joined', () => {
    const ten = Array.from({ length: 10 }, () => BILLIE_EILISH).join(',');
    expect(path('artists.getMany', 'uuids', BILLIE_EILISH)).toBe(true);
    expect(path('artists.getMany', 'uuids', ten)).toBe(true);
    expect(path('artists.getMany', 'uuids', `${ten},${BILLIE_EILISH}`)).toBe(false);
    expect(path('songs.getMany', 'uuids', `${BAD_GUY}, ${BAD_GUY}`)).toBe(false);
    expect(path('songs.getMany', 'uuids', '')).toBe(false);
  });

  it('songs', () => {
    expect(path('songs.byIsrc', 'isrc', 'USUM71900764')).toBe(true);
    expect(path('songs.byIsrc', 'isrc', 'USUM7190076')).toBe(false);
    expect(query('songs.playlistCurrent', { playlistUuids: [BILLIE_EILISH], currentOnly: true })).toBe(true);
    expect(query('songs.playlistCurrent', { playlistUuids: ['nope'] })).toBe(false);
    expect(query('songs.broadcasts', { countryCode: 'USA' })).toBe(false);
    expect(query('songs.chartsRanks', { currentOnly: 2 })).toBe(false);
  });

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
});
