/**
 * Chartmetric playlist curators: `/api/curator/…` (reference/chartmetric.md §3 "Curator", §4, §5.2, §5.5).
 *
 * Names: `/api/curator/{platform}/{id}/` → `get`, `…/playlists` → `playlists`, `…/urls` → `urls`,
 * `/api/curator/{platform}/lists` → `lists`; `…/stat/{source}` → `stats` (not `stat`), to match
 * `artists.stats` for the same point shape.
 * `{id}` is the numeric Chartmetric curator id (there is no search-by-name route).
 *
 * Envelopes (§2.4): `lists` answers `{obj: [...], offset, total}` and `playlists` is documented as
 * `{total_length, length, data}` WITHOUT `obj`; both keep the whole body (`envelope: 'root'`), and
 * `playlists` also accepts the same page wrapped in `obj`.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import {
  camelWire, directoryPaging, idName, limitParam, numOrTextMap, offsetParam, offsetWindow, optBool, optDate, optId, optNum, optStr,
  playlistRow, statSeries, strList, upperCode2,
} from './shared.js';

const DOCS = 'reference/chartmetric.md §3 (Curator)';
const CURATOR_PLATFORMS = ['spotify', 'applemusic', 'deezer'] as const;

export const curators = defineFamily(() => {
  const curator = s.obj({
    id: s.num(),
    user_id: optId(),
    name: optStr(),
    image_url: optStr(),
    submithub_id: optId(),
    last_updated: optDate(),
    cm_statistics: numOrTextMap(),
    tags: s.opt(s.arr(idName())),
    instagram_followers: optNum(),
    soundcloud_followers: optNum(),
    facebook_fans: optNum(),
    facebook_followers: optNum(),
    youtube_views: optNum(),
    youtube_subscribers: optNum(),
    twitter_followers: optNum(),
    twitter_retweets: optNum(),
    tiktok_likes: optNum(),
    tiktok_followers: optNum(),
  });

  const playlistPage = s.obj({ total_length: optNum(), length: optNum(), data: s.arr(playlistRow()) });
  /** Documented without `obj`; accepted with it too (as the page, or as the bare list). */
  const curatorPlaylists = s.oneOf([playlistPage, s.obj({ obj: s.oneOf([playlistPage, s.arr(playlistRow())]) })]);
  type CuratorPlaylists = s.Infer<typeof curatorPlaylists>;
  type PlaylistPage = s.Infer<typeof playlistPage>;
  type PlaylistRow = PlaylistPage['data'][number];
  /** The page part of either form (`undefined` when `obj` is the bare list). */
  const pageOf = (d: CuratorPlaylists): PlaylistPage | undefined => {
    if (Array.isArray(d.data)) return d as PlaylistPage;
    const inner = (d as { obj?: unknown }).obj;
    return Array.isArray(inner) ? undefined : (inner as PlaylistPage);
  };
  const itemsOf = (d: CuratorPlaylists): readonly PlaylistRow[] => pageOf(d)?.data ?? ((d as { obj?: PlaylistRow[] }).obj ?? []);

  /** Object keyed by field (`followers`, `likes`…); which keys appear depends on `source` and `field` (§5.2). */
  const curatorStats = s.obj({
    link: optStr(),
    followers: statSeries(),
    popularity: statSeries(),
    listeners: statSeries(),
    followers_to_listeners_ratio: statSeries(),
    likes: statSeries(),
    talks: statSeries(),
    subscribers: statSeries(),
    views: statSeries(),
    videos: statSeries(),
    comments: statSeries(),
  });

  const curatorListItem = s.obj({
    position: optNum(),
    user_id: optId(),
    owner_id: optId(),
    owner_name: optStr(),
    url: optStr(),
    code2: optStr(),
    num_playlists: optNum(),
    sp_playlist_total_reach: optNum(),
    total_reach: optNum(),
    followers: optNum(),
    fdiff_month: optNum(),
    fdiff_percent_month: optNum(),
    tags: strList(),
    submithub_id: optId(),
    num_updates: optNum(),
    num_tracks_updated: optNum(),
    editorial: optBool(),
    major_label: optBool(),
    brand: optBool(),
    popular_indie: optBool(),
    indie: optBool(),
    audiobook: optBool(),
  });

  return {
    /** Curator profile with social counts. */
    get: defineEndpoint({
      id: 'curators.get',
      method: 'GET',
      path: '/api/curator/{platform}/{id}/',
      pathParams: { platform: p.oneOf(CURATOR_PLATFORMS), id: p.id() },
      response: curator,
      summary: 'Curator profile and social counts.',
      docs: DOCS,
    }),

    /**
     * A curator's playlists. The whole body is returned (`{total_length, length, data}`, `envelope: 'root'`).
     * Paginated, default 100; `total_length` (a numeric string) is the total.
     */
    playlists: defineEndpoint({
      id: 'curators.playlists',
      method: 'GET',
      path: '/api/curator/{platform}/{id}/playlists',
      pathParams: { platform: p.oneOf(CURATOR_PLATFORMS), id: p.id() },
      query: {
        limit: limitParam(),
        offset: offsetParam(),
        sortColumn: p.optional(p.oneOf(['last_updated', 'followers', 'num_track'])),
        sortOrderDesc: p.optional(p.bool()),
      },
      wire: camelWire('sortColumn', 'sortOrderDesc'),
      envelope: 'root',
      response: curatorPlaylists,
      paginate: { kind: 'offset', items: itemsOf, total: (d: CuratorPlaylists) => pageOf(d)?.total_length ?? undefined, defaultLimit: 100 },
      summary: "A curator's playlists ({total_length, length, data}).",
      docs: `${DOCS}, §2.4, §5.5`,
    }),

    /** Curator fan metrics from one source (§5.2); `since` defaults to 20 days ago. itunes and applemusic return the same data. */
    stats: defineEndpoint({
      id: 'curators.stats',
      method: 'GET',
      path: '/api/curator/{platform}/{id}/stat/{source}',
      pathParams: {
        platform: p.oneOf(['spotify', 'applemusic', 'itunes', 'deezer']),
        id: p.id(),
        source: p.oneOf(['spotify', 'facebook', 'twitter', 'youtube_channel', 'instagram', 'tiktok']),
      },
      query: {
        since: p.optional(p.date()),
        until: p.optional(p.date()),
        field: p.optional(p.oneOf(['followers', 'likes', 'talks', 'subscribers', 'views', 'videos'])),
        latest: p.optional(p.bool()),
        interpolated: p.optional(p.bool()),
      },
      response: curatorStats,
      summary: 'Curator fan-metric series keyed by field.',
      docs: `${DOCS}, §5.2`,
    }),

    /** Curator social URLs: `[{domain, url}]` (a single url string here, unlike artist urls). */
    urls: defineEndpoint({
      id: 'curators.urls',
      method: 'GET',
      path: '/api/curator/{platform}/{id}/urls',
      pathParams: { platform: p.oneOf(CURATOR_PLATFORMS), id: p.id() },
      response: s.arr(s.obj({ domain: optStr(), url: s.opt(s.oneOf([s.str(), s.arr(s.str())])) })),
      summary: 'Curator social URLs ([{domain, url}]).',
      docs: DOCS,
    }),

    /**
     * Curator directory. The whole body is returned (`{obj, offset, total}`, `envelope: 'root'`).
     * `limit` ≤ 100, `offset` ≤ 100000 and `offset + limit < 10000` — strictly less, as the reference
     * writes it for this list (chartmetric.md, curator lists row). Paginated, default 10.
     */
    lists: defineEndpoint({
      id: 'curators.lists',
      method: 'GET',
      path: '/api/curator/{platform}/lists',
      pathParams: { platform: p.oneOf(['spotify', 'applemusic', 'deezer', 'itunes', 'youtube', 'amazon']) },
      query: {
        offset: offsetParam(100000),
        limit: limitParam(100),
        sortColumn: p.optional(
          p.oneOf([
            'num_playlists', 'followers', 'num_updates', 'num_tracks_updated', 'fdiff_month', 'fdiff_percent_month', 'sp_playlist_total_reach',
            'total_reach', 'total_playlist_views', 'channel_views', 'channel_subscribers', 'total_playlists',
          ]),
        ),
        sortOrderDesc: p.optional(p.bool()),
        editorial: p.optional(p.bool()),
        majorLabel: p.optional(p.bool()),
        brand: p.optional(p.bool()),
        popularIndie: p.optional(p.bool()),
        indie: p.optional(p.bool()),
        audiobook: p.optional(p.bool()),
        withSocialUrls: p.optional(p.bool()),
        code2: p.optional(upperCode2()),
        shortlistIds: p.optional(p.list(p.int({ min: 1 }), { min: 1 })),
      },
      wire: camelWire('sortColumn', 'sortOrderDesc', 'majorLabel', 'popularIndie', 'withSocialUrls', 'shortlistIds'),
      checks: [offsetWindow(10000, 10, { strict: true })],
      envelope: 'root',
      response: s.obj({ obj: s.arr(curatorListItem), offset: optNum(), total: optNum() }),
      paginate: directoryPaging<s.Infer<typeof curatorListItem>>(9999),
      summary: 'Curator directory ({obj[], offset, total}); limit ≤ 100, offset + limit < 10000.',
      docs: `${DOCS}, §2.4, §5.5`,
    }),
  };
});
