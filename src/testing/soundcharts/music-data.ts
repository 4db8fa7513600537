/**
 * The Soundcharts sandbox pools of music entities, served by albums.ts, charts.ts, playlists.ts,
 * radios.ts, tiktok.ts and top.ts: batch ids, names, artists and songs as referenced, albums, charts,
 * playlists, radios, TikTok sounds. The live side (festivals, venues, cities), rights metadata and
 * account-scoped data are in live-data.ts.
 *
 * Rules: everything is derived from ids with the seeded helpers and built lazily on first use
 * (nothing runs at import); bodies have the real wire shapes (`{type, object, errors}`,
 * `{items, page, related, errors}` with relative `page.next` links that keep the version prefix and
 * the full query); unknown ids answer the real 404 body. Cross-references reuse the ids of the
 * official docs: Billie Eilish `11e81bcc-…`, "bad guy" `7d534228-…` and the album
 * `b202abee-…` ("WHEN WE ALL FALL ASLEEP, WHERE DO WE GO?").
 */
import { hashString, isoDay, pick, randInt, seededRandom, uuidFor } from '../data.js';
import type { RouteContext, SandboxReply } from '../types.js';
import { BAD_GUY, BILLIE_EILISH, addDays, atom, badRequest, dayNumber, notFound, parisStamp, rngFor } from './shared.js';

export const WWAFA = 'b202abee-d19e-424e-9285-b420f4b98706';

const APP = 'https://app.soundcharts.com/app';
const ASSETS = 'https://assets.soundcharts.com';

// ============================================================== batch ids (envelopes and paging: ./shared.ts)

const TOO_MANY = 10;
/** Splits a `{uuids}` batch segment; 400 above 10 (documented). */
export function batchIds(raw: string): string[] | SandboxReply {
  const ids = raw.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
  if (ids.length > TOO_MANY) return badRequest('uuids', 'You cannot request more than 10 UUIDs at once.');
  return ids;
}

// ============================================================== small deterministic helpers

export const slugify = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const base62 = (key: string, n = 22) => {
  const rng = rngFor(key);
  return Array.from({ length: n }, () => BASE62[Math.floor(rng() * 62)]).join('');
};
export const digits = (key: string, n: number) => {
  const rng = rngFor(key);
  return Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(rng() * 9) : Math.floor(rng() * 10))).join('');
};
/** A smooth, slowly growing value for `key` on `day` (the same whatever window asks for it). */
export function seriesValue(key: string, day: string, base: number, growthPerYear = 0.2): number {
  const n = dayNumber(day);
  const wobble = seededRandom(hashString(key) ^ n)() - 0.5;
  return Math.max(0, Math.round(base * (1 + growthPerYear * ((n - 19_700) / 365)) * (1 + 0.01 * wobble)));
}
/** Sorts by a query `sortOrder` (`asc` default). */
export const ordered = <T>(ctx: RouteContext, rows: T[], key: (r: T) => string | number, param = 'sortOrder', dflt = 'asc'): T[] | SandboxReply => {
  const order = ctx.query.get(param) ?? dflt;
  if (order !== 'asc' && order !== 'desc') return badRequest(param, `Invalid ${param}: expected asc or desc.`);
  const sorted = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return order === 'desc' ? sorted.reverse() : sorted;
};

