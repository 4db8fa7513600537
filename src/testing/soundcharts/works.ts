/**
 * The Soundcharts sandbox's `works` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/works.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import type { RouteHandlers } from '../types.js';
import { allWorks, findWork, workMeta } from './rights-data.js';
import { songAt, songWithRelease } from './music-data.js';
import { byPlatformOf, identifiersOf, metadata } from './shapes.js';
import { entity, listOf, notFound, uuidParam } from './shared.js';

export const worksHandlers: RouteHandlers = {
  'works.get': metadata('work', findWork, workMeta),
  'works.getMany': metadata('work', findWork, workMeta),
  'works.byIswc': (ctx) => {
    const norm = (s: string) => s.toUpperCase().replace(/[-.]/g, '');
    const w = allWorks().find((x) => norm(x.iswc) === norm(ctx.params.iswc ?? ''));
    return w ? entity('work', workMeta(w)) : notFound();
  },
  'works.byPlatform': byPlatformOf('work', allWorks, ['musicbrainz', 'ascap'], workMeta),
  'works.identifiers': identifiersOf('work', findWork, ['musicbrainz', 'ascap'], (w) => ({ uuid: w.uuid, name: w.name, iswc: w.iswc })),
  'works.recordings': (ctx) => {
    const w = findWork(uuidParam(ctx));
    return w ? listOf(ctx, w.songs.map((i) => ({ ...songWithRelease(songAt(i)), isrc: { value: songAt(i).isrc, countryCode: songAt(i).isrc.slice(0, 2), countryName: null } })), { related: { uuid: w.uuid, name: w.name, iswc: w.iswc } }) : notFound();
  },
};
