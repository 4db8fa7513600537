/**
 * The artist-centred Chartmetric sandbox data, served by artists.ts, search.ts, genres.ts, cities.ts,
 * social.ts, festivals.ts, events.ts and brands.ts: seeded artists and what derives from an artist id
 * (tracks, albums, fan-metric series), cities, brands, festivals and venues. Everything is derived from entity ids with the seeded helpers, so the
 * same id always yields the same artist, tracks and series, on every page and every machine.
 *
 * The data reproduces the API's quirks on purpose (reference/chartmetric.md §6): numbers sent as
 * strings (`num_track: "20"`, `count: "258"`), nulls, and mixed date formats (`…T08:00:00.000Z`,
 * `YYYY-MM-DD`, `YYYY-MM-DD HH:mm:ss.SSS`).
 */
import { hashString, pick, randInt, seededRandom } from '../data.js';
import { addDays, maybeText } from './shared.js';

/** A PRNG seeded by a list of parts (`rngFor('track', artistId, i)`). */
export const rngFor = (...parts: Array<string | number>) => seededRandom(hashString(parts.join(':')));

/* Every artist id below 900,000,000 exists (the one unknown-id rule: `isUnknownId` in ./shared.ts). */

interface SeedArtist {
  name: string;
  code2: string;
  band: boolean;
  hometown: string | null;
  /** Number of tracks the artist has (drives `artists.tracks` paging). */
  tracks: number;
  pronoun: string;
}

/**
 * Hand-picked seeds used by the docs and tests: 206557 has 47 tracks (5 pages of 10, last page 7).
 * Every other id gets a generated artist.
 */
export const SEEDED_ARTISTS: Record<number, SeedArtist> = {
  206557: { name: 'BTS', code2: 'KR', band: true, hometown: 'Seoul', tracks: 47, pronoun: 'they/them' },
  2762: { name: 'Taylor Swift', code2: 'US', band: false, hometown: 'West Reading', tracks: 132, pronoun: 'she/her' },
  3380: { name: 'Drake', code2: 'CA', band: false, hometown: 'Toronto', tracks: 95, pronoun: 'he/him' },
  4904: { name: 'Hailee Steinfeld', code2: 'US', band: false, hometown: null, tracks: 23, pronoun: 'she/her' },
  3852: { name: 'The Weeknd', code2: 'CA', band: false, hometown: 'Toronto', tracks: 64, pronoun: 'he/him' },
};

const SYLLABLES = ['lu', 'ma', 'ko', 'ri', 'sen', 'ta', 'vel', 'no', 'zi', 'ar', 'en', 'sol', 'mi', 'ra', 'dan', 'el', 'yo', 'ka'];
const WORDS = ['Echo', 'Velvet', 'Harbor', 'Neon', 'Juniper', 'Static', 'Ember', 'Atlas', 'Marble', 'Saffron', 'Quartz', 'Willow', 'Cobalt', 'Lumen'];
const TITLES = ['Night Drive', 'Paper Moon', 'Golden Hour', 'Slow Motion', 'Afterglow', 'Satellite', 'Wildfire', 'Blue Room', 'Daydream', 'Gravity', 'Overtime', 'Parallel', 'Weightless', 'Neon Rain', 'Homecoming', 'Low Tide'];

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** A pronounceable made-up word. */
const word = (rng: () => number, parts = 2) => cap(Array.from({ length: parts }, () => pick(rng, SYLLABLES)).join(''));

/** Countries used across the generators: code2, name, iso3. */
export const COUNTRIES: ReadonlyArray<readonly [string, string, string]> = [
  ['US', 'United States', 'USA'], ['GB', 'United Kingdom', 'GBR'], ['KR', 'South Korea', 'KOR'], ['JP', 'Japan', 'JPN'],
  ['BR', 'Brazil', 'BRA'], ['MX', 'Mexico', 'MEX'], ['DE', 'Germany', 'DEU'], ['FR', 'France', 'FRA'], ['ID', 'Indonesia', 'IDN'],
  ['CA', 'Canada', 'CAN'], ['AU', 'Australia', 'AUS'], ['PH', 'Philippines', 'PHL'], ['BE', 'Belgium', 'BEL'], ['ES', 'Spain', 'ESP'],
];
export const countryName = (code2: string) => COUNTRIES.find((c) => c[0] === code2.toUpperCase())?.[1] ?? `Country ${code2.toUpperCase()}`;

