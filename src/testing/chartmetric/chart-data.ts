/**
 * The chart-centred Chartmetric sandbox data, served by charts.ts, tracks.ts, playlists.ts, albums.ts,
 * radio.ts and curators.ts: tracks, albums and playlists by id, chart rows, placements and series. Every entity is derived from its id (or a chart from its key and date) with a seeded
 * PRNG, so two calls, two pages, or two machines see the same data. Generators are small functions,
 * not literals; they reproduce the API's quirks on purpose: numbers as strings (§6.5), nulls (§6.6),
 * mixed date formats (§6.4), `rankStats` vs `rank_stats` (§6.8).
 */
import { hashString, pick, randInt, seededRandom } from '../data.js';
import type { RouteContext, SandboxReply } from '../types.js';
import { addDays, limitOr400, maybeText, oneOfOr400, page, STATUS, today } from './shared.js';

export type Row = Record<string, unknown>;
type Rng = () => number;

/** A PRNG seeded by a key such as `('track', 123)`. */
export const rngOf = (...parts: Array<string | number>): Rng => seededRandom(hashString(parts.join('|')));

const SYL = ['la', 'mo', 'ri', 'ka', 'ven', 'tor', 'sa', 'lu', 'ne', 'vi', 'zo', 'mar', 'del', 'ko', 'ra', 'fi', 'el', 'an', 'jo', 'bel'];
const WORDS = [
  'Midnight', 'Golden', 'Echo', 'River', 'Neon', 'Summer', 'Ghost', 'Velvet', 'Paper', 'Electric', 'Silver', 'Wild', 'Heart', 'City',
  'Fire', 'Ocean', 'Dream', 'Lights', 'Stay', 'Run', 'Falling', 'Rise', 'Home', 'Blue', 'Static', 'Honey', 'Satellite', 'Gravity',
];
export const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'BR', 'MX', 'JP', 'KR', 'SE', 'NG', 'IN', 'CA', 'AU', 'ES', 'IT'] as const;
const GENRES = ['pop', 'hip-hop/rap', 'dance/electronic', 'r&b/soul', 'rock', 'latin', 'k-pop', 'country', 'indie'];
const LABELS = ['Sandbox Records', 'Northbound Music', 'Copper Lane', 'Island Loop', 'Blue Static Recordings'];
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const IMG = 'https://sandbox.chartstack.dev/img';

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
export const title = (r: Rng, words = randInt(r, 1, 3)) => Array.from({ length: words }, () => pick(r, WORDS)).join(' ');
export const personName = (r: Rng) => `${cap(pick(r, SYL) + pick(r, SYL))} ${cap(pick(r, SYL) + pick(r, SYL) + pick(r, SYL))}`;
export const base62 = (r: Rng, n = 22) => Array.from({ length: n }, () => B62[Math.floor(r() * 62)]).join('');
const digits = (r: Rng, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
export const genreOf = (r: Rng) => pick(r, GENRES);

// ---------------------------------------------------------------- dates

/** Midnight US-Pacific as ISO, the way Chartmetric stamps chart days (§6.4). */
export const pacificIso = (day: string) => `${day}T07:00:00.000Z`;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `Thu Oct 10 2019`, as in the playlist stats example (§6.4). */
export const dateString = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')} ${d.getUTCFullYear()}`;
};
/** Days from `since` to `until`, at most `max` (the newest kept). */
export function dayRange(since: string, until: string, max = 400): string[] {
  const out: string[] = [];
  for (let d = since; d <= until && out.length < 5000; d = addDays(d, 1)) out.push(d);
  // Keep the first days: the data then depends on `since`, not on the day the tests run.
  return out.slice(0, max);
}

// ---------------------------------------------------------------- entities

export function artistRef(id: number): Row {
  const r = rngOf('artist', id);
  return { id, name: personName(r), code2: pick(r, COUNTRIES), image_url: `${IMG}/artist/${id}.jpg` };
}
const artistIdsOf = (trackId: number) => {
  const r = rngOf('track-artists', trackId);
  return Array.from({ length: r() < 0.25 ? 2 : 1 }, () => randInt(r, 1000, 4_000_000));
};
export const albumIdOf = (trackId: number) => 1_000_000 + (trackId % 50_000) * 7;
export const isrcOf = (r: Rng) => `${pick(r, ['US', 'GB', 'SE', 'KR'])}${pick(r, ['UM7', 'SM1', 'AT2', 'QZ5'])}${randInt(r, 18, 25)}${digits(r, 5)}`;
export const upcOf = (r: Rng) => `0${digits(r, 11)}`;

