/**
 * The Soundcharts sandbox's `labels` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/labels.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import type { RouteHandlers } from '../types.js';
import { findLabel, labelMeta } from './rights-data.js';
import { identifiersOf, metadata, SOCIAL, socialSeries } from './shapes.js';
import { badRequest, notFound, uuidParam } from './shared.js';

export const labelsHandlers: RouteHandlers = {
  'labels.get': metadata('label', findLabel, labelMeta),
  'labels.getMany': metadata('label', findLabel, labelMeta),
  'labels.identifiers': identifiersOf('label', findLabel, ['discogs', 'musicbrainz', 'instagram'], (l) => ({ uuid: l.uuid, name: l.name })),
  'labels.audience': (ctx) => {
    const l = findLabel(uuidParam(ctx));
    if (!l) return notFound();
    if (!SOCIAL.includes(ctx.params.platform ?? '')) return badRequest('platform', 'Invalid platform code.');
    return socialSeries(ctx, `label:${l.uuid}:${ctx.params.platform}`, l.type === 'major' ? 3_000_000 : 45_000, { label: { uuid: l.uuid, name: l.name }, platform: ctx.params.platform });
  },
};
