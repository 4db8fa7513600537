/**
 * Soundcharts playlists (reference/soundcharts.md §2.8): metadata, curators, playlists by curator
 * or type, audience, and tracklistings (latest or for a date).
 *
 * Naming: `/playlist/{uuid}` → `get`; `/playlist/{uuid}/tracks/latest` → `tracksLatest`;
 * `/playlist/{uuid}/tracks/{datetime}` → `tracks`. Discovery (`POST /api/v2/top/playlists/{platform}`)
 * is `top.playlists`; `/playlist/platforms` and `/playlist/search/{term}` (§2.2–2.3) are
 * `referential.playlistPlatforms` (referential.ts) and `search.playlists` (search.ts).
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import {
  PLAYLIST_PLATFORMS, countryCode, datesInOrder, genres, ident, owner, paging, period, playlistRef, point, songRef, sortOrder,
} from './shared.js';

const DOCS = 'reference/soundcharts.md §2.8 (Playlist)';

/** Playlist types (help-centre list); `all` is accepted where the docs list it. */
const PLAYLIST_TYPES = ['editorial', 'algorithmic', 'algotorial', 'major', 'charts', 'curators_listeners', 'radios', 'this_is'] as const;

export const playlists = defineFamily(() => {
  /** Full playlist metadata (v2.8). `countryCode` is `""` for global playlists. */
  const playlist = s.obj({
    uuid: s.opt(s.str()),
    name: s.opt(s.str()),
    description: s.opt(s.str()),
    identifier: s.opt(s.str()),
    platform: s.opt(s.str()),
    countryCode: s.opt(s.str()),
    owner: s.opt(owner()),
    latestCrawlDate: s.opt(s.date()),
    latestTrackCount: s.opt(s.num()),
    latestSubscriberCount: s.opt(s.num()),
    type: s.opt(s.str()),
    /** Refresh cadence as text (`daily`, `multiple`…). */
    refreshed: s.opt(s.str()),
    availableCountryCodes: s.opt(s.arr(s.str())),
    genres: genres(),
    trackAge: s.opt(s.numOrText()),
    trackAddedPercent: s.opt(s.num()),
    appUrl: s.opt(s.str()),
    imageUrl: s.opt(s.str()),
  });

  /** A line of a tracklisting. */
  const track = s.obj({
    position: s.opt(s.num()),
    song: s.opt(songRef()),
    entryDate: s.opt(s.date()),
    exitDate: s.opt(s.date()),
  });
  const tracklisting = s.obj({ playlist: s.opt(playlistRef()), date: s.opt(s.date()) });

  /**
   * apple-music and amazon playlists exist per storefront: `countryCode` is required for them — on
   * `by-platform` only, where reference/soundcharts.md §2 (playlists) states it. The lists by curator and
   * by type document `countryCode` as an ordinary optional filter, so they are sent without it too.
   */
  const storefrontCountry = (params: Record<string, unknown>): string | undefined =>
    (params.platform === 'apple-music' || params.platform === 'amazon') && params.countryCode === undefined
      ? `countryCode is required for ${String(params.platform)} playlists (a 2-letter storefront code such as 'US')`
      : undefined;

  /** Query of the playlist lists (by curator, by type): optional storefront country, paging and sort. */
  const playlistListQuery = {
    countryCode: p.optional(countryCode()),
    ...paging(),
    sortBy: p.optional(p.oneOf(['audience', 'name'])),
    sortOrder: p.optional(sortOrder()),
  };

  return {
    /** Playlist metadata by Soundcharts UUID. */
    get: defineEndpoint({
      id: 'playlists.get',
      method: 'GET',
      path: '/api/v2.8/playlist/{uuid}',
      pathParams: { uuid: p.uuid() },
      response: playlist,
      summary: 'Playlist metadata (owner, follower and track counts, type, refresh cadence, countries).',
      docs: DOCS,
    }),

    /** Playlist metadata by platform id; `countryCode` is required for apple-music and amazon. */
    byPlatform: defineEndpoint({
      id: 'playlists.byPlatform',
      method: 'GET',
      path: '/api/v2.8/playlist/by-platform/{platform}/{identifier}',
      pathParams: { platform: p.oneOf(PLAYLIST_PLATFORMS), identifier: ident() },
      query: { countryCode: p.optional(countryCode()) },
      checks: [storefrontCountry],
      response: playlist,
      summary: 'Playlist metadata by platform id; 404 when unknown (not charged).',
      docs: DOCS,
    }),

    /** Playlist owners (curators) of a platform. */
    curators: defineEndpoint({
      id: 'playlists.curators',
      method: 'GET',
      path: '/api/v2/playlist/curators/{platform}',
      pathParams: { platform: p.oneOf(PLAYLIST_PLATFORMS) },
      query: { ...paging() },
      ...soundchartsList(owner()),
      summary: 'Curators `{name, identifier}` of a platform; max 100 per page.',
      docs: DOCS,
    }),

    /** Playlists of one curator. */
    byCurator: defineEndpoint({
      id: 'playlists.byCurator',
      method: 'GET',
      path: '/api/v2.20/playlist/by-curator/{platform}/{curatorIdentifier}',
      pathParams: { platform: p.oneOf(PLAYLIST_PLATFORMS), curatorIdentifier: ident() },
      query: playlistListQuery,
      ...soundchartsList(playlistRef(), { related: owner() }),
      summary: 'Playlists of a curator; related = the curator; max 100 per page.',
      docs: DOCS,
    }),

    /** Playlists of one type (editorial, algorithmic, charts…) on a platform. */
    byType: defineEndpoint({
      id: 'playlists.byType',
      method: 'GET',
      path: '/api/v2.20/playlist/by-type/{platform}/{type}',
      pathParams: { platform: p.oneOf(PLAYLIST_PLATFORMS), type: p.oneOf(PLAYLIST_TYPES) },
      query: playlistListQuery,
      ...soundchartsList(playlistRef()),
      summary: 'Playlists of a type on a platform; max 100 per page.',
      docs: DOCS,
    }),

    /** Follower/like/view counts of a playlist over time (`latestSubscriberCount` history). */
    audience: defineEndpoint({
      id: 'playlists.audience',
      method: 'GET',
      path: '/api/v2.20/playlist/{uuid}/audience',
      pathParams: { uuid: p.uuid() },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(point(), { related: playlistRef() }),
      summary: 'Playlist audience series `{date, value}`, newest first; related = the playlist; 400 invalid period.',
      docs: DOCS,
    }),

    /** Latest tracklisting of a playlist. */
    tracksLatest: defineEndpoint({
      id: 'playlists.tracksLatest',
      method: 'GET',
      path: '/api/v2.20/playlist/{uuid}/tracks/latest',
      pathParams: { uuid: p.uuid() },
      query: { ...paging() },
      ...soundchartsList(track, { related: tracklisting }),
      summary: 'Latest tracklisting `{position, song, entryDate}`; related = `{playlist, date}`.',
      docs: DOCS,
    }),

    /**
     * Dates (ATOM) with a stored tracklisting, in the `period` days before `endDate`
     * (the docs define `endDate` + `period`, max 90; not `startDate`).
     */
    availableTracklistings: defineEndpoint({
      id: 'playlists.availableTracklistings',
      method: 'GET',
      path: '/api/v2.20/playlist/{uuid}/available-tracklistings',
      pathParams: { uuid: p.uuid() },
      query: { endDate: p.optional(p.date()), period: p.optional(p.int({ min: 1, max: 90 })), ...paging() },
      ...soundchartsList(s.date(), { related: playlistRef() }),
      summary: 'Tracklisting dates of a playlist (period ≤ 90 days before endDate); 400 invalid date.',
      docs: DOCS,
    }),

    /** Tracklisting of a playlist at one date (ATOM date-time from `availableTracklistings`). */
    tracks: defineEndpoint({
      id: 'playlists.tracks',
      method: 'GET',
      path: '/api/v2.20/playlist/{uuid}/tracks/{datetime}',
      pathParams: { uuid: p.uuid(), datetime: p.dateTime() },
      query: { ...paging() },
      ...soundchartsList(track, { related: tracklisting }),
      summary: 'Tracklisting of a playlist for a date; related = `{playlist, date}`.',
      docs: DOCS,
    }),
  };
});
