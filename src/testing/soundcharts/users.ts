/**
 * The Soundcharts sandbox's `users` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/users.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import { hashString } from '../data.js';
import type { RouteContext, RouteHandlers } from '../types.js';
import { TEAM } from './account-data.js';
import { allLabels } from './rights-data.js';
import { artistAt, artistRef, songAt, songWithRelease } from './music-data.js';
import { listOf, notFound } from './shared.js';

/** A team member's blocklist; 404 when the email is not in the team. */
function blocklist(ctx: RouteContext, rows: (seed: number) => unknown[]) {
  const email = (ctx.params.email ?? '').toLowerCase();
  if (!TEAM.includes(email)) return notFound();
  return listOf(ctx, rows(hashString(email)));
}

export const usersHandlers: RouteHandlers = {
  'users.blocklistArtists': (ctx) => blocklist(ctx, (seed) => Array.from({ length: 12 }, (_, k) => artistRef(artistAt(1 + ((seed + k * 7) % 59))))),
  'users.blocklistSongs': (ctx) => blocklist(ctx, (seed) => Array.from({ length: 30 }, (_, k) => songWithRelease(songAt(14 + ((seed + k * 11) % 380))))),
  'users.blocklistLabels': (ctx) => blocklist(ctx, (seed) => allLabels().filter((_, k) => (seed + k) % 4 === 0).map((l) => ({ label: l.name, uuid: l.uuid }))),
};
