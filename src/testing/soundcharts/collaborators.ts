/**
 * The Soundcharts sandbox's `collaborators` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/collaborators.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import { hashString } from '../data.js';
import type { RouteHandlers } from '../types.js';
import { allCollaborators, collaboratorLight, collaboratorMeta, collaboratorSongs, findCollaborator } from './rights-data.js';
import { ALBUM_POOL, albumAt, albumRef, songWithRelease } from './music-data.js';
import { byPlatformOf, identifiersOf, metadata, SOCIAL, socialSeries } from './shapes.js';
import { badRequest, entity, listOf, notFound, uuidParam } from './shared.js';

export const collaboratorsHandlers: RouteHandlers = {
  // ------------------------------------------------ collaborators, labels, publishers, works (§2.11)
  'collaborators.get': metadata('collaborator', findCollaborator, collaboratorMeta),
  'collaborators.getMany': metadata('collaborator', findCollaborator, collaboratorMeta),
  'collaborators.byIpi': (ctx) => {
    const c = allCollaborators().find((x) => x.ipi === ctx.params.ipi);
    return c ? entity('collaborator', collaboratorMeta(c)) : notFound();
  },
  'collaborators.byPlatform': byPlatformOf('collaborator', allCollaborators, ['musicbrainz', 'discogs', 'spotify', 'instagram'], collaboratorMeta),
  'collaborators.identifiers': identifiersOf('collaborator', findCollaborator, ['musicbrainz', 'discogs', 'spotify', 'instagram'], collaboratorLight),
  'collaborators.songs': (ctx) => {
    const c = findCollaborator(uuidParam(ctx));
    return c ? listOf(ctx, collaboratorSongs(c).map(songWithRelease), { related: collaboratorLight(c) }) : notFound();
  },
  'collaborators.albums': (ctx) => {
    const c = findCollaborator(uuidParam(ctx));
    if (!c) return notFound();
    const albums = c.name === 'FINNEAS' ? [albumAt(0)] : [];
    for (let k = 1; k < ALBUM_POOL && albums.length < 4 + (hashString(c.uuid) % 10); k++) if ((hashString(c.uuid) + k) % 3 === 0) albums.push(albumAt(k));
    return listOf(ctx, albums.map(albumRef), { related: collaboratorLight(c) });
  },
  'collaborators.audience': (ctx) => {
    const c = findCollaborator(uuidParam(ctx));
    if (!c) return notFound();
    if (!SOCIAL.includes(ctx.params.platform ?? '')) return badRequest('platform', 'Invalid platform code.');
    return socialSeries(ctx, `collab:${c.uuid}:${ctx.params.platform}`, c.name === 'FINNEAS' ? 6_400_000 : 20_000, { collaborator: collaboratorLight(c), platform: ctx.params.platform });
  },
};
