/**
 * The Chartmetric sandbox's `search` endpoints, keyed by endpoint id (definitions:
 * src/chartmetric/catalog/search.ts).
 * Each handler returns the exact wire body, `{obj: …}` envelope included, answers 404 `{error}` for
 * unknown ids and 400 `{error}` for missing or invalid required params (helpers: ./shared.ts), and
 * respects `limit`/`offset`.
 */
import { pick } from '../data.js';
import type { RouteHandlers } from '../types.js';
import {
  artistName, artistScale, CITIES, countryName, hashInt, image, metricBase, rngFor, SEEDED_ARTISTS, spotifyIdFor, trackRow, trackTitle,
} from './artist-data.js';
import { badRequest, need, ok, pageWindow, qBool } from './shared.js';

// ---------------------------------------------------------------------------- search helpers

function searchBuckets(q: string, type: string, limit: number, offset: number) {
  const needle = q.toLowerCase();
  const seeds = Object.keys(SEEDED_ARTISTS).map(Number).filter((id) => artistName(id).toLowerCase().includes(needle));
  const ids = [...seeds, ...Array.from({ length: 30 }, (_, i) => 1 + (hashInt(`search:${needle}:${i}`) % 9_000_000))];
  const rng = rngFor('search', needle);
  const name = (i: number) => (i === 0 ? cap(q) : `${cap(q)} ${pick(rng, ['Remix', 'Live', 'Sessions', 'Club', 'Band', 'Project'])}`);
  const take = <T>(make: (i: number) => T) => Array.from({ length: limit }, (_, i) => make(offset + i));
  const all: Record<string, unknown> = {
    artists: take((i) => {
      const id = ids[i % ids.length]!;
      return { id, name: artistName(id), image_url: image('artist', id), isni: null, verified: SEEDED_ARTISTS[id] !== undefined, sp_followers: metricBase(id, 'sp_followers'), sp_monthly_listeners: metricBase(id, 'sp_monthly_listeners'), cm_artist_score: Math.round(artistScale(id) * 1000) };
    }),
    tracks: take((i) => {
      const artist = ids[i % ids.length]!;
      const t = trackRow(artist, i);
      return { id: String(t.id), cm_track: String(t.id), artist_names: t.artist_names, artist: t.cm_artist.map((a) => ({ id: a, name: artistName(a) })), image_url: t.image_url, isrc: t.isrc, name: name(i), album: [{ id: t.album_ids[0], name: t.album_names[0], release_date: t.release_dates[0]!.slice(0, 10) }] };
    }),
    albums: take((i) => ({ id: 15_000_000 + (hashInt(`salb:${needle}:${i}`) % 1_000_000), name: name(i), image_url: image('album', i), label: `${pick(rng, ['Indie', 'Major', 'Self'])} Records` })),
    playlists: {
      spotify: take((i) => ({ id: 740_000 + i, name: `This Is ${cap(q)} ${i || ''}`.trim(), image_url: image('playlist', 740_000 + i), followers: `${(4.2 - i * 0.3).toFixed(1)}M`, num_track: 50 + i, owner_name: 'Spotify' })),
      applemusic: take((i) => ({ id: 54_000 + i, name: `${cap(q)}: Essentials ${i || ''}`.trim(), image_url: image('playlist', 54_000 + i), owner_name: null, owner_id: null, num_track: 25 })),
      deezer: take((i) => ({ id: String(1_147_000_000 + i), name: `100% ${cap(q)}`, image_url: image('playlist', `dz${i}`), owner_name: 'Deezer Editor', owner_id: 1_990_304_482, num_track: 50, followers: 140_000 - i })),
      amazon: [],
      youtube: take((i) => ({ id: `PL${spotifyIdFor('ytpl', i + hashInt(needle))}`, name: `${cap(q)} - Full Album`, image_url: null, owner_id: `UC${spotifyIdFor('yt', i)}`, owner_name: 'Sandbox Channel', num_track: 24 })),
      // SoundCloud sends the owner's numeric id as `owner_name`.
      soundcloud: take((i) => ({ id: 287_000_000 + i, name: `${cap(q)} ~ Both`, image_url: null, owner_name: 276_000_000 + i, likes: 2900 - i })),
    },
    curators: { spotify: take((i) => ({ id: 59_000 + i, name: `${needle}official${i || ''}`, image_url: null })), applemusic: [], deezer: [] },
    stations: [],
    labels: [],
    cities: CITIES.filter((c) => c.name.toLowerCase().includes(needle)).map((c) => ({ id: c.id, name: c.name, name_ascii: c.name, population: c.population, country: countryName(c.code2), code2: c.code2, province: null, trigger_city: c.population > 5_000_000 })),
    songwriters: take((i) => ({ name: name(i), doc_id: 1_560_000 + i, artistName: name(i), image_url: null })),
  };
  if (type === 'all') return all;
  return { [type]: all[type] ?? [] };
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function suggestions(q: string, type: string, limit: number) {
  const needle = q.toLowerCase();
  const target = { artists: 'artist', tracks: 'track', albums: 'album', playlists: 'playlist', curators: 'curator', cities: 'city', stations: 'station', songwriters: 'songwriter' }[type];
  const seeds = Object.keys(SEEDED_ARTISTS).map(Number).filter((id) => artistName(id).toLowerCase().includes(needle));
  const rows: Array<{ match_strength: number; target: string; platform: string; id: number; name: string; imageUrl: string }> = [];
  if (!target || target === 'artist') seeds.forEach((id) => rows.push({ match_strength: 25_000 - id / 100, target: 'artist', platform: 'cm', id, name: artistName(id), imageUrl: image('artist', id) }));
  if (!target || target === 'city') CITIES.filter((c) => c.name.toLowerCase().includes(needle)).forEach((c) => rows.push({ match_strength: 1406.25, target: 'city', platform: 'cm', id: c.id, name: c.name, imageUrl: image('city', c.id) }));
  for (let i = 0; rows.length < limit && i < limit; i++) {
    const id = 30_000_000 + (hashInt(`sugg:${needle}:${i}`) % 9_000_000);
    rows.push({ match_strength: Math.round((900 / (i + 1)) * 100) / 100, target: target ?? 'track', platform: 'cm', id, name: `${cap(q)} ${trackTitle(rngFor('sugg', needle, i))}`, imageUrl: image(target ?? 'track', id) });
  }
  return rows.slice(0, limit);
}

export const searchHandlers: RouteHandlers = {
  // ------------------------------------------------------------ search
  'search.query': (ctx) => {
    const miss = need(ctx, 'q');
    if (miss) return miss;
    const q = ctx.query.get('q')!.trim();
    const type = ctx.query.get('type') ?? 'all';
    const { limit, offset } = pageWindow(ctx, 10);
    if (qBool(ctx, 'beta')) {
      const body: Record<string, unknown> = { suggestions: suggestions(q, type, limit) };
      if (qBool(ctx, 'triggerCitiesOnly')) body.idDetected = false;
      return ok(body);
    }
    return ok(searchBuckets(q, type, limit, offset));
  },

  'search.social': (ctx) => {
    const miss = need(ctx, 'url');
    if (miss) return miss;
    let url: URL;
    try {
      url = new URL(ctx.query.get('url')!);
    } catch {
      return badRequest('Invalid url');
    }
    const handle = url.pathname.split('/').filter(Boolean).pop()?.replace(/^@/, '') ?? '';
    const type = ctx.query.get('type') ?? 'all';
    if (!handle) return ok([]);
    if (type === 'siriusxm') return ok([{ id: handle, type: 'siriusxm', name: null, image_url: null }]);
    if (!/(instagram|tiktok|twitter|x|facebook|youtube)\.com$/.test(url.hostname.replace(/^www\./, ''))) return ok([]);
    const seed = Object.keys(SEEDED_ARTISTS).map(Number).find((id) => handle.toLowerCase().replace(/[^a-z0-9]/g, '').includes(artistName(id).toLowerCase().replace(/[^a-z0-9]/g, '')));
    const id = seed ?? 1 + (hashInt(`social:${handle}`) % 9_000_000);
    return ok([{ id, type: 'artist', name: artistName(id), image_url: image('artist', id) }]);
  },
};
