/**
 * Wire cases of Chartmetric `tracks`: `/api/track/...`.
 * Definitions: src/chartmetric/catalog/tracks.ts.
 * Reference: ../shared/reference/chartmetric.md §3 "Track" (params §4, version filters §5.7).
 * Sandbox fake: src/testing/chartmetric/tracks.ts, data in chart-data.ts.
 */
import { expect } from 'vitest';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, first, isNum } from './helpers.js';

type T = ChartmetricCatalog['tracks'];

export const cases: WireCase[] = [
  {
    id: 'tracks.get',
    args: [15678739],
    expect: { method: 'GET', path: '/api/track/15678739' },
    check: (r) => {
      const t = as<T['get']>(r);
      expect(t.id).toBe(15678739);
      // sp_streams arrives as a string.
      isNum(t.cm_statistics!.sp_streams);
    },
  },
  {
    id: 'tracks.playlists',
    args: [15711334, 'spotify', 'current', { editorial: true, newMusicFriday: true, indie: false, limit: 5, offset: 0, sortColumn: 'followers' }],
    expect: {
      method: 'GET',
      path: '/api/track/15711334/spotify/current/playlists',
      query: 'editorial=true&newMusicFriday=true&indie=false&limit=5&offset=0&sortColumn=followers',
    },
    check: (r) => {
      const page = first<T['playlists']>(r);
      expect(page.items).toHaveLength(5);
      expect(page.items[0]!.track?.cm_track).toBe(15711334);
      expect(page.items[0]!.playlist.removed_at).toBeUndefined();
    },
  },
  {
    id: 'tracks.playlistsSnapshot',
    args: [20614006, 'spotify', { date: '2025-05-20', limit: 10, offset: 20 }],
    expect: { method: 'GET', path: '/api/track/20614006/spotify/playlists/snapshot', query: 'date=2025-05-20&limit=10&offset=20' },
    check: (r) => expect(first<T['playlistsSnapshot']>(r).items).toHaveLength(3),
  },
  {
    id: 'tracks.stats',
    args: [15611361, 'spotify', 'most-history', { since: '2025-05-01', until: '2025-05-10', type: 'streams' }],
    expect: { method: 'GET', path: '/api/track/15611361/spotify/stats/most-history', query: 'since=2025-05-01&until=2025-05-10&type=streams' },
    check: (r) => {
      const [series] = as<T['stats']>(r);
      expect(series!.type).toBe('streams');
      expect(series!.data).toHaveLength(10);
      for (const pt of series!.data) isNum(pt.value);
    },
  },
  {
    id: 'tracks.stats',
    args: ['5hTpBe8h35rJ67eAWHQsJx', 'spotify', 'highest-playcounts', { isDomainId: true, latest: true, type: 'streams' }],
    expect: { method: 'GET', path: '/api/track/5hTpBe8h35rJ67eAWHQsJx/spotify/stats/highest-playcounts', query: 'isDomainId=true&latest=true&type=streams' },
    check: (r) => expect(as<T['stats']>(r)[0]!.data).toHaveLength(1),
  },
  {
    id: 'tracks.charts',
    args: [22290726, 'spotify_top_daily', { since: '2025-03-01', until: '2025-03-04' }],
    expect: { method: 'GET', path: '/api/track/22290726/spotify_top_daily/charts', query: 'since=2025-03-01&until=2025-03-04' },
    check: (r) => {
      const h = as<T['charts']>(r);
      expect(h.data).toHaveLength(4);
      expect(h.length).toBe(4);
      isNum(h.data[0]!.plays);
    },
  },
  {
    id: 'tracks.milestones',
    args: [83623687, { platforms: ['spotify', 'apple_music'], stars: [4, 5], grouped: true }],
    expect: { method: 'GET', path: '/api/track/83623687/milestones', query: 'platforms[]=spotify&platforms[]=apple_music&stars[]=4&stars[]=5&grouped=true' },
    check: (r) => {
      const page = first<T['milestones']>(r);
      for (const m of page.items) expect([4, 5]).toContain(m.stars);
      expect(page.data.count).toBe(page.items.length);
      isNum(page.items[0]?.group_size ?? 0);
    },
  },
  {
    id: 'tracks.relatedTracks',
    args: [31825757],
    expect: { method: 'GET', path: '/api/track/31825757/relatedTracks' },
    check: (r) => expect(as<T['relatedTracks']>(r)[0]!.is_erliest_cm_track).toBe(true),
  },
  {
    id: 'tracks.topVideos',
    args: [22290726, { type: 'likes', limit: 3 }],
    expect: { method: 'GET', path: '/api/track/22290726/topVideos', query: 'type=likes&limit=3' },
    check: (r) => expect(as<T['topVideos']>(r)).toHaveLength(3),
  },
  {
    id: 'tracks.videoTrends',
    args: ['7148203154732403973', { fromDaysAgo: 30 }],
    expect: { method: 'GET', path: '/api/track/7148203154732403973/video-trends', query: 'fromDaysAgo=30' },
    check: (r) => {
      const points = as<T['videoTrends']>(r);
      expect(Array.isArray(points) && points.length).toBe(31);
    },
  },
  {
    id: 'tracks.getIds',
    args: ['isrc', 'USUG12400054'],
    expect: { method: 'GET', path: '/api/track/isrc/USUG12400054/get-ids' },
    check: (r) => expect(as<T['getIds']>(r)[0]!.isrc).toBe('USUG12400054'),
  },
  {
    id: 'tracks.getIds',
    args: ['chartmetric', 13106618],
    expect: { method: 'GET', path: '/api/track/chartmetric/13106618/get-ids' },
    check: (r) => expect(as<T['getIds']>(r)[0]!.chartmetric_ids).toEqual([13106618]),
  },
  {
    id: 'tracks.listFilter',
    args: [
      {
        rangePeriod: 'monthly_diff',
        minSpotifyPlays: 1000000,
        maxTiktokPosts: 50000,
        genres: [462882, 462884],
        sortColumn: 'latest.spotify_plays',
        sortOrderDesc: false,
        limit: 10,
        minReleaseDate: new Date('2010-01-01T00:00:00Z'),
      },
    ],
    expect: {
      method: 'GET',
      path: '/api/track/list/filter',
      query:
        'range_period=monthly_diff&min_spotify_plays=1000000&max_tiktok_posts=50000&genres[]=462882&genres[]=462884&sortColumn=latest.spotify_plays&sortOrderDesc=false&limit=10&min_release_date=2010-01-01',
    },
    check: (r) => {
      const page = first<T['listFilter']>(r);
      expect(page.items).toHaveLength(10);
      isNum(page.items[0]!.latest!.spotify_playlist_total_reach);
    },
  },
  {
    id: 'tracks.youtubeTopShorts',
    args: [138071658, { limit: 10, type: 'views' }],
    expect: { method: 'GET', path: '/api/track/youtube/138071658/topShorts', query: 'limit=10&type=views' },
    check: (r) => {
      const shorts = as<T['youtubeTopShorts']>(r);
      expect(shorts.data).toHaveLength(10);
      expect(shorts.available_count).toBe(10);
    },
  },
];