const ADJ = ['Velvet', 'Neon', 'Silver', 'Golden', 'Midnight', 'Crystal', 'Electric', 'Paper', 'Wild', 'Quiet', 'Lunar', 'Hollow', 'Scarlet', 'Northern', 'Coral', 'Amber'];
const NOUN = ['Rivers', 'Echoes', 'Harbor', 'Lights', 'Garden', 'Tides', 'Horizon', 'Parade', 'Motel', 'Satellites', 'Orchard', 'Static', 'Avenue', 'Comets', 'Lanterns', 'Fever'];
const FIRST = ['Ana', 'Leo', 'Maya', 'Noah', 'Iris', 'Jonas', 'Clara', 'Theo', 'Nina', 'Omar', 'Lucía', 'Hugo', 'Zoé', 'Ravi', 'Elena', 'Kai'];
const LAST = ['Moreau', 'Okafor', 'Lindqvist', 'Tanaka', 'Haddad', 'Rossi', 'Novak', 'Silva', 'Fischer', 'Brennan', 'Costa', 'Ibarra', 'Khan', 'Laurent', 'Meyer', 'Osei'];
const LOWER = ['stay', 'golden hour', 'after the rain', 'slow dance', 'paper planes', 'neon blue', 'sweet nothing', 'city lights', 'far away', 'honey', 'ghost town', 'satellite', 'summer haze', 'lost in you'];
export const bandName = (key: string) => {
  const rng = rngFor(key);
  return `${pick(rng, ADJ)} ${pick(rng, NOUN)}`;
};
export const personName = (key: string) => {
  const rng = rngFor(key);
  return `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
};

export const COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ['US', 'United States'], ['GB', 'United Kingdom'], ['FR', 'France'], ['DE', 'Germany'], ['BR', 'Brazil'], ['JP', 'Japan'],
  ['AU', 'Australia'], ['MX', 'Mexico'], ['ES', 'Spain'], ['IT', 'Italy'], ['CA', 'Canada'], ['NL', 'Netherlands'],
  ['SE', 'Sweden'], ['KR', 'South Korea'], ['IN', 'India'],
];
export const countryName = (cc: string) => COUNTRIES.find(([c]) => c === cc)?.[1] ?? cc;

// ============================================================== artists and songs (as referenced)

export interface ArtistRec { uuid: string; slug: string; name: string; countryCode: string }
export const billie: ArtistRec = { uuid: BILLIE_EILISH, slug: 'billie-eilish', name: 'Billie Eilish', countryCode: 'US' };
/** Artist number `i` of the referenced pool (0 is Billie Eilish). */
export function artistAt(i: number): ArtistRec {
  if (i === 0) return billie;
  const name = i % 3 === 0 ? bandName(`artist:${i}`) : personName(`artist:${i}`);
  return { uuid: uuidFor(`soundcharts:artist-b:${i}`), slug: `${slugify(name)}-${i}`, name, countryCode: COUNTRIES[i % COUNTRIES.length]![0] };
}
export const artistRef = (a: ArtistRec) => ({
  uuid: a.uuid,
  slug: a.slug,
  name: a.name,
  appUrl: `${APP}/artist/${a.slug}/overview`,
  imageUrl: `${ASSETS}/artist/${a.uuid}.jpg`,
});

export interface SongRec { uuid: string; name: string; artist: ArtistRec; releaseDay: string; isrc: string }
/** The tracklisting of the docs' album, in order ("bad guy" is track 2). */
const WWAFA_TRACKS = [
  '!!!!!!!', 'bad guy', 'xanny', 'you should see me in a crown', 'all the good girls go to hell', 'wish you were gay',
  "when the party's over", '8', 'my strange addiction', 'bury a friend', 'ilomilo', 'listen before i go', 'i love you', 'goodbye',
];
export const SONG_POOL = 400;
/** Song number `i` of the pool: the 14 album tracks first, then generated songs of pool artists. */
export function songAt(i: number): SongRec {
  if (i < WWAFA_TRACKS.length) {
    return {
      uuid: i === 1 ? BAD_GUY : uuidFor(`soundcharts:song-b:wwafa:${i}`),
      name: WWAFA_TRACKS[i]!,
      artist: billie,
      releaseDay: '2019-03-29',
      isrc: `USUM7190${String(i + 1).padStart(4, '0')}`,
    };
  }
  const rng = rngFor(`song:${i}`);
  const name = i % 2 === 0 ? pick(rng, LOWER) : `${pick(rng, ADJ)} ${pick(rng, NOUN)}`;
  return {
    uuid: uuidFor(`soundcharts:song-b:${i}`),
    name,
    artist: artistAt(1 + (i % 59)),
    releaseDay: `${randInt(rng, 2012, 2025)}-${String(randInt(rng, 1, 12)).padStart(2, '0')}-${String(randInt(rng, 1, 28)).padStart(2, '0')}`,
    isrc: `QZ${pick(rng, ['ES', 'FR', 'HN', 'K6'])}${digits(`isrc:${i}`, 7)}`,
  };
}
let songIndex: Map<string, number> | undefined;
export const findSongIndex = (uuid: string) => (songIndex ??= new Map(Array.from({ length: SONG_POOL }, (_, i) => [songAt(i).uuid, i]))).get(uuid.toLowerCase());
export const songRef = (s: SongRec) => ({
  uuid: s.uuid,
  name: s.name,
  creditName: s.artist.name,
  imageUrl: `${ASSETS}/song/${s.uuid}.jpg`,
});
export const songWithRelease = (s: SongRec) => ({ ...songRef(s), releaseDate: parisStamp(s.releaseDay) });

// ============================================================== albums

export interface AlbumRec { uuid: string; name: string; artist: ArtistRec; type: 'album' | 'single' | 'compil'; releaseDay: string; upc: string; tracks: number[] }
export const ALBUM_POOL = 41;
/** Album number `i`: 0 is the docs' album, the others are generated from the song pool. */
export function albumAt(i: number): AlbumRec {
  if (i === 0) {
    return { uuid: WWAFA, name: 'WHEN WE ALL FALL ASLEEP, WHERE DO WE GO?', artist: billie, type: 'album', releaseDay: '2019-03-29', upc: '00602577427666', tracks: WWAFA_TRACKS.map((_, k) => k) };
  }
  const rng = rngFor(`album:${i}`);
  const type = i % 4 === 1 ? 'single' : i % 9 === 0 ? 'compil' : 'album';
  const first = 14 + ((i * 9) % (SONG_POOL - 30));
  const count = type === 'single' ? randInt(rng, 1, 3) : randInt(rng, 8, 18);
  const tracks = Array.from({ length: count }, (_, k) => first + k);
  const lead = songAt(first);
  return {
    uuid: uuidFor(`soundcharts:album-b:${i}`),
    name: type === 'single' ? lead.name : `${pick(rng, ADJ)} ${pick(rng, NOUN)}`,
    artist: lead.artist,
    type,
    releaseDay: lead.releaseDay,
    upc: `0${digits(`upc:${i}`, 12)}`,
    tracks,
  };
}
let albumIndex: Map<string, number> | undefined;
export const findAlbum = (uuid: string) => {
  albumIndex ??= new Map(Array.from({ length: ALBUM_POOL }, (_, i) => [albumAt(i).uuid, i]));
  const i = albumIndex.get(uuid.toLowerCase());
  return i === undefined ? undefined : albumAt(i);
};
export const albumRef = (al: AlbumRec) => ({ uuid: al.uuid, name: al.name, creditName: al.artist.name, releaseDate: parisStamp(al.releaseDay), type: al.type });
export const albumMeta = (al: AlbumRec) => ({
  uuid: al.uuid,
  name: al.name,
  creditName: al.artist.name,
  artists: [artistRef(al.artist)],
  upc: al.upc,
  releaseDate: parisStamp(al.releaseDay),
  type: al.type,
  labels: al.uuid === WWAFA ? [{ name: 'Darkroom/Interscope Records', type: 'major' }] : [{ name: `${bandName(`label:${al.uuid}`)} Records`, type: 'independent' }],
  distributor: al.uuid === WWAFA ? { uuid: uuidFor('soundcharts:distributor:0'), name: 'Universal Music Group' } : null,
  totalTracks: al.tracks.length,
  copyright: `℗ ${al.releaseDay.slice(0, 4)} ${al.uuid === WWAFA ? 'Darkroom/Interscope Records' : al.artist.name}`,
  imageUrl: `${ASSETS}/album/${al.uuid}.jpg`,
});

/** Platform codes the sandbox knows, with their display names and URL shapes. */
export const ID_PLATFORM_INFO: Record<string, readonly [string, (id: string) => string]> = {
  spotify: ['Spotify', (id) => `https://open.spotify.com/${id}`],
  'apple-music': ['Apple Music', (id) => `https://music.apple.com/${id}`],
  deezer: ['Deezer', (id) => `https://www.deezer.com/${id}`],
  amazon: ['Amazon', (id) => `https://music.amazon.com/${id}`],
  tidal: ['Tidal', (id) => `https://tidal.com/browse/${id}`],
  youtube: ['YouTube', (id) => `https://www.youtube.com/channel/${id}`],
  instagram: ['Instagram', (id) => `https://www.instagram.com/${id}`],
  facebook: ['Facebook', (id) => `https://www.facebook.com/${id}`],
  x: ['X', (id) => `https://x.com/${id}`],
  tunein: ['TuneIn', (id) => `https://tunein.com/radio/${id}`],
  songkick: ['Songkick', (id) => `https://www.songkick.com/${id}`],
  ticketmaster: ['Ticketmaster', (id) => `https://www.ticketmaster.com/${id}`],
  musicbrainz: ['MusicBrainz', (id) => `https://musicbrainz.org/${id}`],
  discogs: ['Discogs', (id) => `https://www.discogs.com/${id}`],
  ascap: ['ASCAP', (id) => `https://www.ascap.com/repertory#/ace/search/workID/${id}`],
};
/** The id of an entity on a platform: Spotify-style base62, numeric elsewhere. */
export const platformId = (kind: string, uuid: string, code: string) =>
  code === 'spotify' ? base62(`spotify:${kind}:${uuid}`)
  : code === 'instagram' || code === 'x' || code === 'facebook' || code === 'tunein' ? `${slugify(kind)}${digits(`${code}:${kind}:${uuid}`, 6)}`
  : digits(`${code}:${kind}:${uuid}`, 9);
