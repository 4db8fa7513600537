/**
 * The Chartmetric sandbox's `charts` endpoints, keyed by endpoint id (definitions:
 * src/chartmetric/catalog/charts.ts).
 * Each handler returns the exact wire body, `{obj: …}` envelope included, answers 404 `{error}` for
 * unknown ids and 400 `{error}` for missing or invalid required params (helpers: ./shared.ts), and
 * respects `limit`/`offset`.
 */
import { pick, randInt } from '../data.js';
import type { RouteContext, RouteHandlers, SandboxReply } from '../types.js';
import {
  artistRef, base62, chartPosition, chartTrackIds, COUNTRIES, dayRange, genreOf, newChart, pacificIso, personName, rngOf, type Row, title, trackRow,
} from './chart-data.js';
import { addDays, badRequest, daysAgo, isReply, limitOr400, maybeText, need, ok, oneOfOr400, page, q, qBool, qInt, until } from './shared.js';

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

export const chartsHandlers: RouteHandlers = {
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
    // `limit` may be left out: the documents' example request omits it (default 100 here).
    const miss = need(ctx, 'duration') ?? (qBool(ctx, 'latest') ? undefined : need(ctx, 'since')) ?? limitOr400(ctx, 500);
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
    // `limit` may be left out: the documents' example request omits it (default 100 here).
    const miss = need(ctx, 'duration', 'type') ?? (qBool(ctx, 'latest') ? undefined : need(ctx, 'since')) ?? limitOr400(ctx, 500);
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
};
