/**
 * Wire cases for the Chartmetric catalog, part B (charts, tracks, playlists, albums, radio, curators).
 * Written by hand from reference/chartmetric.md §3/§4: the exact path (documented trailing slashes
 * kept: `/api/charts/deezer/`, `/api/charts/qq/`, `/api/curator/{platform}/{id}/`) and query the API
 * expects: `country_code` / `city_id` / `range_period` / `min_<stat>` in snake_case, `sortColumn`,
 * `sortOrderDesc`, `isDomainId`, `fromDaysAgo`, `withDetails`, `countryChart`, `dateFormat` and the
 * placement flags in camelCase, arrays as repeated `name[]=`, values percent-encoded. The checks run
 * on the typed result against the sandbox data (src/testing/chartmetric/chart-data.ts).
 */
import { expect } from 'vitest';
import type { ItemOf, ResultOf } from '../../../src/core/endpoint.js';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';

import type { WireCase } from '../../support/wire.js';

/** The catalog families these cases check. */
type Albums = ChartmetricCatalog['albums'];
type Charts = ChartmetricCatalog['charts'];
type Curators = ChartmetricCatalog['curators'];
type Playlists = ChartmetricCatalog['playlists'];
type Radio = ChartmetricCatalog['radio'];
type Tracks = ChartmetricCatalog['tracks'];

/** The typed result of a plain method. */
const as = <E>(r: unknown) => r as ResultOf<E>;
/** The first page of a paginated method. */
const first = <E>(r: unknown) => r as { items: ItemOf<E>[]; data: ResultOf<E> };
const isNum = (v: unknown) => expect(typeof v).toBe('number');

type C = Charts;
type T = Tracks;
type Al = Albums;
type P = Playlists;
type R = Radio;
type Cu = Curators;

