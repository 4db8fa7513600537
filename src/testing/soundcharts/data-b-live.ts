/**
 * Sandbox data for Soundcharts catalog part B, second half: festivals and editions, venues and
 * concerts, cities, rights metadata (collaborators, labels, publishers, works) and the
 * account-scoped data (distributors, favorites, data feeds, library, team blocklists).
 * Same rules as data-b.ts: derived from ids, lazy, real wire shapes.
 */
import { hashString, pick, randInt, uuidFor } from '../data.js';
import { COUNTRIES, artistAt, artistRef, bandName, base62, billie, countryName, digits, personName, slugify, songAt } from './data-b.js';
import { BAD_GUY, BILLIE_EILISH, addDays, rngFor } from './shared.js';

const ASSETS = 'https://assets.soundcharts.com';
const APP = 'https://app.soundcharts.com/app';

// ============================================================== cities

/** Cities with venues; `cityKey` is `<country code>-<city slug>`, as in the venue/festival city referential. */
const CITIES: ReadonlyArray<readonly [string, string]> = [
  ['US', 'New York'], ['US', 'Los Angeles'], ['GB', 'London'], ['FR', 'Paris'], ['DE', 'Berlin'], ['BR', 'São Paulo'],
  ['JP', 'Tokyo'], ['AU', 'Sydney'], ['MX', 'Mexico City'], ['ES', 'Barcelona'],
];
export const cityKeyOf = (cc: string, city: string) => `${cc.toLowerCase()}-${slugify(city)}`;
export const knownCityKey = (key: string) => CITIES.some(([cc, c]) => cityKeyOf(cc, c) === key);

// ============================================================== venues and concerts

export interface VenueRec { uuid: string; name: string; type: string; capacity: number; cityName: string; countryCode: string; cityKey: string }
let venueCache: VenueRec[] | undefined;
export function allVenues(): VenueRec[] {
  return (venueCache ??= Array.from({ length: 18 }, (_, i) => {
    const [cc, city] = CITIES[i % CITIES.length]!;
    const rng = rngFor(`venue:${i}`);
    const type = pick(rng, ['Arena', 'Hall', 'Theatre', 'Club', 'Stadium'] as const);
    return {
      uuid: uuidFor(`soundcharts:venue:${i}`),
      name: `${pick(rng, ['The', 'Grand', 'Old', 'New'])} ${city} ${type}`,
      type: type.toLowerCase(),
      capacity: type === 'Stadium' ? randInt(rng, 30_000, 80_000) : type === 'Arena' ? randInt(rng, 8_000, 20_000) : randInt(rng, 250, 3_000),
      cityName: city,
      countryCode: cc,
      cityKey: cityKeyOf(cc, city),
    };
  }));
}
export const findVenue = (uuid: string) => allVenues().find((v) => v.uuid === uuid.toLowerCase());
export const venueLight = (v: VenueRec) => ({
  uuid: v.uuid,
  name: v.name,
  cityName: v.cityName,
  countryCode: v.countryCode,
  countryName: countryName(v.countryCode),
  region: null,
  imageUrl: `${ASSETS}/venue/${v.uuid}.jpg`,
  type: v.type,
  capacity: v.capacity,
});
export const venueMeta = (v: VenueRec) => ({
  ...venueLight(v),
  address: `${1 + (hashString(v.uuid) % 400)} ${bandName(`street:${v.uuid}`).split(' ')[1]} Street`,
  latitude: ((hashString(`${v.uuid}:lat`) % 18000) - 9000) / 100,
  longitude: ((hashString(`${v.uuid}:lng`) % 36000) - 18000) / 100,
  webUrl: `https://www.${slugify(v.name)}.example`,
  appUrl: `${APP}/venue/${v.uuid}`,
  genres: ['pop', 'rock'],
});

