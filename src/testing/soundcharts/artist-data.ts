/**
 * The Soundcharts sandbox artists in depth, served by artists.ts, songs.ts, search.ts, referential.ts
 * and team.ts (their activity is in artist-activity.ts).
 * Everything is derived from ids with the seeded helpers, computed lazily (nothing runs at import),
 * and shaped like the real API: `{type, object, errors}` entities, `{items, page, related, errors}`
 * lists with relative `page.next` links, `{"errors":[…]}` failures.
 *
 * The dataset: three artists (Billie Eilish, the id used across the official docs, plus two
 * fictional ones), their songs (250 for Billie Eilish → 3 pages at limit 100; "bad guy" is
 * `7d534228-5165-11e9-9375-549f35161576`), albums, identifiers, playlists, radios, charts, and
 * series computed per day so that overlapping date windows agree.
 */
import { hashString, isoDay, pick, randInt, seededRandom, uuidFor } from '../data.js';
import { reply, type RouteContext, type SandboxReply } from '../types.js';
import { atom, BAD_GUY, badRequest, BILLIE_EILISH, dayNumber, parisStamp, rngFor } from './shared.js';

/** Re-exported for the tests, which address this dataset through this module. */
export { BAD_GUY, BILLIE_EILISH };

const APP = 'https://app.soundcharts.com/app';
const ASSETS = 'https://assets.soundcharts.com';

// ----------------------------------------------------------------------------------------------
// Sandbox credentials (envelopes, errors and paging: ./shared.ts)
// ----------------------------------------------------------------------------------------------

/** Writes are refused with sandbox credentials (soundcharts.md §1.1 "Sandbox"). */
export const sandboxWrite = (): SandboxReply =>
  reply(405, { errors: [{ key: 'sandbox', code: 405, message: 'Sandbox only. This operation is not allowed on sandbox environment' }] });
/** True when the request uses the public sandbox legacy credentials (`x-app-id: soundcharts`). */
export const isSandboxCredential = (ctx: RouteContext) => ctx.headers.get('x-app-id') === 'soundcharts';

// ----------------------------------------------------------------------------------------------
// Small deterministic helpers
// ----------------------------------------------------------------------------------------------

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const WORDS = ['ocean', 'neon', 'paper', 'silver', 'quiet', 'midnight', 'golden', 'wild', 'electric', 'velvet', 'broken', 'summer', 'lonely', 'burning', 'crystal', 'hollow', 'dancing', 'river', 'echo', 'honey', 'static', 'glass', 'fever', 'satellite'];
const NOUNS = ['heart', 'lights', 'dreams', 'city', 'waves', 'stars', 'roads', 'ghosts', 'flowers', 'skies', 'letters', 'machines', 'mirrors', 'gardens', 'signals'];
const title = (rng: () => number) => `${cap(pick(rng, WORDS))} ${cap(pick(rng, NOUNS))}`;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const base62 = (rng: () => number, n = 22) => Array.from({ length: n }, () => BASE62[Math.floor(rng() * 62)]).join('');
const digits = (rng: () => number, n: number) => String(randInt(rng, 10 ** (n - 1), 10 ** n - 1));
/** An ISO date-time with the offset Soundcharts uses for release dates (Paris time: +01:00 or +02:00). */
/** Days since 1970-01-01 (series are computed per absolute day so windows agree). */

// ----------------------------------------------------------------------------------------------
// Artists
// ----------------------------------------------------------------------------------------------

export interface ArtistRec {
  uuid: string;
  slug: string;
  name: string;
  countryCode: string;
  cityName: string | null;
  gender: string;
  type: string;
  birthDate: string | null;
  genres: string[];
  careerStage: string;
  growthLevel: string;
  songCount: number;
  albumCount: number;
  /** Audience scale (followers on the biggest platform). */
  scale: number;
  isni: string | null;
  ipi: string | null;
}

