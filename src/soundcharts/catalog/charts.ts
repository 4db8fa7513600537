/**
 * Soundcharts charts (reference/soundcharts.md §2.7): chart lists per platform, rankings (latest or
 * for a date) and the dates a ranking exists for, for song charts, album charts and the TikTok
 * weekly music chart.
 *
 * Naming: family `charts` from `/chart/…`; methods are the literal segments in camelCase
 * (`/chart/song/{slug}/ranking/latest` → `songRankingLatest`, `/chart/song/{slug}/ranking/{datetime}`
 * → `songRanking`). Ranking dates go in the PATH in ATOM form (`2026-02-04T00:00:00+00:00`, §1.5):
 * pass such a string or a `Date`; the `+` is sent percent-encoded. The chart-platform lists
 * (`/chart/song/platforms`, `/chart/album/platforms`, §2.3) are in the `referential` family.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import { CHART_PLATFORMS, albumRef, chartRef, countryCode, ident, paging, rankFields, songRef } from './shared.js';

const DOCS = 'reference/soundcharts.md §2.7 (Charts)';

export const charts = defineFamily(() => {
  /** `related` of a ranking: the chart and the ranking date. */
  const ranking = s.obj({ chart: s.opt(chartRef()), date: s.opt(s.date()) });
  /** A song's line in a song-chart ranking (v2.14 adds `metric`, the value the chart ranks by). */
  const songRank = s.obj({ song: s.opt(songRef()), metric: s.opt(s.num()), ...rankFields() });
  /** An album's line in an album-chart ranking. */
  const albumRank = s.obj({ album: s.opt(albumRef()), ...rankFields() });
  const tiktokMusic = s.obj({
    identifier: s.opt(s.str()),
    title: s.opt(s.str()),
    authorName: s.opt(s.str()),
    url: s.opt(s.str()),
    imgUrl: s.opt(s.str()),
  });
  /** A line of the TikTok weekly music chart: the sound, its song, and video counts. */
  const tiktokMusicRank = s.obj({
    music: s.opt(tiktokMusic),
    song: s.opt(songRef()),
    value: s.opt(s.num()),
    oldValue: s.opt(s.num()),
    totalValue: s.opt(s.num()),
    oldTotalValue: s.opt(s.num()),
    ...rankFields(),
  });
  const tiktokRanking = s.obj({ chart: s.opt(s.obj({ frequency: s.opt(s.str()), type: s.opt(s.str()) })), date: s.opt(s.date()) });

  return {
    /** Song charts available on a platform, optionally for one country. */
    songByPlatform: defineEndpoint({
      id: 'charts.songByPlatform',
      method: 'GET',
      path: '/api/v2/chart/song/by-platform/{platform}',
      pathParams: { platform: p.oneOf(CHART_PLATFORMS) },
      query: { countryCode: p.optional(countryCode()), ...paging() },
      ...soundchartsList(chartRef()),
      summary: 'Song charts of a platform `{name, slug, frequency, countryCode, maxResultsCount…}`; max 100 per page.',
      docs: DOCS,
    }),

    /** Latest ranking of a song chart. */
    songRankingLatest: defineEndpoint({
      id: 'charts.songRankingLatest',
      method: 'GET',
      path: '/api/v2.14/chart/song/{slug}/ranking/latest',
      pathParams: { slug: ident() },
      query: { ...paging() },
      ...soundchartsList(songRank, { related: ranking }),
      summary: 'Latest ranking of a song chart; related = `{chart, date}`; max 100 per page.',
      docs: DOCS,
    }),

    /** Dates (ATOM strings) for which a song chart has a ranking, newest first. */
    songAvailableRankings: defineEndpoint({
      id: 'charts.songAvailableRankings',
      method: 'GET',
      path: '/api/v2/chart/song/{slug}/available-rankings',
      pathParams: { slug: ident() },
      query: { ...paging() },
      ...soundchartsList(s.date(), { related: chartRef() }),
      summary: 'Ranking dates of a song chart (ATOM date-times to pass to `songRanking`).',
      docs: DOCS,
    }),

    /** Ranking of a song chart for one date (ATOM date-time from `songAvailableRankings`). */
    songRanking: defineEndpoint({
      id: 'charts.songRanking',
      method: 'GET',
      path: '/api/v2.14/chart/song/{slug}/ranking/{datetime}',
      pathParams: { slug: ident(), datetime: p.dateTime() },
      query: { ...paging() },
      ...soundchartsList(songRank, { related: ranking }),
      summary: 'Song chart ranking for a date; related = `{chart, date}`; max 100 per page.',
      docs: DOCS,
    }),

    /** Album charts available on a platform, optionally for one country. */
    albumByPlatform: defineEndpoint({
      id: 'charts.albumByPlatform',
      method: 'GET',
      path: '/api/v2/chart/album/by-platform/{platform}',
      pathParams: { platform: p.oneOf(CHART_PLATFORMS) },
      query: { countryCode: p.optional(countryCode()), ...paging() },
      ...soundchartsList(chartRef()),
      summary: 'Album charts of a platform; max 100 per page.',
      docs: DOCS,
    }),

    /** Latest ranking of an album chart. */
    albumRankingLatest: defineEndpoint({
      id: 'charts.albumRankingLatest',
      method: 'GET',
      path: '/api/v2.26/chart/album/{slug}/ranking/latest',
      pathParams: { slug: ident() },
      query: { ...paging() },
      ...soundchartsList(albumRank, { related: ranking }),
      summary: 'Latest ranking of an album chart; related = `{chart, date}`; max 100 per page.',
      docs: DOCS,
    }),

    /** Dates (ATOM strings) for which an album chart has a ranking. */
    albumAvailableRankings: defineEndpoint({
      id: 'charts.albumAvailableRankings',
      method: 'GET',
      path: '/api/v2/chart/album/{slug}/available-rankings',
      pathParams: { slug: ident() },
      query: { ...paging() },
      ...soundchartsList(s.date(), { related: chartRef() }),
      summary: 'Ranking dates of an album chart (ATOM date-times to pass to `albumRanking`).',
      docs: DOCS,
    }),

    /** Ranking of an album chart for one date. */
    albumRanking: defineEndpoint({
      id: 'charts.albumRanking',
      method: 'GET',
      path: '/api/v2.26/chart/album/{slug}/ranking/{datetime}',
      pathParams: { slug: ident(), datetime: p.dateTime() },
      query: { ...paging() },
      ...soundchartsList(albumRank, { related: ranking }),
      summary: 'Album chart ranking for a date; max 100 per page.',
      docs: DOCS,
    }),

    /** Latest TikTok weekly music chart (plan-restricted: 403 outside the plan). */
    tiktokMusicWeeklyRankingLatest: defineEndpoint({
      id: 'charts.tiktokMusicWeeklyRankingLatest',
      method: 'GET',
      path: '/api/v2/chart/tiktok/music/weekly/ranking/latest',
      query: { ...paging() },
      ...soundchartsList(tiktokMusicRank, { related: tiktokRanking }),
      summary: 'Latest TikTok weekly music chart `{music, song, position, value, totalValue…}`.',
      docs: DOCS,
    }),

    /** Dates of the TikTok weekly music chart. */
    tiktokMusicWeeklyAvailableRankings: defineEndpoint({
      id: 'charts.tiktokMusicWeeklyAvailableRankings',
      method: 'GET',
      path: '/api/v2/chart/tiktok/music/weekly/available-rankings',
      query: { ...paging() },
      ...soundchartsList(s.date(), { related: s.json() }),
      summary: 'Ranking dates of the TikTok weekly music chart (ATOM date-times).',
      docs: DOCS,
    }),

    /** TikTok weekly music chart for one date. */
    tiktokMusicWeeklyRanking: defineEndpoint({
      id: 'charts.tiktokMusicWeeklyRanking',
      method: 'GET',
      path: '/api/v2/chart/tiktok/music/weekly/ranking/{datetime}',
      pathParams: { datetime: p.dateTime() },
      query: { ...paging() },
      ...soundchartsList(tiktokMusicRank, { related: tiktokRanking }),
      summary: 'TikTok weekly music chart for a date.',
      docs: DOCS,
    }),
  };
});
