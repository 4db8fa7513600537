/**
 * Sandbox handlers for the Chartmetric catalog part B (charts, tracks, playlists, albums, radio,
 * curators), keyed by endpoint id. Each returns the exact wire body, `{ obj: … }` envelope included
 * (or the documented root shapes of `playlists.lists`, `curators.lists`, `curators.playlists`), and
 * answers documented errors: 400 `{error}` for missing or unsupported parameters, 404 `{error}` for
 * unknown ids (ids ≥ 900,000,000, see `isUnknownId`).
 */
import { pick, randInt } from '../data.js';
import type { RouteContext, RouteHandlers, SandboxReply } from '../types.js';
import {
  COUNTRIES, albumIdOf, artistRef, base62, chartPosition, chartTrackIds, dailySeries, dateString, dayRange, genreOf, isrcOf, newChart,
  pacificIso, personName, playlistRow, rngOf, title, trackRow, upcOf, type Row,
} from './data-b.js';
import {
  addDays, badRequest, directoryWindowOr400, daysAgo, isReply, isUnknownId, limitOr400, maybeText, need, notFound, ok, oneOfOr400, page, q, qBool, qInt, qList,
  today, virtualPage,
} from './shared.js';

// ---------------------------------------------------------------- shared pieces

/** The chart day: `date` (required unless `latest=true`, §6.11); `latest` picks yesterday. */
function chartDay(ctx: RouteContext, required = true): string | SandboxReply {
  const date = q(ctx, 'date');
  if (date) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date);
    return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : badRequest('date must be formatted as YYYY-MM-DD');
  }
  if (qBool(ctx, 'latest') || !required) return daysAgo(ctx, 1);
  return badRequest('Missing required parameter(s): date');
}

/** Rows of a legacy chart: track row + platform extras + position fields. */
function legacyRows(key: string, day: string, n: number, extra: (trackId: number, rank: number, r: () => number) => Row = () => ({}), history: 'rankStats' | 'rank_stats' = 'rankStats', point?: (rank: number) => Row): Row[] {
  return chartTrackIds(key, day, n).map((id, i) => {
    const r = rngOf('chart-row', key, day, i);
    return { ...trackRow(id), ...extra(id, i + 1, r), ...chartPosition(r, i + 1, day, history, point) };
  });
}
const legacyBody = (rows: Row[]) => ok({ length: rows.length, data: rows });
const fromOffset = (ctx: RouteContext, rows: Row[], max = rows.length) => {
  const offset = Math.max(0, qInt(ctx, 'offset', 0));
  return rows.slice(offset, offset + max);
};

/** A new-format chart answer: `limit`/`offset` paging over 150 rows (two default pages). */
function newChartAnswer(ctx: RouteContext, key: string, opts: Parameters<typeof newChart>[3] = {}) {
  const day = chartDay(ctx, false);
  if (isReply(day)) return day;
  return ok(page(ctx, newChart(key, day, 150, opts), 100));
}

const STATUS = ['current', 'past'];
const since = (ctx: RouteContext, fallbackDays: number) => q(ctx, 'since') ?? daysAgo(ctx, fallbackDays);
const until = (ctx: RouteContext) => q(ctx, 'until') ?? today(ctx);