/** The snake_case track row shared by charts, playlists and placements. */
export function trackRow(id: number): Row {
  const r = rngOf('track', id);
  const artists = artistIdsOf(id).map(artistRef);
  const album = albumIdOf(id);
  const pop = randInt(r, 20, 95);
  const release = addDays('2015-01-01', randInt(r, 0, 3800));
  return {
    id,
    name: title(r),
    isrc: isrcOf(r),
    image_url: `${IMG}/track/${id}.jpg`,
    cm_track: id,
    cm_artist: artists.map((a) => a.id),
    artist_names: artists.map((a) => a.name),
    code2s: artists.map((a, i) => (i === 1 && r() < 0.5 ? null : a.code2)),
    artist_images: artists.map((a) => a.image_url),
    artist_covers: artists.map(() => null),
    track_genre: genreOf(r),
    spotify_popularity: maybeText(r, pop),
    spotify_duration_ms: randInt(r, 120_000, 300_000),
    spotify_track_ids: [base62(r)],
    spotify_album_ids: [base62(r)],
    spotify_artist_ids: artists.map(() => base62(r)),
    spotify_artist_names: artists.map((a) => a.name),
    album_ids: [album],
    album_names: [title(r)],
    album_upc: [upcOf(r)],
    album_label: [pick(r, LABELS)],
    release_dates: [`${release}T00:00:00.000Z`],
  };
}

export function playlistRow(platform: string, id: string): Row {
  const r = rngOf('playlist', platform, id);
  const editorial = r() < 0.4;
  const followers = randInt(r, 100, 30_000_000);
  return {
    id: /^\d+$/.test(id) ? Number(id) : id,
    name: `${title(r)} ${pick(r, ['Mix', 'Hits', 'Radar', 'Vibes', 'Essentials'])}`,
    playlist_id: base62(r),
    description: `${title(r, 4)}.`,
    image_url: `${IMG}/playlist/${platform}/${id}.jpg`,
    sys_last_updated: pacificIso(addDays('2025-05-01', randInt(r, 0, 40))),
    last_updated: `${addDays('2025-05-01', randInt(r, 0, 40))}T12:00:00.000Z`,
    personalized: false,
    code2: editorial ? null : pick(r, COUNTRIES),
    owner_name: editorial ? platform[0]!.toUpperCase() + platform.slice(1) : personName(r),
    owner_id: randInt(r, 1, 500_000),
    user_id: editorial ? platform : String(randInt(r, 10_000, 99_999_999)),
    editorial,
    tags: [{ id: randInt(r, 1, 400), name: genreOf(r) }],
    followers,
    num_track: String(randInt(r, 20, 150)),
    fdiff_week: randInt(r, -5000, 20_000),
    fdiff_month: randInt(r, -10_000, 60_000),
    catalog: 'playlist',
    active_ratio: Math.round(r() * 10_000) / 100,
  };
}

/** A daily series `[{value, timestp, daily_diff}]` with values drifting upwards (§6.5: some values as strings). */
export function dailySeries(key: string, days: string[], opts: { start?: number; step?: number; stamp?: (d: string) => string } = {}): Row[] {
  const r = rngOf('series', key);
  let v = opts.start ?? randInt(r, 1_000, 5_000_000);
  let prev: number | undefined;
  return days.map((d) => {
    v += randInt(r, -(opts.step ?? 500), (opts.step ?? 500) * 3);
    v = Math.max(0, v);
    const row = { value: v > 1_000_000 && r() < 0.3 ? String(v) : v, timestp: (opts.stamp ?? pacificIso)(d), daily_diff: prev === undefined ? null : v - prev, interpolated: r() < 0.1 };
    prev = v;
    return row;
  });
}

// ---------------------------------------------------------------- charts

/** Position fields of a legacy chart row (§2.4): history named `rankStats` or `rank_stats` (§6.8). */
export function chartPosition(r: Rng, rank: number, day: string, history: 'rankStats' | 'rank_stats', point: (rank: number) => Row = () => ({})): Row {
  const isNew = r() < 0.08;
  const pre = isNew ? null : Math.max(1, rank + randInt(r, -6, 6));
  const peak = Math.max(1, Math.min(rank, pre ?? rank) - randInt(r, 0, 10));
  const weeks = isNew ? 1 : randInt(r, 2, 90);
  return {
    rank,
    added_at: pacificIso(day),
    pre_rank: pre,
    peak_rank: peak,
    peak_date: pacificIso(addDays(day, -randInt(r, 0, 60))),
    time_on_chart: String(weeks),
    velocity: pre === null ? null : Math.round((pre - rank) * 10) / 10,
    [history]: [
      { ...point(pre ?? rank), rank: pre ?? rank, timestp: pacificIso(addDays(day, -1)) },
      { ...point(rank), rank, timestp: pacificIso(day) },
    ],
  };
}

/** Track ids charting on a chart, stable for the chart key; the date reshuffles a few neighbours. */
export function chartTrackIds(key: string, day: string, n: number): number[] {
  const r = rngOf('chart', key);
  const ids = Array.from({ length: n }, () => randInt(r, 10_000_000, 150_000_000));
  const shuffle = rngOf('chart', key, day);
  for (let i = 0; i + 1 < n; i += 2) if (shuffle() < 0.3) [ids[i], ids[i + 1]] = [ids[i + 1]!, ids[i]!];
  return ids;
}