/** A few cities with stable ids (the rest of a country's cities are generated in `citiesOf`). */
export const CITIES: ReadonlyArray<{ id: number; name: string; code2: string; lat: number; lng: number; population: number }> = [
  { id: 7060, name: 'New York', code2: 'US', lat: 40.69, lng: -73.92, population: 18_713_220 },
  { id: 7058, name: 'Los Angeles', code2: 'US', lat: 34.11, lng: -118.41, population: 12_750_807 },
  { id: 7013, name: 'Chicago', code2: 'US', lat: 41.84, lng: -87.68, population: 8_604_203 },
  { id: 5602, name: 'Seoul', code2: 'KR', lat: 37.56, lng: 126.99, population: 9_776_000 },
  { id: 4410, name: 'Tokyo', code2: 'JP', lat: 35.69, lng: 139.69, population: 37_977_000 },
  { id: 2870, name: 'London', code2: 'GB', lat: 51.51, lng: -0.13, population: 10_979_000 },
  { id: 1290, name: 'São Paulo', code2: 'BR', lat: -23.55, lng: -46.63, population: 22_046_000 },
  { id: 6010, name: 'Mexico City', code2: 'MX', lat: 19.43, lng: -99.13, population: 20_996_000 },
  { id: 3345, name: 'Jakarta', code2: 'ID', lat: -6.21, lng: 106.85, population: 34_540_000 },
  { id: 1541, name: 'Toronto', code2: 'CA', lat: 43.74, lng: -79.37, population: 5_429_524 },
  { id: 591, name: 'Sydney', code2: 'AU', lat: -33.87, lng: 151.21, population: 4_627_345 },
  { id: 2210, name: 'Berlin', code2: 'DE', lat: 52.52, lng: 13.4, population: 3_644_826 },
  { id: 2330, name: 'Paris', code2: 'FR', lat: 48.86, lng: 2.35, population: 11_020_000 },
];

/** Current genre taxonomy (501xxx) and tag genres (462xxx). */
export const TAXONOMY: ReadonlyArray<readonly [number, string]> = [
  [501120, 'pop'], [501125, 'r&b/soul'], [501130, 'hip-hop/rap'], [501135, 'rock'], [501140, 'electronic'], [501145, 'latin'],
  [501150, 'country'], [501155, 'k-pop'], [501160, 'alternative'], [501165, 'jazz'], [501170, 'classical'], [501175, 'reggae'],
];
export const TAG_GENRES: ReadonlyArray<readonly [number, string]> = [
  [462862, 'Devotional & Spiritual'], [462863, 'Mandopop'], [462870, 'Hip-Hop/Rap'], [462871, 'Underground Hip-Hop'], [462882, 'R&B/Soul'],
  [462884, 'Rock'], [462890, 'Electronic'], [462900, 'Latin'], [462910, 'Country'], [462925, 'K-Pop'], [462930, 'Jazz'], [462940, 'Pop'],
];

/** A US-Pacific-midnight timestamp, the API's most common form (`2020-01-03T08:00:00.000Z`, §6.4). */
export const pacific = (day: string) => `${day}T08:00:00.000Z`;
/** The space-separated form used by festivals and events (`2025-07-03 00:00:00.000`). */
export const spaced = (day: string, time = '00:00:00') => `${day} ${time}.000`;


/** The sandbox image URL of an entity. */
export const image = (kind: string, id: number | string) => `https://img.sandbox.chartstack.invalid/${kind}/${id}.jpg`;
const base62 = (rng: () => number, len: number) =>
  Array.from({ length: len }, () => '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'[Math.floor(rng() * 62)]).join('');