const CONCERT_START = '2024-01-05';
const CONCERTS_PER_VENUE = 220;
export interface ConcertRec { uuid: string; venue: VenueRec; k: number; day: string }
/** Concert `k` of a venue: one every 5 days from 2024-01-05 (220 per venue, through 2027). */
export const concertAt = (v: VenueRec, k: number): ConcertRec => ({
  uuid: uuidFor(`soundcharts:concert:${v.uuid}:${k}`),
  venue: v,
  k,
  day: addDays(CONCERT_START, k * 5 + (hashString(`${v.uuid}:${k}`) % 3)),
});
export const concertsOf = (v: VenueRec) => Array.from({ length: CONCERTS_PER_VENUE }, (_, k) => concertAt(v, k));
let concertIndex: Map<string, ConcertRec> | undefined;
export const findConcert = (uuid: string) => {
  concertIndex ??= new Map(allVenues().flatMap((v) => concertsOf(v)).map((c) => [c.uuid, c]));
  return concertIndex.get(uuid.toLowerCase());
};
const lineup = (key: string, size: number, withBillie: boolean) => {
  const out = withBillie ? [billie] : [];
  for (let k = 0; out.length < size; k++) {
    const a = artistAt(1 + ((hashString(`${key}:${k}`) % 59)));
    if (!out.some((x) => x.uuid === a.uuid)) out.push(a);
  }
  return out.map(artistRef);
};
export const concertObject = (c: ConcertRec, details: boolean) => {
  const headliner = artistAt(1 + (hashString(c.uuid) % 59));
  return {
    uuid: c.uuid,
    name: `${headliner.name} live in ${c.venue.cityName}`,
    date: `${c.day}T20:00:00+00:00`,
    type: 'concert',
    status: 'confirmed',
    venue: venueLight(c.venue),
    artists: details ? lineup(c.uuid, 2, c.k % 50 === 0) : [artistRef(headliner)],
    ...(details
      ? {
          ticketing: [
            { platform: 'ticketmaster', url: `https://www.ticketmaster.com/event/${digits(`tm:${c.uuid}`, 10)}`, price: 35 + (hashString(c.uuid) % 90), currency: 'USD', soldOut: hashString(c.uuid) % 4 === 0 },
          ],
          url: `https://www.songkick.com/concerts/${digits(`sk:${c.uuid}`, 8)}`,
        }
      : {}),
  };
};

// ============================================================== festivals and editions

export interface FestivalRec { uuid: string; name: string; cityName: string; countryCode: string; cityKey: string; capacity: number }
let festivalCache: FestivalRec[] | undefined;
export function allFestivals(): FestivalRec[] {
  return (festivalCache ??= Array.from({ length: 14 }, (_, i) => {
    const [cc, city] = CITIES[(i * 3) % CITIES.length]!;
    const rng = rngFor(`festival:${i}`);
    return {
      uuid: uuidFor(`soundcharts:festival:${i}`),
      name: `${pick(rng, ['Velvet', 'Northern', 'Coral', 'Lunar', 'Golden', 'Wild'])} ${pick(rng, ['Fields', 'Sound', 'Waves', 'Nights', 'Days'])} Festival${i > 5 ? ` ${city}` : ''}`,
      cityName: city,
      countryCode: cc,
      cityKey: cityKeyOf(cc, city),
      capacity: randInt(rng, 5_000, 120_000),
    };
  }));
}
export const findFestival = (uuid: string) => allFestivals().find((f) => f.uuid === uuid.toLowerCase());
export const festivalLight = (f: FestivalRec) => ({
  uuid: f.uuid,
  name: f.name,
  imageUrl: `${ASSETS}/festival/${f.uuid}.jpg`,
  cityName: f.cityName,
  countryCode: f.countryCode,
  countryName: countryName(f.countryCode),
});
export const festivalMeta = (f: FestivalRec) => ({
  ...festivalLight(f),
  webUrl: `https://www.${slugify(f.name)}.example`,
  appUrl: `${APP}/festival/${f.uuid}`,
  region: null,
  genres: ['pop', 'electronic'],
  capacity: f.capacity,
  type: 'festival',
});
/** Yearly editions 2015–2026, none in 2020 and 2021. */
const EDITION_YEARS = [2015, 2016, 2017, 2018, 2019, 2022, 2023, 2024, 2025, 2026];
export interface EditionRec { uuid: string; festival: FestivalRec; year: number; start: string; end: string }
export const editionsOf = (f: FestivalRec): EditionRec[] =>
  EDITION_YEARS.map((year) => {
    const start = `${year}-0${6 + (hashString(f.uuid) % 3)}-${String(10 + (hashString(`${f.uuid}:${year}`) % 15)).padStart(2, '0')}`;
    return { uuid: uuidFor(`soundcharts:edition:${f.uuid}:${year}`), festival: f, year, start, end: addDays(start, 2) };
  });