/** Every new-format row is camelCase with a rank trend whose ranks arrive as strings. */
const newFormat = (r: unknown, size: number) => {
  const page = first<C['circleTrack']>(r);
  expect(page.items).toHaveLength(size);
  const row = page.items[0]!;
  isNum(row.rank);
  expect(row.createdAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  return row;
};

export const cases: WireCase[] = [
  // ------------------------------------------------------------------ charts
  {
    id: 'charts.spotify',
    args: [{ date: '2025-06-01', countryCode: 'US', type: 'regional', interval: 'daily' }],
    expect: { method: 'GET', path: '/api/charts/spotify', query: 'date=2025-06-01&country_code=US&type=regional&interval=daily' },
    check: (r) => {
      const chart = as<C['spotify']>(r);
      expect(chart.length).toBe(200);
      expect(chart.data).toHaveLength(200);
      expect(chart.data.map((e) => e.rank)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      // popularity, plays and time_on_chart arrive partly as strings: numbers after parsing (§6.5).
      for (const e of chart.data) {
        if (e.spotify_popularity != null) isNum(e.spotify_popularity);
        isNum(e.time_on_chart);
      }
      expect(chart.data[0]!.rankStats).toHaveLength(2);
      expect(chart.data[0]!.rank_stats).toBeUndefined();
    },
  },
  {
    id: 'charts.spotify',
    args: [{ countryCode: 'GLOBAL', type: 'viral', interval: 'weekly', latest: true }],
    expect: { method: 'GET', path: '/api/charts/spotify', query: 'country_code=GLOBAL&type=viral&interval=weekly&latest=true' },
    check: (r) => {
      const chart = as<C['spotify']>(r);
      expect(chart.data).toHaveLength(50);
      // Viral rows name the history `rank_stats` (§6.8); plays are dead on viral charts.
      expect(chart.data[0]!.rank_stats).toHaveLength(2);
      expect(chart.data[0]!.current_plays).toBeNull();
    },
  },
  {
    id: 'charts.spotify',
    args: [{ date: new Date('2025-06-05T00:00:00Z'), countryCode: 'GB', type: 'regional', interval: 'weekly', offset: 150 }],
    expect: { method: 'GET', path: '/api/charts/spotify', query: 'date=2025-06-05&country_code=GB&type=regional&interval=weekly&offset=150' },
    check: (r) => {
      const chart = as<C['spotify']>(r);
      expect(chart.data).toHaveLength(50);
      expect(chart.data[0]!.rank).toBe(151);
    },
  },
  {
    id: 'charts.spotifyArtists',
    args: [{ date: '2025-06-01', type: 'monthly_listeners', interval: 'monthly' }],
    expect: { method: 'GET', path: '/api/charts/spotify/artists', query: 'date=2025-06-01&type=monthly_listeners&interval=monthly' },
    check: (r) => {
      const chart = as<C['spotifyArtists']>(r);
      expect(chart.data).toHaveLength(200);
      expect(chart.data[0]!.rankStats![0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      isNum(chart.data[0]!.cm_artist);
    },
  },
  {
    id: 'charts.spotifyFreshfind',
    args: [{ date: '2025-06-05' }],
    expect: { method: 'GET', path: '/api/charts/spotify/freshfind', query: 'date=2025-06-05' },
    check: (r) => {
      const page = first<C['spotifyFreshfind']>(r);
      expect(page.items).toHaveLength(200);
      expect(page.items[0]!.fresh_finds_playlists).toEqual(['Fresh Finds']);
    },
  },
  {
    id: 'charts.applemusic',
    args: ['tracks', { countryCode: 'US', type: 'top', genre: 'Hip-Hop/Rap', date: '2025-06-01' }],
    expect: { method: 'GET', path: '/api/charts/applemusic/tracks', query: 'country_code=US&type=top&genre=Hip-Hop%2FRap&date=2025-06-01' },
    check: (r) => {
      const chart = as<C['applemusic']>(r);
      expect(chart.data).toHaveLength(100);
      expect(chart.data[0]!.genre).toBe('Hip-Hop/Rap');
    },
  },
  {
    id: 'charts.itunes',
    args: ['albums', { countryCode: 'JP', date: '2025-06-01', genre: 'R&B/Soul', offset: 50 }],
    expect: { method: 'GET', path: '/api/charts/itunes/albums', query: 'country_code=JP&date=2025-06-01&genre=R%26B%2FSoul&offset=50' },
    check: (r) => {
      const chart = as<C['itunes']>(r);
      expect(chart.data).toHaveLength(50);
      expect(chart.data[0]!.rank).toBe(51);
    },
  },
  {
    id: 'charts.amazon',
    args: ['tracks', { type: 'popular_track', genre: 'All Genres', code2: 'US', date: '2025-06-01' }],
    expect: { method: 'GET', path: '/api/charts/amazon/tracks', query: 'type=popular_track&genre=All%20Genres&code2=US&date=2025-06-01' },
    check: (r) => {
      const chart = as<C['amazon']>(r);
      expect(chart.data[0]!.id).toMatch(/^B0[A-Z0-9]{8}$/);
    },
  },
  {
    id: 'charts.deezer',
    args: [{ countryCode: 'FR', date: '2025-06-01' }],
    expect: { method: 'GET', path: '/api/charts/deezer/', query: 'country_code=FR&date=2025-06-01' },
    check: (r) => {
      const chart = as<C['deezer']>(r);
      expect(typeof chart.data[0]!.id).toBe('string');
      expect(chart.data[0]!.code2).toBe('FR');
    },
  },
  {
    // The published example request writes the date unpadded (`date=2019-3-18`): accepted, sent padded.
    id: 'charts.deezer',
    args: [{ countryCode: 'US', date: '2019-3-18' }],
    expect: { method: 'GET', path: '/api/charts/deezer/', query: 'country_code=US&date=2019-03-18' },
    check: (r) => expect(as<C['deezer']>(r).data[0]!.code2).toBe('US'),
  },
  {
    id: 'charts.shazam',
    args: [{ countryCode: 'US', city: 'San Francisco', genre: 'pop', latest: true }],
    expect: { method: 'GET', path: '/api/charts/shazam', query: 'country_code=US&city=San%20Francisco&genre=pop&latest=true' },
    check: (r) => isNum(as<C['shazam']>(r).data[0]!.num_of_shazams),
  },
  {
    id: 'charts.shazamCities',
    args: ['US'],
    expect: { method: 'GET', path: '/api/charts/shazam/US/cities' },
    check: (r) => {
      const c = as<C['shazamCities']>(r);
      expect(c.cities.length).toBe(c.length);
    },
  },
  {
    id: 'charts.beatport',
    args: [{ date: '2025-06-06', genre: 'tech-house' }],
    expect: { method: 'GET', path: '/api/charts/beatport', query: 'date=2025-06-06&genre=tech-house' },
    check: (r) => expect(as<C['beatport']>(r).data[0]!.genre).toBe('tech-house'),
  },
  {
    id: 'charts.qq',
    args: [{ date: new Date('2025-06-05T00:00:00Z') }],
    expect: { method: 'GET', path: '/api/charts/qq/', query: 'date=2025-06-05' },
    check: (r) => expect(as<C['qq']>(r).data).toHaveLength(100),
  },
  {
    id: 'charts.soundcloud',
    args: [{ countryCode: 'GLOBAL', date: '2019-02-01', kind: 'trending', genre: 'all-music', raw: false }],
    expect: { method: 'GET', path: '/api/charts/soundcloud', query: 'country_code=GLOBAL&date=2019-02-01&kind=trending&genre=all-music&raw=false' },
    check: (r) => {
      const row = as<C['soundcloud']>(r).data[0]!;
      isNum(row.playcount_all);
      // raw=false keeps the peak fields.
      isNum(row.peak_rank);
    },
  },
  {
    id: 'charts.soundcloudTrack',
    args: ['top', { code2: 'UK', genre: 'hip hop' }],
    expect: { method: 'GET', path: '/api/charts/soundcloud/track/top', query: 'code2=UK&genre=hip%20hop' },
    check: (r) => expect(newFormat(r, 100).country).toBe('UK'),
  },
  {
    id: 'charts.youtube',
    args: ['tracks', { countryCode: 'US', date: '2025-06-05' }],
    expect: { method: 'GET', path: '/api/charts/youtube/tracks', query: 'country_code=US&date=2025-06-05' },
    check: (r) => {
      const row = as<C['youtube']>(r).data[0]!;
      // YouTube rows carry `position`, not `rank`.
      expect(row.position).toBe(1);
      expect(row.rank).toBeUndefined();
    },
  },
  {
    id: 'charts.tiktok',
    args: ['users', { date: '2025-06-01', type: 'followers', interval: 'weekly', countryChart: true, code2: 'US', limit: 50 }],
    expect: { method: 'GET', path: '/api/charts/tiktok/users', query: 'date=2025-06-01&type=followers&interval=weekly&countryChart=true&code2=US&limit=50' },
    check: (r) => {
      const page = first<C['tiktok']>(r);
      expect(page.items).toHaveLength(50);
      expect(page.data.length).toBe(50);
    },
  },
  {
    id: 'charts.tiktokTracks',
    args: ['breakout', { code2: 'US', latest: true, limit: 1 }],
    expect: { method: 'GET', path: '/api/charts/tiktok/tracks/breakout', query: 'code2=US&latest=true&limit=1' },
    check: (r) => {
      const page = first<C['tiktokTracks']>(r);
      expect(page.items).toHaveLength(1);
      expect(page.items[0]!.rankTrend).toBeUndefined();
    },
  },
  {
    // As the documents' example request: no `limit` (optional, ≤ 500).
    id: 'charts.twitchUsers',
    args: [{ since: '2020-09-09', type: 'followers', duration: 'daily' }],
    expect: { method: 'GET', path: '/api/charts/twitch/users', query: 'since=2020-09-09&type=followers&duration=daily' },
    check: (r) => expect(as<C['twitchUsers']>(r).data).toHaveLength(100),
  },
  {
    id: 'charts.twitchUsers',
    args: [{ since: '2025-06-01', limit: 20, duration: 'daily', type: 'followers' }],
    expect: { method: 'GET', path: '/api/charts/twitch/users', query: 'since=2025-06-01&limit=20&duration=daily&type=followers' },
    check: (r) => {
      const chart = as<C['twitchUsers']>(r);
      expect(chart.data).toHaveLength(20);
      isNum(chart.data[0]!.followers);
    },
  },
  {
    id: 'charts.airplay',
    args: ['artists', { since: '2025-06-01', limit: 25, duration: 'weekly', countryCode: 'US' }],
    expect: { method: 'GET', path: '/api/charts/airplay/artists', query: 'since=2025-06-01&limit=25&duration=weekly&country_code=US' },
    check: (r) => {
      const chart = as<C['airplay']>(r);
      expect(chart.data).toHaveLength(25);
      isNum(chart.data[0]!.plays);
    },
  },
  {
    // As the documents' example request: no `limit` (optional, ≤ 500).
    id: 'charts.airplay',
    args: ['artists', { since: '2020-09-09', duration: 'daily' }],
    expect: { method: 'GET', path: '/api/charts/airplay/artists', query: 'since=2020-09-09&duration=daily' },
    check: (r) => expect(as<C['airplay']>(r).data).toHaveLength(100),
  },
  {
    id: 'charts.airplay',
    args: ['tracks', { latest: true, limit: 500, duration: 'daily' }],
    expect: { method: 'GET', path: '/api/charts/airplay/tracks', query: 'latest=true&limit=500&duration=daily' },
    check: (r) => expect(as<C['airplay']>(r).data[0]!.rank_stats).toHaveLength(2),
  },
  {
    id: 'charts.countries',
    args: ['airplay', { chartType: 'tracks', duration: 'weekly' }],
    expect: { method: 'GET', path: '/api/charts/airplay/countries', query: 'chart_type=tracks&duration=weekly' },
    check: (r) => expect(as<C['countries']>(r).countries).toContain('GLOBAL'),
  },
  {
    id: 'charts.dates',
    args: ['spotify_tracks', { fromDaysAgo: 28 }],
    expect: { method: 'GET', path: '/api/charts/spotify_tracks/dates', query: 'fromDaysAgo=28' },
    check: (r) => {
      const dates = as<C['dates']>(r);
      expect(dates).toHaveLength(28);
      expect(dates[0]!.timestp).toMatch(/T07:00:00\.000Z$/);
    },
  },
  {
    id: 'charts.cmScore',
    args: ['artist', 4904, 'spotify-top', { since: '2025-05-01', until: '2025-05-10' }],
    expect: { method: 'GET', path: '/api/charts/artist/4904/spotify-top/cm-score', query: 'since=2025-05-01&until=2025-05-10' },
    check: (r) => {
      const score = as<C['cmScore']>(r);
      expect(score.overall).toHaveLength(10);
      expect(score.overall[0]!.x).toBe('2025-05-01');
      expect(score.individual[0]!.data).toHaveLength(10);
    },
  },
  {
    id: 'charts.genres',
    args: ['soundcloud', { code2: 'UK' }],
    expect: { method: 'GET', path: '/api/charts/genres/soundcloud', query: 'code2=UK' },
    check: (r) => expect(as<C['genres']>(r)).toContain('hip hop'),
  },
  {
    id: 'charts.anghamiTrack',
    args: ['play', { genre: 'Arabic', date: '2025-07-06' }],
    expect: { method: 'GET', path: '/api/charts/anghami/track/play', query: 'genre=Arabic&date=2025-07-06' },
    check: (r) => expect(newFormat(r, 100).country).toBe('00'),
  },
  {
    id: 'charts.circleAlbum',
    args: ['top', { duration: 'weekly', date: '2025-06-22' }],
    expect: { method: 'GET', path: '/api/charts/circle/album/top', query: 'duration=weekly&date=2025-06-22' },
    check: (r) => expect(newFormat(r, 100).duration).toBe('weekly'),
  },
  {
    id: 'charts.circleTrack',
    args: ['global_k_pop', { duration: 'monthly', date: '2025-05-01', limit: 20, offset: 140 }],
    expect: { method: 'GET', path: '/api/charts/circle/track/global_k_pop', query: 'duration=monthly&date=2025-05-01&limit=20&offset=140' },
    // 150 rows: the page at offset 140 is short.
    check: (r) => expect(newFormat(r, 10).rank).toBe(141),
  },
  {
    id: 'charts.hanteoAlbum',
    args: ['world', { code2: 'JP', date: '2025-06-03' }],
    expect: { method: 'GET', path: '/api/charts/hanteo/album/world', query: 'code2=JP&date=2025-06-03' },
    check: (r) => newFormat(r, 100),
  },
  {
    id: 'charts.hanteoTrack',
    args: ['digital', { duration: 'daily', date: '2025-06-03' }],
    expect: { method: 'GET', path: '/api/charts/hanteo/track/digital', query: 'duration=daily&date=2025-06-03' },
    check: (r) => expect(newFormat(r, 100).album).toBeDefined(),
  },
  {
    id: 'charts.lineMusicAlbum',
    args: ['top', { duration: 'daily', date: '2025-06-03' }],
    expect: { method: 'GET', path: '/api/charts/line_music/album/top', query: 'duration=daily&date=2025-06-03' },
    check: (r) => expect(newFormat(r, 100).targetId).toMatch(/^LM/),
  },
  {
    id: 'charts.lineMusicTrack',
    args: ['top', { duration: 'weekly', genre: 'j-pop', date: '2025-06-03' }],
    expect: { method: 'GET', path: '/api/charts/line_music/track/top', query: 'duration=weekly&genre=j-pop&date=2025-06-03' },
    check: (r) => expect(newFormat(r, 100).genre).toBe('j-pop'),
  },
  {
    id: 'charts.melonTrack',
    args: ['general', { duration: 'daily', genre: 'All Genres', date: '2025-06-01' }],
    expect: { method: 'GET', path: '/api/charts/melon/track/general', query: 'duration=daily&genre=All%20Genres&date=2025-06-01' },
    check: (r) => {
      const row = newFormat(r, 100);
      // rankTrend ranks arrive as strings.
      isNum(row.rankTrend![0]!.rank);
    },
  },
  {
    id: 'charts.pandoraTrack',
    args: ['top_spins', { latest: true }],
    expect: { method: 'GET', path: '/api/charts/pandora/track/top_spins', query: 'latest=true' },
    check: (r) => newFormat(r, 100),
  },

  // ------------------------------------------------------------------ tracks
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

  // ------------------------------------------------------------------ albums
  {
    id: 'albums.get',
    args: [815685],
    expect: { method: 'GET', path: '/api/album/815685' },
    check: (r) => {
      const a = as<Al['get']>(r);
      expect(a.cm_album).toBe(815685);
      isNum(a.num_track);
    },
  },
  {
    id: 'albums.stats',
    args: [6382276, 'spotify', 'followers', { since: '2025-05-01', until: '2025-05-04' }],
    expect: { method: 'GET', path: '/api/album/6382276/spotify/followers', query: 'since=2025-05-01&until=2025-05-04' },
    check: (r) => expect(as<Al['stats']>(r)).toHaveLength(4),
  },
  {
    id: 'albums.playlists',
    args: [5449730, 'spotify', 'past', { editorial: true, personalized: true, limit: 20 }],
    expect: { method: 'GET', path: '/api/album/5449730/spotify/past/playlists', query: 'editorial=true&personalized=true&limit=20' },
    check: (r) => {
      const page = first<Al['playlists']>(r);
      expect(page.items).toHaveLength(20);
      expect(page.items[0]!.playlist.removed_at).toMatch(/Z$/);
    },
  },
  {
    id: 'albums.charts',
    args: [3533190, 'applemusic', { since: '2025-03-01', until: '2025-03-04' }],
    expect: { method: 'GET', path: '/api/album/3533190/applemusic/charts', query: 'since=2025-03-01&until=2025-03-04' },
    check: (r) => {
      const h = as<Al['charts']>(r);
      expect(h.data).toHaveLength(4);
      isNum(h.data[0]!.num_track);
    },
  },
  {
    id: 'albums.tracks',
    args: [3533190],
    expect: { method: 'GET', path: '/api/album/3533190/tracks' },
    check: (r) => expect(as<Al['tracks']>(r).length).toBeGreaterThanOrEqual(6),
  },
  {
    id: 'albums.getIds',
    args: ['upc', '00602445790128'],
    expect: { method: 'GET', path: '/api/album/upc/00602445790128/get-ids' },
    // UPCs keep their leading zeros (ids are kept as sent, never coerced to numbers).
    check: (r) => expect(as<Al['getIds']>(r)[0]!.upc).toBe('00602445790128'),
  },

  // ------------------------------------------------------------------ playlists
  {
    id: 'playlists.get',
    args: ['spotify', 179228],
    expect: { method: 'GET', path: '/api/playlist/spotify/179228' },
    check: (r) => {
      const pl = as<P['get']>(r);
      expect(pl.id).toBe(179228);
      isNum(pl.num_track);
    },
  },
  {
    id: 'playlists.get',
    args: ['applemusic', 1645080, { storefront: 'us' }],
    expect: { method: 'GET', path: '/api/playlist/applemusic/1645080', query: 'storefront=us' },
  },
  {
    // itunes and amazon need a storefront (checked before sending).
    id: 'playlists.tracks',
    args: ['itunes', 1645080, 'current', { storefront: 'gb', limit: 5 }],
    expect: { method: 'GET', path: '/api/playlist/itunes/1645080/current/tracks', query: 'storefront=gb&limit=5' },
    check: (r) => expect(first<P['tracks']>(r).items).toHaveLength(5),
  },
  {
    id: 'playlists.tracks',
    args: ['spotify', 179228, 'current', { limit: 20, withDetails: false }],
    expect: { method: 'GET', path: '/api/playlist/spotify/179228/current/tracks', query: 'limit=20&withDetails=false' },
    check: (r) => {
      const page = first<P['tracks']>(r);
      expect(page.items).toHaveLength(20);
      expect(page.items[0]!.position).toBe(1);
      expect(page.items[0]!.audio_features).toBeUndefined();
    },
  },
  {
    id: 'playlists.journeyProgression',
    args: ['deezer', '1189520191', 'journey', { sortColumn: 'followers', limit: 10 }],
    expect: { method: 'GET', path: '/api/playlist/deezer/1189520191/journey-progression/journey', query: 'sortColumn=followers&limit=10' },
    check: (r) => {
      const page = first<P['journeyProgression']>(r);
      expect(page.data.total).toBe(24);
      expect(page.items).toHaveLength(10);
    },
  },
  {
    id: 'playlists.snapshot',
    args: ['spotify', 179228, { date: '2025-05-01' }],
    expect: { method: 'GET', path: '/api/playlist/spotify/179228/snapshot', query: 'date=2025-05-01' },
    check: (r) => expect(as<P['snapshot']>(r)[0]!.position).toBe(1),
  },
  {
    id: 'playlists.stats',
    args: ['spotify', 1645080, { since: '2025-05-01', until: '2025-05-07' }],
    expect: { method: 'GET', path: '/api/playlist/spotify/1645080/stats', query: 'since=2025-05-01&until=2025-05-07' },
    check: (r) => {
      const pts = as<P['stats']>(r);
      expect(pts).toHaveLength(7);
      // `Date.toDateString()` stamps (§6.4).
      expect(pts[0]!.timestp).toBe('Thu May 01 2025');
    },
  },
  {
    id: 'playlists.updated',
    args: ['deezer', '1189520191'],
    expect: { method: 'GET', path: '/api/playlist/deezer/1189520191/updated' },
    check: (r) => expect(as<P['updated']>(r).last_added).toMatch(/^\d{4}-\d{2}-\d{2}T/),
  },
  {
    // The 10,000-row window is spotify's and itunes' only: a deezer list is read past it.
    id: 'playlists.lists',
    args: ['deezer', { limit: 100, offset: 12_000 }],
    expect: { method: 'GET', path: '/api/playlist/deezer/lists', query: 'limit=100&offset=12000' },
    check: (r) => {
      const page = first<P['lists']>(r);
      expect(page.items).toHaveLength(100);
      expect(page.items[0]!.position).toBe(12_001);
    },
  },
  {
    id: 'playlists.lists',
    args: ['spotify', { sortColumn: 'followers', limit: 5, offset: 0, editorial: true, code2: 'US' }],
    expect: { method: 'GET', path: '/api/playlist/spotify/lists', query: 'sortColumn=followers&limit=5&offset=0&editorial=true&code2=US' },
    check: (r) => {
      const page = first<P['lists']>(r);
      expect(page.items).toHaveLength(5);
      expect(page.data.total).toBe(1_436_332);
      expect(page.data.offset).toBe(0);
      expect(page.items[0]!.position).toBe(1);
    },
  },
  {
    id: 'playlists.evolution',
    args: ['artist', 5408, { since: '2025-05-01', until: '2025-05-03' }],
    expect: { method: 'GET', path: '/api/playlist/by/artist/5408/evolution', query: 'since=2025-05-01&until=2025-05-03' },
    check: (r) => {
      const evo = as<P['evolution']>(r);
      expect(evo.spotify).toHaveLength(3);
      expect(evo.itunes![0]!.playlist_total_reach).toBeNull();
    },
  },
  {
    id: 'playlists.playlistEvolution',
    args: ['artist', 5408, { since: '2025-05-01', until: '2025-05-03' }],
    expect: { method: 'GET', path: '/api/playlist/by/artist/5408/playlist-evolution', query: 'since=2025-05-01&until=2025-05-03' },
    check: (r) => {
      const rows = as<P['playlistEvolution']>(r);
      expect(rows).toHaveLength(3);
      isNum(rows[0]!.spotify_playlist_total_reach);
    },
  },
  {
    id: 'playlists.similarPlaylists',
    args: ['spotify', 179228, { limit: 5 }],
    expect: { method: 'GET', path: '/api/playlist/spotify/179228/similarplaylists', query: 'limit=5' },
    check: (r) => expect(as<P['similarPlaylists']>(r)).toHaveLength(5),
  },

  // ------------------------------------------------------------------ radio
  {
    id: 'radio.airplayTotalsLegacy',
    args: ['artist', 236, { station: 1234, since: '2025-03-01', limit: 3 }],
    expect: { method: 'GET', path: '/api/radio/artist/236/airplay-totals', query: 'station=1234&since=2025-03-01&limit=3' },
    check: (r) => {
      const totals = as<R['airplayTotalsLegacy']>(r);
      expect(totals.countries).toHaveLength(3);
      const [row, trend] = totals.countries![0]!;
      isNum(row.plays);
      expect(Array.isArray(trend)).toBe(true);
    },
  },
  {
    id: 'radio.airplayTotals',
    args: ['artist', 3079, 'country', { since: '2025-01-01', limit: 20 }],
    expect: { method: 'GET', path: '/api/radio/artist/3079/airplay-totals/country', query: 'since=2025-01-01&limit=20' },
    check: (r) => {
      const rows = as<R['airplayTotals']>(r);
      expect(rows).toHaveLength(20);
      expect(typeof rows[0]!.plays_trend![0]!.air_date).toBe('string');
    },
  },
  {
    id: 'radio.airplayTotals',
    args: ['track', 50621806, 'station', { since: new Date('2025-02-03T00:00:00Z'), dateFormat: 'UNIX' }],
    expect: { method: 'GET', path: '/api/radio/track/50621806/airplay-totals/station', query: 'since=2025-02-03&dateFormat=UNIX' },
    check: (r) => expect(typeof as<R['airplayTotals']>(r)[0]!.plays_trend![0]!.air_date).toBe('number'),
  },
  {
    id: 'radio.airplays',
    args: ['artist', 236, { since: '2025-05-01' }],
    expect: { method: 'GET', path: '/api/radio/artist/236/airplays', query: 'since=2025-05-01' },
    // air_date is epoch milliseconds.
    check: (r) => expect(as<R['airplays']>(r)[0]!.air_date).toBe(Date.parse('2025-05-01T00:00:00Z')),
  },
  {
    id: 'radio.broadcastMarkets',
    args: ['artist', 236, { since: '2025-02-02' }],
    expect: { method: 'GET', path: '/api/radio/artist/236/broadcast-markets', query: 'since=2025-02-02' },
    check: (r) => {
      const m = as<R['broadcastMarkets']>(r);
      isNum(m.countryRatios[0]!.market_count_data);
      isNum(m.cityRatios[0]!.count_of_stations);
    },
  },
  {
    id: 'radio.stationList',
    args: [{ code2: 'US' }],
    expect: { method: 'GET', path: '/api/radio/station-list', query: 'code2=US' },
    check: (r) => expect(as<R['stationList']>(r)).toHaveLength(25),
  },

  // ------------------------------------------------------------------ curators
  {
    id: 'curators.get',
    args: ['spotify', 2],
    expect: { method: 'GET', path: '/api/curator/spotify/2/' },
    check: (r) => {
      const c = as<Cu['get']>(r);
      expect(c.id).toBe(2);
      isNum(c.youtube_views);
    },
  },
  {
    id: 'curators.playlists',
    args: ['spotify', 133000, { limit: 50, offset: 0, sortColumn: 'followers' }],
    expect: { method: 'GET', path: '/api/curator/spotify/133000/playlists', query: 'limit=50&offset=0&sortColumn=followers' },
    check: (r) => {
      const page = first<Cu['playlists']>(r);
      expect(page.items).toHaveLength(50);
      // Documented without `obj`; total_length arrives as a string.
      expect((page.data as { total_length?: unknown }).total_length).toBe(80);
    },
  },
  {
    id: 'curators.stats',
    args: ['spotify', 324010, 'facebook', { field: 'likes', since: '2022-02-01', until: '2022-03-01' }],
    expect: { method: 'GET', path: '/api/curator/spotify/324010/stat/facebook', query: 'field=likes&since=2022-02-01&until=2022-03-01' },
    check: (r) => {
      const st = as<Cu['stats']>(r);
      expect(st.likes).toHaveLength(29);
      expect(st.followers).toBeUndefined();
    },
  },
  {
    id: 'curators.urls',
    args: ['spotify', 115196],
    expect: { method: 'GET', path: '/api/curator/spotify/115196/urls' },
    check: (r) => expect(as<Cu['urls']>(r).map((u) => u.domain)).toContain('instagram'),
  },
  {
    id: 'curators.lists',
    args: ['spotify', { indie: true, limit: 5, offset: 0, withSocialUrls: false }],
    expect: { method: 'GET', path: '/api/curator/spotify/lists', query: 'indie=true&limit=5&offset=0&withSocialUrls=false' },
    check: (r) => {
      const page = first<Cu['lists']>(r);
      expect(page.items).toHaveLength(5);
      expect(page.data.total).toBe(2_712_006);
    },
  },
];