const ARTISTS: readonly ArtistRec[] = [
  {
    uuid: BILLIE_EILISH, slug: 'billie-eilish', name: 'Billie Eilish', countryCode: 'US', cityName: 'Los Angeles', gender: 'female', type: 'person',
    birthDate: '2001-12-18T00:00:00+00:00', genres: ['pop', 'alternative'], careerStage: 'superstar', growthLevel: 'steady', songCount: 250, albumCount: 14,
    scale: 120_000_000, isni: '0000000460883612', ipi: '00784563424',
  },
  {
    uuid: uuidFor('soundcharts:artist:marlow-finch'), slug: 'marlow-finch', name: 'Marlow Finch', countryCode: 'GB', cityName: 'Bristol', gender: 'male', type: 'person',
    birthDate: null, genres: ['indie', 'folk'], careerStage: 'mid_level', growthLevel: 'growth', songCount: 42, albumCount: 5, scale: 850_000, isni: null, ipi: null,
  },
  {
    // Country unknown: the API sends "" rather than null (recorded responses).
    uuid: uuidFor('soundcharts:artist:the-velvet-static'), slug: 'the-velvet-static', name: 'The Velvet Static', countryCode: '', cityName: null, gender: 'mixed', type: 'group',
    birthDate: null, genres: ['electronic'], careerStage: 'developing', growthLevel: 'explosive', songCount: 7, albumCount: 2, scale: 36_000, isni: null, ipi: null,
  },
];

export const sandboxArtists = () => ARTISTS;
export const findArtist = (uuid: string) => ARTISTS.find((a) => a.uuid.toLowerCase() === uuid.toLowerCase());

export const artistRef = (a: ArtistRec) => ({
  uuid: a.uuid,
  slug: a.slug,
  name: a.name,
  appUrl: `${APP}/artist/${a.slug}/overview`,
  imageUrl: `${ASSETS}/artist/${a.uuid.slice(0, 1)}/${a.uuid.slice(1, 2)}/${a.uuid.slice(2, 3)}/${a.uuid}.jpg`,
});

export const artistMeta = (a: ArtistRec) => ({
  ...artistRef(a),
  countryCode: a.countryCode,
  webUrl: a.slug === 'billie-eilish' ? 'https://www.billieeilish.com' : null,
  genres: a.genres,
  biography: `${a.name} is a ${a.genres.join('/')} ${a.type === 'group' ? 'band' : 'artist'}${a.cityName ? ` from ${a.cityName}` : ''}.`,
  isni: a.isni,
  ipi: a.ipi,
  gender: a.gender,
  type: a.type,
  birthDate: a.birthDate,
  careerStage: a.careerStage,
  growthLevel: a.growthLevel,
  cityName: a.cityName,
});

// ----------------------------------------------------------------------------------------------
// Songs and albums
// ----------------------------------------------------------------------------------------------

export interface SongRec {
  uuid: string;
  name: string;
  artist: ArtistRec;
  index: number;
  creditName: string;
  releaseDay: string | null;
  isrc: string;
  /** Sort keys for `sortBy`. */
  spotifyStream: number;
  shazamCount: number;
  youtubeViews: number;
  spotifyPopularity: number;
  soundchartsScore: number;
  mainPerformer: boolean;
  albumIndex: number;
  duration: number;
  explicit: boolean;
  spotifyId: string;
}

const FEATS = ['Khalid', 'Rosalía', 'Justin Bieber', 'Marlow Finch', 'Nova Reyes'];

function makeSong(a: ArtistRec, i: number): SongRec {
  const uuid = a.uuid === BILLIE_EILISH && i === 0 ? BAD_GUY : uuidFor(`soundcharts:song:${a.slug}:${i}`);
  const rng = rngFor(`song:${uuid}`);
  const mainPerformer = rng() > 0.12;
  const year = randInt(rng, 2015, 2025);
  const day = `${year}-${String(randInt(rng, 1, 12)).padStart(2, '0')}-${String(randInt(rng, 1, 28)).padStart(2, '0')}`;
  const popular = Math.max(0, 1 - i / (a.songCount + 5));
  return {
    uuid,
    name: uuid === BAD_GUY ? 'bad guy' : title(rng),
    artist: a,
    index: i,
    creditName: mainPerformer ? (rng() > 0.8 ? `${a.name} & ${pick(rng, FEATS.filter((f) => f !== a.name))}` : a.name) : `${pick(rng, FEATS.filter((f) => f !== a.name))} & ${a.name}`,
    // Some catalogue entries have no release date (null in real responses).
    releaseDay: uuid === BAD_GUY ? '2019-03-29' : i % 17 === 16 ? null : day,
    isrc: uuid === BAD_GUY ? 'USUM71900764' : `${a.countryCode || 'FR'}SC1${String(year).slice(2)}${String(hashString(uuid) % 100000).padStart(5, '0')}`,
    spotifyStream: Math.round(a.scale * 20 * popular * (0.5 + rng())),
    shazamCount: Math.round(a.scale * 0.3 * popular * (0.5 + rng())),
    youtubeViews: Math.round(a.scale * 8 * popular * (0.5 + rng())),
    spotifyPopularity: Math.round(30 + 70 * popular * rng()),
    soundchartsScore: Math.round(1000 * popular * rng()) / 10,
    mainPerformer,
    albumIndex: i % a.albumCount,
    duration: randInt(rng, 120, 320),
    explicit: rng() > 0.7,
    spotifyId: uuid === BAD_GUY ? '2Fxmhks0bxGSBdJ92vM42m' : base62(rng),
  };
}