let editionIndex: Map<string, EditionRec> | undefined;
export const findEdition = (uuid: string) => {
  editionIndex ??= new Map(allFestivals().flatMap(editionsOf).map((e) => [e.uuid, e]));
  return editionIndex.get(uuid.toLowerCase());
};
export const editionObject = (e: EditionRec, details: boolean, now: Date) => ({
  uuid: e.uuid,
  name: `${e.festival.name} ${e.year}`,
  startedAt: `${e.start}T12:00:00+00:00`,
  endedAt: `${e.end}T23:59:00+00:00`,
  status: e.start > now.toISOString().slice(0, 10) ? 'announced' : 'past',
  festival: festivalLight(e.festival),
  cityName: e.festival.cityName,
  countryCode: e.festival.countryCode,
  ...(details ? { artists: lineup(e.uuid, 32, e.year === 2019 || e.year === 2024) } : {}),
});

// ============================================================== collaborators

export interface CollaboratorRec { uuid: string; name: string; roles: string[]; ipi: string; countryCode: string }
const ROLES = ['composer', 'lyricist', 'producer', 'songwriter', 'arranger', 'mixer', 'engineer'];
let collabCache: CollaboratorRec[] | undefined;
export function allCollaborators(): CollaboratorRec[] {
  return (collabCache ??= Array.from({ length: 30 }, (_, i) => {
    if (i === 0) return { uuid: uuidFor('soundcharts:collaborator:finneas'), name: 'FINNEAS', roles: ['producer', 'composer', 'lyricist'], ipi: '00702839312', countryCode: 'US' };
    const rng = rngFor(`collaborator:${i}`);
    return {
      uuid: uuidFor(`soundcharts:collaborator:${i}`),
      name: personName(`collaborator:${i}`),
      roles: [pick(rng, ROLES), pick(rng, ROLES)].filter((r, k, a) => a.indexOf(r) === k),
      ipi: `00${digits(`ipi:${i}`, 9)}`,
      countryCode: pick(rng, COUNTRIES)[0],
    };
  }));
}
export const findCollaborator = (uuid: string) => allCollaborators().find((c) => c.uuid === uuid.toLowerCase());
export const collaboratorLight = (c: CollaboratorRec) => ({ uuid: c.uuid, name: c.name, imageUrl: `${ASSETS}/collaborator/${c.uuid}.jpg` });
export const collaboratorMeta = (c: CollaboratorRec) => ({
  ...collaboratorLight(c),
  collaboratorId: hashString(c.uuid) % 1_000_000,
  isni: `0000000${digits(`isni:${c.uuid}`, 9)}`,
  ipi: c.ipi,
  roles: c.roles,
  countryCode: c.countryCode,
  webUrl: null,
  biography: `${c.name} is a ${c.roles.join(' and ')}.`,
  gender: null,
  type: 'person',
  birthDate: null,
  cityName: null,
});
/** Songs credited to a collaborator (FINNEAS: the album tracks first). */
export const collaboratorSongs = (c: CollaboratorRec) => {
  const n = c.name === 'FINNEAS' ? 150 : 12 + (hashString(c.uuid) % 40);
  return Array.from({ length: n }, (_, k) => songAt(c.name === 'FINNEAS' ? k : (hashString(`${c.uuid}:${k}`) + k) % 400));
};

// ============================================================== labels, publishers, works

export interface LabelRec { uuid: string; name: string; type: string; countryCode: string; founded: string }
let labelCache: LabelRec[] | undefined;
export function allLabels(): LabelRec[] {
  return (labelCache ??= Array.from({ length: 12 }, (_, i) => {
    if (i === 0) return { uuid: uuidFor('soundcharts:label:darkroom'), name: 'Darkroom', type: 'imprint', countryCode: 'US', founded: '2015-01-01' };
    if (i === 1) return { uuid: uuidFor('soundcharts:label:interscope'), name: 'Interscope Records', type: 'major', countryCode: 'US', founded: '1990-01-01' };
    const rng = rngFor(`label:${i}`);
    return { uuid: uuidFor(`soundcharts:label:${i}`), name: `${bandName(`label:${i}`)} Records`, type: pick(rng, ['independent', 'imprint', 'major']), countryCode: pick(rng, COUNTRIES)[0], founded: `${randInt(rng, 1960, 2020)}-01-01` };
  }));
}
export const findLabel = (uuid: string) => allLabels().find((l) => l.uuid === uuid.toLowerCase());
export const labelMeta = (l: LabelRec) => ({
  uuid: l.uuid,
  name: l.name,
  type: l.type,
  countryCode: l.countryCode,
  foundedAt: `${l.founded}T00:00:00+00:00`,
  website: `https://www.${slugify(l.name)}.example`,
  company: l.type === 'major' ? { name: 'Universal Music Group' } : l.name,
  address: null,
  imageUrl: `${ASSETS}/label/${l.uuid}.jpg`,
});