/** Identifier rows of an entity on `platforms` (`default` marks the main id), filtered by `?platform=`. */
export function identifierRows(ctx: RouteContext, kind: string, uuid: string, platforms: readonly string[]) {
  const only = ctx.query.get('platform');
  return platforms
    .filter((code) => !only || code === only)
    .map((code, k) => {
      const [name, url] = ID_PLATFORM_INFO[code]!;
      const identifier = platformId(kind, uuid, code);
      return { platformName: name, platformCode: code, identifier, url: url(identifier), default: k === 0 };
    });
}
/** Finds an entity of a pool by one of its platform ids; 400 for an unknown platform code. */
export function byPlatformLookup<T>(kind: string, pool: readonly T[], uuidOf: (e: T) => string, platforms: readonly string[], platform: string, id: string): T | SandboxReply {
  if (!(platform in ID_PLATFORM_INFO)) return badRequest('platform', 'Invalid platform code.');
  if (!platforms.includes(platform)) return notFound();
  return pool.find((e) => platformId(kind, uuidOf(e), platform) === id) ?? notFound();
}

// ============================================================== charts

export interface ChartRec { slug: string; kind: 'song' | 'album'; platform: string; type: string; countryCode: string | null; frequency: 'daily' | 'weekly'; max: number }
const CHART_SETUP: Record<string, { name: string; frequency: 'daily' | 'weekly'; max: number; types: string[]; albums: boolean }> = {
  spotify: { name: 'Spotify', frequency: 'daily', max: 200, types: ['top', 'viral'], albums: true },
  'apple-music': { name: 'Apple Music', frequency: 'daily', max: 100, types: ['top'], albums: true },
  deezer: { name: 'Deezer', frequency: 'daily', max: 100, types: ['top'], albums: false },
  shazam: { name: 'Shazam', frequency: 'daily', max: 200, types: ['top'], albums: false },
  itunes: { name: 'iTunes', frequency: 'daily', max: 100, types: ['top'], albums: true },
  youtube: { name: 'YouTube', frequency: 'weekly', max: 100, types: ['top'], albums: false },
  airplay: { name: 'Soundcharts Airplay', frequency: 'weekly', max: 100, types: ['top'], albums: false },
  billboard: { name: 'Billboard', frequency: 'weekly', max: 100, types: ['top'], albums: true },
};
export const chartPlatformKnown = (platform: string) => platform in CHART_SETUP;
/** Charts of a platform: global first, then one per country, for each chart type. */
export function chartsOf(platform: string, kind: 'song' | 'album'): ChartRec[] {
  const setup = CHART_SETUP[platform];
  if (!setup || (kind === 'album' && !setup.albums)) return [];
  const codes: Array<string | null> = [null, ...COUNTRIES.map(([c]) => c)];
  const types = kind === 'album' ? ['top'] : setup.types;
  return types.flatMap((type) =>
    codes.map((cc) => ({
      slug: `${platform}-${kind === 'album' ? 'albums' : type}-${cc ? cc.toLowerCase() : 'global'}-${setup.frequency}`,
      kind,
      platform,
      type,
      countryCode: cc,
      frequency: setup.frequency,
      max: type === 'viral' ? 50 : kind === 'album' ? 100 : setup.max,
    })),
  );
}
let chartIndex: Map<string, ChartRec> | undefined;
export const findChart = (slug: string, kind: 'song' | 'album') => {
  chartIndex ??= new Map(Object.keys(CHART_SETUP).flatMap((p) => [...chartsOf(p, 'song'), ...chartsOf(p, 'album')]).map((c) => [`${c.kind}:${c.slug}`, c]));
  return chartIndex.get(`${kind}:${slug}`);
};
export const chartObject = (c: ChartRec, withMetric = false) => {
  const setup = CHART_SETUP[c.platform]!;
  const where = c.countryCode ? countryName(c.countryCode) : 'Global';
  return {
    name: `${setup.name} ${c.kind === 'album' ? 'Top Albums' : c.type === 'viral' ? 'Viral 50' : `Top ${c.max}`} ${where} ${c.frequency === 'daily' ? 'Daily' : 'Weekly'}`,
    type: c.type,
    slug: c.slug,
    platform: c.platform,
    frequency: c.frequency,
    countryCode: c.countryCode,
    countryName: c.countryCode ? countryName(c.countryCode) : null,
    cityName: null,
    maxResultsCount: c.max,
    webUrl: null,
    ...(withMetric ? { metric: { type: c.platform === 'shazam' ? 'shazams' : 'streams', description: c.platform === 'shazam' ? 'Daily Shazam count' : 'Streams over the chart period' } } : {}),
  };
};
/** The most recent ranking day of a chart: yesterday for daily charts, the last Friday for weekly ones. */
export function latestRankingDay(c: { frequency: 'daily' | 'weekly' }, now: Date): string {
  let day = addDays(isoDay(now), -1);
  if (c.frequency === 'weekly') while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 5) day = addDays(day, -1);
  return day;
}
/** First ranking day of every sandbox chart (weekly charts rank on Fridays; 2016-01-01 is one). */
export const CHART_START = '2016-01-01';
/** Ranking days, newest first, from the latest back to 2016-01-01 (absolute, so old dates stay valid). */
export function rankingDays(c: { frequency: 'daily' | 'weekly' }, now: Date): string[] {
  const latest = latestRankingDay(c, now);
  const step = c.frequency === 'daily' ? 1 : 7;
  const count = Math.max(0, Math.floor((dayNumber(latest) - dayNumber(CHART_START)) / step) + 1);
  return Array.from({ length: count }, (_, k) => addDays(latest, -k * step));
}
/** True when a chart has a ranking on `day`. */
export const isRankingDay = (c: { frequency: 'daily' | 'weekly' }, day: string, now: Date) =>
  day >= CHART_START && day <= latestRankingDay(c, now) && (c.frequency === 'daily' || new Date(`${day}T00:00:00Z`).getUTCDay() === 5);
