/**
 * The Chartmetric sandbox's `playlists` endpoints, keyed by endpoint id (definitions:
 * src/chartmetric/catalog/playlists.ts).
 * Each handler returns the exact wire body, `{obj: …}` envelope included, answers 404 `{error}` for
 * unknown ids and 400 `{error}` for missing or invalid required params (helpers: ./shared.ts), and
 * respects `limit`/`offset`. `playlists.lists` answers with its documented root shape (no `obj`).
 */
import { pick, randInt } from '../data.js';
import type { RouteHandlers } from '../types.js';
import {
  artistRef, chartTrackIds, dailySeries, dateString, dayRange, genreOf, isrcOf, pacificIso, playlistRow, rngOf, type Row, title, trackRow,
} from './chart-data.js';
import {
  addDays, badRequest, daysAgo, directoryWindowOr400, isUnknownId, limitOr400, need, notFound, ok, oneOfOr400, page, q, qBool, qInt, since, STATUS,
  today, until, virtualPage,
} from './shared.js';

export const playlistsHandlers: RouteHandlers = {
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
    // The 10,000-row window applies to spotify and itunes only (reference, playlist lists row).
    const bad = directoryWindowOr400(ctx, ['spotify', 'itunes'].includes(ctx.params.platform!));
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
};