let songCache: { byArtist: Map<string, SongRec[]>; byUuid: Map<string, SongRec> } | undefined;
function songIndex() {
  if (!songCache) {
    const byArtist = new Map<string, SongRec[]>();
    const byUuid = new Map<string, SongRec>();
    for (const a of ARTISTS) {
      const list = Array.from({ length: a.songCount }, (_, i) => makeSong(a, i));
      byArtist.set(a.uuid, list);
      for (const s of list) byUuid.set(s.uuid, s);
    }
    songCache = { byArtist, byUuid };
  }
  return songCache;
}
export const songsOf = (a: ArtistRec) => songIndex().byArtist.get(a.uuid) ?? [];
export const findSong = (uuid: string) => songIndex().byUuid.get(uuid.toLowerCase());
export const allSongs = () => [...songIndex().byUuid.values()];

export const songRef = (s: SongRec) => ({
  uuid: s.uuid,
  name: s.name,
  creditName: s.creditName,
  releaseDate: s.releaseDay ? parisStamp(s.releaseDay) : null,
  appUrl: `${APP}/song/${s.uuid}/overview`,
  imageUrl: `${ASSETS}/song/${s.uuid.slice(0, 1)}/${s.uuid.slice(1, 2)}/${s.uuid.slice(2, 3)}/${s.uuid}.jpg`,
});

const SONG_GENRES = [
  { root: 'pop', sub: ['electropop', 'art pop'] },
  { root: 'alternative', sub: ['alternative'] },
  { root: 'electronic', sub: ['house', 'downtempo'] },
  { root: 'folk', sub: ['indie folk'] },
];

export const songMeta = (s: SongRec) => {
  const rng = rngFor(`song-meta:${s.uuid}`);
  const a = s.artist;
  const labelName = a.slug === 'billie-eilish' ? 'Darkroom/Interscope Records' : `${cap(pick(rng, WORDS))} Records`;
  return {
    ...songRef(s),
    isrc: { value: s.isrc, countryCode: s.isrc.slice(0, 2), countryName: s.isrc.startsWith('US') ? 'United States' : s.isrc.startsWith('GB') ? 'United Kingdom' : 'France' },
    iswcs: rng() > 0.3 ? [`T-${digits(rng, 9)}-${randInt(rng, 0, 9)}`] : [],
    artists: [artistRef(a)],
    mainArtists: s.mainPerformer ? [artistRef(a)] : [],
    copyright: s.releaseDay ? `℗ ${s.releaseDay.slice(0, 4)} ${labelName}` : '',
    previewUrl: rng() > 0.2 ? `https://p.scdn.co/mp3-preview/${base62(rng, 40).toLowerCase()}` : null,
    duration: s.duration,
    explicit: s.explicit,
    genres: [SONG_GENRES[(hashString(s.uuid) >>> 3) % SONG_GENRES.length]!],
    composers: [a.type === 'person' ? a.name : 'Unknown writer'],
    producers: rng() > 0.5 ? ['Finneas O’Connell'] : [],
    labels: [{ name: labelName, type: a.careerStage === 'superstar' ? 'major' : 'independent' }],
    languageCode: a.countryCode === 'FR' ? 'fr' : 'en',
    audio: {
      acousticness: Math.round(rng() * 1000) / 1000,
      danceability: Math.round(rng() * 1000) / 1000,
      energy: Math.round(rng() * 1000) / 1000,
      instrumentalness: Math.round(rng() * 0.2 * 1000) / 1000,
      key: randInt(rng, 0, 11),
      liveness: Math.round(rng() * 0.4 * 1000) / 1000,
      loudness: -Math.round(rng() * 15 * 100) / 100,
      mode: randInt(rng, 0, 1),
      speechiness: Math.round(rng() * 0.3 * 1000) / 1000,
      tempo: Math.round((70 + rng() * 100) * 1000) / 1000,
      timeSignature: 4,
      valence: Math.round(rng() * 1000) / 1000,
    },
  };
};

