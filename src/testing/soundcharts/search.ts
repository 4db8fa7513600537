/**
 * The Soundcharts sandbox's `search` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/search.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import type { RouteHandlers } from '../types.js';
import {
  albumRef, albumsOf, allSongs, artistIdentifiers, artistRef, COUNTRIES, named, playlistRef, playlists, radioRef, radios, sandboxArtists, songRef,
  title, venues,
} from './artist-data.js';
import { badRequest, type Ctx, listOf, notFound } from './shared.js';

const collaborators = () => named('collaborator', 15, (rng) => ({ name: `${title(rng).split(' ')[0]} ${['Baird', 'Lowe', 'Hart', 'Kerr'][Math.floor(rng() * 4)]}`, roles: ['songwriter', 'producer'].slice(0, 1 + Math.floor(rng() * 2)), isni: null, ipi: null, imageUrl: null }));
const festivals = () => named('festival', 12, (rng, i) => { const [cc] = COUNTRIES[i % COUNTRIES.length]!; return { name: `${title(rng)} Festival`, countryCode: cc, cityName: null, imageUrl: null }; });
const labels = () => named('label', 10, (rng) => ({ name: `${title(rng)} Records`, type: rng() > 0.7 ? 'major' : 'independent', countryCode: 'US', imageUrl: null }));

const searchIn = <T>(ctx: Ctx, pool: readonly T[], name: (x: T) => string, map: (x: T) => unknown, extra?: (x: T, term: string) => boolean) => {
  const term = (ctx.params.term ?? '').toLowerCase().trim();
  if (!term) return badRequest('term', 'Invalid term: expected a non-empty search term.');
  const hits = pool.filter((x) => name(x).toLowerCase().includes(term) || (extra?.(x, term) ?? false));
  return listOf(ctx, hits.map(map), { max: 20, defaultLimit: 20 });
};

export const searchHandlers: RouteHandlers = {
  // §2.2 search
  'search.artists': (ctx) =>
    searchIn(ctx, sandboxArtists(), (a) => a.name, (a) => ({ ...artistRef(a), countryCode: a.countryCode, genres: a.genres, isni: a.isni, careerStage: a.careerStage, growthLevel: a.growthLevel }),
      (a, term) => artistIdentifiers(a).some((r) => r.identifier.toLowerCase() === term)),
  'search.songs': (ctx) => searchIn(ctx, allSongs(), (s) => s.name, songRef, (s, term) => s.isrc.toLowerCase() === term),
  'search.albums': (ctx) => searchIn(ctx, sandboxArtists().flatMap(albumsOf), (al) => al.name, albumRef),
  'search.collaborators': (ctx) => searchIn(ctx, collaborators(), (c) => c.name, (c) => c),
  'search.playlists': (ctx) => searchIn(ctx, playlists(), (pl) => pl.name, (pl) => playlistRef(pl, ctx.now)),
  'search.radios': (ctx) => searchIn(ctx, radios(), (r) => r.name, radioRef),
  'search.festivals': (ctx) => searchIn(ctx, festivals(), (f) => f.name, (f) => f),
  'search.venues': (ctx) => searchIn(ctx, venues(), (v) => v.name, (v) => ({ ...v, type: 'venue' })),
  'search.labels': (ctx) => searchIn(ctx, labels(), (l) => l.name, (l) => l),
  'search.externalUrl': (ctx) => {
    const raw = ctx.query.get('platformUrl');
    if (!raw) return badRequest('platformUrl', 'The platformUrl parameter is required.');
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return badRequest('platformUrl', 'Invalid platformUrl: expected a URL.');
    }
    const [kind, id] = url.pathname.split('/').filter(Boolean);
    if (kind === 'artist') {
      const a = sandboxArtists().find((x) => artistIdentifiers(x).some((r) => r.identifier === id));
      if (a) return { type: 'artist', url: `https://app.soundcharts.com/app/artist/${a.slug}/overview`, uuid: a.uuid, errors: [] };
    } else if (kind === 'track') {
      const s = allSongs().find((x) => x.spotifyId === id);
      if (s) return { type: 'song', url: `https://app.soundcharts.com/app/song/${s.uuid}/overview`, uuid: s.uuid, errors: [] };
    } else if (kind === 'playlist') {
      const pl = playlists().find((x) => x.identifier === id);
      if (pl) return { type: 'playlist', url: `https://app.soundcharts.com/app/playlist/${pl.uuid}/overview`, uuid: pl.uuid, errors: [] };
    }
    return notFound();
  },
};
