/**
 * The Chartmetric sandbox's `curators` endpoints, keyed by endpoint id (definitions:
 * src/chartmetric/catalog/curators.ts).
 * Each handler returns the exact wire body, `{obj: …}` envelope included, answers 404 `{error}` for
 * unknown ids and 400 `{error}` for missing or invalid required params (helpers: ./shared.ts), and
 * respects `limit`/`offset`. `curators.lists` and `curators.playlists` answer with their documented
 * root shapes (no `obj`).
 */
import { randInt } from '../data.js';
import type { RouteHandlers } from '../types.js';
import { base62, dailySeries, dayRange, genreOf, pacificIso, personName, playlistRow, rngOf } from './chart-data.js';
import { badRequest, daysAgo, directoryWindowOr400, isUnknownId, notFound, ok, q, qBool, qInt, since, today, until, virtualPage } from './shared.js';

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

export const curatorsHandlers: RouteHandlers = {
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
