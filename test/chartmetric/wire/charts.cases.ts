/**
 * Wire cases of Chartmetric `charts`: `/api/charts/...`.
 * Definitions: src/chartmetric/catalog/charts.ts.
 * Reference: ../shared/reference/chartmetric.md §3 "Charts" (params §4, chart vocabularies §5.8).
 * Sandbox fake: src/testing/chartmetric/charts.ts, data in chart-data.ts.
 * The documented trailing slashes are kept (`/api/charts/deezer/`, `/api/charts/qq/`).
 */
import { expect } from 'vitest';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, first, isNum } from './helpers.js';

type C = ChartmetricCatalog['charts'];

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
];
