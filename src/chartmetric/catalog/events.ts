/**
 * Chartmetric events / venues: `/api/event/venue/{venueId}` (reference/chartmetric.md §3 "Event / venue").
 * Naming: family `event` → `events`; the literal segment `venue` → `events.venue(venueId)`.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { optBool, optDate, optNum, optStr } from './shared.js';

export const events = defineFamily(() => {
  const venueInfo = s.obj({
    id: s.num(),
    name: optStr(),
    image_url: optStr(),
    street_address: optStr(),
    lat: optNum(),
    lng: optNum(),
    zip: optStr(),
    city_id: optNum(),
    code2: optStr(),
    capacity: optNum(),
    description: optStr(),
    phone: optStr(),
    parent: s.opt(s.json()),
    created_at: optDate(),
    modified_at: optDate(),
  });

  const venueEvent = s.obj({
    event_id: optNum(),
    event_name: optStr(),
    event_image_url: optStr(),
    start_date: optDate(),
    end_date: optDate(),
    artists: s.opt(s.arr(s.obj({ id: optNum(), name: optStr(), is_headliner: optBool() }))),
  });

  return {
    /**
     * A venue and its events (`{venueInfo, events}`). `limit` ≤ 100 applies to `events`. Paginated over
     * `events`; every page repeats `venueInfo`.
     */
    venue: defineEndpoint({
      id: 'events.venue',
      method: 'GET',
      path: '/api/event/venue/{venueId}',
      pathParams: { venueId: p.id() },
      query: { limit: p.optional(p.int({ min: 1, max: 100 })), offset: p.optional(p.int({ min: 0 })) },
      response: s.obj({ venueInfo: s.opt(venueInfo), events: s.arr(venueEvent) }),
      paginate: { kind: 'offset', items: (d) => d.events, defaultLimit: 20 },
      summary: 'Venue details and its events; limit ≤ 100.',
      docs: 'reference/chartmetric.md §3 (Event / venue)',
    }),
  };
});