/** Spotify-style id derived from a Chartmetric id (stable, so get-ids round-trips). */
export const spotifyIdFor = (kind: string, id: number) => base62(rngFor('spotify', kind, id), 22);

// ------------------------------------------------------------------ artists

export function artistName(id: number): string {
  const seed = SEEDED_ARTISTS[id];
  if (seed) return seed.name;
  const rng = rngFor('artist-name', id);
  return rng() < 0.5 ? `${word(rng)} ${pick(rng, WORDS)}` : `${word(rng, 3)}`;
}
export function artistCode2(id: number): string {
  return SEEDED_ARTISTS[id]?.code2 ?? pick(rngFor('artist-country', id), COUNTRIES)[0];
}
/** Rough popularity scale of an artist (0–1): seeds are big, generated ids vary. */
export function artistScale(id: number): number {
  if (SEEDED_ARTISTS[id]) return 0.9 + (id % 7) / 100;
  return rngFor('artist-scale', id)();
}
/** Spotify followers etc. grow with the scale. */
export const metricBase = (id: number, metric: string) => {
  const rng = rngFor('metric', id, metric);
  return Math.round(Math.pow(10, 3 + artistScale(id) * 5) * (0.5 + rng()));
};
export const artistRank = (id: number) => Math.max(1, Math.round(Math.pow(10, 6.2 - artistScale(id) * 6)) + (id % 97));

export function genreOf(id: number): readonly [number, string] {
  if (id === 206557) return TAXONOMY[7]!;
  return pick(rngFor('artist-genre', id), TAXONOMY);
}

/** A short artist reference used inside other rows. */
export const artistRef = (id: number) => ({ id, name: artistName(id), image_url: image('artist', id), code2: artistCode2(id) });

/** An artist id related to `id` (deterministic, never `id` itself). */
export const neighbourId = (id: number, i: number) => {
  const v = 1 + (hashString(`neighbour:${id}:${i}`) % 9_000_000);
  return v === id ? v + 1 : v;
};

export function cmStatistics(id: number) {
  const rng = rngFor('cm-stats', id);
  const city = CITIES.filter((c) => c.code2 === artistCode2(id));
  return {
    countryRank: { code2: artistCode2(id), country: countryName(artistCode2(id)), rank: 1 + (id % 40), percentile: 1 },
    sp_followers: metricBase(id, 'sp_followers'),
    sp_popularity: Math.round(40 + artistScale(id) * 60),
    sp_monthly_listeners: metricBase(id, 'sp_monthly_listeners'),
    sp_where_people_listen: (city.length ? city : CITIES.slice(0, 3)).map((c) => ({ code2: c.code2.toLowerCase(), listeners: metricBase(id, `wpl:${c.id}`), name: c.name })),
    deezer_fans: maybeText(rng, metricBase(id, 'deezer_fans')),
    ins_followers: metricBase(id, 'ins_followers'),
    ycs_subscribers: metricBase(id, 'ycs_subscribers'),
    ycs_views: String(metricBase(id, 'ycs_views') * 100),
    tiktok_followers: metricBase(id, 'tiktok_followers'),
    tiktok_likes: metricBase(id, 'tiktok_likes'),
    twitter_followers: rng() < 0.3 ? null : metricBase(id, 'twitter_followers'),
    twitch_followers: null,
    boomplay_plays: null,
    youtube_daily_video_views: metricBase(id, 'ytd'),
    youtube_monthly_video_views: metricBase(id, 'ytm'),
    cm_artist_rank: artistRank(id),
    cm_artist_score: Math.round(artistScale(id) * 10_000) / 100,
    fan_base_rank: artistRank(id) + 3,
    engagement_rank: artistRank(id) + 1,
    num_sp_playlists: metricBase(id, 'num_sp_playlists'),
    num_sp_editorial_playlists: Math.round(metricBase(id, 'num_sp_ed') / 1000),
    sp_playlist_total_reach: metricBase(id, 'sp_reach') * 10,
    shazam_count: metricBase(id, 'shazam'),
    genius_pageviews: rng() < 0.2 ? null : metricBase(id, 'genius'),
  };
}

