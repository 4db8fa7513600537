/**
 * Soundcharts discovery: ranked, filterable lists of artists, songs, playlists, radios, festivals,
 * venues and collaborators (reference/soundcharts.md §3, with §2.4–2.5 and §2.8–2.11 for the paths).
 *
 * Every discovery call is `POST /api/v2/top/<entity>` with paging in the QUERY (`offset`, `limit`
 * ≤ 100, `cursor`) and `{sort, filters}` in the JSON body. Offset paging stops at 50,000 rows; past
 * that the list continues with `page.cursor` (offset reset to 0), which `for await` follows by
 * itself (src/soundcharts/paging.ts, help-centre "How do cursors work").
 *
 * Body typing: `sort` lists the documented fields and keeps unknown ones (loose), because the sort
 * grammar grows with each platform; `filters` is a list of `{type, data}` whose `data` grammar was
 * never captured completely (§3), so `data` is an open object.
 * Without a body the API applies its default sort (the official SDK sends e.g.
 * `{sort: {platform: 'spotify', metricType: 'followers', period: 'month', sortBy: 'total', order: 'desc'}}`).
 */
import * as z from 'zod/mini';
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import {
  PLAYLIST_PLATFORMS, artistRef, countryCode, festivalRef, genres, ident, metricLine, paging, playlistRef, radioRef, songRef, sortOrder,
  topRelated, venueRef,
} from './shared.js';

const DOCS = 'reference/soundcharts.md §3 (discovery request bodies)';

// ---------------------------------------------------------------- request bodies

const METRIC_PLATFORMS = [
  'soundcharts', 'spotify', 'instagram', 'tiktok', 'youtube', 'x', 'facebook', 'deezer', 'pandora', 'yandex',
  'kugou', 'airplay', 'tidal', 'ticketmaster', 'shazam', 'soundcloud', 'jiosaavn', 'boomplay',
] as const;
const METRIC_TYPES = [
  'score', 'followers', 'subscribers', 'monthly_listeners', 'views', 'plays', 'popularity', 'rating', 'likes',
  'posts', 'following', 'streams', 'fans', 'favorites', 'reach', 'capacity',
] as const;
const SORT_HELP = 'a sort object such as {platform: "spotify", metricType: "followers", period: "month", sortBy: "total", order: "desc"}';

