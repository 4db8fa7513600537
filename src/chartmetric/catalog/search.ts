/**
 * Chartmetric search: `/api/search` and `/api/search/social` (reference/chartmetric.md §3 "Search / reference",
 * §5.9, §6.21).
 *
 * Naming: the bare `/api/search` is `search.query` (a bare `search.get` would read oddly for a full-text
 * query); `/api/search/social` is `search.social`.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { anyId, optDate, optId, optNum, optStr, strList, textOrNumber } from './shared.js';

const DOCS = 'reference/chartmetric.md §3 (Search / reference)';

/** Search buckets (`type`), §5.9. */
export const SEARCH_TYPES = ['all', 'artists', 'tracks', 'playlists', 'curators', 'albums', 'stations', 'cities', 'songwriters'] as const;
/** Platforms of the beta engine (`platforms[]`, only with `beta: true`). */
export const SEARCH_PLATFORMS = ['cm', 'spotify', 'itunes', 'applemusic', 'deezer', 'amazon', 'youtube', 'tidal', 'soundcloud', 'acr'] as const;

export const search = defineFamily(() => {
  const hit = {
    id: optId(),
    name: optStr(),
    image_url: optStr(),
  };
  const playlistHit = s.obj({
    ...hit,
    /** Abbreviated on Spotify (`"4.2M"`), a number elsewhere (§6.5). */
    followers: s.opt(s.numOrText()),
    num_track: optNum(),
    likes: optNum(),
    /** A name, or a numeric user id on SoundCloud. */
    owner_name: textOrNumber(),
    owner_id: optId(),
  });
  const byPlatform = <T extends s.Schema>(item: T) => s.opt(s.rec(s.arr(item)));

  /** Default-engine result: one array (or per-platform map) per bucket; `type` narrows to one bucket. */
  const buckets = {
    artists: s.opt(
      s.arr(s.obj({ ...hit, isni: optStr(), verified: s.opt(s.bool()), code2: optStr(), sp_followers: optNum(), sp_monthly_listeners: optNum(), cm_artist_score: optNum() })),
    ),
    tracks: s.opt(
      s.arr(
        s.obj({
          ...hit,
          cm_track: optNum(),
          isrc: optStr(),
          artist_names: strList(),
          artist: s.opt(s.arr(s.obj({ id: optNum(), name: optStr() }))),
          album: s.opt(s.arr(s.obj({ id: optNum(), name: optStr(), release_date: optDate() }))),
        }),
      ),
    ),
    albums: s.opt(s.arr(s.obj({ ...hit, label: optStr(), release_date: optDate(), upc: optStr() }))),
    playlists: byPlatform(playlistHit),
    curators: byPlatform(s.obj({ ...hit })),
    stations: s.opt(s.arr(s.obj({ ...hit }))),
    labels: s.opt(s.arr(s.obj({ ...hit }))),
    cities: s.opt(
      s.arr(s.obj({ ...hit, name_ascii: optStr(), population: optNum(), country: optStr(), code2: optStr(), province: optStr(), trigger_city: s.opt(s.bool()) })),
    ),
    songwriters: s.opt(s.arr(s.obj({ ...hit, doc_id: optNum(), artistName: optStr() }))),
  };

  /** Beta-engine result: `suggestions[]` in camelCase (`imageUrl`), §6.21. */
  const suggestion = s.obj({
    /** Relevance; community advice: treat `< 1` as no match. */
    match_strength: optNum(),
    target: s.opt(s.openEnum(['artist', 'track', 'album', 'playlist', 'curator', 'station', 'city', 'songwriter'])),
    platform: optStr(),
    id: optId(),
    name: optStr(),
    imageUrl: optStr(),
  });

  return {
    /**
     * Full-text search (a DSP URL works as `q` too). Default engine: buckets keyed by type (playlists and
     * curators nested by platform). `beta: true`: `{suggestions[]}`; `platforms` only with `beta: true`.
     */
    query: defineEndpoint({
      id: 'search.query',
      method: 'GET',
      path: '/api/search',
      query: {
        q: p.text(),
        type: p.optional(p.oneOf(SEARCH_TYPES)),
        beta: p.optional(p.bool()),
        triggerCitiesOnly: p.optional(p.bool()),
        platforms: p.optional(p.list(p.oneOf(SEARCH_PLATFORMS), { min: 1 })),
        limit: p.optional(p.int({ min: 1 })),
        offset: p.optional(p.int({ min: 0 })),
      },
      wire: { triggerCitiesOnly: 'triggerCitiesOnly' },
      checks: [(q) => (q.platforms !== undefined && q.beta !== true ? '`platforms` only applies with `beta: true` (the newer search engine)' : undefined)],
      response: s.obj({ ...buckets, suggestions: s.opt(s.arr(suggestion)), idDetected: s.opt(s.bool()) }),
      summary: 'Search artists, tracks, albums, playlists, curators, stations, cities and songwriters (or beta suggestions).',
      docs: `${DOCS}, §5.9, §6.21`,
    }),

    /** Resolve a social-profile URL (Instagram, TikTok…) to Chartmetric entities. Unreliable for DSP links: use `artists.getIds`. */
    social: defineEndpoint({
      id: 'search.social',
      method: 'GET',
      path: '/api/search/social',
      query: {
        url: p.str({ pattern: /^https?:\/\/\S+$/, expected: `a profile URL such as 'https://www.instagram.com/taylorswift/'` }),
        type: p.optional(p.oneOf(['all', 'artists', 'curators', 'radio', 'siriusxm', 'songwriters'])),
      },
      response: s.arr(s.obj({ id: anyId(), type: optStr(), name: optStr(), image_url: optStr() })),
      summary: 'Entities ({id, type, name, image_url}) behind a social-profile URL.',
      docs: `${DOCS}, §5.9`,
    }),
  };
});
