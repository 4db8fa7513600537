/**
 * Soundcharts venues and concerts (reference/soundcharts.md §2.10).
 *
 * Naming: `/venue/{uuid}/concerts` → `concerts`; `/venue/concert/{uuid}` → `concert`;
 * `/venue/concerts/by-city-key` → `concertsByCityKey`; `/venue/by-city-key` → `byCityKey` (the
 * official SDK groups the by-city endpoints in a `city` module; here they stay in the family of
 * their URL). Discovery (`POST /api/v2/top/venues`) is `top.venues`; venue search and the
 * venue-city referential are in search.ts and referential.ts.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import { ID_PLATFORMS, artistRef, datesInOrder, genres, ident, identifier, identifiersQuery, paging, period, venueRef } from './shared.js';

const DOCS = 'reference/soundcharts.md §2.10 (Festival, venue, city)';

export const venues = defineFamily(() => {
  /** Venue metadata (fields of the discovery `venue` object plus what the metadata page adds). */
  const venue = s.obj({
    uuid: s.opt(s.str()),
    name: s.opt(s.str()),
    type: s.opt(s.str()),
    capacity: s.opt(s.num()),
    address: s.opt(s.str()),
    cityName: s.opt(s.str()),
    region: s.opt(s.str()),
    countryCode: s.opt(s.str()),
    countryName: s.opt(s.str()),
    latitude: s.opt(s.num()),
    longitude: s.opt(s.num()),
    imageUrl: s.opt(s.str()),
    webUrl: s.opt(s.str()),
    appUrl: s.opt(s.str()),
    genres: genres(),
  });

  /** A concert: date, venue, programmed artists and ticketing (details only). */
  const concert = s.obj({
    uuid: s.opt(s.str()),
    name: s.opt(s.str()),
    date: s.opt(s.date()),
    type: s.opt(s.str()),
    status: s.opt(s.str()),
    venue: s.opt(venueRef()),
    artists: s.opt(s.arr(artistRef())),
    ticketing: s.opt(
      s.arr(
        s.obj({
          platform: s.opt(s.str()),
          url: s.opt(s.str()),
          price: s.opt(s.num()),
          currency: s.opt(s.str()),
          soldOut: s.opt(s.bool()),
        }),
      ),
    ),
    url: s.opt(s.str()),
  });

  return {
    /** Venue metadata by UUID. */
    get: defineEndpoint({
      id: 'venues.get',
      method: 'GET',
      path: '/api/v2/venue/{uuid}',
      pathParams: { uuid: p.uuid() },
      response: venue,
      summary: 'Venue metadata (type, capacity, location); 404 when unknown.',
      docs: DOCS,
    }),

    /** Venue by a platform identifier. */
    byPlatform: defineEndpoint({
      id: 'venues.byPlatform',
      method: 'GET',
      path: '/api/v2/venue/by-platform/{platform}/{identifier}',
      pathParams: { platform: p.oneOf(ID_PLATFORMS), identifier: ident() },
      response: venue,
      summary: 'Venue metadata by platform id; 404 when unknown (not charged).',
      docs: DOCS,
    }),

    /** Platform identifiers of a venue. */
    identifiers: defineEndpoint({
      id: 'venues.identifiers',
      method: 'GET',
      path: '/api/v2/venue/{uuid}/identifiers',
      pathParams: { uuid: p.uuid() },
      query: identifiersQuery(),
      ...soundchartsList(identifier(), { related: venueRef() }),
      summary: 'Platform ids and URLs of a venue.',
      docs: DOCS,
    }),

    /** Concerts at a venue in a date window. */
    concerts: defineEndpoint({
      id: 'venues.concerts',
      method: 'GET',
      path: '/api/v2/venue/{uuid}/concerts',
      pathParams: { uuid: p.uuid() },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(concert, { related: venueRef() }),
      summary: 'Concerts `{uuid, name, date, artists}` at a venue; max 100 per page.',
      docs: DOCS,
    }),

    /** One concert with its artists and ticketing. */
    concert: defineEndpoint({
      id: 'venues.concert',
      method: 'GET',
      path: '/api/v2/venue/concert/{uuid}',
      pathParams: { uuid: p.uuid() },
      response: concert,
      summary: 'Concert details including artists and ticketing; 404 when unknown.',
      docs: DOCS,
    }),

    /** Upcoming and past concerts in a city (`cityKey` required). */
    concertsByCityKey: defineEndpoint({
      id: 'venues.concertsByCityKey',
      method: 'GET',
      path: '/api/v2/venue/concerts/by-city-key',
      query: { cityKey: ident(), ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(concert),
      summary: 'Concerts in a city; 400 without cityKey; max 100 per page.',
      docs: DOCS,
    }),

    /** Venues in a city (`cityKey` required; `offset`/`limit` follow the list envelope). */
    byCityKey: defineEndpoint({
      id: 'venues.byCityKey',
      method: 'GET',
      path: '/api/v2/venue/by-city-key',
      query: { cityKey: ident(), ...paging() },
      ...soundchartsList(venue),
      summary: 'Venue collection of a city; 400 without cityKey.',
      docs: DOCS,
    }),
  };
});
