/**
 * Soundcharts data feeds: pushed deltas (TSV) to the team's storage (reference/soundcharts.md §2.12).
 *
 * Naming: family `dataFeeds` from `/data-feed/…`. `GET /data-feed/available` → `available`,
 * `GET /data-feed/configured` → `configured`; POST and DELETE on `/data-feed/configured` are
 * `subscribe` / `unsubscribe` (the docs' own titles). Subscribe and unsubscribe take QUERY params and
 * no body (DOC-REF subscribe-to-a-feed); 409 when the feed already exists, 404 when unsubscribing a
 * missing one, 405 on the sandbox.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { pageInfo, soundchartsList } from '../paging.js';
import { ident, paging } from './shared.js';

const DOCS = 'reference/soundcharts.md §2.12 (Account-scoped and write endpoints)';

const ENTITY_TYPES = ['artist', 'album', 'song', 'playlist'] as const;

export const dataFeeds = defineFamily(() => {
  /** A feed of the catalog. */
  const feed = s.obj({
    code: s.opt(s.str()),
    name: s.opt(s.str()),
    entityType: s.opt(s.openEnum(ENTITY_TYPES)),
    description: s.opt(s.str()),
  });
  /** A configured (subscribed) feed (DOC-DEF configuredfeedresponse). */
  const configuredFeed = s.obj({
    feed: s.opt(feed),
    entityUuid: s.opt(s.str()),
    storageCode: s.opt(s.str()),
    /** Seconds between pushes. */
    pushInterval: s.opt(s.num()),
  });

  /** Push interval in seconds: from 1 hour to 1 week. */
  const pushInterval = p.int({ min: 3600, max: 604800 });

  return {
    /** The catalog of feeds one can subscribe to, for an entity type. */
    available: defineEndpoint({
      id: 'dataFeeds.available',
      method: 'GET',
      path: '/api/v2/data-feed/available',
      query: { entityType: p.optional(p.oneOf(ENTITY_TYPES)) },
      response: s.obj({ items: s.arr(feed), page: s.opt(pageInfo()) }),
      summary: 'Feed Collection `{code, name, entityType, description}` (not paginated).',
      docs: DOCS,
    }),

    /** Active feed subscriptions of the team. */
    configured: defineEndpoint({
      id: 'dataFeeds.configured',
      method: 'GET',
      path: '/api/v2/data-feed/configured',
      query: {
        entityType: p.optional(p.oneOf(ENTITY_TYPES)),
        code: p.optional(ident()),
        storageCode: p.optional(ident()),
        ...paging(),
      },
      ...soundchartsList(configuredFeed),
      summary: 'Configured feeds `{feed, entityUuid, storageCode, pushInterval}`; max 100 per page.',
      docs: DOCS,
    }),

    /** Subscribes an entity to a feed (query params, no body; write: 405 on the sandbox). */
    subscribe: defineEndpoint({
      id: 'dataFeeds.subscribe',
      method: 'POST',
      path: '/api/v2/data-feed/configured',
      query: { uuid: p.uuid(), code: ident(), storageCode: ident(), pushInterval: p.optional(pushInterval) },
      response: configuredFeed,
      summary: 'Creates a feed subscription (pushInterval 3600–604800 s); 409 when it exists.',
      docs: DOCS,
    }),

    /** Unsubscribes an entity from a feed (write: 405 on the sandbox). */
    unsubscribe: defineEndpoint({
      id: 'dataFeeds.unsubscribe',
      method: 'DELETE',
      path: '/api/v2/data-feed/configured',
      query: { uuid: p.uuid(), code: ident(), storageCode: ident() },
      response: s.opt(configuredFeed),
      summary: 'Deletes a feed subscription; 404 when it does not exist.',
      docs: DOCS,
    }),
  };
});