/** The ranked pool indices of a chart on a day: slowly drifting scores, so positions evolve day to day. */
function rankedIndices(key: string, day: string, poolSize: number, max: number, favourite?: number): number[] {
  const n = dayNumber(day);
  const scores: Array<[number, number]> = [];
  for (let i = 0; i < poolSize; i++) {
    const h = hashString(`${key}:${i}`);
    const base = (h % 1000) / 1000;
    const phase = (h >>> 10) % 360;
    const boost = i === favourite ? 0.6 : 0;
    scores.push([i, base + boost + 0.12 * Math.sin((n + phase) / 23)]);
  }
  scores.sort((a, b) => b[1] - a[1]);
  return scores.slice(0, max).map(([i]) => i);
}
/** One ranking row set (positions 1..max) with evolution against the previous ranking. */
export function rankingRows(c: ChartRec, day: string): Array<{ index: number; position: number; oldPosition: number | null; stamp: string; weeksOrDays: number }> {
  const prevDay = addDays(day, c.frequency === 'daily' ? -1 : -7);
  const pool = c.kind === 'album' ? ALBUM_POOL : SONG_POOL;
  const favourite = c.kind === 'album' ? 0 : 1;
  const now = rankedIndices(c.slug, day, pool, c.max, favourite);
  const before = new Map(rankedIndices(c.slug, prevDay, pool, c.max, favourite).map((i, k) => [i, k + 1]));
  return now.map((index, k) => ({
    index,
    position: k + 1,
    oldPosition: before.get(index) ?? null,
    stamp: atom(day),
    weeksOrDays: 1 + (hashString(`${c.slug}:${index}:age`) % (c.frequency === 'daily' ? 300 : 60)),
  }));
}
export const entryState = (position: number, old: number | null) => (old === null ? 'NEW' : old > position ? 'UP' : old < position ? 'DOWN' : 'SAME');