export interface AlbumRec { uuid: string; name: string; type: 'album' | 'single' | 'compil'; artist: ArtistRec; releaseDay: string; upc: string }
export function albumsOf(a: ArtistRec): AlbumRec[] {
  return Array.from({ length: a.albumCount }, (_, i) => {
    const uuid = uuidFor(`soundcharts:album:${a.slug}:${i}`);
    const rng = rngFor(`album:${uuid}`);
    const type = i % 5 === 4 ? 'compil' : i % 2 === 0 ? 'album' : 'single';
    const first = a.slug === 'billie-eilish' && i === 0;
    return {
      uuid,
      name: first ? 'WHEN WE ALL FALL ASLEEP, WHERE DO WE GO?' : title(rng),
      type,
      artist: a,
      releaseDay: first ? '2019-03-29' : `${randInt(rng, 2015, 2024)}-0${randInt(rng, 1, 9)}-1${randInt(rng, 0, 9)}`,
      upc: digits(rng, 12),
    };
  });
}
export const albumRef = (al: AlbumRec) => ({
  uuid: al.uuid,
  name: al.name,
  creditName: al.artist.name,
  type: al.type,
  releaseDate: parisStamp(al.releaseDay),
  upc: al.upc,
  appUrl: `${APP}/album/${al.uuid}/overview`,
  imageUrl: `${ASSETS}/album/${al.uuid}.jpg`,
});

// ----------------------------------------------------------------------------------------------
// Identifiers
// ----------------------------------------------------------------------------------------------

const PLATFORM_NAMES: Record<string, string> = {
  spotify: 'Spotify', 'apple-music': 'Apple Music', deezer: 'Deezer', youtube: 'YouTube', instagram: 'Instagram', tiktok: 'TikTok', amazon: 'Amazon',
  isni: 'ISNI', ipi: 'IPI', isrc: 'ISRC', shazam: 'Shazam', x: 'X', soundcloud: 'SoundCloud',
};
const identifierRow = (platformCode: string, id: string, url: string, isDefault: boolean) => ({ platformName: PLATFORM_NAMES[platformCode] ?? platformCode, platformCode, identifier: id, url, default: isDefault });

export function artistIdentifiers(a: ArtistRec) {
  const rng = rngFor(`artist-ids:${a.uuid}`);
  const handle = a.slug.replace(/-/g, '');
  const spotify = a.uuid === BILLIE_EILISH ? '6qqNVTkY8uBg9cP3Jd7DAH' : base62(rng);
  const rows = [
    identifierRow('spotify', spotify, `https://open.spotify.com/artist/${spotify}`, true),
    identifierRow('apple-music', digits(rng, 10), '', true),
    identifierRow('deezer', digits(rng, 7), '', true),
    identifierRow('instagram', handle, `https://www.instagram.com/${handle}`, true),
    identifierRow('tiktok', handle, `https://www.tiktok.com/@${handle}`, true),
    identifierRow('youtube', `UC${base62(rng)}`, '', true),
    identifierRow('amazon', `B0${base62(rng, 8).toUpperCase()}`, '', true),
    // A second, non-default Spotify profile (duplicates happen in real data).
    identifierRow('spotify', base62(rng), '', false),
  ];
  for (const r of rows) if (!r.url) r.url = `https://${r.platformCode}.example.com/artist/${r.identifier}`;
  if (a.isni) rows.push(identifierRow('isni', a.isni, `https://isni.org/isni/${a.isni}`, true));
  if (a.ipi) rows.push(identifierRow('ipi', a.ipi, '', true));
  return rows;
}

export function songIdentifiers(s: SongRec) {
  const rng = rngFor(`song-ids:${s.uuid}`);
  const [apple, deezer, youtube] = [digits(rng, 10), digits(rng, 9), base62(rng, 11)];
  return [
    identifierRow('isrc', s.isrc, `https://open.spotify.com/search/isrc:${s.isrc}/tracks`, false),
    identifierRow('spotify', s.spotifyId, `https://open.spotify.com/track/${s.spotifyId}`, true),
    identifierRow('apple-music', apple, `https://music.apple.com/us/song/${apple}`, true),
    identifierRow('deezer', deezer, `https://deezer.com/track/${deezer}`, true),
    identifierRow('youtube', youtube, `https://www.youtube.com/watch?v=${youtube}`, false),
  ];
}