export function artistProfile(id: number) {
  const seed = SEEDED_ARTISTS[id];
  const rng = rngFor('artist', id);
  const g = genreOf(id);
  const second = TAXONOMY.filter((x) => x[0] !== g[0]);
  return {
    id,
    name: artistName(id),
    created_at: `${2016 + (id % 9)}-0${1 + (id % 9)}-1${id % 10}T15:45:02Z`,
    code2: artistCode2(id),
    band: seed?.band ?? rng() < 0.2,
    pronoun_title: seed?.pronoun ?? pick(rng, ['he/him', 'she/her', 'they/them']),
    gender_title: null,
    gender: null,
    isni: rng() < 0.5 ? String(1_000_000_000_000_000 + (id % 1_000_000)).padStart(16, '0') : null,
    cm_artist_rank: artistRank(id),
    cm_artist_score: Math.round(artistScale(id) * 10_000) / 100,
    cover_url: image('cover', id),
    image_url: image('artist', id),
    hometown_city: seed ? seed.hometown : null,
    current_city: null,
    current_city_id: null,
    band_members: null,
    booking_agent: null,
    record_label: rng() < 0.6 ? `${pick(rng, WORDS)} Records` : null,
    press_contact: null,
    general_manager: null,
    topSongwriterCollaborators: [artistName(neighbourId(id, 90)), artistName(neighbourId(id, 91))],
    description: `${artistName(id)} is a sandbox artist generated for chartstack tests.`,
    genres: {
      primary: { id: g[0], name: g[1], type: 'genre_v2', source: 'cm' },
      secondary: [pick(rng, second), pick(rng, second)].map(([gid, name]) => ({ id: gid, name, type: 'genre_v2', source: 'cm' })),
      sub: [{ id: 9000 + (id % 500), name: `${g[1]} fusion`, type: 'genre', source: 'spotify' }],
    },
    genre_smart_ordered: [{ 1: g[0] }, { 2: pick(rng, second)[0] }],
    moods: [{ id: 504927, name: 'celebratory' }, { id: 504930, name: 'dreamy' }],
    activities: [{ id: 504872, name: 'dancy' }],
    career_status: { stage: careerStage(id), stage_score: randInt(rng, 10, 99), trend: pick(rng, ['steady', 'growth', 'decline']), trend_score: randInt(rng, 1, 99) },
    cm_statistics: cmStatistics(id),
    sp_followers: null,
    sp_monthly_listeners: null,
    genreRank: {},
  };
}

export function careerStage(id: number): string {
  const s = artistScale(id);
  return s > 0.9 ? 'superstar' : s > 0.7 ? 'mainstream' : s > 0.45 ? 'mid-level' : s > 0.2 ? 'developing' : 'undiscovered';
}

// ------------------------------------------------------------------ tracks and albums

export const trackCount = (artistId: number) => SEEDED_ARTISTS[artistId]?.tracks ?? 5 + (hashString(`tracks:${artistId}`) % 40);
export const trackIdOf = (artistId: number, i: number) => 10_000_000 + (hashString(`track:${artistId}:${i}`) % 90_000_000);
export const albumCount = (artistId: number) => 3 + (hashString(`albums:${artistId}`) % 25);
export const albumIdOf = (artistId: number, i: number) => 100_000 + (hashString(`album:${artistId}:${i}`) % 40_000_000);
export const trackTitle = (rng: () => number) => (rng() < 0.6 ? pick(rng, TITLES) : `${pick(rng, WORDS)} ${pick(rng, TITLES).split(' ')[0]}`);

/** Release day of the i-th album (newest first). */
export const albumDay = (artistId: number, i: number) => addDays('2025-06-01', -(i * 97 + (artistId % 60)));