export const top = defineFamily(() => {
  /** Fields of a metric sort: rank by a platform metric, by its total or its change over a period. */
  const metricSortShape = {
    platform: p.optional(p.oneOf(METRIC_PLATFORMS)),
    metricType: p.optional(p.oneOf(METRIC_TYPES)),
    period: p.optional(p.oneOf(['week', 'month', 'quarter'])),
    sortBy: p.optional(p.oneOf(['total', 'volume', 'percent'])),
    order: p.optional(sortOrder()),
  };
  /** `sort` of artists, songs, radios, festivals and collaborators. */
  const metricSort = z.looseObject(metricSortShape, { error: `expected ${SORT_HELP}` });
  /** `sort` of playlists: `type` picks metric, 28-day adds, track count or last update (required by the docs). */
  const playlistSort = z.looseObject(
    { type: p.oneOf(['metric', '28DayAdds', 'trackCount', 'lastUpdated']), ...metricSortShape },
    { error: `expected a playlist sort object with type 'metric' | '28DayAdds' | 'trackCount' | 'lastUpdated'` },
  );
  /** `sort` of venues: `type` picks metric, capacity or name. */
  const venueSort = z.looseObject(
    { type: p.optional(p.oneOf(['metric', 'capacity', 'name'])), ...metricSortShape },
    { error: `expected a venue sort object with type 'metric' | 'capacity' | 'name'` },
  );
  /** One filter: `{type, data}`, e.g. `{type: 'metric', data: {platform, metricType, min, max}}`. */
  const filter = z.looseObject(
    { type: p.oneOf(['metric']), data: p.optional(p.object()) },
    { error: `expected a filter object {type: 'metric', data: {…}}` },
  );
  const filters = p.optional(p.list(filter, { expected: 'a list of filter objects {type, data}' }));

  /** Query of every discovery call. */
  const discoveryQuery = { ...paging(), cursor: p.optional(p.str({ min: 1, expected: 'the page.cursor value of a previous page' })) };

  // ---------------------------------------------------------------- response items

  const metrics = s.opt(s.arr(metricLine()));
  const artistTop = s.obj({
    uuid: s.opt(s.str()),
    slug: s.opt(s.str()),
    name: s.opt(s.str()),
    appUrl: s.opt(s.str()),
    imageUrl: s.opt(s.str()),
    countryCode: s.opt(s.str()),
    genres: genres(),
    careerStage: s.opt(s.str()),
    growthLevel: s.opt(s.str()),
  });

  return {
    /** Ranked and filtered artists, globally, by country (`countryCode`) or by city (`cityKey`). */
    artists: defineEndpoint({
      id: 'top.artists',
      method: 'POST',
      // A read-only query in a POST body: safe to resend after a dropped connection.
      idempotent: true,
      path: '/api/v2/top/artists',
      query: { ...discoveryQuery, countryCode: p.optional(countryCode()), cityKey: p.optional(ident()) },
      body: { sort: p.optional(metricSort), filters },
      ...soundchartsList(
        s.obj({ artist: s.opt(artistTop), social: metrics, streaming: metrics, popularity: metrics, score: metrics, retention: metrics, custom: metrics }),
        { related: topRelated(), cursor: true },
      ),
      summary: 'Artists ranked by a platform metric `{artist, social[], streaming[]…}`; cursor past 50,000 rows.',
      docs: DOCS,
    }),

    /** Ranked and filtered songs (audio features usable as filters since 2.46.1). */
    songs: defineEndpoint({
      id: 'top.songs',
      method: 'POST',
      // A read-only query in a POST body: safe to resend after a dropped connection.
      idempotent: true,
      path: '/api/v2/top/songs',
      query: { ...discoveryQuery },
      body: { sort: p.optional(metricSort), filters },
      ...soundchartsList(
        s.obj({ song: s.opt(s.obj({ ...songRef().shape, artists: s.opt(s.arr(artistRef())), genres: genres() })), audience: metrics, popularity: metrics, streaming: metrics, score: metrics }),
        { related: topRelated(), cursor: true },
      ),
      summary: 'Songs ranked by a platform metric `{song, audience[], popularity[]…}`; cursor past 50,000 rows.',
      docs: DOCS,
    }),

    /** Ranked and filtered playlists of one platform. */
    playlists: defineEndpoint({
      id: 'top.playlists',
      method: 'POST',
      // A read-only query in a POST body: safe to resend after a dropped connection.
      idempotent: true,
      path: '/api/v2/top/playlists/{platform}',
      pathParams: { platform: p.oneOf(PLAYLIST_PLATFORMS) },
      query: { ...discoveryQuery },
      body: { sort: p.optional(playlistSort), filters },
      ...soundchartsList(
        s.obj({
          playlist: s.opt(
            s.obj({
              ...playlistRef().shape,
              ownerName: s.opt(s.str()),
              trackAge: s.opt(s.numOrText()),
              trackAddedPercent: s.opt(s.num()),
              genres: genres(),
            }),
          ),
          audience: metrics,
        }),
        { related: topRelated(), cursor: true },
      ),
      summary: 'Playlists of a platform ranked by audience, 28-day adds, track count or last update; cursor past 50,000 rows.',
      docs: DOCS,
    }),

    /** Ranked and filtered radio stations. */
    radios: defineEndpoint({
      id: 'top.radios',
      method: 'POST',
      // A read-only query in a POST body: safe to resend after a dropped connection.
      idempotent: true,
      path: '/api/v2/top/radios',
      query: { ...discoveryQuery },
      body: { sort: p.optional(metricSort), filters },
      ...soundchartsList(
        s.obj({ radio: s.opt(s.obj({ ...radioRef().shape, genres: genres(), trackAge: s.opt(s.numOrText()) })), social: metrics, custom: metrics }),
        { related: topRelated(), cursor: true },
      ),
      summary: 'Radio stations ranked by reach or social metrics `{radio, social[], custom[]}`.',
      docs: DOCS,
    }),

    /** Ranked and filtered festivals. */
    festivals: defineEndpoint({
      id: 'top.festivals',
      method: 'POST',
      // A read-only query in a POST body: safe to resend after a dropped connection.
      idempotent: true,
      path: '/api/v2/top/festivals',
      query: { ...discoveryQuery },
      body: { sort: p.optional(metricSort), filters },
      ...soundchartsList(s.obj({ festival: s.opt(festivalRef()), social: metrics, streaming: metrics, custom: metrics }), {
        related: topRelated(),
        cursor: true,
      }),
      summary: 'Festivals ranked by score, social metrics, capacity or name.',
      docs: DOCS,
    }),

    /** Ranked and filtered venues. */
    venues: defineEndpoint({
      id: 'top.venues',
      method: 'POST',
      // A read-only query in a POST body: safe to resend after a dropped connection.
      idempotent: true,
      path: '/api/v2/top/venues',
      query: { ...discoveryQuery },
      body: { sort: p.optional(venueSort), filters },
      ...soundchartsList(s.obj({ venue: s.opt(venueRef()), social: metrics, streaming: metrics, custom: metrics }), {
        related: topRelated(),
        cursor: true,
      }),
      summary: 'Venues `{venue, social[], streaming[]}` ranked by a metric, capacity or name; cursor past 50,000 rows.',
      docs: DOCS,
    }),

    /**
     * Ranked and filtered collaborators, optionally for one `role`. Path and params from the official
     * SDK 1.3 (`collaborator.get_collaborators`); no docs page was seen (§2.11).
     */
    collaborators: defineEndpoint({
      id: 'top.collaborators',
      method: 'POST',
      // A read-only query in a POST body: safe to resend after a dropped connection.
      idempotent: true,
      path: '/api/v2/top/collaborators',
      query: { role: p.optional(p.oneOf(['composer', 'lyricist', 'producer', 'songwriter', 'arranger', 'engineer', 'mixer'])), ...discoveryQuery },
      body: { sort: p.optional(metricSort), filters },
      ...soundchartsList(
        s.obj({
          collaborator: s.opt(s.obj({ uuid: s.opt(s.str()), name: s.opt(s.str()), imageUrl: s.opt(s.str()), roles: s.opt(s.arr(s.json())) })),
          social: metrics,
          streaming: metrics,
          custom: metrics,
        }),
        { related: topRelated(), cursor: true },
      ),
      summary: 'Collaborators ranked by a metric, optionally for one role.',
      docs: DOCS,
    }),
  };
});
