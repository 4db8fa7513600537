/**
 * The Soundcharts sandbox's `publishers` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/publishers.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import type { RouteHandlers } from '../types.js';
import { allPublishers, findPublisher, publisherMeta } from './rights-data.js';
import { byPlatformOf, identifiersOf } from './shapes.js';
import { entity, notFound, uuidParam } from './shared.js';

export const publishersHandlers: RouteHandlers = {
  'publishers.get': (ctx) => {
    const p = findPublisher(uuidParam(ctx));
    return p ? entity('publisher', publisherMeta(p)) : notFound();
  },
  'publishers.byIpi': (ctx) => {
    const p = allPublishers().find((x) => x.ipi === ctx.params.ipi);
    return p ? entity('publisher', publisherMeta(p)) : notFound();
  },
  'publishers.byPlatform': byPlatformOf('publisher', allPublishers, ['musicbrainz', 'discogs'], publisherMeta),
  'publishers.identifiers': identifiersOf('publisher', findPublisher, ['musicbrainz', 'discogs'], (p) => ({ uuid: p.uuid, name: p.name })),
};
