/**
 * Sandbox handlers for Soundcharts catalog part A (search, referential, artists, songs, team usage):
 * endpoint id → handler returning the exact wire body (envelope included) or a `reply(...)`.
 * Documented errors: 404 `{"errors":[{"key":"access","code":404,"message":"Not found."}]}` for
 * unknown ids, 400 with an `errors` body for bad params, 405 for writes with sandbox credentials,
 * 410 for a blacklisted ISRC.
 */
import { hashString, isoDay } from '../data.js';
import { reply, type RouteContext, type RouteHandler, type RouteHandlers } from '../types.js';
import {
  BILLIE_EILISH, COUNTRIES, albumRef, albumsOf, allSongs, artistIdentifiers, artistMeta, artistRef, citiesOf, crawled, filterIdentifiers,
  findArtist, findSong, isSandboxCredential, monthStarts, playlistRef, playlists, radioRef, radios, sandboxArtists, sandboxWrite,
  seriesRelatedArtist, seriesRelatedSong, seriesValue, songIdentifiers, songMeta, songRef, songsOf, title, venues, type ArtistRec,
  type SongRec,
} from './data-a.js';
import { atom, badRequest, entity, isReply, listOf, notFound, rngFor, windowDays } from './shared.js';
import {
  audienceReport, chartEntries, events, playlistEntries, relatedArtists, relatedSongs, reportDates, shortVideoRow, shortVideos, spinGroups, spins,
} from './data-a-activity.js';

type Ctx = RouteContext;

/** An ISRC the sandbox treats as blacklisted (410 Gone: several DSP tracks share it). */
export const BLACKLISTED_ISRC = 'QZES72000001';

// ----------------------------------------------------------------------------------------------
// Guards
// ----------------------------------------------------------------------------------------------

const withArtist = (fn: (a: ArtistRec, ctx: Ctx) => unknown): RouteHandler => (ctx) => {
  const a = findArtist(ctx.params.uuid ?? '');
  return a ? fn(a, ctx) : notFound();
};
const withSong = (fn: (s: SongRec, ctx: Ctx) => unknown): RouteHandler => (ctx) => {
  const s = findSong(ctx.params.uuid ?? '');
  return s ? fn(s, ctx) : notFound();
};
/** 400 like the real API ("Only "instagram, tiktok, youtube" are supported platforms.") for other platforms. */
const platformOf = (ctx: Ctx, allowed: readonly string[]) => {
  const platform = ctx.params.platform ?? '';
  return allowed.includes(platform) ? platform : badRequest('argument', `Only "${allowed.join(', ')}" are supported platforms.`);
};
/** A query param that must be one of some values; 400 otherwise. */
const oneOf = (ctx: Ctx, name: string, allowed: readonly string[], fallback: string) => {
  const v = ctx.query.get(name);
  if (v === null || v === '') return fallback;
  return allowed.includes(v) ? v : badRequest(name, `Invalid ${name}: expected one of ${allowed.join(', ')}.`);
};
const flag = (ctx: Ctx, name: string) => {
  const v = ctx.query.get(name);
  if (v === null || v === '') return undefined;
  return v === '1' || v === '0' ? v === '1' : badRequest(name, `Invalid ${name}: expected 1 or 0.`);
};
const sortItems = <T>(items: T[], key: (x: T) => string | number | null, order: string) => {
  const dir = order === 'desc' ? -1 : 1;
  return [...items].sort((x, y) => {
    const a = key(x);
    const b = key(y);
    if (a === b) return 0;
    if (a === null) return 1; // nulls last in both orders
    if (b === null) return -1;
    return a < b ? -dir : dir;
  });
};

/** Every helper may answer early with a reply: unwrap or return it. */
const run = (fn: () => unknown) => {
  try {
    return fn();
  } catch (e) {
    if (isReply(e)) return e;
    throw e;
  }
};
const must = <T>(v: T): Exclude<T, ReturnType<typeof badRequest>> => {
  if (isReply(v)) throw v;
  return v as Exclude<T, ReturnType<typeof badRequest>>;
};

const SOCIAL = ['spotify', 'instagram', 'tiktok', 'youtube', 'x', 'facebook', 'deezer', 'soundcloud', 'boomplay', 'line-music', 'melon', 'yandex', 'songkick', 'bandsintown', 'weibo', 'vk', 'twitch', 'snapchat', 'threads'];
const STREAMING = ['spotify', 'youtube', 'anghami', 'audiomack', 'jiosaavn', 'pandora', 'yandex', 'kugou', 'lastfm', 'soundcloud', 'deezer'];
const REPORT = ['instagram', 'tiktok', 'youtube'];
const RETENTION = ['spotify', 'jiosaavn', 'anghami', 'youtube', 'audiomack', 'yandex'];
const POPULARITY = ['spotify', 'tidal', 'deezer'];
const PLAYLIST = ['spotify', 'apple-music', 'deezer', 'amazon', 'youtube', 'jiosaavn', 'boomplay', 'anghami'];
const REACH = ['spotify', 'youtube', 'deezer', 'jiosaavn', 'boomplay'];
const CHART = ['spotify', 'apple-music', 'deezer', 'amazon', 'youtube', 'shazam', 'itunes', 'airplay', 'billboard', 'tiktok'];
const SONG_AUDIENCE = ['spotify', 'apple-music', 'deezer', 'youtube', 'shazam', 'tiktok', 'soundcloud', 'audiomack', 'anghami', 'boomplay', 'jiosaavn', 'gaana', 'melon', 'line-music', 'awa', 'yandex'];
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