/** Playlist placements of a track/album (§5.4): 37 rows, one page per `limit`. */
function placements(ctx: RouteContext, key: string, trackIds: number[]): Row[] | SandboxReply {
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

function trackMetadata(id: number): Row {
  const base = trackRow(id);
  const r = rngOf('track-meta', id);
  const release = (base.release_dates as string[])[0]!;
  return {
    id,
    name: base.name,
    isrc: base.isrc,
    image_url: base.image_url,
    duration_ms: base.spotify_duration_ms,
    composer_name: personName(r),
    artists: (base.cm_artist as number[]).map((a) => ({ ...artistRef(a), cover_url: null, isni: r() < 0.5 ? null : String(randInt(r, 1e9, 9e9)), hometown_city: null, band: false })),
    albums: [{ id: albumIdOf(id), name: (base.album_names as string[])[0], upc: (base.album_upc as string[])[0], release_date: release, label: (base.album_label as string[])[0], image_url: base.image_url, popularity: r() < 0.3 ? null : randInt(r, 10, 90) }],
    tags: `${genreOf(r)}, ${genreOf(r)}`,
    moods: [{ id: randInt(r, 1, 40), name: pick(r, ['Happy', 'Chill', 'Energetic', 'Sad']) }],
    activities: [{ id: randInt(r, 1, 40), name: pick(r, ['Party', 'Workout', 'Study']), isParentTag: false, rank: 1 }],
    songwriters: r() < 0.3 ? null : [personName(r), personName(r)],
    songwriterIds: null,
    release_date: release,
    album_label: (base.album_label as string[])[0],
    explicit: r() < 0.2,
    score: Math.round(r() * 10_000) / 100,
    cm_statistics: {
      timestamp: pacificIso('2025-06-01'),
      cm_track: id,
      sp_popularity: randInt(r, 10, 95),
      sp_streams: String(randInt(r, 1e5, 2e9)),
      sp_playlist_total_reach: String(randInt(r, 1e3, 5e7)),
      num_sp_playlists: randInt(r, 0, 5000),
      num_sp_editorial_playlists: randInt(r, 0, 40),
      num_am_playlists: r() < 0.3 ? null : randInt(r, 0, 300),
      youtube_views: String(randInt(r, 1e3, 1e9)),
      shazam_counts: randInt(r, 0, 1e6),
      tiktok_counts: null,
      weekly_diff: { num_sp_playlists: randInt(r, -20, 200), sp_popularity: randInt(r, -3, 3) },
      monthly_diff: { num_sp_playlists: randInt(r, -50, 800), sp_popularity: null },
    },
  };
}

const albumTrackIds = (albumId: number) => {
  const r = rngOf('album-tracks', albumId);
  return Array.from({ length: randInt(r, 6, 14) }, () => randInt(r, 10_000_000, 150_000_000));
};

function screenerRow(i: number, key: string): Row {
  const r = rngOf('screener', key, i);
  const id = randInt(r, 10_000_000, 150_000_000);
  const base = trackRow(id);
  const stats = (full: boolean) => ({
    rank: full ? { rank_overall: i + 1, perc_overall: Math.round(r() * 100) / 100, score_overall: Math.round(r() * 1000) / 10 } : { rank_overall: randInt(r, -50, 50) },
    spotify_plays: r() < 0.1 ? null : randInt(r, 0, 2e9),
    spotify_popularity: randInt(r, 0, 100),
    spotify_playlist_count: randInt(r, 0, 9000),
    spotify_playlist_total_reach: String(randInt(r, 0, 9e7)),
    tiktok_posts: randInt(r, 0, 5e5),
    youtube_views: randInt(r, 0, 5e8),
    siriusxm_streams: null,
    tidal_popularity: null,
    release_date: null,
    ...(full ? { score: Math.round(r() * 10_000) / 100 } : {}),
  });
  return {
    cm_track: id,
    name: base.name,
    isrc: base.isrc,
    image_url: base.image_url,
    album: [{ id: albumIdOf(id), name: (base.album_names as string[])[0], label: (base.album_label as string[])[0], release_date: (base.release_dates as string[])[0], upc: (base.album_upc as string[])[0] }],
    artist: (base.cm_artist as number[]).map((a) => ({ id: a, name: artistRef(a).name })),
    explicit: r() < 0.15 ? null : r() < 0.3,
    genre: [genreOf(r)],
    label: null,
    score: Math.round(r() * 10_000) / 100,
    songwriter: [],
    moods: [{ id: 3, name: 'Energetic', isParentTag: false, rank: 1 }],
    activities: [],
    cm_track_cluster: r() < 0.2 ? null : { cluster_id: randInt(r, 1, 1e7), track_types: ['original'] },
    latest: stats(true),
    weekly_diff: stats(false),
    monthly_diff: stats(false),
  };
}

const STATIONS = ['KISS', 'Z100', 'Capital', 'Hot 97', 'Radio One', 'NRJ', 'SWR3', 'Triple J'];
function totalsRows(ctx: RouteContext, entity: string, n: number, unix: boolean): Row[] {
  const days = dayRange(q(ctx, 'since')!, today(ctx), 7);
  return Array.from({ length: n }, (_, i) => {
    const r = rngOf('airplay', ctx.params.type!, ctx.params.id!, entity, i);
    const plays = randInt(r, 50, 80_000);
    const code2 = pick(r, COUNTRIES);
    const row: Row = { plays, plays_percent: Math.round(r() * 1e6) / 1e6 };
    if (entity === 'country') Object.assign(row, { code2, name: `Country ${code2}` });
    if (entity === 'city') Object.assign(row, { id: randInt(r, 1, 9000), name: title(r, 1), code2, country: `Country ${code2}`, lat: Math.round(r() * 9000) / 100, lng: Math.round(r() * 18000) / 100 - 90 });
    if (entity === 'station') Object.assign(row, { id: randInt(r, 1, 99_999), name: pick(r, STATIONS), code2, city: title(r, 1), country: `Country ${code2}` });
    if (entity === 'track') Object.assign(row, { id: randInt(r, 10_000_000, 150_000_000), name: title(r), isrc: isrcOf(r) });
    row.plays_trend = days.map((d) => ({ air_date: unix ? Date.parse(`${d}T00:00:00Z`) / 1000 : `${d}T00:00:00.000Z`, count: randInt(r, 0, 900) }));
    return row;
  });
}

function curatorStatPoints(key: string, days: string[]) {
  return dailySeries(key, days).map((pt, i) => ({
    weekly_diff: i < 7 ? null : randInt(rngOf(key, i), -50, 500),
    weekly_diff_percent: null,
    monthly_diff: null,
    monthly_diff_percent: null,
    value: pt.value,
    timestp: pt.timestp,
    flags: false,
    diff: pt.daily_diff,
  }));
}

const SOCIAL_FIELDS: Record<string, string[]> = {
  spotify: ['followers'],
  facebook: ['followers', 'likes', 'talks'],
  twitter: ['followers'],
  youtube_channel: ['subscribers', 'views', 'videos'],
  instagram: ['followers'],
  tiktok: ['followers', 'likes'],
};

/**
 * Available chart dates. `/api/charts/{streamingType}/dates` shares its shape with
 * `/api/charts/amazon|itunes|tiktok|youtube/{chart-type}`, and the Router prefers the template with
 * more literal characters, so those chart handlers hand `…/dates` over to this one.
 */
function chartDates(ctx: RouteContext, streamingType: string) {
  const miss = need(ctx, 'fromDaysAgo');
  if (miss) return miss;
  const weekly = /weekly|beatport|qq|youtube|circle/.test(streamingType);
  const n = Math.min(qInt(ctx, 'fromDaysAgo', 28), 3650);
  const days = Array.from({ length: n }, (_, i) => daysAgo(ctx, i + 1)).filter((d) => !weekly || new Date(`${d}T00:00:00Z`).getUTCDay() === 4);
  return ok(days.map((d) => ({ timestp: pacificIso(d) })));
}

// ---------------------------------------------------------------- handlers

export const routesPartB: RouteHandlers = {
  // ------------------------------------------------ charts
  'charts.countries': (ctx) => {
    const r = rngOf('countries', ctx.params.platform!, q(ctx, 'chart_type') ?? '', q(ctx, 'type') ?? '');
    return ok({ countries: ['GLOBAL', ...COUNTRIES.filter(() => r() < 0.7)] });
  },
  'charts.dates': (ctx) => chartDates(ctx, ctx.params.streamingType!),
  'charts.cmScore': (ctx) => {
    const miss = need(ctx, 'since');
    if (miss) return miss;
    const days = dayRange(q(ctx, 'since')!, until(ctx), 60);
    const r = rngOf('cm-score', ctx.params.type!, ctx.params.type_id!, ctx.params.chart_type!);
    const tracks = Array.from({ length: 2 }, () => ({ id: randInt(r, 10_000_000, 150_000_000), name: title(r) }));
    const detail = () => ({ rank: randInt(r, 1, 200), country: pick(r, COUNTRIES), score: Math.round(r() * 100) / 100 });
    return ok({
      overall: days.map((d) => {
        const details = tracks.map((t) => ({ trackName: t.name, trackId: t.id, details: [detail()] }));
        return { x: d, y: Math.round(r() * 100) / 100, details, count: details.length };
      }),
      individual: tracks.map((t) => ({ name: t.name, id: t.id, data: days.map((d) => ({ timestp: pacificIso(d), score: Math.round(r() * 100) / 100, rank_details: [detail()] })) })),
    });
  },
  'charts.airplay': (ctx) => {
    const miss = need(ctx, 'limit', 'duration') ?? (qBool(ctx, 'latest') ? undefined : need(ctx, 'since')) ?? limitOr400(ctx, 500);
    if (miss) return miss;
    const day = chartDay(ctx, false);
    if (isReply(day)) return day;
    const n = Math.min(qInt(ctx, 'limit', 100), 300);
    const key = `airplay|${ctx.params.chart_type}|${q(ctx, 'duration')}|${q(ctx, 'country_code') ?? 'GLOBAL'}`;
    if (ctx.params.chart_type === 'artists') {
      return legacyBody(
        chartTrackIds(key, day, n).map((id, i) => {
          const r = rngOf('airplay-artist', key, day, i);
          const a = artistRef(id % 4_000_000);
          return { ...a, isni: String(randInt(r, 1e9, 9e9)), cm_artist: a.id, sp_followers: randInt(r, 1e3, 9e7), sp_monthly_listeners: randInt(r, 1e3, 9e7), tags: [genreOf(r)], plays: randInt(r, 100, 90_000), ...chartPosition(r, i + 1, day, 'rankStats', () => ({ plays: randInt(r, 100, 90_000) })) };
        }),
      );
    }
    return legacyBody(legacyRows(key, day, n, (_id, _rank, r) => ({ plays: randInt(r, 100, 90_000) }), 'rank_stats'));
  },
  'charts.amazon': (ctx) => {
    if (ctx.params['chart-type'] === 'dates') return chartDates(ctx, 'amazon');
    const miss = need(ctx, 'type', 'genre');
    if (miss) return miss;
    const day = chartDay(ctx);
    if (isReply(day)) return day;
    const key = `amazon|${ctx.params['chart-type']}|${q(ctx, 'type')}|${q(ctx, 'genre')}|${q(ctx, 'code2') ?? 'US'}`;
    return legacyBody(fromOffset(ctx, legacyRows(key, day, 100, (_id, _rank, r) => ({ id: `B0${base62(r, 8).toUpperCase()}`, amazon_genres: [q(ctx, 'genre')], amazon: String(randInt(r, 1, 1e6)) }))));
  },
  'charts.anghamiTrack': (ctx) => {
    if (!q(ctx, 'genre') === !q(ctx, 'code2')) return badRequest('Pass either genre or code2');
    return newChartAnswer(ctx, `anghami|${ctx.params.chartType}|${q(ctx, 'genre') ?? q(ctx, 'code2')}`, { country: q(ctx, 'code2') ?? '00', genre: q(ctx, 'genre') ?? 'All Genres' });
  },
  'charts.applemusic': (ctx) => {
    const miss = need(ctx, 'country_code');
    if (miss) return miss;
    const day = chartDay(ctx);
    if (isReply(day)) return day;
    const key = `applemusic|${ctx.params['chart-type']}|${q(ctx, 'type')}|${q(ctx, 'country_code')}|${q(ctx, 'genre')}|${q(ctx, 'city_id')}`;
    return legacyBody(fromOffset(ctx, legacyRows(key, day, 100, (_id, _rank, r) => ({ code2: q(ctx, 'country_code'), genre: q(ctx, 'genre') ?? 'All Genres', itunes: randInt(r, 1e8, 1.9e9), itunes_track_ids: [String(randInt(r, 1e8, 1.9e9))] }))));
  },
  'charts.beatport': (ctx) => {
    const miss = need(ctx, 'genre');
    if (miss) return miss;
    const day = chartDay(ctx);
    if (isReply(day)) return day;
    return legacyBody(fromOffset(ctx, legacyRows(`beatport|${q(ctx, 'genre')}`, day, 100, (_id, _rank, r) => ({ genre: q(ctx, 'genre'), beatport: randInt(r, 1e6, 2e7), remixers: r() < 0.5 ? '' : personName(r), tags: genreOf(r) }))));
  },
  'charts.circleAlbum': (ctx) => need(ctx, 'duration') ?? newChartAnswer(ctx, `circle-album|${q(ctx, 'duration')}`, { duration: q(ctx, 'duration'), album: true }),
  'charts.circleTrack': (ctx) => need(ctx, 'duration') ?? newChartAnswer(ctx, `circle-track|${q(ctx, 'duration')}`, { duration: q(ctx, 'duration') }),
  'charts.deezer': (ctx) => {
    const miss = need(ctx, 'country_code');
    if (miss) return miss;
    const day = chartDay(ctx);
    if (isReply(day)) return day;
    return legacyBody(legacyRows(`deezer|${q(ctx, 'country_code')}`, day, 100, (_id, _rank, r) => ({ id: String(randInt(r, 1e8, 3e9)), code2: q(ctx, 'country_code'), deezer: String(randInt(r, 1e8, 3e9)) })));
  },
  'charts.genres': (ctx) => {
    const miss = need(ctx, 'code2');
    if (miss) return miss;
    const r = rngOf('chart-genres', ctx.params.platform!, q(ctx, 'code2')!);
    return ok(['all music genres', 'hip hop', 'new & hot', 'pop', 'electronic', 'r&b & soul', 'country', 'latin', 'rock', 'dance & edm'].filter((_, i) => i < 3 || r() < 0.7));
  },
  'charts.hanteoAlbum': (ctx) => newChartAnswer(ctx, `hanteo-album|${ctx.params.chartType}|${q(ctx, 'duration')}|${q(ctx, 'code2')}`, { duration: q(ctx, 'duration'), album: true }),
  'charts.hanteoTrack': (ctx) => need(ctx, 'duration') ?? newChartAnswer(ctx, `hanteo-track|${q(ctx, 'duration')}`, { duration: q(ctx, 'duration') }),
  'charts.itunes': (ctx) => {
    if (ctx.params['chart-type'] === 'dates') return chartDates(ctx, 'itunes');
    const miss = need(ctx, 'country_code');
    if (miss) return miss;
    const day = chartDay(ctx);
    if (isReply(day)) return day;
    const key = `itunes|${ctx.params['chart-type']}|${q(ctx, 'country_code')}|${q(ctx, 'genre')}`;
    return legacyBody(fromOffset(ctx, legacyRows(key, day, 100, (_id, _rank, r) => ({ code2: q(ctx, 'country_code'), genre: q(ctx, 'genre') ?? 'All Genres', itunes: randInt(r, 1e8, 1.9e9) }))));
  },
  'charts.lineMusicAlbum': (ctx) => need(ctx, 'duration') ?? newChartAnswer(ctx, `line-album|${q(ctx, 'duration')}`, { duration: q(ctx, 'duration'), country: 'JP', album: true, textTargets: true }),
  'charts.lineMusicTrack': (ctx) => need(ctx, 'duration', 'genre') ?? newChartAnswer(ctx, `line-track|${q(ctx, 'duration')}|${q(ctx, 'genre')}`, { duration: q(ctx, 'duration'), country: 'JP', genre: q(ctx, 'genre'), textTargets: true }),
  'charts.melonTrack': (ctx) => newChartAnswer(ctx, `melon|${ctx.params.chartType}|${q(ctx, 'duration')}|${q(ctx, 'genre')}`, { duration: q(ctx, 'duration') ?? 'daily', genre: q(ctx, 'genre') }),
  'charts.pandoraTrack': (ctx) => newChartAnswer(ctx, `pandora|${ctx.params.chartType}`, { country: 'US', textTargets: true }),
  'charts.qq': (ctx) => {
    const day = chartDay(ctx);
    if (isReply(day)) return day;
    return legacyBody(legacyRows('qq', day, 100, (_id, _rank, r) => ({ qq: String(randInt(r, 1e6, 9e8)) })));
  },
  'charts.shazam': (ctx) => {
    const miss = need(ctx, 'country_code');
    if (miss) return miss;
    const day = chartDay(ctx);
    if (isReply(day)) return day;
    const key = `shazam|${q(ctx, 'country_code')}|${q(ctx, 'city')}|${q(ctx, 'genre')}`;
    return legacyBody(fromOffset(ctx, legacyRows(key, day, 100, (_id, _rank, r) => ({ id: String(randInt(r, 1e7, 9e8)), code2: q(ctx, 'country_code'), shazam_track_id: String(randInt(r, 1e7, 9e8)), num_of_shazams: randInt(r, 100, 900_000) }))));
  },
  'charts.shazamCities': (ctx) => {
    const r = rngOf('shazam-cities', ctx.params.country_code!);
    const cities = Array.from({ length: randInt(r, 5, 15) }, () => title(r, 1) + pick(r, [' City', 'ville', 'burg', ' Springs']));
    return ok({ length: cities.length, cities });
  },
  'charts.soundcloud': (ctx) => {
    const miss = need(ctx, 'country_code', 'kind', 'genre') ?? oneOfOr400(q(ctx, 'kind'), ['top', 'trending'], 'kind must be top or trending');
    if (miss) return miss;
    const day = chartDay(ctx);
    if (isReply(day)) return day;
    const key = `soundcloud|${q(ctx, 'country_code')}|${q(ctx, 'kind')}|${q(ctx, 'genre')}`;
    const raw = q(ctx, 'raw') !== 'false';
    const rows = legacyRows(key, day, 50, (_id, _rank, r) => ({
      id: String(randInt(r, 1e8, 2e9)),
      country: q(ctx, 'country_code'),
      genre: q(ctx, 'genre'),
      kind: q(ctx, 'kind'),
      soundcloud_track_id: String(randInt(r, 1e8, 2e9)),
      playcount_all: String(randInt(r, 1e3, 9e7)),
      playcount_weekly: String(randInt(r, 1e2, 9e5)),
      permalink_url: `https://soundcloud.com/${base62(r, 8).toLowerCase()}`,
      soundcloud_user: { id: randInt(r, 1e5, 9e8), username: personName(r), followers_count: randInt(r, 0, 9e6) },
    }));
    // `raw` (default true) omits the peak fields.
    if (raw) for (const row of rows) {
      delete row.peak_rank;
      delete row.peak_date;
    }
    return legacyBody(fromOffset(ctx, rows));
  },
  'charts.soundcloudTrack': (ctx) => {
    const miss = need(ctx, 'code2', 'genre') ?? oneOfOr400(q(ctx, 'code2'), ['US', 'UK'], 'code2 must be US or UK');
    if (miss) return miss;
    return newChartAnswer(ctx, `soundcloud-new|${q(ctx, 'code2')}|${q(ctx, 'genre')}`, { country: q(ctx, 'code2'), genre: q(ctx, 'genre') });
  },
  /**
   * Spotify Top 200 (regional, 200 rows) or Viral 50 (viral, 50 rows). Regional rows name their history
   * `rankStats`, viral rows `rank_stats` (§6.8); popularity and plays are sometimes numeric strings.
   */
  'charts.spotify': (ctx) => {
    const miss = need(ctx, 'country_code', 'type', 'interval') ?? oneOfOr400(q(ctx, 'type'), ['regional', 'viral'], 'Streaming type does not exist');
    if (miss) return miss;
    const day = chartDay(ctx);
    if (isReply(day)) return day;
    const [country, type, interval] = [q(ctx, 'country_code')!, q(ctx, 'type')!, q(ctx, 'interval')!];
    const viral = type === 'viral';
    const deadPlays = day > '2022-06-02';
    const key = `spotify|${country}|${type}|${interval}`;
    const rows = legacyRows(
      key,
      day,
      viral ? 50 : 200,
      (_id, rank, r) => {
        const plays = Math.round(2_500_000 / Math.sqrt(rank)) + randInt(r, 0, 9999);
        return { code2: country, duration: interval, chart_type: type, chart_name: viral ? 'Viral 50' : 'Top 200', current_plays: viral || deadPlays ? null : maybeText(r, plays, 0.4), spotify: randInt(r, 1e6, 9e7) };
      },
      viral ? 'rank_stats' : 'rankStats',
      // `rankStats.plays` is dead after 2022-06-02 too (§3).
      (rank) => (viral || deadPlays ? {} : { plays: Math.round(2_500_000 / Math.sqrt(rank)) }),
    );
    return legacyBody(fromOffset(ctx, rows, 200));
  },
  'charts.spotifyArtists': (ctx) => {
    const miss = need(ctx, 'type', 'interval');
    if (miss) return miss;
    const day = chartDay(ctx);
    if (isReply(day)) return day;
    const key = `spotify-artists|${q(ctx, 'type')}|${q(ctx, 'interval')}`;
    const rows = chartTrackIds(key, day, 200).map((id, i) => {
      const r = rngOf('spotify-artist-row', key, day, i);
      const a = artistRef(id % 4_000_000);
      const { rankStats: _h, ...position } = chartPosition(r, i + 1, day, 'rankStats');
      return {
        ...a,
        cm_artist: a.id,
        isni: r() < 0.3 ? null : String(randInt(r, 1e9, 9e9)),
        sp_followers: randInt(r, 1e4, 9e7),
        sp_monthly_listeners: randInt(r, 1e5, 1e8),
        deezer_fans: maybeText(r, randInt(r, 0, 9e6)),
        tags: [genreOf(r)],
        spotify_artist_ids: [base62(r)],
        timestp: pacificIso(day),
        change: null,
        streak: randInt(r, 1, 30),
        rankStats: [{ date: addDays(day, -1), rank: i + 2 }, { date: day, rank: i + 1 }],
        ...position,
      };
    });
    return legacyBody(fromOffset(ctx, rows));
  },
  'charts.spotifyFreshfind': (ctx) => {
    const day = chartDay(ctx);
    if (isReply(day)) return day;
    const rows = chartTrackIds('freshfind', day, 250).map((id, i) => {
      const r = rngOf('freshfind', day, i);
      const t = trackRow(id);
      return { ...t, rank: i + 1, spotify_track_id: (t.spotify_track_ids as string[])[0], num_all_playlists: randInt(r, 1, 40), num_ff_playlists: randInt(r, 1, 8), fresh_finds_playlists_ids: [randInt(r, 1e5, 9e6)], fresh_finds_playlists: ['Fresh Finds'], artists: (t.cm_artist as number[]).map((a) => ({ ...artistRef(a), career_stage: 'developing' })) };
    });
    return ok(page(ctx, rows, 200));
  },
  'charts.tiktok': (ctx) => {
    if (ctx.params['chart-type'] === 'dates') return chartDates(ctx, 'tiktok');
    const day = chartDay(ctx);
    if (isReply(day)) return day;
    const kind = ctx.params['chart-type']!;
    const key = `tiktok|${kind}|${q(ctx, 'interval') ?? 'all_time'}|${q(ctx, 'type')}|${q(ctx, 'code2')}`;
    const rows = legacyRows(key, day, 250, (_id, _rank, r) => ({ tiktok_track_id: `${title(r, 1)}-${randInt(r, 1e15, 9e15)}`, posts: randInt(r, 1e3, 9e6), tiktok: randInt(r, 1e6, 9e7) }), 'rankStats', () => ({ posts: 1000 }));
    return legacyBody(page(ctx, rows, 100));
  },
  'charts.tiktokTracks': (ctx) => {
    const day = chartDay(ctx);
    if (isReply(day)) return day;
    const key = `tiktok-v2|${ctx.params['chart-type']}|${q(ctx, 'code2') ?? 'GLOBAL'}`;
    const rows = newChart(key, day, 150, { country: q(ctx, 'code2') ?? 'GLOBAL', genre: 'Pop' }).map(({ rankTrend: _t, peakDate: _p, optionalRows: _o, ...row }) => row);
    return ok(page(ctx, rows, 100));
  },
  'charts.twitchUsers': (ctx) => {
    const miss = need(ctx, 'limit', 'duration', 'type') ?? (qBool(ctx, 'latest') ? undefined : need(ctx, 'since')) ?? limitOr400(ctx, 500);
    if (miss) return miss;
    const day = chartDay(ctx, false);
    if (isReply(day)) return day;
    const key = `twitch|${q(ctx, 'duration')}|${q(ctx, 'type')}`;
    const metric = q(ctx, 'type') === 'viewer_hours' ? 'viewer_hours' : 'followers';
    const rows = chartTrackIds(key, day, Math.min(qInt(ctx, 'limit', 100), 300)).map((id, i) => {
      const r = rngOf('twitch-row', key, day, i);
      const login = base62(r, 9).toLowerCase();
      const value = Math.round(5_000_000 / (i + 1));
      return { name: login, image_url: `https://sandbox.chartstack.dev/img/twitch/${id}.png`, link: `https://twitch.tv/${login}`, cm_artist: r() < 0.8 ? null : id % 4_000_000, [metric]: value, twitch_user: id, ...chartPosition(r, i + 1, day, 'rankStats', () => ({ [metric]: value })) };
    });
    return legacyBody(rows);
  },
  'charts.youtube': (ctx) => {
    if (ctx.params.chart_type === 'dates') return chartDates(ctx, 'youtube');
    const miss = need(ctx, 'country_code');
    if (miss) return miss;
    const day = chartDay(ctx);
    if (isReply(day)) return day;
    const key = `youtube|${ctx.params.chart_type}|${q(ctx, 'country_code')}`;
    const rows = legacyRows(key, day, 100, (_id, _rank, r) => {
      const vid = base62(r, 11);
      return { id: vid, youtube_track_id: vid, youtube_artist: `/g/${base62(r, 9).toLowerCase()}`, image_url: null, upload_date: pacificIso(addDays(day, -randInt(r, 3, 900))), license: pick(r, ['UMG', 'SME', 'WMG', 'Independent']), view_count: randInt(r, 1e5, 9e8), raw_data: null, viewStats: [{ views: randInt(r, 1e5, 9e7), timestp: pacificIso(day) }] };
    }).map(({ rank, ...row }) => ({ ...row, position: rank }));
    return legacyBody(fromOffset(ctx, rows));
  },

  // ------------------------------------------------ tracks
  'tracks.get': (ctx) => (isUnknownId(ctx.params.id!) ? notFound('track', ctx.params.id!) : ok(trackMetadata(Number(ctx.params.id)))),
  'tracks.playlists': (ctx) => {
    if (isUnknownId(ctx.params.id!)) return notFound('track', ctx.params.id!);
    const rows = placements(ctx, `track|${ctx.params.id}`, [Number(ctx.params.id)]);
    return isReply(rows) ? rows : ok(rows);
  },
  'tracks.playlistsSnapshot': (ctx) => {
    const miss = need(ctx, 'date');
    if (miss) return miss;
    const id = Number(ctx.params.id);
    const rows = Array.from({ length: 23 }, (_, i) => {
      const r = rngOf('track-snapshot', id, ctx.params.platform!, q(ctx, 'date')!, i);
      const plId = randInt(r, 1000, 9_000_000);
      return { playlist_id: plId, track_id: id, added_at: pacificIso(addDays(q(ctx, 'date')!, -randInt(r, 1, 90))), removed_at: r() < 0.7 ? null : pacificIso(addDays(q(ctx, 'date')!, randInt(r, 1, 30))), playlist: playlistRow(ctx.params.platform!, String(plId)), track: trackRow(id) };
    });
    return ok(page(ctx, rows, 10));
  },
  'tracks.stats': (ctx) => {
    const { id, platform, mode } = ctx.params as Record<'id' | 'platform' | 'mode', string>;
    if (!/^\d+$/.test(id) && !qBool(ctx, 'isDomainId')) return notFound('track', id);
    if (/^\d+$/.test(id) && isUnknownId(id)) return notFound('track', id);
    const days = qBool(ctx, 'latest') ? [today(ctx)] : dayRange(since(ctx, 180), until(ctx));
    const type = q(ctx, 'type') ?? ({ spotify: 'popularity', chartmetric: 'score', tiktok: 'posts' } as Record<string, string>)[platform] ?? 'views';
    const r = rngOf('track-stats', id, platform, mode);
    const points = dailySeries(`track-stats|${id}|${platform}|${type}`, days, { start: type === 'popularity' ? 50 : undefined, step: type === 'popularity' ? 1 : 800 });
    const data = points.map(({ value, timestp, daily_diff }) => ({ value, timestp, diff: daily_diff }));
    return ok([{ domain: platform, track_domain_id: platform === 'spotify' ? base62(r) : String(randInt(r, 1e6, 9e9)), type, data }]);
  },
  'tracks.charts': (ctx) => {
    const miss = need(ctx, 'since');
    if (miss) return miss;
    const id = Number(ctx.params.id);
    const days = dayRange(q(ctx, 'since')!, until(ctx), 60);
    const base = trackRow(id);
    const data = days.map((d, i) => {
      const r = rngOf('track-chart', id, ctx.params.type!, d);
      const rank = Math.max(1, 40 - i + randInt(r, -3, 3));
      return { ...base, id: randInt(r, 1e6, 9e7), rank, added_at: pacificIso(d), code2: pick(r, COUNTRIES), plays: maybeText(r, randInt(r, 1e4, 2e6)), chart_type: ctx.params.type, gnp: null, pre_rank: rank + 1, peak_rank: Math.max(1, rank - 5), peak_date: pacificIso(d) };
    });
    return ok({ data, length: data.length });
  },
  'tracks.milestones': (ctx) => {
    const id = Number(ctx.params.id);
    const stars = qList(ctx, 'stars').map(Number);
    const grouped = qBool(ctx, 'grouped');
    const all = Array.from({ length: 14 }, (_, i) => {
      const r = rngOf('milestone', id, i);
      return { id: 900_000 + id % 10_000 * 20 + i, date: daysAgo(ctx, i * 9 + 1), summary: `Entered ${pick(r, ['Top 50', 'Viral 50', "Today's Hits"])} in ${pick(r, COUNTRIES)}`, artist_name: artistRef((trackRow(id).cm_artist as number[])[0]!).name, track_name: trackRow(id).name, platform: pick(r, ['spotify', 'apple_music', 'tiktok', 'shazam']), stars: randInt(r, 1, 5), ...(grouped ? { group_size: randInt(r, 1, 6) } : {}) };
    }).filter((m) => !stars.length || stars.includes(m.stars));
    return ok({ insights: page(ctx, all, 100), count: all.length });
  },
  'tracks.relatedTracks': (ctx) => {
    const id = Number(ctx.params.id);
    const base = trackRow(id);
    const r = rngOf('related', id);
    return ok(Array.from({ length: randInt(r, 2, 5) }, (_, i) => ({ id: i === 0 ? id : randInt(r, 1e7, 1.5e8), name: i === 0 ? base.name : `${base.name} (${pick(r, ['Remix', 'Live', 'Acoustic', 'Remastered'])})`, image_url: base.image_url, isrc: isrcOf(r), is_most_popular_cm_track: i === 0, is_erliest_cm_track: i === 0 })));
  },
  'tracks.topVideos': (ctx) => {
    const bad = limitOr400(ctx, 100);
    if (bad) return bad;
    const id = Number(ctx.params.id);
    return ok(
      Array.from({ length: Math.min(qInt(ctx, 'limit', 10), 60) }, (_, i) => {
        const r = rngOf('tiktok-video', id, i);
        const vid = String(randInt(r, 7e18, 7.4e18));
        const user = base62(r, 8).toLowerCase();
        return { created_at: pacificIso(daysAgo(ctx, randInt(r, 1, 300))), username: user, video_id: vid, thumbnail_url: `https://sandbox.chartstack.dev/img/tiktok/${vid}.jpg`, followers: randInt(r, 10, 9e6), cm_id: r() < 0.6 ? null : String(randInt(r, 1e4, 9e6)), link: `https://www.tiktok.com/@${user}/video/${vid}`, stats: { likes: Math.round(9e6 / (i + 1)), comments: randInt(r, 0, 9e4), views: randInt(r, 1e5, 9e8) } };
      }),
    );
  },
  'tracks.videoTrends': (ctx) => {
    const miss = need(ctx, 'fromDaysAgo');
    if (miss) return miss;
    const days = dayRange(daysAgo(ctx, Math.min(qInt(ctx, 'fromDaysAgo', 30), 365)), today(ctx));
    const r = rngOf('video-trends', ctx.params.id!);
    let likes = randInt(r, 100, 1e5);
    return ok(days.map((d) => ({ timestp: pacificIso(d), likes: (likes += randInt(r, 0, 5000)), comments: randInt(r, 0, 2000), views: likes * 12 })));
  },
  'tracks.getIds': (ctx) => {
    const { type, id } = ctx.params as Record<'type' | 'id', string>;
    if (type === 'isrc' && id.includes('-')) return badRequest('ISRC must be sent without hyphens');
    if ((type === 'chartmetric' && isUnknownId(id)) || id.startsWith('XX')) return ok([]);
    const cm = type === 'chartmetric' ? Number(id) : 10_000_000 + (rngOf('get-ids', type, id)() * 1.4e8) | 0;
    const base = trackRow(cm);
    const r = rngOf('track-ids', cm);
    return ok([{ isrc: type === 'isrc' ? id : base.isrc, chartmetric_ids: [cm], spotify_ids: base.spotify_track_ids, itunes_ids: [String(randInt(r, 1e8, 1.9e9))], deezer_ids: r() < 0.5 ? null : [String(randInt(r, 1e8, 3e9))], amazon_ids: null, youtube_ids: null, soundcloud_ids: null, shazam_ids: null, tiktok_ids: [`${title(r, 1)}-${randInt(r, 1e15, 9e15)}`], beatport_ids: null, qq_ids: null, genius_ids: null }]);
  },
  'tracks.listFilter': (ctx) => {
    const bad = limitOr400(ctx, 100);
    if (bad) return bad;
    if (qInt(ctx, 'offset', 0) + qInt(ctx, 'limit', 50) > 10_000) return badRequest('offset + limit must be at most 10000');
    const key = [q(ctx, 'sortColumn') ?? 'score', q(ctx, 'range_period') ?? 'latest', ...qList(ctx, 'genres')].join('|');
    return ok(virtualPage(ctx, 25_000, 50, (i) => screenerRow(i, key)));
  },
  'tracks.youtubeTopShorts': (ctx) => {
    const id = Number(ctx.params.id);
    const n = Math.min(qInt(ctx, 'limit', 10), 50);
    const data = Array.from({ length: n }, (_, i) => {
      const r = rngOf('short', id, i);
      const vid = base62(r, 11);
      const [views, likes, comments] = [Math.round(9e7 / (i + 1)), randInt(r, 1e3, 9e6), randInt(r, 0, 9e4)];
      const created = pacificIso(daysAgo(ctx, randInt(r, 1, 200)));
      const user = `@${base62(r, 8).toLowerCase()}`;
      return { video_id: vid, created_at: created, modified_at: pacificIso(daysAgo(ctx, 1)), username: user, video_title: title(r, 3), cm_id: id, sound_id: base62(r, 16), token_parameter: base62(r, 24), thumbnail_url: `https://i.ytimg.com/vi/${vid}/hq2.jpg`, link: `https://www.youtube.com/shorts/${vid}`, shorts_track_page: `https://www.youtube.com/source/${base62(r, 11)}/shorts`, views, likes, comments, stats: { views, likes, comments }, influencercountries: [], youtubevideohistoricalstats: [], metadata_for_url: { video_id: vid, username: user, views, likes, comments, created_at: created } };
    });
    return ok({ total: 6_400_000, available_count: n, data });
  },

  // ------------------------------------------------ albums
  'albums.get': (ctx) => {
    const id = ctx.params.id!;
    if (isUnknownId(id)) return notFound('album', id);
    const r = rngOf('album', id);
    const artist = artistRef(randInt(r, 1000, 4_000_000));
    return ok({
      id: r() < 0.3 ? null : Number(id),
      cm_album: Number(id),
      upc: upcOf(r),
      name: title(r),
      image_url: `https://sandbox.chartstack.dev/img/album/${id}.jpg`,
      release_date: `${addDays('2015-01-01', randInt(r, 0, 3800))}T00:00:00.000Z`,
      label: pick(r, ['Sandbox Records', 'Copper Lane']),
      cm_label: randInt(r, 1, 9e5),
      spotify_popularity: randInt(r, 0, 90),
      description: null,
      created_at: null,
      modified_at: null,
      num_track: String(albumTrackIds(Number(id)).length),
      spotify_album_ids: [base62(r)],
      itunes_album_ids: r() < 0.5 ? null : [String(randInt(r, 1e8, 1.9e9))],
      deezer_album_ids: null,
      artists: [{ cm_artist: artist.id, name: artist.name, image_url: artist.image_url }],
      cm_statistics: { sp_popularity: randInt(r, 0, 90), num_sp_playlists: randInt(r, 0, 900), sp_playlist_total_reach: String(randInt(r, 0, 9e7)) },
    });
  },
  'albums.stats': (ctx) => {
    const days = qBool(ctx, 'latest') ? [today(ctx)] : dayRange(since(ctx, 30), until(ctx));
    return ok(dailySeries(`album-followers|${ctx.params.id}`, days).map(({ value, timestp }) => ({ value, timestp })));
  },
  'albums.playlists': (ctx) => {
    if (isUnknownId(ctx.params.id!)) return notFound('album', ctx.params.id!);
    const rows = placements(ctx, `album|${ctx.params.id}`, albumTrackIds(Number(ctx.params.id)));
    return isReply(rows) ? rows : ok(rows);
  },
  'albums.charts': (ctx) => {
    const from = since(ctx, 180);
    const to = until(ctx);
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > 365) return badRequest('until must be within 365 days of since');
    const id = Number(ctx.params.id);
    const r0 = rngOf('album-chart', id);
    const [name, upc] = [title(r0), upcOf(r0)];
    const data = dayRange(from, to, 60).map((d, i) => {
      const r = rngOf('album-chart', id, ctx.params.type!, d);
      const rank = Math.max(1, 30 - i + randInt(r, -2, 2));
      return { itunes_album_id: String(randInt(r, 1e8, 1.9e9)), rank, added_at: pacificIso(d), code2: pick(r, COUNTRIES), genre: 'All Genres', gnp: String(randInt(r, 1, 90)), pre_rank: rank + 1, peak_rank: Math.max(1, rank - 3), peak_date: pacificIso(d), id: randInt(r, 1e6, 9e6), name, release_date: '2020-01-17T00:00:00.000Z', num_track: '12', upc, is_single: false, cm_album: id, storefronts: ['us'], artists: [{ itunes_artist_id: randInt(r, 1e6, 9e8), name: personName(r0), cm_artist: randInt(r0, 1000, 4e6) }] };
    });
    return ok({ data, length: data.length });
  },
  'albums.tracks': (ctx) => {
    const id = ctx.params.id!;
    if (isUnknownId(id)) return notFound('album', id);
    return ok(
      albumTrackIds(Number(id)).map((t) => {
        const row = trackRow(t);
        const r = rngOf('album-track', t);
        return { ...row, cm_artists: (row.cm_artist as number[]).map((a) => ({ ...artistRef(a), cover_url: null })), cm_statistics: { cm_track: t, sp_popularity: randInt(r, 0, 90), num_sp_playlists: randInt(r, 0, 500), sp_playlist_total_reach: String(randInt(r, 0, 5e7)), genius_page_views: null } };
      }),
    );
  },
  'albums.getIds': (ctx) => {
    const { type, id } = ctx.params as Record<'type' | 'id', string>;
    if (type === 'chartmetric' && isUnknownId(id)) return ok([]);
    const r = rngOf('album-ids', type, id);
    const cm = type === 'chartmetric' ? Number(id) : randInt(r, 1e6, 4e7);
    const [name, upc] = [title(r), type === 'upc' ? id : upcOf(r)];
    return ok(Array.from({ length: randInt(r, 1, 3) }, () => ({ cm_album: cm, album_name: name, upc, spotify_album_id: base62(r), itunes_album_id: String(randInt(r, 1e8, 1.9e9)), deezer_album_id: r() < 0.5 ? null : String(randInt(r, 1e6, 9e8)), amazon_album_id: `B0${base62(r, 8).toUpperCase()}` })));
  },

  // ------------------------------------------------ playlists
  'playlists.get': (ctx) => {
    const { platform, id } = ctx.params as Record<'platform' | 'id', string>;
    if (['spotify', 'applemusic'].includes(platform) && isUnknownId(id)) return notFound('playlist', id);
    if (platform === 'applemusic' && !q(ctx, 'storefront')) return badRequest('storefront is required for applemusic');
    return ok(playlistRow(platform, id));
  },
  'playlists.tracks': (ctx) => {
    const { platform, id, span } = ctx.params as Record<'platform' | 'id' | 'span', string>;
    if (['spotify', 'applemusic'].includes(platform) && isUnknownId(id)) return notFound('playlist', id);
    if (['itunes', 'amazon'].includes(platform) && !q(ctx, 'storefront')) return badRequest(`storefront is required for ${platform}`);
    const bad = oneOfOr400(span, STATUS, 'span must be current or past');
    if (bad) return bad;
    const n = Number(playlistRow(platform, id).num_track) + (span === 'past' ? 60 : 0);
    const details = q(ctx, 'withDetails') !== 'false';
    const rows = chartTrackIds(`playlist|${platform}|${id}|${span}`, 'all', n).map((t, i) => {
      const r = rngOf('playlist-track', platform, id, i);
      const added = daysAgo(ctx, randInt(r, 1, 300));
      const core = { track_id: t, cm_track: t, isrc: trackRow(t).isrc, added_at: pacificIso(added), position: i + 1, period: randInt(r, 1, 300), ...(span === 'past' ? { removed_at: pacificIso(addDays(added, randInt(r, 1, 30))) } : {}) };
      return details ? { ...trackRow(t), ...core, audio_features: { key: randInt(r, 0, 11), mode: randInt(r, 0, 1), danceability: String(Math.round(r() * 1000) / 1000), tempo: String(randInt(r, 70, 180)) }, position_stats: [] } : core;
    });
    return ok(page(ctx, rows, 100));
  },
  'playlists.journeyProgression': (ctx) => {
    const bad = limitOr400(ctx, 50) ?? oneOfOr400(ctx.params.type, ['journey', 'progression'], 'type must be journey or progression');
    if (bad) return bad;
    const { platform, id, type } = ctx.params as Record<'platform' | 'id' | 'type', string>;
    const all = Array.from({ length: 24 }, (_, i) => {
      const r = rngOf('journey', platform, id, type, i);
      return { plid: String(randInt(r, 1e6, 9e9)), name: `${title(r)} ${pick(r, ['Mix', 'Radar', 'Hits'])}`, followers: randInt(r, 10, 9e6), image_url: r() < 0.3 ? null : `https://sandbox.chartstack.dev/img/playlist/${i}.jpg`, total_percent_overlap: Math.round(r() * 10_000) / 100, count_distinct_tracks: String(randInt(r, 1, 40)), events: [{ days: randInt(r, 1, 30), day_percent_overlap: Math.round(r() * 100) / 100, tracks_added: [{ ...artistRef(randInt(r, 1e7, 1.5e8)), isrc: isrcOf(r) }] }] };
    });
    return ok({ total: String(all.length), data: page(ctx, all, 10) });
  },
  'playlists.snapshot': (ctx) => {
    const miss = need(ctx, 'date');
    if (miss) return miss;
    const { platform, id } = ctx.params as Record<'platform' | 'id', string>;
    const day = q(ctx, 'date')!;
    return ok(
      chartTrackIds(`playlist|${platform}|${id}|current`, day, Number(playlistRow(platform, id).num_track)).map((t, i) => {
        const r = rngOf('snapshot', platform, id, day, i);
        return { ...trackRow(t), track_id: t, added_at: pacificIso(addDays(day, -randInt(r, 1, 200))), removed_at: null, position: i + 1 };
      }),
    );
  },
  'playlists.stats': (ctx) => {
    const { platform, id } = ctx.params as Record<'platform' | 'id', string>;
    if (!/^\d+$/.test(id)) return badRequest('stats need the Chartmetric playlist id');
    const days = dayRange(since(ctx, 30), until(ctx));
    return ok(dailySeries(`playlist-stats|${platform}|${id}`, days, { stamp: dateString }).map((pt) => ({ id: Number(id), ...pt })));
  },
  'playlists.updated': (ctx) => {
    const r = rngOf('updated', ctx.params.platform!, ctx.params.id!);
    const last = daysAgo(ctx, randInt(r, 0, 20));
    return ok({ sys_last_updated: pacificIso(today(ctx)), playlist_last_updated: `${last}T12:00:00.000Z`, last_added: `${last}T12:00:00.000Z`, last_removed: r() < 0.3 ? null : `${addDays(last, -1)}T12:00:00.000Z` });
  },
  'playlists.lists': (ctx) => {
    const bad = directoryWindowOr400(ctx);
    if (bad) return bad;
    const offset = qInt(ctx, 'offset', 0);
    const platform = ctx.params.platform!;
    const total = 1_436_332;
    const rows = virtualPage(ctx, total, 10, (i) => {
      const r = rngOf('playlist-list', platform, i);
      const row = playlistRow(platform, String(randInt(r, 1000, 9_000_000)));
      return { position: i + 1, ...row, followers: Math.round(40_000_000 / (i + 1)), fdiff_percent_week: Math.round(r() * 100) / 100, fdiff_percent_month: Math.round(r() * 100) / 100, genre: genreOf(r) };
    });
    return { obj: rows, offset, total };
  },
  'playlists.evolution': (ctx) => {
    const days = dayRange(since(ctx, 30), until(ctx), 90);
    const rows = (platform: string, reach: boolean) =>
      days.map((d) => {
        const r = rngOf('evolution', ctx.params.type!, ctx.params.id!, platform, d);
        return { created_at: pacificIso(d), playlist_count: randInt(r, 10, 900), ed_playlist_count: randInt(r, 0, 30), playlist_total_reach: reach ? randInt(r, 1e4, 9e7) : null, ed_playlist_total_reach: reach ? randInt(r, 0, 9e6) : null };
      });
    return ok({ spotify: rows('spotify', true), itunes: rows('itunes', false), deezer: rows('deezer', true), amazon: [], youtube: [] });
  },
  'playlists.playlistEvolution': (ctx) => {
    const days = dayRange(since(ctx, 30), until(ctx), 90);
    const entity = `cm_${ctx.params.type}`;
    return ok(
      days.map((d) => {
        const r = rngOf('playlist-evolution', ctx.params.type!, ctx.params.id!, d);
        const row: Row = { [entity]: Number(ctx.params.id), created_at: pacificIso(d) };
        for (const pl of ['spotify', 'itunes', 'amazon', 'deezer', 'youtube']) {
          row[`${pl}_playlist_count`] = randInt(r, 0, 900);
          row[`${pl}_ed_playlist_count`] = randInt(r, 0, 40);
          if (pl !== 'itunes' && pl !== 'amazon') row[`${pl}_playlist_total_reach`] = String(randInt(r, 0, 9e7));
        }
        return row;
      }),
    );
  },
  'playlists.similarPlaylists': (ctx) => {
    const { platform, id } = ctx.params as Record<'platform' | 'id', string>;
    return ok(
      Array.from({ length: Math.min(qInt(ctx, 'limit', 10), 50) }, (_, i) => {
        const r = rngOf('similar', platform, id, i);
        const row = playlistRow(platform, String(randInt(r, 1000, 9_000_000)));
        return { ...row, tags: [{ id: randInt(r, 1, 400), name: genreOf(r), source: 'sandbox', type: 'genre', url: null, created_at: null, modified_at: null }], ...(platform === 'soundcloud' ? { likes: randInt(r, 0, 9e4), permalink: `https://soundcloud.com/p/${i}` } : {}) };
      }).filter((row) => !qBool(ctx, 'indie') || (row as Row).editorial === false),
    );
  },

  // ------------------------------------------------ radio
  'radio.airplayTotalsLegacy': (ctx) => {
    const miss = need(ctx, 'station', 'since');
    if (miss) return miss;
    const n = Math.min(qInt(ctx, 'limit', 10), 50);
    const pairs = (entity: string) => totalsRows(ctx, entity, n, false).map(({ plays_trend, ...row }) => [row, plays_trend]);
    return ok({ countries: pairs('country'), cities: pairs('city'), stations: pairs('station'), tracks: pairs('track') });
  },
  'radio.airplayTotals': (ctx) => {
    const miss = need(ctx, 'since') ?? oneOfOr400(ctx.params.entity, ['country', 'city', 'station', 'track'], 'entity must be country, city, station or track');
    if (miss) return miss;
    if (isUnknownId(ctx.params.id!)) return notFound(ctx.params.type!, ctx.params.id!);
    return ok(totalsRows(ctx, ctx.params.entity!, Math.min(qInt(ctx, 'limit', 10), 50), q(ctx, 'dateFormat') === 'UNIX'));
  },
  'radio.airplays': (ctx) => {
    const miss = need(ctx, 'since');
    if (miss) return miss;
    const r = rngOf('airplays', ctx.params.type!, ctx.params.id!);
    return ok(dayRange(q(ctx, 'since')!, today(ctx), 365).map((d) => ({ air_date: Date.parse(`${d}T00:00:00Z`), spins: randInt(r, 0, 3000) })));
  },
  'radio.broadcastMarkets': (ctx) => {
    const miss = need(ctx, 'since');
    if (miss) return miss;
    const r = rngOf('markets', ctx.params.type!, ctx.params.id!);
    const total = randInt(r, 1e4, 9e5);
    const market = () => ({ market_count_data: String(randInt(r, 1, 9000)), total_market_count_data: String(total), count_of_stations: String(randInt(r, 1, 300)), population: randInt(r, 1e5, 3e8), lat: Math.round(r() * 9000) / 100, lng: Math.round(r() * 18000) / 100 - 90, count: randInt(r, 1, 900) });
    return ok({
      countryRatios: COUNTRIES.slice(0, 6).map((c) => ({ market: `Country ${c}`, code2: c, ...market() })),
      cityRatios: Array.from({ length: 8 }, () => {
        const c = pick(r, COUNTRIES);
        const name = title(r, 1);
        return { market: name, display_name: `${name}, ${c}`, code2: c, country: `Country ${c}`, city_id: randInt(r, 1, 9000), ...market() };
      }),
    });
  },
  'radio.stationList': (ctx) => {
    const code2 = q(ctx, 'code2') ?? 'US';
    return ok(
      Array.from({ length: 25 }, (_, i) => {
        const r = rngOf('station', code2, i);
        const sat = r() < 0.15;
        return { id: 1000 + i, name: `${pick(r, STATIONS)} ${i}`, genre: pick(r, ['CHR', 'Urban', 'Rock', 'Country', 'AC']), frequency: sat ? 'SiriusXM 3' : String(Math.round((88 + r() * 20) * 10) / 10), market: title(r, 1), broadcast_area: title(r, 1), country: code2, station_state: pick(r, ['CA', 'NY', 'TX', '']), image_url: `https://sandbox.chartstack.dev/img/station/${i}.png`, aqh: randInt(r, 100, 90_000), platform: sat ? 'siriusxm' : 'radio', facebook_likes: null, instagram_followers: randInt(r, 0, 9e5), twitter_followers: randInt(r, 0, 9e5), wikipedia_views: randInt(r, 0, 9e4) };
      }),
    );
  },

  // ------------------------------------------------ curators
  'curators.get': (ctx) => {
    const { platform, id } = ctx.params as Record<'platform' | 'id', string>;
    if (isUnknownId(id)) return notFound('curator', id);
    const r = rngOf('curator', platform, id);
    return ok({ id: Number(id), user_id: platform === 'spotify' ? base62(r, 12).toLowerCase() : String(randInt(r, 1e5, 9e8)), name: personName(r), image_url: `https://sandbox.chartstack.dev/img/curator/${id}.jpg`, submithub_id: null, last_updated: pacificIso(daysAgo(ctx, 2)), cm_statistics: { num_sp_playlists: randInt(r, 1, 400), sp_followers: randInt(r, 0, 9e6), sp_playlist_total_reach: randInt(r, 0, 9e7) }, tags: [{ id: randInt(r, 1, 400), name: genreOf(r) }], instagram_followers: randInt(r, 0, 9e6), soundcloud_followers: null, facebook_fans: randInt(r, 0, 9e6), facebook_followers: randInt(r, 0, 9e6), youtube_views: String(randInt(r, 0, 9e9)), youtube_subscribers: randInt(r, 0, 9e6), twitter_followers: randInt(r, 0, 9e6), twitter_retweets: randInt(r, 0, 9e4), tiktok_likes: String(randInt(r, 0, 9e8)), tiktok_followers: randInt(r, 0, 9e6) });
  },
  /** Documented WITHOUT the `obj` envelope: `{total_length, length, data}` (§2.4). */
  'curators.playlists': (ctx) => {
    const { platform, id } = ctx.params as Record<'platform' | 'id', string>;
    if (isUnknownId(id)) return notFound('curator', id);
    const total = 40 + (Number(id) % 160);
    const rows = virtualPage(ctx, total, 100, (i) => playlistRow(platform, String(100_000 + (Number(id) % 1000) * 1000 + i)));
    return { total_length: String(total), length: rows.length, data: rows };
  },
  'curators.stats': (ctx) => {
    const { platform, id, source } = ctx.params as Record<'platform' | 'id' | 'source', string>;
    const fields = SOCIAL_FIELDS[source];
    if (!fields) return badRequest('Domain does not exist');
    const field = q(ctx, 'field');
    if (field && !fields.includes(field)) return badRequest(`field must be one of ${fields.join(', ')}`);
    const days = qBool(ctx, 'latest') ? [today(ctx)] : dayRange(since(ctx, 20), until(ctx));
    return ok(Object.fromEntries((field ? [field] : fields).map((f) => [f, curatorStatPoints(`curator|${platform}|${id}|${source}|${f}`, days)])));
  },
  'curators.urls': (ctx) => {
    const r = rngOf('curator-urls', ctx.params.platform!, ctx.params.id!);
    const handle = base62(r, 9).toLowerCase();
    return ok([
      { domain: 'spotify', url: `https://open.spotify.com/user/${handle}` },
      { domain: 'instagram', url: `https://instagram.com/${handle}` },
      { domain: 'twitter', url: `https://twitter.com/${handle}` },
      { domain: 'youtube', url: `https://youtube.com/@${handle}` },
    ]);
  },
  'curators.lists': (ctx) => {
    const bad = directoryWindowOr400(ctx);
    if (bad) return bad;
    const offset = qInt(ctx, 'offset', 0);
    const platform = ctx.params.platform!;
    const total = platform === 'spotify' ? 2_712_006 : 48_211;
    const rows = virtualPage(ctx, total, 10, (i) => {
      const r = rngOf('curator-list', platform, i);
      const name = personName(r);
      return { position: i + 1, user_id: base62(r, 10).toLowerCase(), owner_id: randInt(r, 1, 9e6), owner_name: name, url: `https://open.spotify.com/user/${name.replace(' ', '').toLowerCase()}`, num_playlists: randInt(r, 1, 900), sp_playlist_total_reach: Math.round(9e8 / (i + 1)), followers: randInt(r, 0, 9e6), fdiff_month: randInt(r, -9e3, 9e4), fdiff_percent_month: Math.round(r() * 100) / 100, tags: [genreOf(r), genreOf(r)], submithub_id: null, num_updates: randInt(r, 0, 90), num_tracks_updated: randInt(r, 0, 900), editorial: i < 3, major_label: r() < 0.1, brand: false, popular_indie: r() < 0.3, indie: r() < 0.6, audiobook: false };
    });
    return { obj: rows, offset, total };
  },
};