/** Filters identifier rows by `platform` and `onlyDefault` query params. */
export function filterIdentifiers(ctx: RouteContext, rows: ReturnType<typeof identifierRow>[]) {
  const platform = ctx.query.get('platform');
  const onlyDefault = ctx.query.get('onlyDefault');
  if (onlyDefault !== null && onlyDefault !== 'true' && onlyDefault !== 'false') return badRequest('onlyDefault', 'Invalid onlyDefault: expected true or false.');
  return rows.filter((r) => (!platform || r.platformCode === platform) && (onlyDefault !== 'true' || r.default));
}

// ----------------------------------------------------------------------------------------------
// Playlists, radios, charts, venues (small shared pools)
// ----------------------------------------------------------------------------------------------

const COUNTRIES = [
  ['US', 'United States'], ['GB', 'United Kingdom'], ['FR', 'France'], ['DE', 'Germany'], ['BR', 'Brazil'], ['JP', 'Japan'], ['AU', 'Australia'], ['MX', 'Mexico'],
] as const;
export const countryName = (cc: string) => COUNTRIES.find(([c]) => c === cc)?.[1] ?? cc;
const CITIES: Record<string, readonly string[]> = {
  US: ['New York', 'Los Angeles', 'Chicago', 'Houston'], GB: ['London', 'Manchester', 'Bristol'], FR: ['Paris', 'Lyon', 'Marseille'], DE: ['Berlin', 'Hamburg', 'Munich'],
  BR: ['São Paulo', 'Rio de Janeiro'], JP: ['Tokyo', 'Osaka'], AU: ['Sydney', 'Melbourne'], MX: ['Mexico City', 'Guadalajara'],
};
export const citiesOf = (cc: string) => (CITIES[cc.toUpperCase()] ?? []).map((cityName, i) => ({
  cityKey: `${cc.toLowerCase()}-${cityName.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '-')}`,
  cityName,
  countryCode: cc.toUpperCase(),
  countryName: countryName(cc.toUpperCase()),
  region: null,
  population: 9_000_000 - i * 1_700_000,
}));

export interface PlaylistRec { uuid: string; name: string; identifier: string; platform: string; countryCode: string; type: string; owner: { name: string; identifier: string }; subscribers: number; tracks: number }
let playlistCache: PlaylistRec[] | undefined;
export function playlists(): PlaylistRec[] {
  return (playlistCache ??= Array.from({ length: 60 }, (_, i) => {
    const uuid = uuidFor(`soundcharts:playlist:${i}`);
    const rng = rngFor(`playlist:${uuid}`);
    const type = pick(rng, ['editorial', 'algorithmic', 'algotorial', 'major', 'charts', 'curators_listeners', 'this_is'] as const);
    const editorial = type === 'editorial' || type === 'algotorial';
    return {
      uuid,
      name: `${title(rng)}${i % 7 === 0 ? ' Mix' : ''}`,
      identifier: `37i9dQZF1${base62(rng, 13)}`,
      platform: i % 6 === 5 ? 'deezer' : 'spotify',
      countryCode: i % 4 === 0 ? '' : pick(rng, COUNTRIES)[0],
      type,
      owner: editorial ? { name: 'Spotify', identifier: 'spotify' } : { name: `${pick(rng, WORDS)}curator`, identifier: base62(rng, 10).toLowerCase() },
      subscribers: Math.round((editorial ? 2_000_000 : 40_000) * rng()),
      tracks: randInt(rng, 20, 250),
    };
  }));
}
export const playlistRef = (pl: PlaylistRec, now: Date) => ({
  uuid: pl.uuid,
  name: pl.name,
  identifier: pl.identifier,
  platform: pl.platform,
  countryCode: pl.countryCode,
  type: pl.type,
  owner: pl.owner,
  latestCrawlDate: atom(isoDay(now), '05:25:01'),
  latestTrackCount: pl.tracks,
  latestSubscriberCount: pl.subscribers,
  imageUrl: `${ASSETS}/playlist/${pl.uuid}.jpg`,
});