// ----------------------------------------------------------------------------------------------
// Shared handler bodies (artist and song variants)
// ----------------------------------------------------------------------------------------------

/** `GET /artist/{uuid}` and `/artist/{uuids}` share one route: a comma means a batch. */
const metadata = (kind: 'artist' | 'song'): RouteHandler => (ctx) => {
  const raw = ctx.params.uuids ?? ctx.params.uuid ?? '';
  const ids = raw.split(',');
  if (ids.length > 10) return badRequest('uuids', 'You cannot request more than 10 UUIDs at once.');
  if (ids.some((id) => !UUID.test(id))) return notFound();
  const lookup = (id: string) => (kind === 'artist' ? (findArtist(id) ? artistMeta(findArtist(id)!) : undefined) : findSong(id) ? songMeta(findSong(id)!) : undefined);
  if (ids.length === 1) {
    const one = lookup(ids[0]!);
    return one ? entity(kind, one) : notFound();
  }
  // Unknown UUIDs of a batch are left out of the collection.
  return { items: ids.map(lookup).filter(Boolean), errors: [] };
};

const seriesBody = (ctx: Ctx, items: unknown[], related: unknown) => listOf(ctx, items, { related });

/** Located monthly points (city and country breakdowns). */
const locatedSeries = (key: string, days: readonly string[], base: number) =>
  monthStarts(days).map((day) => {
    const value = seriesValue(key, day, base);
    return {
      date: atom(day),
      value,
      cityPlots: [['Los Angeles', 'US', 0.05], ['London', 'GB', 0.03], ['São Paulo', 'BR', 0.02]].map(([cityName, countryCode, share]) => ({
        cityName, countryCode, value: Math.round(value * (share as number)),
      })),
      countryPlots: [['US', 'United States', 0.3], ['GB', 'United Kingdom', 0.1], ['BR', 'Brazil', 0.08]].map(([countryCode, countryName, share]) => ({
        countryCode, countryName, value: Math.round(value * (share as number)),
      })),
    };
  });

const score = (key: string, days: readonly string[], withSc: boolean) =>
  days.map((day) => ({
    date: atom(day),
    ...(withSc ? { scScore: seriesValue(`${key}:sc`, day, 80, 0.02, 0.05) } : {}),
    fanbaseScore: seriesValue(`${key}:fan`, day, 70, 0.02, 0.05),
    trendingScore: seriesValue(`${key}:trend`, day, 40, 0, 0.4),
  }));

const currentStat = (key: string, platform: string, base: number, now: Date, periodDays: number) => {
  const today = isoDay(now);
  const before = isoDay(new Date(now.getTime() - periodDays * 86_400_000));
  const value = seriesValue(`${key}:${platform}`, today, base);
  const old = seriesValue(`${key}:${platform}`, before, base);
  return { platform, value, date: atom(today), evolution: value - old, percentEvolution: old ? Math.round(((value - old) / old) * 10000) / 100 : null };
};
const periodParam = (ctx: Ctx) => {
  const raw = ctx.query.get('period');
  if (raw === null || raw === '') return 7;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : badRequest('period', 'Invalid period: expected a number of days.');
};

const playlistCurrent = (ctx: Ctx, songs: readonly SongRec[], related: unknown) =>
  run(() => {
    const platform = must(platformOf(ctx, PLAYLIST));
    const type = must(oneOf(ctx, 'type', ['all', 'editorial', 'algorithmic', 'algotorial', 'major', 'charts', 'curators_listeners', 'radios', 'this_is'], 'all'));
    const sortBy = must(oneOf(ctx, 'sortBy', ['position', 'positionDate', 'entryDate', 'subscriberCount'], 'entryDate'));
    const order = must(oneOf(ctx, 'sortOrder', ['asc', 'desc'], 'desc'));
    const currentOnly = must(flag(ctx, 'currentOnly'));
    const country = ctx.query.get('countryCode')?.toUpperCase();
    const only = ctx.query.get('playlistUuids')?.split(',').filter(Boolean);
    const rows = playlistEntries(songs, platform, ctx.now).filter(
      (e) => (type === 'all' || e._type === type) && (!currentOnly || e._current) && (!country || e._country === country) && (!only || only.includes(e._uuid)),
    );
    const key = (e: (typeof rows)[number]) =>
      sortBy === 'position' ? (e.position as number) : sortBy === 'subscriberCount' ? e._subscribers : sortBy === 'positionDate' ? (e.positionDate as string) : (e.entryDate as string);
    const items = sortItems(rows, key, order).map(({ _type, _country, _uuid, _current, _subscribers, ...rest }) => rest);
    return listOf(ctx, items, { related });
  });