/** A track row with cross-platform id arrays (the shape of artist tracks, chart entries and city top lists). */
export function trackRow(artistId: number, i: number) {
  const rng = rngFor('track', artistId, i);
  const id = trackIdOf(artistId, i);
  const featured = rng() < 0.25 ? neighbourId(artistId, i) : undefined;
  const artistIds = featured ? [artistId, featured] : [artistId];
  const albumI = i % albumCount(artistId);
  const day = albumDay(artistId, albumI);
  return {
    id,
    name: trackTitle(rng),
    isrc: `QZ${String.fromCharCode(65 + (i % 26))}${String(id).slice(0, 9).padStart(9, '0')}`,
    image_url: image('track', id),
    cm_track: id,
    cm_artist: artistIds,
    artist_names: artistIds.map(artistName),
    code2s: artistIds.map(artistCode2),
    artist_images: artistIds.map((a) => (rng() < 0.2 ? null : image('artist', a))),
    artist_covers: artistIds.map(() => null),
    spotify_track_ids: [spotifyIdFor('track', id)],
    spotify_album_ids: [spotifyIdFor('album', albumIdOf(artistId, albumI))],
    spotify_duration_ms: randInt(rng, 120_000, 280_000),
    itunes_track_ids: [String(1_000_000_000 + (id % 900_000_000))],
    itunes_album_ids: [String(1_100_000_000 + (albumIdOf(artistId, albumI) % 800_000_000))],
    storefronts: ['US', 'GB'],
    deezer_track_ids: [String(300_000_000 + (id % 100_000_000))],
    /** Numbers here, strings in `deezer_track_ids`: both occur in the real API. */
    deezer_album_ids: [3_000_000 + (albumIdOf(artistId, albumI) % 1_000_000)],
    deezer_duration: randInt(rng, 120, 280),
    amazon_track_ids: null,
    amazon_album_ids: null,
    album_ids: [albumIdOf(artistId, albumI)],
    album_names: [albumName(artistId, albumI)],
    album_upc: [String(190_000_000_000 + (albumIdOf(artistId, albumI) % 9_000_000_000))],
    album_label: [`${pick(rng, WORDS)} Records`],
    release_dates: [`${day}T00:00:00.000Z`],
    created_at: `${addDays(day, 3)}T04:38:14Z`,
    modified_at: null,
    description: null,
    tags: `${genreOf(artistId)[1]}, ${pick(rng, ['pop', 'dance', 'indie', 'rap'])}`,
  };
}

export function albumName(artistId: number, i: number): string {
  return `${trackTitle(rngFor('album-name', artistId, i))}${i % 5 === 0 ? ' (Deluxe)' : ''}`;
}

export function albumRow(artistId: number, i: number) {
  const rng = rngFor('album', artistId, i);
  const id = albumIdOf(artistId, i);
  const day = albumDay(artistId, i);
  return {
    id,
    upc: String(190_000_000_000 + (id % 9_000_000_000)),
    name: albumName(artistId, i),
    image_url: image('album', id),
    release_date: `${day}T00:00:00.000Z`,
    label: `${pick(rng, WORDS)} Records`,
    spotify_popularity: randInt(rng, 10, 90),
    cm_label: 40_000 + (id % 5000),
    description: null,
    created_at: null,
    modified_at: `${addDays(day, 30)}T00:00:28.227Z`,
    cm_album: id,
    /** A numeric string, as the API sends it (§6.5). */
    num_track: String(randInt(rng, 1, 22)),
    spotify_album_ids: [spotifyIdFor('album', id)],
    itunes_album_ids: [String(1_100_000_000 + (id % 800_000_000))],
    deezer_album_ids: [String(3_000_000 + (id % 1_000_000))],
    /** Whether the artist is a main artist (for `isPrimary`). */
    artists: i % 4 === 3 ? [artistRef(neighbourId(artistId, i)), artistRef(artistId)].map((a) => ({ cm_artist: a.id, name: a.name, image_url: a.image_url })) : [{ cm_artist: artistId, name: artistName(artistId), image_url: image('artist', artistId) }],
    primary: i % 4 !== 3,
  };
}

