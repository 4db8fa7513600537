/**
 * Chartmetric events / venues: `/api/event/venue/{venueId}` (reference/chartmetric.md §3 "Event / venue").
 * Naming: family `event` → `events`; the literal segment `venue` → `events.venue(venueId)`.
 */
import { defineEndpoint } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { b, d, n, t } from './artists.js';

const venueInfo = s.obj({
  id: s.num(),
  name: t(),
  image_url: t(),
  street_address: t(),
  lat: n(),
  lng: n(),
  zip: t(),
  city_id: n(),
  code2: t(),
  capacity: n(),
  description: t(),
  phone: t(),
  parent: s.opt(s.json()),
  created_at: d(),
  modified_at: d(),
});

const venueEvent = s.obj({
  event_id: n(),
  event_name: t(),
  event_image_url: t(),
  start_date: d(),
  end_date: d(),
  artists: s.opt(s.arr(s.obj({ id: n(), name: t(), is_headliner: b() }))),
});

export const events = {
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
