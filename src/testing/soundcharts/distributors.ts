/**
 * The Soundcharts sandbox's `distributors` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/distributors.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import { uuidFor } from '../data.js';
import type { RouteHandlers } from '../types.js';
import { findDistributor, upcRootsOf } from './account-data.js';
import { atom, entity, fail, listOf, notFound, today, uuidParam } from './shared.js';

export const distributorsHandlers: RouteHandlers = {
  // ------------------------------------------------ account-scoped (§2.12)
  'distributors.upcRoots': (ctx) => {
    const d = findDistributor(uuidParam(ctx));
    return d ? listOf(ctx, upcRootsOf(d), { related: { uuid: d.uuid, name: d.name } }) : notFound();
  },
  'distributors.addUpc': (ctx) => {
    const d = findDistributor(uuidParam(ctx));
    if (!d) return notFound();
    if (!d.own) return fail(403, 'distributor', "You can't modify this distributor");
    const upc = ctx.params.upc ?? '';
    return entity('upc', { uuid: uuidFor(`soundcharts:upc-root:${d.uuid}:${upc}`), upcRoot: upc, upc, distributor: { uuid: d.uuid, name: d.name }, createdAt: atom(today(ctx), '00:00:00') });
  },
  'distributors.removeUpc': (ctx) => {
    const d = findDistributor(uuidParam(ctx));
    if (!d) return notFound();
    if (!d.own) return fail(403, 'distributor', "You can't modify this distributor");
    const root = upcRootsOf(d).find((r) => (ctx.params.upc ?? '').startsWith(r.upcRoot));
    return root ? entity('upc', root) : notFound();
  },
};
