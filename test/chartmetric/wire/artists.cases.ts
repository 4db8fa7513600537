/**
 * Wire cases of Chartmetric `artists`: `/api/artist/...`.
 * Definitions: src/chartmetric/catalog/artists.ts.
 * Reference: ../shared/reference/chartmetric.md §3 "Artist" (params §4, enums §5, quirks §6).
 * Sandbox fake: src/testing/chartmetric/artists.ts, data in artist-data.ts.
 */
import { expect } from 'vitest';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, first } from './helpers.js';

type A = ChartmetricCatalog['artists'];

/** `YYYY-MM-DD`, `n` days before today (artist chart history only accepts the last 365 days). */
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

export const cases: WireCase[] = [
  {
    id: 'artists.get',
    args: [206557],
    expect: { method: 'GET', path: '/api/artist/206557' },
    check: (r) => {
      const a = as<A['get']>(r);
      expect(a.id).toBe(206557);
      expect(a.name).toBe('BTS');
      expect(a.band).toBe(true);
      // deezer_fans and ycs_views may arrive as numeric strings: always numbers after parsing.
      expect(typeof a.cm_statistics?.ycs_views).toBe('number');
      expect(a.current_city).toBeNull();
    },
  },
  {
    id: 'artists.stats',
    args: [206557, 'spotify', { since: '2025-01-01', latest: true }],
    expect: { method: 'GET', path: '/api/artist/206557/stat/spotify', query: 'since=2025-01-01&latest=true' },
    check: (r) => {
      const s = as<A['stats']>(r);
      expect(s.followers).toHaveLength(1);
      expect(typeof s.followers![0]!.value).toBe('number');
      // The ratio series sends its values as text with two decimals.
      expect(typeof s.followers_to_listeners_ratio![0]!.value).toBe('number');
    },
  },
  {
    id: 'artists.stats',
    args: [206557, 'spotify', { since: new Date('2025-01-01T00:00:00Z'), until: '2025-01-10', field: 'followers' }],
    expect: { method: 'GET', path: '/api/artist/206557/stat/spotify', query: 'since=2025-01-01&until=2025-01-10&field=followers' },
    check: (r) => {
      const s = as<A['stats']>(r);
      expect(s.followers).toHaveLength(10);
      expect(s.popularity).toBeUndefined();
      expect(s.followers![0]!.diff).toBeNull();
      expect(s.followers![0]!.timestp).toBe('2025-01-01T08:00:00.000Z');
    },
  },
  {
    id: 'artists.stats',
    args: ['06HL4z0CvFAxyc27GXpf02', 'spotify', { isDomainId: true, latest: true }],
    expect: { method: 'GET', path: '/api/artist/06HL4z0CvFAxyc27GXpf02/stat/spotify', query: 'isDomainId=true&latest=true' },
    check: (r) => expect(as<A['stats']>(r).link).toBe('https://open.spotify.com/artist/06HL4z0CvFAxyc27GXpf02'),
  },
  {
    id: 'artists.stats',
    args: [2762, 'instagram', { since: '2025-02-01', until: '2025-02-03', cityId: 7060, interpolated: false }],
    expect: { method: 'GET', path: '/api/artist/2762/stat/instagram', query: 'since=2025-02-01&until=2025-02-03&city_id=7060&interpolated=false' },
    check: (r) => expect(as<A['stats']>(r).followers).toHaveLength(3),
  },
  {
    id: 'artists.tracks',
    args: [206557],
    expect: { method: 'GET', path: '/api/artist/206557/tracks' },
    check: (r) => {
      const p = first<A['tracks']>(r);
      expect(p.items).toHaveLength(10);
      expect(p.data.total).toBe(47);
      expect(p.items[0]!.cm_artist).toContain(206557);
    },
  },
  {
    id: 'artists.tracks',
    args: [206557, { limit: 20, offset: 40, versionOr: ['original', 'remix'], versionNot: ['live'] }],
    expect: {
      method: 'GET',
      path: '/api/artist/206557/tracks',
      query: 'limit=20&offset=40&version_or[]=original&version_or[]=remix&version_not[]=live',
    },
    check: (r) => expect(first<A['tracks']>(r).items).toHaveLength(7),
  },
  {
    id: 'artists.venues',
    args: [206557, { limit: 5 }],
    expect: { method: 'GET', path: '/api/artist/206557/venues', query: 'limit=5' },
    check: (r) => {
      const p = first<A['venues']>(r);
      expect(p.items).toHaveLength(5);
      expect(p.items[0]!.events?.length).toBeGreaterThan(0);
    },
  },
  {
    id: 'artists.playlists',
    args: [206557, 'spotify', 'current', { since: '2025-01-01', editorial: true, newMusicFriday: false, sortColumn: 'followers', limit: 20 }],
    expect: {
      method: 'GET',
      path: '/api/artist/206557/spotify/current/playlists',
      query: 'since=2025-01-01&editorial=true&newMusicFriday=false&sortColumn=followers&limit=20',
    },
    check: (r) => {
      const p = first<A['playlists']>(r);
      expect(p.items).toHaveLength(20);
      expect(p.items[0]!.track?.cm_artist).toContain(206557);
    },
  },
  {
    id: 'artists.events',
    args: [2762, 'past', { fromDaysAgo: 365, toDaysAgo: 0 }],
    expect: { method: 'GET', path: '/api/artist/2762/past/events', query: 'fromDaysAgo=365&toDaysAgo=0' },
    check: (r) => {
      const e = first<A['events']>(r).items[0]!;
      expect(typeof e.city).toBe('object');
      expect(e.start_date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.000$/);
    },
  },
  {
    id: 'artists.events',
    args: [2762, 'current', { fromDaysAgo: 0, toDaysAgo: -60, limit: 5 }],
    expect: { method: 'GET', path: '/api/artist/2762/current/events', query: 'fromDaysAgo=0&toDaysAgo=-60&limit=5' },
    check: (r) => {
      for (const e of first<A['events']>(r).items) expect(typeof e.city).toBe('string');
    },
  },
  {
    // As the documents' example request: no `duration` (optional; the chart type names the period).
    id: 'artists.charts',
    args: [206557, 'spotify_top_daily', { since: daysAgo(30), until: daysAgo(27) }],
    expect: { method: 'GET', path: '/api/artist/206557/spotify_top_daily/charts', query: `since=${daysAgo(30)}&until=${daysAgo(27)}` },
    check: (r) => expect(Array.isArray(as<A['charts']>(r).data.entries)).toBe(true),
  },
  {
    id: 'artists.charts',
    args: [206557, 'spotify_top_daily', { since: daysAgo(30), until: daysAgo(1), duration: 'daily' }],
    expect: { method: 'GET', path: '/api/artist/206557/spotify_top_daily/charts', query: `since=${daysAgo(30)}&until=${daysAgo(1)}&duration=daily` },
    check: (r) => {
      const c = as<A['charts']>(r);
      expect(c.data.entries!.length).toBeGreaterThan(0);
      expect(typeof c.data.uniqueTracks![0]!.cm_track).toBe('number');
    },
  },
  {
    id: 'artists.albums',
    args: [3380, { sortColumn: 'spotify_popularity', isPrimary: true }],
    expect: { method: 'GET', path: '/api/artist/3380/albums', query: 'sortColumn=spotify_popularity&isPrimary=true' },
    check: (r) => {
      const p = first<A['albums']>(r);
      expect(p.items.length).toBeGreaterThan(0);
      // num_track is sent as a string.
      expect(typeof p.items[0]!.num_track).toBe('number');
    },
  },
  {
    id: 'artists.artistRank',
    args: [3380, { metric: 'fs_likes', code2: 'US' }],
    expect: { method: 'GET', path: '/api/artist/3380/artist-rank', query: 'metric=fs_likes&code2=US' },
    check: (r) => expect(as<A['artistRank']>(r).artist_rank).toBeGreaterThan(0),
  },
  {
    id: 'artists.career',
    args: [206557, { limit: 5, offset: 5 }],
    expect: { method: 'GET', path: '/api/artist/206557/career', query: 'limit=5&offset=5' },
    check: (r) => {
      const p = first<A['career']>(r);
      expect(p.items).toHaveLength(5);
      expect(p.items[0]!.stage).toBe('superstar');
    },
  },
  {
    id: 'artists.cmStats',
    args: [3986],
    expect: { method: 'GET', path: '/api/artist/3986/cmStats' },
    check: (r) => expect(typeof as<A['cmStats']>(r).latest?.sp_followers).toBe('number'),
  },
  {
    id: 'artists.cpp',
    args: [3380, { stat: 'score', since: '2025-01-01', until: '2025-01-05' }],
    expect: { method: 'GET', path: '/api/artist/3380/cpp', query: 'stat=score&since=2025-01-01&until=2025-01-05' },
    check: (r) => {
      const s = as<A['cpp']>(r);
      expect(s).toHaveLength(5);
      expect(s[0]!.score).toBeGreaterThan(0);
    },
  },
  {
    id: 'artists.instagramAudienceStats',
    args: [236, { geoOnly: true }],
    expect: { method: 'GET', path: '/api/artist/236/instagram-audience-stats', query: 'geoOnly=true' },
    check: (r) => {
      const a = as<A['instagramAudienceStats']>(r);
      // Percentages arrive as "24.79"-style strings.
      expect(typeof a.top_countries![0]!.percent).toBe('number');
      expect(a.audience_genders).toBeUndefined();
    },
  },
  {
    id: 'artists.instagramAudienceStatsDates',
    args: [2762],
    expect: { method: 'GET', path: '/api/artist/2762/instagram-audience-stats/dates' },
    check: (r) => expect(as<A['instagramAudienceStatsDates']>(r)[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/),
  },
  {
    id: 'artists.marketCoverageViewsYoutube',
    args: [3380, { date: '2025-03-01' }],
    expect: { method: 'GET', path: '/api/artist/3380/market-coverage-views/youtube', query: 'date=2025-03-01' },
    check: (r) => {
      const m = as<A['marketCoverageViewsYoutube']>(r);
      expect(m.insights?.cities?.[0]?.region).toBe('CITY');
      expect(typeof m.marketInsights?.marketCities?.[0]?.value).toBe('number');
    },
  },
  {
    id: 'artists.milestones',
    args: [206557, { stars: [4, 5], platforms: ['spotify', 'apple_music'] }],
    expect: { method: 'GET', path: '/api/artist/206557/milestones', query: 'stars[]=4&stars[]=5&platforms[]=spotify&platforms[]=apple_music' },
    check: (r) => {
      const p = first<A['milestones']>(r);
      expect(p.items.length).toBeGreaterThan(0);
      for (const m of p.items) expect(m.stars).toBeGreaterThanOrEqual(4);
      expect(p.data.count).toBe(p.items.length);
    },
  },
  {
    id: 'artists.neighboringArtists',
    args: [3380, { metric: 'fs_likes', limit: 10 }],
    expect: { method: 'GET', path: '/api/artist/3380/neighboring-artists', query: 'metric=fs_likes&limit=10' },
    check: (r) => {
      const n = as<A['neighboringArtists']>(r);
      expect(n.cluster_artists).toHaveLength(10);
      // rank is sent as "1".
      expect(n.cluster_artists[0]!.rank).toBe(1);
    },
  },
  {
    id: 'artists.news',
    args: [2762, { limit: 10, weight: 5 }],
    expect: { method: 'GET', path: '/api/artist/2762/news', query: 'limit=10&weight=5' },
    check: (r) => expect(as<A['news']>(r)[0]!.summaryTemplate).toContain(':trackName'),
  },
  {
    id: 'artists.noteworthyInsights',
    args: [5596, { limit: 10, insightType: 'daily', fromDaysAgo: 90 }],
    expect: { method: 'GET', path: '/api/artist/5596/noteworthy-insights', query: 'limit=10&insightType=daily&fromDaysAgo=90' },
    check: (r) => expect(as<A['noteworthyInsights']>(r)[0]!.insightType).toBe('daily'),
  },
  {
    id: 'artists.pastArtistRank',
    args: [3648, { metric: 'cm_artist_subgenre_rank', date: new Date('2021-09-11T00:00:00Z') }],
    expect: { method: 'GET', path: '/api/artist/3648/past-artist-rank', query: 'metric=cm_artist_subgenre_rank&date=2021-09-11' },
    check: (r) => {
      const rows = as<A['pastArtistRank']>(r);
      expect(Array.isArray(rows) && rows.length === 3).toBe(true);
    },
  },
  {
    id: 'artists.relatedArtists',
    args: [214945, { limit: 5, fromDaysAgo: 7, toDaysAgo: 0 }],
    expect: { method: 'GET', path: '/api/artist/214945/relatedartists', query: 'limit=5&fromDaysAgo=7&toDaysAgo=0' },
    check: (r) => {
      const rows = as<A['relatedArtists']>(r);
      expect(rows).toHaveLength(5);
      expect(rows[0]!.rank_stats?.length).toBeGreaterThan(0);
    },
  },
  {
    id: 'artists.riaa',
    args: [3380],
    expect: { method: 'GET', path: '/api/artist/3380/riaa' },
    check: (r) => expect(as<A['riaa']>(r).riaa_awards.length).toBeGreaterThan(0),
  },
  {
    id: 'artists.similarArtistsByConfigurations',
    args: [2762, { audience: 'high', mood: 'medium' }],
    expect: { method: 'GET', path: '/api/artist/2762/similar-artists/by-configurations', query: 'audience=high&mood=medium' },
    check: (r) => {
      const p = first<A['similarArtistsByConfigurations']>(r);
      // The target artist comes first.
      expect(p.items[0]!.id).toBe(2762);
      expect(p.data.total).toBe(60);
    },
  },
  {
    id: 'artists.socialAudienceStats',
    args: [3963, { domain: 'instagram', audienceType: 'followers', statsType: 'stat', since: '2025-01-01', until: '2025-01-31' }],
    expect: {
      method: 'GET',
      path: '/api/artist/3963/social-audience-stats',
      query: 'domain=instagram&audienceType=followers&statsType=stat&since=2025-01-01&until=2025-01-31',
    },
    check: (r) => {
      const p = first<A['socialAudienceStats']>(r);
      expect(p.items).toHaveLength(5);
      expect(p.items[0]!.followers).toBeGreaterThan(0);
    },
  },
  {
    id: 'artists.tiktokAudienceStats',
    args: [5408],
    expect: { method: 'GET', path: '/api/artist/5408/tiktok-audience-stats' },
    check: (r) => expect(as<A['tiktokAudienceStats']>(r).avg_commments_per_post).toBeGreaterThanOrEqual(0),
  },
  {
    id: 'artists.topTracks',
    args: [2762, 'tiktok', { limit: 20 }],
    expect: { method: 'GET', path: '/api/artist/2762/top-tracks/tiktok', query: 'limit=20' },
    check: (r) => expect(as<A['topTracks']>(r)).toHaveLength(20),
  },
  {
    id: 'artists.tvmaze',
    args: [206557],
    expect: { method: 'GET', path: '/api/artist/206557/tvmaze' },
    check: (r) => expect(as<A['tvmaze']>(r).people?.cm_artist).toBe(206557),
  },
  {
    id: 'artists.urls',
    args: [3380],
    expect: { method: 'GET', path: '/api/artist/3380/urls' },
    check: (r) => expect(as<A['urls']>(r).find((u) => u.domain === 'spotify')?.url).toHaveLength(1),
  },
  {
    id: 'artists.wherePeopleListen',
    args: [2762, { latest: true }],
    expect: { method: 'GET', path: '/api/artist/2762/where-people-listen', query: 'latest=true' },
    check: (r) => {
      const w = as<A['wherePeopleListen']>(r);
      expect(Object.keys(w.cities ?? {})).toContain('New York');
      expect(w.countries?.['United States']?.[0]?.region).toBe('COUNTRY');
    },
  },
  {
    id: 'artists.wherePeopleListen',
    args: [206557, { since: '2024-01-01', until: '2024-01-03', limit: 5, includeEstimates: false }],
    expect: { method: 'GET', path: '/api/artist/206557/where-people-listen', query: 'since=2024-01-01&until=2024-01-03&limit=5&includeEstimates=false' },
    check: (r) => {
      const w = as<A['wherePeopleListen']>(r);
      expect(Object.keys(w.cities ?? {})).toHaveLength(5);
      expect(w.cities?.['New York']).toHaveLength(3);
    },
  },
  {
    id: 'artists.youtubeAudienceStats',
    args: [236, { date: '2022-03-28' }],
    expect: { method: 'GET', path: '/api/artist/236/youtube-audience-stats', query: 'date=2022-03-28' },
    check: (r) => expect(as<A['youtubeAudienceStats']>(r).timestp).toBe('2022-03-28'),
  },
  {
    id: 'artists.getIds',
    args: ['chartmetric', 4904],
    expect: { method: 'GET', path: '/api/artist/chartmetric/4904/get-ids' },
    check: (r) => {
      const rows = as<A['getIds']>(r);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.chartmetric_id).toBe(4904);
      expect(rows[0]!.artist_name).toBe('Hailee Steinfeld');
    },
  },
  {
    id: 'artists.getIds',
    args: ['spotify', 'not-a-spotify-id'],
    expect: { method: 'GET', path: '/api/artist/spotify/not-a-spotify-id/get-ids' },
    // No match is an empty array, not a 404 (§6.15).
    check: (r) => expect(as<A['getIds']>(r)).toEqual([]),
  },
  {
    id: 'artists.list',
    args: ['sp_followers', { min: 500, max: 10000, code2: 'US', city: 'Chicago' }],
    expect: { method: 'GET', path: '/api/artist/sp_followers/list', query: 'min=500&max=10000&code2=US&city=Chicago' },
    check: (r) => {
      const p = first<A['list']>(r);
      expect(p.items).toHaveLength(10);
      expect(p.data.length).toBe(10);
      expect(typeof p.items[0]!.deezer_fans).toBe('number');
    },
  },
  {
    id: 'artists.anrByPlaylists',
    args: [{ sortBy: 'followers_total_reach_diff_week', limit: 25 }],
    expect: { method: 'GET', path: '/api/artist/anr/by/playlists', query: 'sortBy=followers_total_reach_diff_week&limit=25' },
    check: (r) => {
      const rows = as<A['anrByPlaylists']>(r);
      expect(rows).toHaveLength(25);
      expect(rows[0]!.rank).toBe(1);
    },
  },
  {
    id: 'artists.anrBySocialIndex',
    args: [{ sortBy: 'instagram_followers', limit: 5, offset: 1, sortOrderDesc: false, recentReleaseWithin: 1080 }],
    expect: {
      method: 'GET',
      path: '/api/artist/anr/by/social-index',
      query: 'sortBy=instagram_followers&limit=5&offset=1&sortOrderDesc=false&recentReleaseWithin=1080',
    },
    check: (r) => {
      const p = first<A['anrBySocialIndex']>(r);
      expect(p.items).toHaveLength(5);
      expect(typeof p.items[0]!.id).toBe('number');
    },
  },
  {
    id: 'artists.listFilter',
    args: [{ code2: 'US', sortColumn: 'cm_artist_rank', sortOrderDesc: false, spMl: [1000, 5000000], careerStage: 'superstar', limit: 50, offset: 10 }],
    expect: {
      method: 'GET',
      path: '/api/artist/list/filter',
      query: 'code2=US&sortColumn=cm_artist_rank&sortOrderDesc=false&sp_ml[]=1000&sp_ml[]=5000000&career_stage=superstar&limit=50&offset=10',
    },
    check: (r) => {
      const p = first<A['listFilter']>(r);
      expect(p.items).toHaveLength(50);
      expect(p.data.offset).toBe(10);
      // cm_artist arrives as a numeric string.
      expect(typeof p.items[0]!.cm_artist).toBe('number');
    },
  },
];
