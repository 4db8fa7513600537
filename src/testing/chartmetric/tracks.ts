/**
 * The Chartmetric sandbox's `tracks` endpoints, keyed by endpoint id (definitions:
 * src/chartmetric/catalog/tracks.ts).
 * Each handler returns the exact wire body, `{obj: …}` envelope included, answers 404 `{error}` for
 * unknown ids and 400 `{error}` for missing or invalid required params (helpers: ./shared.ts), and
 * respects `limit`/`offset`.
 */
import { pick, randInt } from '../data.js';
import type { RouteHandlers } from '../types.js';
import {
  albumIdOf, artistRef, base62, COUNTRIES, dailySeries, dayRange, genreOf, isrcOf, pacificIso, personName, placements, playlistRow, rngOf, type Row,
  title, trackRow,
} from './chart-data.js';
import {
  addDays, badRequest, daysAgo, isReply, isUnknownId, limitOr400, maybeText, need, notFound, ok, page, q, qBool, qInt, qList, since, today, until,
  virtualPage,
} from './shared.js';

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

export const tracksHandlers: RouteHandlers = {
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
    // `offset + limit < 10000`, strictly (reference, track screener row).
    if (qInt(ctx, 'offset', 0) + qInt(ctx, 'limit', 50) >= 10_000) return badRequest('offset + limit must be less than 10000');
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
};