const playlistReach = (ctx: Ctx, key: string, scale: number, related: (platform: string) => unknown) =>
  run(() => {
    const platform = must(platformOf(ctx, PLAYLIST));
    must(oneOf(ctx, 'type', ['all', 'editorial', 'user', 'algorithmic'], 'all'));
    const days = must(windowDays(ctx));
    // Reach is only computed on some platforms: null elsewhere (soundcharts.md §2.4).
    const items = days.map((day) => ({
      date: atom(day),
      playlistCount: seriesValue(`${key}:${platform}:count`, day, Math.max(3, scale / 20_000), 0.1, 0.02),
      playlistReach: REACH.includes(platform) ? seriesValue(`${key}:${platform}:reach`, day, scale * 2) : null,
    }));
    return seriesBody(ctx, items, related(platform));
  });

const broadcasts = (ctx: Ctx, songs: readonly SongRec[], related: unknown, grouped: boolean, song?: SongRec) =>
  run(() => {
    const days = must(windowDays(ctx));
    const slugs = ctx.query.get('radioSlugs')?.split(',').filter(Boolean);
    const country = ctx.query.get('countryCode')?.toUpperCase();
    const perDay = songs[0]?.artist.uuid === BILLIE_EILISH ? 8 : 2;
    const list = spins(songs, days, song ? Math.max(1, Math.round(perDay / 2)) : perDay).filter(
      (sp) => (!slugs || slugs.includes(sp.radio.slug)) && (!country || sp.radio.countryCode === country),
    );
    return listOf(ctx, grouped ? spinGroups(list, song) : list, { related });
  });

const chartRanks = (ctx: Ctx, owner: { songs: readonly SongRec[]; artist: ArtistRec }, related: unknown, kind: 'song' | 'album') =>
  run(() => {
    const platform = must(platformOf(ctx, CHART));
    const currentOnly = must(flag(ctx, 'currentOnly'));
    const sortBy = must(oneOf(ctx, 'sortBy', ['position', 'rankDate'], 'position'));
    const order = must(oneOf(ctx, 'sortOrder', ['asc', 'desc'], 'asc'));
    const rows = chartEntries(owner, platform, ctx.now, kind).filter((e) => currentOnly !== true || e.current === true);
    return listOf(ctx, sortItems(rows, (e) => (sortBy === 'position' ? (e.position as number) : (e.rankDate as string)), order), { related });
  });

const albumsList = (ctx: Ctx, list: ReturnType<typeof albumsOf>, related: unknown) =>
  run(() => {
    const type = must(oneOf(ctx, 'type', ['all', 'album', 'single', 'compil'], 'all'));
    const sortBy = must(oneOf(ctx, 'sortBy', ['title', 'releaseDate'], 'title'));
    const order = must(oneOf(ctx, 'sortOrder', ['asc', 'desc'], 'asc'));
    const rows = list.filter((al) => type === 'all' || al.type === type);
    return listOf(ctx, sortItems(rows, (al) => (sortBy === 'title' ? al.name.toLowerCase() : al.releaseDay), order).map(albumRef), { related });
  });

const sourcesAdd = (ctx: Ctx, done: () => unknown) => {
  if (isSandboxCredential(ctx)) return sandboxWrite();
  const urls = (ctx.body as { urls?: unknown } | undefined)?.urls;
  if (!Array.isArray(urls) || urls.length === 0 || urls.some((u) => typeof u !== 'string')) return badRequest('urls', 'Invalid body: expected {"urls": [ … ]}.');
  return done();
};

// ----------------------------------------------------------------------------------------------
// Search and referential pools
// ----------------------------------------------------------------------------------------------

const named = (kind: string, n: number, make: (rng: () => number, i: number) => Record<string, unknown> & { name: string }) =>
  Array.from({ length: n }, (_, i) => {
    const rng = rngFor(`${kind}:${i}`);
    return { uuid: `${hashString(`${kind}:${i}`).toString(16).padStart(8, '0')}-5c00-4000-8000-${String(i).padStart(12, '0')}`, ...make(rng, i) };
  });
const collaborators = () => named('collaborator', 15, (rng) => ({ name: `${title(rng).split(' ')[0]} ${['Baird', 'Lowe', 'Hart', 'Kerr'][Math.floor(rng() * 4)]}`, roles: ['songwriter', 'producer'].slice(0, 1 + Math.floor(rng() * 2)), isni: null, ipi: null, imageUrl: null }));
const festivals = () => named('festival', 12, (rng, i) => { const [cc] = COUNTRIES[i % COUNTRIES.length]!; return { name: `${title(rng)} Festival`, countryCode: cc, cityName: null, imageUrl: null }; });
const labels = () => named('label', 10, (rng) => ({ name: `${title(rng)} Records`, type: rng() > 0.7 ? 'major' : 'independent', countryCode: 'US', imageUrl: null }));

const searchIn = <T>(ctx: Ctx, pool: readonly T[], name: (x: T) => string, map: (x: T) => unknown, extra?: (x: T, term: string) => boolean) => {
  const term = (ctx.params.term ?? '').toLowerCase().trim();
  if (!term) return badRequest('term', 'Invalid term: expected a non-empty search term.');
  const hits = pool.filter((x) => name(x).toLowerCase().includes(term) || (extra?.(x, term) ?? false));
  return listOf(ctx, hits.map(map), { max: 20, defaultLimit: 20 });
};

