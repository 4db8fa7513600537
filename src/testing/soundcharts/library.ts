/**
 * The Soundcharts sandbox's `library` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/library.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import type { RouteContext, RouteHandlers } from '../types.js';
import { libraryArtists, librarySongs } from './account-data.js';
import { badRequest, listOf } from './shared.js';

/** Library add/remove: counts what was sent, what changed, what was already there, what was ignored. */
function librarySubmit(ctx: RouteContext, current: ReadonlyArray<{ platformCode: string; identifier: string }>, add: boolean) {
  const body = ctx.body as { identifiers?: unknown } | undefined;
  if (!body || !Array.isArray(body.identifiers) || body.identifiers.length === 0) return badRequest('identifiers', 'identifiers must be a non-empty array of {identifier, platformCode}.');
  let updated = 0;
  let duplicate = 0;
  let ignored = 0;
  const seen = new Set<string>();
  for (const raw of body.identifiers as Array<{ identifier?: unknown; platformCode?: unknown }>) {
    const ok = typeof raw?.identifier === 'string' && raw.identifier !== '' && typeof raw.platformCode === 'string' && raw.platformCode !== '';
    if (!ok) {
      ignored++;
      continue;
    }
    const key = `${String(raw.platformCode)}:${String(raw.identifier)}`;
    const present = current.some((c) => c.platformCode === raw.platformCode && c.identifier === raw.identifier);
    if (seen.has(key) || (add && present)) duplicate++;
    else if (add || present) updated++;
    else ignored++;
    seen.add(key);
  }
  return { sent: body.identifiers.length, updated, duplicate, ignored, errors: [] };
}

export const libraryHandlers: RouteHandlers = {
  'library.artists': (ctx) => listOf(ctx, libraryArtists()),
  'library.addArtists': (ctx) => librarySubmit(ctx, libraryArtists(), true),
  'library.removeArtists': (ctx) => librarySubmit(ctx, libraryArtists(), false),
  'library.songs': (ctx) => listOf(ctx, librarySongs()),
  'library.addSongs': (ctx) => librarySubmit(ctx, librarySongs(), true),
  'library.removeSongs': (ctx) => librarySubmit(ctx, librarySongs(), false),
};