// ------------------------------------------------------------------ fan-metric series

/** Fields per stat source (reference/chartmetric.md §5.2). */
export const STAT_SOURCE_FIELDS: Record<string, readonly string[]> = {
  spotify: ['followers', 'popularity', 'listeners', 'followers_to_listeners_ratio'],
  deezer: ['fans'],
  facebook: ['likes', 'talks'],
  twitter: ['followers', 'retweets'],
  instagram: ['followers'],
  youtube_channel: ['subscribers', 'views', 'comments', 'videos'],
  youtube_artist: ['daily_views', 'monthly_views'],
  wikipedia: ['views'],
  bandsintown: ['followers'],
  soundcloud: ['followers'],
  tiktok: ['followers', 'likes'],
  twitch: ['follower_count', 'monthly_viewer_hours', 'weekly_viewer_hours'],
  line: ['likes'],
  melon: ['fans'],
};

/** Value of a metric on a day: a slow deterministic growth curve with a little noise. */
export function metricOn(key: string, baseValue: number, day: string): number {
  const n = Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
  const noise = rngFor(key, day)() - 0.5;
  return Math.max(0, Math.round(baseValue * (1 + (n - 19_000) * 0.0004) + baseValue * 0.002 * noise));
}

/** A fan-metric point series with the API's diff fields (first diff null, ratio values as strings). */
export function statPoints(id: number | string, source: string, field: string, days: string[]) {
  const key = `stat:${id}:${source}:${field}`;
  const base = field === 'popularity' ? 60 : typeof id === 'number' ? metricBase(id, `${source}:${field}`) : 1000 + (hashString(key) % 1_000_000);
  const value = (day: string) => (field === 'popularity' ? Math.min(100, Math.round(base + (hashString(`${key}:${day}`) % 3))) : metricOn(key, base, day));
  return days.map((day, i) => {
    const v = value(day);
    const week = value(addDays(day, -7));
    const month = value(addDays(day, -28));
    const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round(((a - b) / b) * 1_000_000) / 10_000);
    if (field === 'followers_to_listeners_ratio') {
      return { weekly_diff: 0.0081, weekly_diff_percent: 1.04, monthly_diff: 0.0021, monthly_diff_percent: 0.27, value: (40 + (hashString(`${key}:${day}`) % 2000) / 100).toFixed(2), timestp: pacific(day) };
    }
    return {
      weekly_diff: v - week,
      weekly_diff_percent: pct(v, week),
      monthly_diff: v - month,
      monthly_diff_percent: pct(v, month),
      value: v,
      timestp: pacific(day),
      diff: i === 0 ? null : v - value(addDays(day, -1)),
    };
  });
}

// ------------------------------------------------------------------ cities

/** Cities of a country: the fixed ones first, then generated ones with stable ids. */
export function citiesOf(code2: string) {
  const c = code2.toUpperCase();
  const fixed = CITIES.filter((x) => x.code2 === c);
  const rng = rngFor('cities', c);
  const generated = Array.from({ length: 12 }, (_, i) => ({
    id: 20_000 + (hashString(`city:${c}:${i}`) % 60_000),
    name: `${word(rng)}${pick(rng, ['ville', 'ton', 'burg', 'field', 'haven', ''])}`,
    code2: c,
    lat: Math.round((rng() * 140 - 70) * 10_000) / 10_000,
    lng: Math.round((rng() * 360 - 180) * 10_000) / 10_000,
    population: randInt(rng, 10_000, 900_000),
  }));
  return [...fixed, ...generated];
}