export interface PublisherRec { uuid: string; name: string; ipi: string; countryCode: string }
let publisherCache: PublisherRec[] | undefined;
export function allPublishers(): PublisherRec[] {
  return (publisherCache ??= Array.from({ length: 8 }, (_, i) => ({
    uuid: uuidFor(`soundcharts:publisher:${i}`),
    name: i === 0 ? 'Sandbox Music Publishing' : `${bandName(`publisher:${i}`)} Publishing`,
    ipi: `00${digits(`pipi:${i}`, 9)}`,
    countryCode: COUNTRIES[i % COUNTRIES.length]![0],
  })));
}
export const findPublisher = (uuid: string) => allPublishers().find((p) => p.uuid === uuid.toLowerCase());
export const publisherMeta = (p: PublisherRec) => ({
  uuid: p.uuid,
  name: p.name,
  ipi: p.ipi,
  isni: null,
  countryCode: p.countryCode,
  imageUrl: null,
  webUrl: `https://www.${slugify(p.name)}.example`,
  parent: p.name.startsWith('Sandbox') ? null : { uuid: allPublishers()[0]!.uuid, name: allPublishers()[0]!.name },
});

export interface WorkRec { uuid: string; name: string; iswc: string; songs: number[] }
let workCache: WorkRec[] | undefined;
/** Works: one per album track of the docs' album (with its recording), then generated ones. */
export function allWorks(): WorkRec[] {
  return (workCache ??= Array.from({ length: 24 }, (_, i) => {
    const song = songAt(i < 14 ? i : 14 + i * 13);
    const d = digits(`iswc:${i}`, 9);
    return { uuid: uuidFor(`soundcharts:work:${i}`), name: song.name, iswc: `T-${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}-${hashString(d) % 10}`, songs: [i < 14 ? i : 14 + i * 13, 200 + i, 300 + i] };
  }));
}
export const findWork = (uuid: string) => allWorks().find((w) => w.uuid === uuid.toLowerCase());
export const workMeta = (w: WorkRec) => {
  const finneas = allCollaborators()[0]!;
  const lead = songAt(w.songs[0]!);
  const writers = lead.artist.uuid === BILLIE_EILISH
    ? [{ uuid: uuidFor('soundcharts:collaborator:billie'), name: "Billie Eilish O'Connell", role: 'composer' }, { uuid: finneas.uuid, name: "Finneas O'Connell", role: 'composer' }]
    : [{ uuid: allCollaborators()[1 + (hashString(w.uuid) % 29)]!.uuid, name: personName(`writer:${w.uuid}`), role: 'composer' }];
  const pubs = allPublishers();
  return {
    uuid: w.uuid,
    name: w.name,
    iswc: w.iswc,
    writers,
    publishers: writers.map((wr, k) => ({
      uuid: pubs[(hashString(w.uuid) + k) % pubs.length]!.uuid,
      name: pubs[(hashString(w.uuid) + k) % pubs.length]!.name,
      share: Math.round((100 / writers.length) * 100) / 100,
      adminPublisher: { uuid: pubs[0]!.uuid, name: pubs[0]!.name },
      relatedWriters: [{ uuid: wr.uuid, name: wr.name, role: wr.role }],
    })),
  };
};

// ============================================================== account-scoped data

