/**
 * The Chartmetric sandbox's `albums` endpoints, keyed by endpoint id (definitions:
 * src/chartmetric/catalog/albums.ts).
 * Each handler returns the exact wire body, `{obj: …}` envelope included, answers 404 `{error}` for
 * unknown ids and 400 `{error}` for missing or invalid required params (helpers: ./shared.ts), and
 * respects `limit`/`offset`.
 */
import { pick, randInt } from '../data.js';
import type { RouteHandlers } from '../types.js';
import {
  artistRef, base62, COUNTRIES, dailySeries, dayRange, pacificIso, personName, placements, rngOf, title, trackRow, upcOf,
} from './chart-data.js';
import { addDays, badRequest, isReply, isUnknownId, notFound, ok, qBool, since, today, until } from './shared.js';

const albumTrackIds = (albumId: number) => {
  const r = rngOf('album-tracks', albumId);
  return Array.from({ length: randInt(r, 6, 14) }, () => randInt(r, 10_000_000, 150_000_000));
};

export const albumsHandlers: RouteHandlers = {
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
};