const TARGET_EXTRAS = ['spotifyPlays', 'spotifyPopularity', 'spotifyPlaylistCount', 'youtubeViews', 'shazamCount', 'tiktokTopVideosViews', 'airplayStreams'];

/** A new-format chart (camelCase array rows, §2.4) of `n` entries for a chart key and date. */
export function newChart(key: string, day: string, n: number, opts: { duration?: string; country?: string; genre?: string; album?: boolean; textTargets?: boolean } = {}): Row[] {
  return chartTrackIds(key, day, n).map((trackId, i) => {
    const r = rngOf('new-chart', key, day, i);
    const rank = i + 1;
    const base = trackRow(trackId);
    const artists = (base.cm_artist as number[]).map((id) => {
      const a = artistRef(id);
      return { id, name: a.name, code2: a.code2, careerStage: pick(r, ['developing', 'mid-level', 'mainstream', 'superstar']), imageUrl: a.image_url };
    });
    const trend = Array.from({ length: 4 }, (_, k) => ({ timestp: addDays(day, k - 3), rank: String(Math.max(1, rank + randInt(r, -5, 5) * (3 - k))) }));
    const diff = r() < 0.1 ? null : randInt(r, -8, 8);
    const row: Row = {
      entityId: opts.album ? albumIdOf(trackId) : trackId,
      targetId: opts.textTargets ? `LM${base62(r, 10)}` : String(randInt(r, 1_000_000, 99_999_999)),
      ...(opts.duration ? { duration: opts.duration } : {}),
      country: opts.country ?? 'KR',
      cityId: 0,
      genre: opts.genre ?? 'All Genres',
      rank,
      rankDiff: diff,
      rankTrend: trend,
      peakDate: addDays(day, -randInt(r, 0, 30)),
      peakRank: Math.max(1, rank - randInt(r, 0, 5)),
      velocity7Day: diff === null ? null : Math.round(r() * 100) / 10,
      periodsOnChart: randInt(r, 1, 40),
      consecutivePeriods: randInt(r, 1, 20),
      chartedDate: day,
      name: base.name,
      imageUrl: base.image_url,
      createdAt: `${day} ${String(randInt(r, 0, 23)).padStart(2, '0')}:${String(randInt(r, 0, 59)).padStart(2, '0')}:${String(randInt(r, 0, 59)).padStart(2, '0')}`,
      artists,
      externalId: randInt(r, 100_000, 9_999_999),
      optionalRows: { overallRank: rank, plays: randInt(r, 1000, 9_000_000), metricDiff: null, isComeback: r() < 0.05 },
      targetExtras: Object.fromEntries(TARGET_EXTRAS.map((k) => [k, r() < 0.1 ? null : randInt(r, 0, 50_000_000)])),
      isChartGenre: true,
    };
    if (opts.album) Object.assign(row, { label: (base.album_label as string[])[0], numTracks: randInt(r, 4, 16), releaseDate: addDays(day, -randInt(r, 7, 400)) });
    else row.album = { id: albumIdOf(trackId), name: (base.album_names as string[])[0], label: (base.album_label as string[])[0], releaseDate: (base.release_dates as string[])[0]!.slice(0, 10) };
    return row;
  });
}

/** Playlist placements of a track/album (§5.4): 37 rows, one page per `limit`. */
export function placements(ctx: RouteContext, key: string, trackIds: number[]): Row[] | SandboxReply {
  const bad = oneOfOr400(ctx.params.status, STATUS, 'status must be current or past') ?? limitOr400(ctx, 100);
  if (bad) return bad;
  const past = ctx.params.status === 'past';
  const rows = Array.from({ length: 37 }, (_, i) => {
    const r = rngOf('placement', key, ctx.params.platform!, ctx.params.status!, i);
    const trackId = trackIds[i % trackIds.length]!;
    const track = trackRow(trackId);
    const pl = playlistRow(ctx.params.platform!, String(randInt(r, 1000, 9_000_000)));
    const added = addDays(today(ctx), -randInt(r, 10, 400));
    return {
      playlist: {
        ...pl,
        track_id: trackId,
        cm_track: trackId,
        position: randInt(r, 1, 100),
        peak_position: randInt(r, 1, 50),
        added_at: pacificIso(added),
        ...(past ? { removed_at: pacificIso(addDays(added, randInt(r, 1, 9))) } : {}),
        period: randInt(r, 1, 300),
        track: track.name,
        playlist_image_url: pl.image_url,
        curator_name: pl.owner_name,
      },
      track: { ...track, duration_ms: track.spotify_duration_ms, explicit: r() < 0.2, score: Math.round(r() * 10_000) / 100, artists: (track.cm_artist as number[]).map(artistRef) },
    };
  });
  return page(ctx, rows, 10);
}
