/**
 * The Soundcharts sandbox's `radios` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/radios.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import type { RouteHandlers } from '../types.js';
import { findRadio, identifierRows, radioRef, spinsOn } from './music-data.js';
import { isReply, listOf, notFound, windowDays } from './shared.js';

export const radiosHandlers: RouteHandlers = {
  // ------------------------------------------------ radios (§2.9)
  'radios.liveFeed': (ctx) => {
    const r = findRadio(ctx.params.slug ?? '');
    if (!r) return notFound();
    const days = windowDays(ctx, 6);
    if (isReply(days)) return days;
    const spins = [...days].reverse().flatMap((d) => spinsOn(r, d));
    return listOf(ctx, spins, { related: radioRef(r) });
  },
  'radios.identifiers': (ctx) => {
    const r = findRadio(ctx.params.slug ?? '');
    if (!r) return notFound();
    return listOf(ctx, identifierRows(ctx, 'radio', r.slug, ['tunein', 'instagram', 'facebook', 'x']), { related: radioRef(r) });
  },
};