/** A city by id: a fixed one, or a generated one for any id ≤ 100000 (others do not exist). */
export function cityById(id: number) {
  const fixed = CITIES.find((c) => c.id === id);
  if (fixed) return fixed;
  if (!Number.isInteger(id) || id < 1 || id > 100_000) return undefined;
  const rng = rngFor('city-by-id', id);
  const [code2] = pick(rng, COUNTRIES);
  return { id, name: `${word(rng)}${pick(rng, ['ville', 'ton', 'burg'])}`, code2, lat: 0, lng: 0, population: randInt(rng, 10_000, 900_000) };
}

// ------------------------------------------------------------------ brands, festivals, venues

export const INTERESTS: ReadonlyArray<readonly [number, string]> = [
  [3, 'Music'], [25, 'Electronics & Computers'], [7, 'Clothes, Shoes, Handbags & Accessories'], [11, 'Sports'], [13, 'Television & Film'], [19, 'Beauty & Cosmetics'],
];
const BRAND_WORDS = ['Apex', 'Nimbus', 'Orbit', 'Pioneer', 'Summit', 'Vertex', 'Horizon', 'Kinetic', 'Lattice', 'Meridian'];
const BRAND_KINDS = ['Audio', 'Wear', 'Studios', 'Sports', 'Cosmetics', 'Labs', 'Motors', 'Foods'];
/** 40 brands with ids 101 … 140. */
export const BRANDS = Array.from({ length: 40 }, (_, i) => {
  const rng = rngFor('brand', i);
  return { id: 101 + i, name: `${pick(rng, BRAND_WORDS)} ${pick(rng, BRAND_KINDS)}`, interest: INTERESTS[1 + (i % (INTERESTS.length - 1))]! };
});

const SIZES = [['small', 'Small (<5K)'], ['medium', 'Medium (5K-20K)'], ['large', 'Large (20K-60K)'], ['mega', 'Mega (60K+)']] as const;
/** 57 festivals with ids 640001 … 640057. */
export const FESTIVALS = Array.from({ length: 57 }, (_, i) => {
  const rng = rngFor('festival', i);
  const [code2] = pick(rng, COUNTRIES);
  const size = pick(rng, SIZES);
  const day = addDays('2025-03-01', i * 5 + randInt(rng, 0, 4));
  return {
    id: 640_001 + i,
    name: `${pick(rng, WORDS)} ${pick(rng, ['Fest', 'Festival', 'Weekender', 'Open Air', 'Sound Days'])}`,
    date: spaced(day),
    numberOfDays: randInt(rng, 1, 4),
    city: word(rng),
    country: code2,
    performersCount: randInt(rng, 12, 140),
    popularityRank: 1 + i * 3 + randInt(rng, 0, 2),
    sizeKey: size[0],
    eventSize: size[1],
    topGenres: [TAXONOMY[i % TAXONOMY.length]!, TAXONOMY[(i + 3) % TAXONOMY.length]!].map(([id, name]) => ({ id, name })),
    links: { jambase: `https://festivals.sandbox.chartstack.invalid/${640_001 + i}`, songkick: null, seatgeek: null },
  };
});

export const MAX_VENUE_ID = 200_000;
export function venueInfo(id: number) {
  const rng = rngFor('venue', id);
  const city = pick(rng, CITIES);
  return {
    id,
    name: `${pick(rng, WORDS)} ${pick(rng, ['Theatre', 'Arena', 'Hall', 'Stadium', 'Club'])}`,
    image_url: image('venue', id),
    street_address: `${randInt(rng, 1, 999)} ${word(rng)} Rd`,
    lat: city.lat,
    lng: city.lng,
    zip: String(randInt(rng, 10_000, 99_999)),
    city_id: city.id,
    code2: city.code2,
    capacity: randInt(rng, 4, 80) * 500,
    description: null,
    phone: null,
    parent: null,
    created_at: '2025-03-06T21:59:43.444Z',
    modified_at: '2025-08-01T09:00:01.620Z',
  };
}

/** Small stable hash → non-negative int. */
export function hashInt(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) >>> 0;
  return h;
}