// ============================================================== playlists

const PLAYLIST_TYPES = [
  ['editorial', 'Editorial'], ['algorithmic', 'Algorithmic'], ['algotorial', 'Algotorial'], ['major', 'Major'], ['charts', 'Charts'],
  ['curators_listeners', 'Curators & Listeners'], ['radios', 'Radios'], ['this_is', 'This Is'],
] as const;
export const PLAYLIST_PLATFORM_NAMES: Record<string, string> = { spotify: 'Spotify', 'apple-music': 'Apple Music', deezer: 'Deezer', youtube: 'YouTube', amazon: 'Amazon' };
const CURATORS_PER_PLATFORM = 230;
/** Curator `k` of a platform (0 is the platform itself, owner of the editorial playlists). */
export function curatorAt(platform: string, k: number) {
  if (k === 0) return { name: PLAYLIST_PLATFORM_NAMES[platform] ?? platform, identifier: platform };
  const name = k % 2 ? `${personName(`curator:${platform}:${k}`)}` : `${bandName(`curator:${platform}:${k}`)} Playlists`;
  return { name, identifier: platform === 'spotify' ? base62(`curator:${platform}:${k}`, 12).toLowerCase() : digits(`curator:${platform}:${k}`, 9) };
}
export const curatorCount = (platform: string) => (platform in PLAYLIST_PLATFORM_NAMES ? CURATORS_PER_PLATFORM : 0);