const PLATFORMS: Array<[string, string]> = [
  ['amazon', 'Amazon'], ['anghami', 'Anghami'], ['apple-music', 'Apple Music'], ['audiomack', 'Audiomack'], ['bandsintown', 'Bandsintown'], ['boomplay', 'Boomplay'],
  ['deezer', 'Deezer'], ['facebook', 'Facebook'], ['instagram', 'Instagram'], ['jiosaavn', 'JioSaavn'], ['line-music', 'LINE MUSIC'], ['melon', 'Melon'],
  ['pandora', 'Pandora'], ['shazam', 'Shazam'], ['songkick', 'Songkick'], ['soundcloud', 'SoundCloud'], ['spotify', 'Spotify'], ['tidal', 'TIDAL'],
  ['tiktok', 'TikTok'], ['x', 'X'], ['yandex', 'Yandex Music'], ['youtube', 'YouTube'], ['airplay', 'Airplay'], ['itunes', 'iTunes'], ['billboard', 'Billboard'],
];
const platformsFrom = (codes: readonly string[]) => PLATFORMS.filter(([code]) => codes.includes(code)).map(([code, name]) => ({ code, name }));
const GENRES = [
  { root: 'pop', sub: ['dance pop', 'electropop', 'k-pop', 'art pop'] },
  { root: 'hip hop', sub: ['trap', 'drill', 'boom bap'] },
  { root: 'electronic', sub: ['house', 'techno', 'downtempo'] },
  { root: 'rock', sub: ['indie rock', 'alternative rock', 'punk'] },
  { root: 'latin', sub: ['reggaeton', 'latin pop'] },
  { root: 'r&b', sub: ['contemporary r&b', 'neo soul'] },
  { root: 'folk', sub: ['indie folk', 'americana'] },
];
const genres = (ctx: Ctx) =>
  run(() => {
    const order = must(oneOf(ctx, 'sortOrder', ['asc', 'desc'], 'asc'));
    const only = ctx.query.get('genre');
    const rows = GENRES.filter((g) => !only || g.root === only.toLowerCase());
    return listOf(ctx, sortItems(rows, (g) => g.root, order));
  });
const cities = (ctx: Ctx) => {
  const cc = ctx.params.countryCode ?? '';
  if (!/^[A-Za-z]{2}$/.test(cc)) return badRequest('countryCode', 'Invalid country code.');
  const term = ctx.query.get('searchCity')?.toLowerCase();
  return listOf(ctx, citiesOf(cc).filter((c) => !term || c.cityName.toLowerCase().includes(term)));
};
const LYRICS: Record<string, string[]> = {
  themes: ['love', 'heartbreak', 'self-discovery', 'nostalgia', 'party', 'freedom', 'loneliness'],
  moods: ['melancholic', 'euphoric', 'dark', 'romantic', 'hopeful', 'angry'],
  culturalReferencePeople: ['Marilyn Monroe', 'James Dean', 'Frida Kahlo'],
  culturalReferenceNonPeople: ['Hollywood', 'Romeo and Juliet', 'The Matrix'],
  brands: ['Gucci', 'Rolex', 'Nike', 'Mercedes-Benz'],
  locations: ['Los Angeles', 'Paris', 'Tokyo', 'New York'],
};

// ----------------------------------------------------------------------------------------------
// Handlers
// ----------------------------------------------------------------------------------------------