export interface DistributorRec { uuid: string; name: string; own: boolean }
export const DISTRIBUTORS: ReadonlyArray<DistributorRec> = [
  { uuid: uuidFor('soundcharts:distributor:0'), name: 'Universal Music Group', own: false },
  { uuid: uuidFor('soundcharts:distributor:1'), name: 'Sandbox Distribution', own: true },
  { uuid: uuidFor('soundcharts:distributor:2'), name: 'Indie Route', own: true },
];
export const findDistributor = (uuid: string) => DISTRIBUTORS.find((d) => d.uuid === uuid.toLowerCase());
/** UPC roots of a distributor: 130 six-to-eight digit prefixes. */
export const upcRootsOf = (d: DistributorRec) =>
  Array.from({ length: d.own ? 130 : 40 }, (_, k) => ({
    uuid: uuidFor(`soundcharts:upc-root:${d.uuid}:${k}`),
    upcRoot: digits(`root:${d.uuid}:${k}`, 6 + (k % 3)),
    distributor: { uuid: d.uuid, name: d.name },
    createdAt: `${addDays('2023-01-01', k * 3)}T00:00:00+00:00`,
  }));

/** The team's favorite artists: Billie Eilish and 24 others. */
export const favoriteArtists = () => Array.from({ length: 25 }, (_, k) => artistAt(k * 2));

export const FEED_CATALOG: Record<string, ReadonlyArray<readonly [string, string]>> = {
  artist: [
    ['artist-metadata', 'Artist metadata'], ['artist-social-audience', 'Artist social audience'], ['artist-streaming-audience', 'Artist streaming audience'],
    ['artist-streaming-by-city', 'Artist streaming by city'], ['artist-streaming-by-country', 'Artist streaming by country'], ['artist-playlist-entries', 'Artist playlist entries'],
  ],
  album: [['album-metadata', 'Album metadata'], ['album-audience', 'Album audience']],
  song: [['song-metadata', 'Song metadata'], ['song-audience', 'Song audience'], ['song-chart-entries', 'Song chart entries']],
  playlist: [['playlist-metadata', 'Playlist metadata'], ['playlist-tracklisting', 'Playlist tracklisting'], ['playlist-audience', 'Playlist audience']],
};
export const STORAGES = ['gcs-main', 's3-archive'];
export const feedObject = (entityType: string, code: string) => {
  const row = FEED_CATALOG[entityType]?.find(([c]) => c === code);
  return row ? { code: row[0], name: row[1], entityType, description: `${row[1]}: deltas pushed as TSV files.` } : undefined;
};
export const findFeedType = (code: string) => Object.keys(FEED_CATALOG).find((t) => FEED_CATALOG[t]!.some(([c]) => c === code));
/** Feeds already configured for the team. */
export const CONFIGURED: ReadonlyArray<{ uuid: string; code: string; storageCode: string; pushInterval: number }> = [
  { uuid: BILLIE_EILISH, code: 'artist-metadata', storageCode: 'gcs-main', pushInterval: 86_400 },
  { uuid: BILLIE_EILISH, code: 'artist-social-audience', storageCode: 'gcs-main', pushInterval: 86_400 },
  { uuid: BILLIE_EILISH, code: 'artist-streaming-by-city', storageCode: 's3-archive', pushInterval: 604_800 },
  { uuid: BAD_GUY, code: 'song-metadata', storageCode: 'gcs-main', pushInterval: 3_600 },
  { uuid: BAD_GUY, code: 'song-chart-entries', storageCode: 'gcs-main', pushInterval: 21_600 },
  { uuid: uuidFor('soundcharts:playlist-b:0'), code: 'playlist-tracklisting', storageCode: 'gcs-main', pushInterval: 3_600 },
  { uuid: uuidFor('soundcharts:album-b:3'), code: 'album-audience', storageCode: 's3-archive', pushInterval: 86_400 },
];
export const configuredObject = (c: (typeof CONFIGURED)[number]) => ({
  feed: feedObject(findFeedType(c.code)!, c.code),
  entityUuid: c.uuid,
  storageCode: c.storageCode,
  pushInterval: c.pushInterval,
});

/** Library: 130 artists and 45 songs, each added by its Spotify id. */
export const libraryArtists = () =>
  Array.from({ length: 130 }, (_, k) => {
    const a = artistAt(k);
    return { platformCode: 'spotify', identifier: base62(`spotify:artist:${a.uuid}`), artist: artistRef(a) };
  });
export const librarySongs = () =>
  Array.from({ length: 45 }, (_, k) => {
    const s = songAt(k);
    return { platformCode: 'spotify', identifier: base62(`spotify:track:${s.uuid}`), song: { uuid: s.uuid, name: s.name, creditName: s.artist.name } };
  });

/** Team members with blocklists. */
export const TEAM = ['ana@example.com', 'leo@example.com'];
