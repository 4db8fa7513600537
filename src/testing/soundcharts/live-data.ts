/**
 * The Soundcharts sandbox's live side, served by festivals.ts, venues.ts and top.ts: cities,
 * venues and concerts, festivals and editions. Same rules as music-data.ts: derived from ids, lazy,
 * real wire shapes.
 */
import { hashString, pick, randInt, uuidFor } from '../data.js';
import { artistAt, artistRef, bandName, billie, countryName, digits, slugify } from './music-data.js';
import { addDays, rngFor } from './shared.js';

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