export const routesPartA: RouteHandlers = {
  // §2.1 usage
  'team.usage': (ctx) => {
    const reset = new Date(Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth() + 1, 1));
    const used = 1000 + (hashString(isoDay(ctx.now)) % 5000);
    const minute = new Date(Math.ceil(ctx.now.getTime() / 60_000) * 60_000);
    return entity('usage', {
      quota: { limit: 500_000, used, remaining: 500_000 - used, resetAt: reset.toISOString().replace(/\.\d{3}Z$/, '+00:00') },
      rateLimit: { limit: 5000, used: 12, remaining: 4988, resetAt: minute.toISOString().replace(/\.\d{3}Z$/, '+00:00') },
    });
  },

  // §2.2 search
  'search.artists': (ctx) =>
    searchIn(ctx, sandboxArtists(), (a) => a.name, (a) => ({ ...artistRef(a), countryCode: a.countryCode, genres: a.genres, isni: a.isni, careerStage: a.careerStage, growthLevel: a.growthLevel }),
      (a, term) => artistIdentifiers(a).some((r) => r.identifier.toLowerCase() === term)),
  'search.songs': (ctx) => searchIn(ctx, allSongs(), (s) => s.name, songRef, (s, term) => s.isrc.toLowerCase() === term),
  'search.albums': (ctx) => searchIn(ctx, sandboxArtists().flatMap(albumsOf), (al) => al.name, albumRef),
  'search.collaborators': (ctx) => searchIn(ctx, collaborators(), (c) => c.name, (c) => c),
  'search.playlists': (ctx) => searchIn(ctx, playlists(), (pl) => pl.name, (pl) => playlistRef(pl, ctx.now)),
  'search.radios': (ctx) => searchIn(ctx, radios(), (r) => r.name, radioRef),
  'search.festivals': (ctx) => searchIn(ctx, festivals(), (f) => f.name, (f) => f),
  'search.venues': (ctx) => searchIn(ctx, venues(), (v) => v.name, (v) => ({ ...v, type: 'venue' })),
  'search.labels': (ctx) => searchIn(ctx, labels(), (l) => l.name, (l) => l),
  'search.externalUrl': (ctx) => {
    const raw = ctx.query.get('platformUrl');
    if (!raw) return badRequest('platformUrl', 'The platformUrl parameter is required.');
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return badRequest('platformUrl', 'Invalid platformUrl: expected a URL.');
    }
    const [kind, id] = url.pathname.split('/').filter(Boolean);
    if (kind === 'artist') {
      const a = sandboxArtists().find((x) => artistIdentifiers(x).some((r) => r.identifier === id));
      if (a) return { type: 'artist', url: `https://app.soundcharts.com/app/artist/${a.slug}/overview`, uuid: a.uuid, errors: [] };
    } else if (kind === 'track') {
      const s = allSongs().find((x) => x.spotifyId === id);
      if (s) return { type: 'song', url: `https://app.soundcharts.com/app/song/${s.uuid}/overview`, uuid: s.uuid, errors: [] };
    } else if (kind === 'playlist') {
      const pl = playlists().find((x) => x.identifier === id);
      if (pl) return { type: 'playlist', url: `https://app.soundcharts.com/app/playlist/${pl.uuid}/overview`, uuid: pl.uuid, errors: [] };
    }
    return notFound();
  },

  // §2.3 referential
  'referential.platforms': (ctx) => listOf(ctx, PLATFORMS.map(([code, name]) => ({ code, name }))),
  'referential.platformsSocial': (ctx) => listOf(ctx, platformsFrom(SOCIAL)),
  'referential.platformsStreaming': (ctx) => listOf(ctx, platformsFrom(STREAMING)),
  'referential.songChartPlatforms': (ctx) => listOf(ctx, platformsFrom(CHART)),
  'referential.albumChartPlatforms': (ctx) => listOf(ctx, platformsFrom(['spotify', 'apple-music', 'itunes', 'amazon', 'deezer', 'billboard'])),
  'referential.playlistPlatforms': (ctx) => listOf(ctx, platformsFrom(PLAYLIST)),
  'referential.radioCountries': (ctx) => listOf(ctx, COUNTRIES.map(([countryCode, name]) => ({ countryCode, name }))),
  'referential.artistGenres': genres,
  'referential.songGenres': genres,
  'referential.artistRankingCities': cities,
  'referential.venueCities': cities,
  'referential.artistRankingMetrics': (ctx) =>
    listOf(ctx, [
      ['soundcharts', 'score'], ['spotify', 'followers'], ['spotify', 'monthly_listeners'], ['instagram', 'followers'], ['tiktok', 'followers'],
      ['youtube', 'subscribers'], ['youtube', 'views'], ['airplay', 'plays'], ['spotify', 'popularity'], ['x', 'followers'],
    ].map(([platform, metricType]) => ({ platform, metricType, name: `${platform} ${metricType!.replace('_', ' ')}`, scopes: ['global', 'country'] }))),
  'referential.labelTypes': (ctx) => listOf(ctx, [['major', 'Major'], ['independent', 'Independent'], ['distributor', 'Distributor'], ['sublabel', 'Sub-label']].map(([code, name]) => ({ code, name }))),
  'referential.distributors': (ctx) => listOf(ctx, named('distributor', 12, (rng) => ({ name: `${title(rng)} Distribution`, code: null }))),
  'referential.lyricsAttributes': (ctx) => {
    const attribute = ctx.query.get('attribute');
    if (!attribute) return badRequest('attribute', 'The attribute parameter is required.');
    const values = LYRICS[attribute];
    if (!values) return badRequest('attribute', `Invalid attribute: expected one of ${Object.keys(LYRICS).join(', ')}.`);
    const term = ctx.query.get('term')?.toLowerCase();
    return listOf(ctx, values.filter((v) => !term || v.toLowerCase().includes(term)));
  },

  // §2.4 artist
  'artists.get': metadata('artist'),
  'artists.getMany': metadata('artist'),
  'artists.byPlatform': (ctx) => {
    const platform = ctx.params.platform ?? '';
    const id = ctx.params.identifier ?? '';
    const known = ['spotify', 'apple-music', 'deezer', 'youtube', 'instagram', 'tiktok', 'amazon', 'isni', 'ipi', 'musicbrainz'];
    if (!known.includes(platform)) return badRequest('platform', 'Invalid platform code.');
    const a = sandboxArtists().find((x) => artistIdentifiers(x).some((r) => r.platformCode === platform && r.identifier === id));
    return a ? entity('artist', artistMeta(a)) : notFound();
  },
  'artists.identifiers': withArtist((a, ctx) => run(() => listOf(ctx, must(filterIdentifiers(ctx, artistIdentifiers(a))), { related: artistRef(a) }))),
  'artists.songs': withArtist((a, ctx) =>
    run(() => {
      const sortBy = must(oneOf(ctx, 'sortBy', ['name', 'releaseDate', 'spotifyStream', 'shazamCount', 'youtubeViews', 'spotifyPopularity', 'soundchartsScore'], 'name'));
      const order = must(oneOf(ctx, 'sortOrder', ['asc', 'desc'], 'asc'));
      const main = must(flag(ctx, 'mainPerformer'));
      const rows = songsOf(a).filter((s) => main === undefined || s.mainPerformer === main);
      const key = (s: SongRec) => (sortBy === 'name' ? s.name.toLowerCase() : sortBy === 'releaseDate' ? s.releaseDay : (s[sortBy as keyof SongRec] as number));
      return listOf(ctx, sortItems(rows, key, order).map(songRef), { related: artistRef(a) });
    }),
  ),
  'artists.albums': withArtist((a, ctx) => albumsList(ctx, albumsOf(a), artistRef(a))),
  'artists.related': withArtist((a, ctx) => listOf(ctx, relatedArtists(a, sandboxArtists()), { related: artistRef(a), max: 1000 })),
  'artists.currentStats': withArtist((a, ctx) =>
    run(() => {
      const days = must(periodParam(ctx));
      const k = `artist:${a.uuid}`;
      return {
        related: [{ ...artistRef(a), period: days }],
        social: ['spotify', 'instagram', 'tiktok', 'youtube'].map((pl) => currentStat(k, pl, a.scale, ctx.now, days)),
        streaming: ['spotify', 'youtube'].map((pl) => currentStat(`${k}:listeners`, pl, a.scale * 0.6, ctx.now, days)),
        popularity: [currentStat(`${k}:popularity`, 'spotify', 75, ctx.now, days)],
        retention: [currentStat(`${k}:retention`, 'spotify', 40, ctx.now, days)],
        score: [currentStat(`${k}:score`, 'soundcharts', 80, ctx.now, days)],
        errors: [],
      };
    }),
  ),
  'artists.soundchartsScore': withArtist((a, ctx) => run(() => seriesBody(ctx, score(`artist:${a.uuid}`, must(windowDays(ctx)), true), [artistRef(a)]))),
  'artists.audience': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, SOCIAL));
      const days = must(windowDays(ctx));
      const key = `artist:${a.uuid}:audience:${platform}`;
      // Small artists are crawled less often: their series have holes (soundcharts.md §6 quirk 12).
      const every = a.scale > 10_000_000 ? 1 : 3;
      const social = ['instagram', 'tiktok', 'x', 'facebook'].includes(platform);
      const items = days.filter((d) => crawled(key, d, every)).map((day) => ({
        date: atom(day),
        likeCount: platform === 'tiktok' || platform === 'facebook' ? seriesValue(`${key}:likes`, day, a.scale * 6) : null,
        followerCount: seriesValue(key, day, a.scale * (platform === 'spotify' ? 0.8 : 1)),
        followingCount: social ? 80 + (hashString(key) % 40) : null,
        postCount: social ? seriesValue(`${key}:posts`, day, 600, 0.1, 0) : null,
        viewCount: platform === 'youtube' ? seriesValue(`${key}:views`, day, a.scale * 30) : null,
      }));
      return seriesBody(ctx, items, seriesRelatedArtist(a, platform, ctx.now));
    }),
  ),
  'artists.socialFollowers': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, REPORT));
      const days = must(windowDays(ctx, 365));
      return seriesBody(ctx, locatedSeries(`artist:${a.uuid}:located:${platform}`, days, a.scale), seriesRelatedArtist(a, platform, ctx.now));
    }),
  ),
  'artists.streamingListening': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, STREAMING));
      const days = must(windowDays(ctx));
      const key = `artist:${a.uuid}:listening:${platform}`;
      const items = days.map((day) => ({ date: atom(day), value: seriesValue(key, day, a.scale * 0.55, 0.1, 0.02) }));
      return seriesBody(ctx, items, seriesRelatedArtist(a, platform, ctx.now));
    }),
  ),
  'artists.streaming': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, ['spotify', 'youtube', 'jiosaavn']));
      const days = must(windowDays(ctx, 365));
      return seriesBody(ctx, locatedSeries(`artist:${a.uuid}:local:${platform}`, days, a.scale * 0.55), seriesRelatedArtist(a, platform, ctx.now));
    }),
  ),
  'artists.retention': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, RETENTION));
      const days = must(windowDays(ctx));
      const key = `artist:${a.uuid}:retention:${platform}`;
      const items = days.map((day) => ({ date: atom(day), value: seriesValue(key, day, 4000, 0, 0.05) / 100 }));
      return seriesBody(ctx, items, seriesRelatedArtist(a, platform, ctx.now));
    }),
  ),
  'artists.popularity': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, POPULARITY));
      const days = must(windowDays(ctx));
      const key = `artist:${a.uuid}:popularity:${platform}`;
      const base = a.scale > 10_000_000 ? 92 : a.scale > 100_000 ? 58 : 31;
      const items = days.map((day) => ({ date: atom(day), value: Math.min(100, seriesValue(key, day, base, 0, 0.03)) }));
      return seriesBody(ctx, items, seriesRelatedArtist(a, platform, ctx.now));
    }),
  ),
  'artists.audienceReportLatest': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, REPORT));
      const latest = `${isoDay(ctx.now).slice(0, 8)}01`;
      return entity('audience_report', audienceReport(a, platform, atom(latest)));
    }),
  ),
  'artists.audienceReportAvailableDates': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, REPORT));
      const days = must(windowDays(ctx, 365));
      return seriesBody(ctx, reportDates(days).reverse(), seriesRelatedArtist(a, platform, ctx.now));
    }),
  ),
  'artists.audienceReport': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, REPORT));
      const date = ctx.params.date ?? '';
      // Reports are monthly: they exist for the first day of each month (since 2016).
      const m = /^(\d{4}-\d{2}-01)T00:00:00(\+00:00|Z)$/.exec(date);
      const day = m?.[1];
      if (!day || day < '2016-01-01') return notFound();
      return entity('audience_report', audienceReport(a, platform, atom(day)));
    }),
  ),
  'artists.unlockAudienceReport': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, REPORT));
      if (isSandboxCredential(ctx)) return sandboxWrite();
      return entity('audience_report', audienceReport(a, platform, atom(isoDay(ctx.now))));
    }),
  ),
  'artists.shortsVideos': withArtist((a, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, ['instagram', 'youtube']));
      return listOf(ctx, shortVideos(a, platform).map((v) => shortVideoRow(v, ctx.now)), { related: seriesRelatedArtist(a, platform, ctx.now) });
    }),
  ),
  'artists.shortsAudience': (ctx) =>
    run(() => {
      const id = ctx.params.identifier ?? '';
      const video = sandboxArtists().flatMap((a) => [...shortVideos(a, 'instagram'), ...shortVideos(a, 'youtube')]).find((v) => v.identifier === id);
      if (!video) return notFound();
      const days = must(windowDays(ctx));
      const row = shortVideoRow(video, ctx.now);
      const published = row.publishedAt.slice(0, 10);
      const items = days.filter((d) => d >= published).map((day) => {
        const views = seriesValue(`short:${id}`, day, row.viewCount, 0.5, 0.02);
        return { date: atom(day), viewCount: views, likeCount: Math.round(views * 0.08), commentCount: Math.round(views * 0.002) };
      });
      return listOf(ctx, items);
    }),
  'artists.chartsSongRanks': withArtist((a, ctx) => chartRanks(ctx, { songs: songsOf(a), artist: a }, artistRef(a), 'song')),
  'artists.chartsAlbumRanks': withArtist((a, ctx) => chartRanks(ctx, { songs: songsOf(a), artist: a }, artistRef(a), 'album')),
  'artists.playlistCurrent': withArtist((a, ctx) => playlistCurrent(ctx, songsOf(a), artistRef(a))),
  'artists.playlistReach': withArtist((a, ctx) => playlistReach(ctx, `artist:${a.uuid}`, a.scale, (pl) => seriesRelatedArtist(a, pl, ctx.now))),
  'artists.broadcasts': withArtist((a, ctx) => broadcasts(ctx, songsOf(a), artistRef(a), false)),
  'artists.broadcastGroups': withArtist((a, ctx) => broadcasts(ctx, songsOf(a), artistRef(a), true)),
  'artists.events': withArtist((a, ctx) =>
    run(() => {
      const type = must(oneOf(ctx, 'type', ['all', 'concert', 'festival', 'online'], 'all'));
      must(oneOf(ctx, 'sortBy', ['date'], 'date'));
      const order = must(oneOf(ctx, 'sortOrder', ['asc', 'desc'], 'desc'));
      const start = ctx.query.get('startDate');
      const end = ctx.query.get('endDate');
      if (start || end) must(windowDays(ctx));
      const rows = events(a, ctx.now).filter((e) => (type === 'all' || e.type === type) && (!start || e.date.slice(0, 10) >= start) && (!end || e.date.slice(0, 10) <= end));
      return listOf(ctx, sortItems(rows, (e) => e.date, order), { related: artistRef(a) });
    }),
  ),
  'artists.sourcesAdd': withArtist((a, ctx) => sourcesAdd(ctx, () => entity('artist', artistMeta(a)))),

  // §2.5 song
  'songs.get': metadata('song'),
  'songs.getMany': metadata('song'),
  'songs.byIsrc': (ctx) => {
    const isrc = (ctx.params.isrc ?? '').toUpperCase();
    // One ISRC matches several DSP tracks: the API answers 410 Gone (soundcharts.md §1.3).
    if (isrc === BLACKLISTED_ISRC) return reply(410, { errors: [{ key: 'isrc', code: 410, message: 'ISRC Blacklisted due to multiple tracks identified from DSP' }] });
    const s = allSongs().find((x) => x.isrc === isrc);
    return s ? entity('song', songMeta(s)) : notFound();
  },
  'songs.byPlatform': (ctx) => {
    const platform = ctx.params.platform ?? '';
    const id = ctx.params.identifier ?? '';
    if (!['spotify', 'apple-music', 'deezer', 'youtube', 'shazam', 'amazon', 'tidal', 'isrc'].includes(platform)) return badRequest('platform', 'Invalid platform code.');
    const s = allSongs().find((x) => songIdentifiers(x).some((r) => r.platformCode === platform && r.identifier === id));
    return s ? entity('song', songMeta(s)) : notFound();
  },
  'songs.lyricsAnalysis': withSong((s) => {
    const rng = rngFor(`lyrics:${s.uuid}`);
    const pickSome = (list: readonly string[], n: number) => list.filter(() => rng() < n / list.length);
    return {
      related: [songRef(s)],
      lyricsAnalysis: {
        themes: pickSome(LYRICS.themes!, 2),
        moods: pickSome(LYRICS.moods!, 2),
        culturalReferencePeople: pickSome(LYRICS.culturalReferencePeople!, 0.5),
        culturalReferenceNonPeople: pickSome(LYRICS.culturalReferenceNonPeople!, 0.5),
        brands: pickSome(LYRICS.brands!, 0.5),
        locations: pickSome(LYRICS.locations!, 1),
        narrativeStyle: rng() > 0.5 ? 'first person' : 'second person',
        emotionalIntensityScore: Math.round(rng() * 100) / 10,
        complexityScore: Math.round(rng() * 100) / 10,
        repetitivenessScore: Math.round(rng() * 100) / 10,
        rhymeSchemeScore: Math.round(rng() * 100) / 10,
        imageryScore: Math.round(rng() * 100) / 10,
      },
      errors: [],
    };
  }),
  'songs.identifiers': withSong((s, ctx) => run(() => listOf(ctx, must(filterIdentifiers(ctx, songIdentifiers(s))), { related: songRef(s) }))),
  'songs.albums': withSong((s, ctx) => albumsList(ctx, albumsOf(s.artist).filter((_, i) => i === s.albumIndex || (i % 5 === 4 && s.index < 20)), songRef(s))),
  'songs.soundchartsScore': withSong((s, ctx) => run(() => seriesBody(ctx, score(`song:${s.uuid}`, must(windowDays(ctx)), false), [songRef(s)]))),
  'songs.currentStats': withSong((s, ctx) =>
    run(() => {
      const days = must(periodParam(ctx));
      const k = `song:${s.uuid}`;
      return {
        related: [{ ...songRef(s), period: days }],
        audience: [currentStat(`${k}:shazam`, 'shazam', s.shazamCount, ctx.now, days)],
        streaming: ['spotify', 'youtube'].map((pl) => currentStat(`${k}:streams`, pl, pl === 'spotify' ? s.spotifyStream : s.youtubeViews, ctx.now, days)),
        popularity: [currentStat(`${k}:popularity`, 'spotify', s.spotifyPopularity, ctx.now, days)],
        score: [currentStat(`${k}:score`, 'soundcharts', 50, ctx.now, days)],
        errors: [],
      };
    }),
  ),
  'songs.audience': withSong((s, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, SONG_AUDIENCE));
      const days = must(windowDays(ctx));
      const only = ctx.query.get('identifier');
      const ids = songIdentifiers(s).filter((r) => r.platformCode === platform).map((r) => r.identifier);
      const plotIds = ids.length ? ids : [`${platform}:${s.uuid.slice(0, 8)}`];
      const items = days.map((day) => ({
        date: atom(day),
        plots: plotIds.filter((id) => !only || id === only).map((identifier) => ({ identifier, value: seriesValue(`song:${s.uuid}:${platform}:${identifier}`, day, Math.max(1000, s.spotifyStream)) })),
      }));
      return seriesBody(ctx, items, seriesRelatedSong(s, platform, ctx.now));
    }),
  ),
  'songs.streaming': withSong((s, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, ['youtube', 'spotify']));
      const days = must(windowDays(ctx, 365));
      return seriesBody(ctx, locatedSeries(`song:${s.uuid}:local:${platform}`, days, Math.max(1000, s.youtubeViews)), seriesRelatedSong(s, platform, ctx.now));
    }),
  ),
  'songs.popularity': withSong((s, ctx) =>
    run(() => {
      const platform = must(platformOf(ctx, POPULARITY));
      const days = must(windowDays(ctx));
      const items = days.map((day) => ({ date: atom(day), value: Math.min(100, seriesValue(`song:${s.uuid}:pop:${platform}`, day, s.spotifyPopularity, -0.05, 0.03)) }));
      return seriesBody(ctx, items, seriesRelatedSong(s, platform, ctx.now));
    }),
  ),
  'songs.chartsRanks': withSong((s, ctx) => chartRanks(ctx, { songs: [s], artist: s.artist }, songRef(s), 'song')),
  'songs.playlistCurrent': withSong((s, ctx) => playlistCurrent(ctx, [s], songRef(s))),
  'songs.playlistReach': withSong((s, ctx) => playlistReach(ctx, `song:${s.uuid}`, Math.max(50_000, s.spotifyStream / 50), (pl) => seriesRelatedSong(s, pl, ctx.now))),
  'songs.broadcasts': withSong((s, ctx) => broadcasts(ctx, [s], songRef(s), false, s)),
  'songs.broadcastGroups': withSong((s, ctx) => broadcasts(ctx, [s], songRef(s), true, s)),
  'songs.related': withSong((s, ctx) => listOf(ctx, relatedSongs(s).map(songRef), { related: songRef(s) })),
  'songs.sourcesAdd': withSong((s, ctx) => sourcesAdd(ctx, () => entity('song', songMeta(s)))),
};
