/**
 * Soundcharts radios (reference/soundcharts.md §2.9): a station's live feed (spins) and identifiers.
 *
 * Naming: family `radios` from `/radio/…` (pluralized like every family). Discovery
 * (`POST /api/v2/top/radios`) is `top.radios`; `/radio/countries` and `/radio/search/{term}`
 * (§2.2–2.3) live in part A. Stations are addressed by slug, not UUID.
 */
import { defineEndpoint } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import { dateOrder, ID_PLATFORMS, ident, identifier, paging, period, radioLight, songLight } from './shared-b.js';

const DOCS = 'reference/soundcharts.md §2.9 (Radio)';

/** One spin: the song and when it aired (UTC). */
const spin = s.obj({ song: s.opt(songLight), airedAt: s.date(), duration: s.opt(s.num()) });

export const radios = {
  /** Songs aired by a station in a date window (its live feed). */
  liveFeed: defineEndpoint({
    id: 'radios.liveFeed',
    method: 'GET',
    path: '/api/v2/radio/{slug}/live-feed',
    pathParams: { slug: ident() },
    query: { ...period, ...paging },
    checks: [dateOrder],
    ...soundchartsList(spin, { related: radioLight }),
    summary: 'Spins `{song, airedAt}` of a radio station, newest first; related = the station; max 100 per page.',
    docs: DOCS,
  }),

  /** Platform identifiers of a station. */
  identifiers: defineEndpoint({
    id: 'radios.identifiers',
    method: 'GET',
    path: '/api/v2/radio/{slug}/identifiers',
    pathParams: { slug: ident() },
    query: { platform: p.optional(p.oneOf(ID_PLATFORMS)), ...paging },
    ...soundchartsList(identifier, { related: radioLight }),
    summary: 'Platform ids and URLs of a radio station.',
    docs: DOCS,
  }),
};
