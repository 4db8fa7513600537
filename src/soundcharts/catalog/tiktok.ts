/**
 * Soundcharts TikTok sounds ("musics"), plan-restricted (reference/soundcharts.md §2.12). The other
 * TikTok endpoints (users, videos, URL submission) were deprecated in 2.48.0 and are left out (§2.13).
 *
 * Naming: the family keeps the URL's `tiktok` (a brand, not a countable noun);
 * `/tiktok/music/{identifier}` → `music`, `/tiktok/music/{identifier}/video/volume` → `musicVideoVolume`.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import { ident, paging, point, songRef } from './shared.js';

const DOCS = 'reference/soundcharts.md §2.12 (Account-scoped and write endpoints)';

export const tiktok = defineFamily(() => {
  const music = s.obj({
    identifier: s.opt(s.str()),
    title: s.opt(s.str()),
    authorName: s.opt(s.str()),
    url: s.opt(s.str()),
    imgUrl: s.opt(s.str()),
  });
  /** A TikTok sound with its matched song and crawl dates. */
  const tiktokMusic = s.obj({ ...music.shape, song: s.opt(songRef()), latestCrawlDate: s.opt(s.date()), firstCrawlDate: s.opt(s.date()) });

  return {
    /** A TikTok sound by its TikTok id. */
    music: defineEndpoint({
      id: 'tiktok.music',
      method: 'GET',
      path: '/api/v2/tiktok/music/{identifier}',
      pathParams: { identifier: ident() },
      response: tiktokMusic,
      summary: 'TikTok sound `{identifier, title, authorName, url, imgUrl, song, latestCrawlDate}` (plan-restricted).',
      docs: DOCS,
    }),

    /** Number of videos using a sound, per day, over `period` days (max 90) ending at `endDate`. */
    musicVideoVolume: defineEndpoint({
      id: 'tiktok.musicVideoVolume',
      method: 'GET',
      path: '/api/v2/tiktok/music/{identifier}/video/volume',
      pathParams: { identifier: ident() },
      query: { endDate: p.optional(p.date()), period: p.optional(p.int({ min: 1, max: 90 })), ...paging() },
      ...soundchartsList(point(), { related: music }),
      summary: 'Daily video count `{date, value}` of a TikTok sound; 400 for a period above 90 days.',
      docs: DOCS,
    }),
  };
});
