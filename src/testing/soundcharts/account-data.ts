/**
 * The Soundcharts sandbox's account-scoped data, served by distributors.ts, favorites.ts,
 * data-feeds.ts, library.ts and users.ts (team blocklists). Same rules as music-data.ts: derived from
 * ids, lazy, real wire shapes.
 */
import { uuidFor } from '../data.js';
import { artistAt, artistRef, base62, digits, songAt } from './music-data.js';
import { BAD_GUY, BILLIE_EILISH, addDays } from './shared.js';

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