export interface PlaylistRec {
  uuid: string; name: string; identifier: string; platform: string; countryCode: string; typeCode: string; type: string;
  owner: { name: string; identifier: string }; subscribers: number; tracks: number; genres: string[];
}
export const PLAYLIST_POOL = 360;
const GENRES = ['pop', 'hip hop', 'r&b', 'electronic', 'rock', 'indie', 'latin', 'k-pop', 'jazz', 'country', 'alternative', 'dance'];
/** Playlist number `i`: half on Spotify; one in four editorial (owned by the platform). */
export function playlistAt(i: number): PlaylistRec {
  const rng = rngFor(`playlist:${i}`);
  const platform = i % 2 === 0 ? 'spotify' : (['apple-music', 'deezer', 'youtube', 'amazon'] as const)[Math.floor(i / 2) % 4]!;
  const [typeCode, type] = i % 4 === 0 ? PLAYLIST_TYPES[0] : PLAYLIST_TYPES[1 + (i % 7)]!;
  // Platform-owned types belong to the platform; curator 1 owns a third of the others.
  const owner = typeCode === 'editorial' || typeCode === 'algorithmic' || typeCode === 'this_is' ? curatorAt(platform, 0) : curatorAt(platform, i % 3 === 0 ? 1 : 2 + (Math.floor(i / 2) % 60));
  const storefront = platform === 'apple-music' || platform === 'amazon';
  const identifier =
    platform === 'spotify' ? `37i9dQZF1${base62(`pl:${i}`, 13)}`
    : platform === 'apple-music' ? `pl.${base62(`pl:${i}`, 32).toLowerCase()}`
    : platform === 'youtube' ? `PL${base62(`pl:${i}`, 32)}`
    : digits(`pl:${i}`, 10);
  const name = typeCode === 'this_is' ? `This Is ${artistAt(1 + (i % 59)).name}` : `${pick(rng, ADJ)} ${pick(rng, NOUN)}${i % 5 === 0 ? ' Mix' : ''}`;
  return {
    uuid: uuidFor(`soundcharts:playlist-b:${i}`),
    name: i === 0 ? 'Sandbox Top Hits' : name,
    identifier,
    platform,
    countryCode: storefront ? pick(rng, COUNTRIES)[0] : i % 3 === 0 ? '' : pick(rng, COUNTRIES)[0],
    typeCode,
    type,
    owner,
    subscribers: i === 0 ? 34_000_000 : Math.round((typeCode === 'editorial' ? 3_000_000 : 60_000) * rng() * rng()) + 6,
    tracks: i === 0 ? 50 : randInt(rng, 20, 260),
    genres: [pick(rng, GENRES), pick(rng, GENRES)].filter((g, k, a) => a.indexOf(g) === k),
  };
}
let playlistIndex: Map<string, number> | undefined;
const playlistsAll = () => Array.from({ length: PLAYLIST_POOL }, (_, i) => playlistAt(i));
let playlistCache: PlaylistRec[] | undefined;
export const allPlaylists = () => (playlistCache ??= playlistsAll());
export const findPlaylist = (uuid: string) => {
  playlistIndex ??= new Map(allPlaylists().map((pl, i) => [pl.uuid, i]));
  const i = playlistIndex.get(uuid.toLowerCase());
  return i === undefined ? undefined : allPlaylists()[i];
};
export const playlistLight = (pl: PlaylistRec, now: Date) => ({
  uuid: pl.uuid,
  name: pl.name,
  identifier: pl.identifier,
  platform: pl.platform,
  countryCode: pl.countryCode,
  latestCrawlDate: atom(isoDay(now), '04:10:01'),
  latestTrackCount: pl.tracks,
  latestSubscriberCount: pl.subscribers,
  type: pl.type,
});
export const playlistMeta = (pl: PlaylistRec, now: Date) => ({
  ...playlistLight(pl, now),
  description: `${pl.name}: ${pl.genres.join(', ')} picks, updated ${pl.subscribers > 100_000 ? 'every week' : 'now and then'}.`,
  owner: pl.owner,
  refreshed: pl.subscribers > 5_000 ? 'multiple' : 'daily',
  availableCountryCodes: pl.platform === 'apple-music' ? COUNTRIES.map(([c]) => c) : [],
  genres: pl.genres,
  trackAge: String(30 + (hashString(pl.uuid) % 900)),
  trackAddedPercent: (hashString(`${pl.uuid}:adds`) % 400) / 10,
  appUrl: `${APP}/playlist/${pl.uuid}`,
  imageUrl: `${ASSETS}/playlist/${pl.uuid}.jpg`,
});
/** Tracklisting of a playlist on a day: song pool indices, a few swapped each day. */
export function tracklist(pl: PlaylistRec, day: string): number[] {
  const week = Math.floor(dayNumber(day) / 7);
  const seed = hashString(pl.uuid);
  const out: number[] = pl.uuid === allPlaylists()[0]!.uuid ? [1] : [];
  for (let k = 0; out.length < pl.tracks; k++) {
    const i = (seed + k * 7919 + (k % 5 === 0 ? week * 31 : 0)) % SONG_POOL;
    if (!out.includes(i)) out.push(i);
  }
  return out;
}
/** Days with a stored tracklisting: every day for big playlists, every third day for small ones. */
export const crawledDay = (pl: PlaylistRec, day: string) => pl.subscribers > 5_000 || (dayNumber(day) + (hashString(pl.uuid) % 3)) % 3 === 0;