export interface RadioRec { slug: string; name: string; countryCode: string; cityName: string; timeZone: string; reach: number }
let radioCache: RadioRec[] | undefined;
export function radios(): RadioRec[] {
  return (radioCache ??= Array.from({ length: 24 }, (_, i) => {
    const rng = rngFor(`radio:${i}`);
    const [cc] = COUNTRIES[i % COUNTRIES.length]!;
    const city = pick(rng, CITIES[cc]!);
    const name = `${cap(pick(rng, WORDS))} ${pick(rng, ['FM', 'Radio', 'Hits', '99.1', 'Live'])}`;
    return { slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${cc.toLowerCase()}-${i}`, name, countryCode: cc, cityName: city, timeZone: cc === 'US' ? 'America/New_York' : cc === 'JP' ? 'Asia/Tokyo' : 'Europe/Paris', reach: randInt(rng, 50_000, 4_000_000) };
  }));
}
export const radioRef = (r: RadioRec) => ({ slug: r.slug, name: r.name, countryCode: r.countryCode, countryName: countryName(r.countryCode), cityName: r.cityName, timeZone: r.timeZone, reach: r.reach, genres: [], imageUrl: `${ASSETS}/radio/${r.slug}.jpg` });

export const chartsOf = (platform: string) =>
  COUNTRIES.slice(0, 5).map(([cc, cn], i) => ({
    slug: `${platform}-top-${i === 0 ? 'global' : cc.toLowerCase()}-daily`,
    name: `${cap(platform)} Top ${i === 0 ? 'Global' : cn} Daily`,
    type: 'top',
    platform,
    frequency: 'daily',
    countryCode: i === 0 ? null : cc,
    countryName: i === 0 ? null : cn,
    cityName: null,
    maxResultsCount: 200,
  }));

export const venues = () =>
  Array.from({ length: 20 }, (_, i) => {
    const rng = rngFor(`venue:${i}`);
    const [cc, cn] = COUNTRIES[i % COUNTRIES.length]!;
    return { uuid: uuidFor(`soundcharts:venue:${i}`), name: `${pick(rng, CITIES[cc]!)} ${pick(rng, ['Arena', 'Hall', 'Theatre', 'Club', 'Stadium'])}`, cityName: pick(rng, CITIES[cc]!), countryCode: cc, countryName: cn, capacity: randInt(rng, 300, 60_000) };
  });

// ----------------------------------------------------------------------------------------------
// Series
// ----------------------------------------------------------------------------------------------

/** A smooth, growing, deterministic value for `key` on `day` (same value whatever the window). */
export function seriesValue(key: string, day: string, base: number, growthPerYear = 0.15, noise = 0.01): number {
  const n = dayNumber(day);
  const seed = hashString(key);
  const wobble = seededRandom(seed ^ n)() - 0.5;
  const trend = 1 + growthPerYear * ((n - 19_000) / 365);
  return Math.max(0, Math.round(base * trend * (1 + noise * wobble)));
}

/** Days skipped by a low-refresh series (real series have holes: 2–15 day refresh, §6 quirk 12). */
export const crawled = (key: string, day: string, every = 1) => every <= 1 || (dayNumber(day) + (hashString(key) % every)) % every === 0;

/** First day of each month in a window (monthly series). */
export const monthStarts = (days: readonly string[]) => days.filter((d) => d.endsWith('-01'));

export const seriesRelatedArtist = (a: ArtistRec, platform: string, now: Date) => ({ artist: artistRef(a), platform, lastCrawlDate: atom(isoDay(now), '12:00:00') });
export const seriesRelatedSong = (s: SongRec, platform: string, now: Date) => ({ song: songRef(s), platform, lastCrawlDate: atom(isoDay(now), '12:00:00') });

export { title, COUNTRIES };

// ----------------------------------------------------------------------------------------------
// Search and referential pools
// ----------------------------------------------------------------------------------------------
/** A pool of `n` named entities of one kind (search results, referential lists). */
export const named = (kind: string, n: number, make: (rng: () => number, i: number) => Record<string, unknown> & { name: string }) =>
  Array.from({ length: n }, (_, i) => {
    const rng = rngFor(`${kind}:${i}`);
    return { uuid: `${hashString(`${kind}:${i}`).toString(16).padStart(8, '0')}-5c00-4000-8000-${String(i).padStart(12, '0')}`, ...make(rng, i) };
  });
export const LYRICS: Record<string, string[]> = {
  themes: ['love', 'heartbreak', 'self-discovery', 'nostalgia', 'party', 'freedom', 'loneliness'],
  moods: ['melancholic', 'euphoric', 'dark', 'romantic', 'hopeful', 'angry'],
  culturalReferencePeople: ['Marilyn Monroe', 'James Dean', 'Frida Kahlo'],
  culturalReferenceNonPeople: ['Hollywood', 'Romeo and Juliet', 'The Matrix'],
  brands: ['Gucci', 'Rolex', 'Nike', 'Mercedes-Benz'],
  locations: ['Los Angeles', 'Paris', 'Tokyo', 'New York'],
};
