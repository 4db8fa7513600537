/**
 * The Soundcharts sandbox's `dataFeeds` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/data-feeds.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import type { RouteHandlers } from '../types.js';
import { CONFIGURED, configuredObject, FEED_CATALOG, feedObject, findFeedType, STORAGES } from './account-data.js';
import { badRequest, entity, fail, listOf } from './shared.js';

export const dataFeedsHandlers: RouteHandlers = {
  'dataFeeds.available': (ctx) => {
    const type = ctx.query.get('entityType');
    if (type && !(type in FEED_CATALOG)) return badRequest('entityType', 'Invalid entity type: expected artist, album, song or playlist.');
    const types = type ? [type] : Object.keys(FEED_CATALOG);
    const items = types.flatMap((t) => FEED_CATALOG[t]!.map(([code]) => feedObject(t, code)));
    return { items, page: { offset: 0, limit: items.length, next: null, previous: null, total: items.length }, errors: [] };
  },
  'dataFeeds.configured': (ctx) => {
    const q = (k: string) => ctx.query.get(k);
    const rows = CONFIGURED.filter((c) => (!q('entityType') || findFeedType(c.code) === q('entityType')) && (!q('code') || c.code === q('code')) && (!q('storageCode') || c.storageCode === q('storageCode')));
    return listOf(ctx, rows.map(configuredObject));
  },
  'dataFeeds.subscribe': (ctx) => {
    const [uuid, code, storageCode] = ['uuid', 'code', 'storageCode'].map((k) => ctx.query.get(k) ?? '');
    if (!uuid || !code || !storageCode) return badRequest('query', 'uuid, code and storageCode are required.');
    const type = findFeedType(code);
    if (!type) return badRequest('code', 'Invalid feed code.');
    if (!STORAGES.includes(storageCode)) return badRequest('storageCode', 'Unknown storage connector.');
    const interval = Number(ctx.query.get('pushInterval') ?? 86_400);
    if (!Number.isInteger(interval) || interval < 3_600 || interval > 604_800) return badRequest('pushInterval', 'pushInterval must be between 3600 and 604800 seconds.');
    if (CONFIGURED.some((c) => c.uuid === uuid.toLowerCase() && c.code === code && c.storageCode === storageCode)) return fail(409, 'feed', 'This feed is already configured.');
    return entity('configuredFeed', { feed: feedObject(type, code), entityUuid: uuid.toLowerCase(), storageCode, pushInterval: interval });
  },
  'dataFeeds.unsubscribe': (ctx) => {
    const [uuid, code, storageCode] = ['uuid', 'code', 'storageCode'].map((k) => ctx.query.get(k) ?? '');
    if (!uuid || !code || !storageCode) return badRequest('query', 'uuid, code and storageCode are required.');
    const c = CONFIGURED.find((x) => x.uuid === uuid.toLowerCase() && x.code === code && x.storageCode === storageCode);
    return c ? entity('configuredFeed', configuredObject(c)) : fail(404, 'feed', 'Feed not found.');
  },
};