// ============================================================== radios

export interface RadioRec { slug: string; name: string; countryCode: string; cityName: string; timeZone: string; reach: number }
const RADIO_CITIES: Record<string, [string, string]> = {
  US: ['New York', 'America/New_York'], GB: ['London', 'Europe/London'], FR: ['Paris', 'Europe/Paris'], DE: ['Berlin', 'Europe/Berlin'],
  BR: ['São Paulo', 'America/Sao_Paulo'], JP: ['Tokyo', 'Asia/Tokyo'], AU: ['Sydney', 'Australia/Sydney'], MX: ['Mexico City', 'America/Mexico_City'],
};
let radioCache: RadioRec[] | undefined;
export function allRadios(): RadioRec[] {
  return (radioCache ??= Array.from({ length: 32 }, (_, i) => {
    const cc = Object.keys(RADIO_CITIES)[i % 8]!;
    const [cityName, timeZone] = RADIO_CITIES[cc]!;
    const rng = rngFor(`radio:${i}`);
    const name = `${pick(rng, ADJ)} ${pick(rng, ['FM', 'Radio', 'Hits', '98.7', 'Live', 'Nova'])}`;
    return { slug: `${slugify(name)}-${cc.toLowerCase()}-${i}`, name, countryCode: cc, cityName, timeZone, reach: randInt(rng, 40_000, 5_000_000) };
  }));
}
export const findRadio = (slug: string) => allRadios().find((r) => r.slug === slug);
export const radioRef = (r: RadioRec) => ({
  name: r.name,
  slug: r.slug,
  countryCode: r.countryCode,
  countryName: countryName(r.countryCode),
  cityName: r.cityName,
  timeZone: r.timeZone,
  reach: r.reach,
  imageUrl: `${ASSETS}/radio/${r.slug}.png`,
});
/** Spins of a station on a day, newest first: 30 a day, every ~45 minutes. */
export function spinsOn(r: RadioRec, day: string) {
  return Array.from({ length: 30 }, (_, k) => {
    const minute = 1425 - k * 47 - (hashString(`${r.slug}:${day}:${k}`) % 20);
    const song = songAt(hashString(`${r.slug}:${day}:${k}:song`) % 120);
    const t = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:${String(hashString(`${day}${k}`) % 60).padStart(2, '0')}`;
    return { song: { ...songRef(song), artists: [artistRef(song.artist)] }, airedAt: atom(day, t), duration: 150 + (hashString(song.uuid) % 120) };
  });
}

// ============================================================== TikTok sounds

export const TIKTOK_POOL = 150;
export function tiktokMusicAt(i: number) {
  const song = i % 3 === 2 ? undefined : songAt(i);
  const identifier = `7${digits(`tiktok:${i}`, 18)}`;
  const author = song ? song.artist.name : personName(`tiktok:${i}`);
  return {
    identifier,
    title: song ? song.name : `original sound - ${slugify(author).replace(/-/g, '')}`,
    authorName: author,
    url: `https://www.tiktok.com/music/-${identifier}`,
    imgUrl: `${ASSETS}/tiktok/${identifier}.jpg`,
    song: song ? songRef(song) : null,
  };
}
let tiktokIndex: Map<string, number> | undefined;
export const findTiktokMusic = (identifier: string) => {
  tiktokIndex ??= new Map(Array.from({ length: TIKTOK_POOL }, (_, i) => [tiktokMusicAt(i).identifier, i]));
  return tiktokIndex.get(identifier);
};
