/**
 * Chartmetric radio: `/api/radio/…` (reference/chartmetric.md §3 "Radio", §4, §5.9).
 *
 * Family name: `radio` (a mass noun, not pluralized). Names: `…/airplay-totals/{entity}` → `airplayTotals`
 * (the current route gets the guessable name); the deprecated `…/airplay-totals` without an entity
 * segment → `airplayTotalsLegacy`; `…/airplays` → `airplays`; `…/broadcast-markets` → `broadcastMarkets`;
 * `/api/radio/station-list` → `stationList`.
 *
 * Dates differ per route (§6.4): `air_date` is epoch MILLISECONDS on `airplays`, an ISO string on the
 * totals (epoch seconds with `dateFormat: 'UNIX'`).
 */
import * as z from 'zod/mini';
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { camelWire, dateOrEpoch, optId, optNum, optStr, upperCode2 } from './shared.js';

const DOCS = 'reference/chartmetric.md §3 (Radio)';
const RADIO_TYPES = ['artist', 'album', 'track'] as const;

export const radio = defineFamily(() => {
  /** The `{type}/{id}` of every radio route: an artist, album or track id. */
  const radioEntity = { type: p.oneOf(RADIO_TYPES), id: p.id() };

  const trendPoint = s.obj({ air_date: dateOrEpoch(), count: optNum() });
  /** A totals row: a country, city, station or track (fields depend on the entity), with its share of spins. */
  const totalsFields = {
    id: optId(),
    name: optStr(),
    code2: optStr(),
    country: optStr(),
    city: optStr(),
    lat: optNum(),
    lng: optNum(),
    isrc: optStr(),
    plays: optNum(),
    plays_percent: optNum(),
  };
  const totalsRow = s.obj({ ...totalsFields, plays_trend: s.opt(s.arr(trendPoint)) });
  /** Legacy totals: `[row, trend[]]` pairs per entity kind. */
  const legacyPair = z.tuple([s.obj(totalsFields), s.arr(trendPoint)]);

  const marketFields = {
    market: optStr(),
    code2: optStr(),
    market_count_data: optNum(),
    total_market_count_data: optNum(),
    count_of_stations: optNum(),
    population: optNum(),
    lat: optNum(),
    lng: optNum(),
    count: optNum(),
  };

  const station = s.obj({
    id: s.num(),
    name: optStr(),
    genre: optStr(),
    /** A frequency such as `"98.7"`, or a text label on satellite stations. */
    frequency: s.opt(s.numOrText()),
    market: optStr(),
    broadcast_area: optStr(),
    country: optStr(),
    station_state: optStr(),
    image_url: optStr(),
    aqh: optNum(),
    platform: optStr(),
    facebook_likes: optNum(),
    instagram_followers: optNum(),
    twitter_followers: optNum(),
    wikipedia_views: optNum(),
  });

  return {
    /**
     * @deprecated Use `radio.airplayTotals(type, id, entity, …)`. Spin totals of all entity kinds at once,
     * as `[row, trend[]]` pairs.
     */
    airplayTotalsLegacy: defineEndpoint({
      id: 'radio.airplayTotalsLegacy',
      method: 'GET',
      path: '/api/radio/{type}/{id}/airplay-totals',
      pathParams: radioEntity,
      query: { station: p.int({ min: 1 }), since: p.date(), limit: p.optional(p.int({ min: 1 })) },
      response: s.obj({
        countries: s.opt(s.arr(legacyPair)),
        cities: s.opt(s.arr(legacyPair)),
        stations: s.opt(s.arr(legacyPair)),
        tracks: s.opt(s.arr(legacyPair)),
      }),
      deprecated: true,
      summary: 'DEPRECATED spin totals by country/city/station/track; use radio.airplayTotals.',
      docs: `${DOCS}, §6.19`,
    }),

    /**
     * Spin totals of an artist, album or track broken down by `country` | `city` | `station` | `track`,
     * with a per-day trend. `dateFormat: 'UNIX'` switches trend dates to epoch seconds.
     */
    airplayTotals: defineEndpoint({
      id: 'radio.airplayTotals',
      method: 'GET',
      path: '/api/radio/{type}/{id}/airplay-totals/{entity}',
      pathParams: { type: p.oneOf(RADIO_TYPES), id: p.id(), entity: p.oneOf(['country', 'city', 'station', 'track']) },
      query: {
        since: p.date(),
        station: p.optional(p.int({ min: 1 })),
        limit: p.optional(p.int({ min: 1 })),
        dateFormat: p.optional(p.exactly(['ISO', 'UNIX'])),
      },
      wire: camelWire('dateFormat'),
      response: s.arr(totalsRow),
      summary: 'Spin totals by country|city|station|track with per-day trend.',
      docs: `${DOCS}, §5.9`,
    }),

    /** Radio spins per day of an artist, album or track; `air_date` is epoch milliseconds. */
    airplays: defineEndpoint({
      id: 'radio.airplays',
      method: 'GET',
      path: '/api/radio/{type}/{id}/airplays',
      pathParams: radioEntity,
      query: { since: p.date() },
      response: s.arr(s.obj({ air_date: s.epoch(), spins: optNum() })),
      summary: 'Radio spins series ([{air_date (epoch ms), spins}]).',
      docs: `${DOCS}, §6.4`,
    }),

    /** Spin counts by broadcast market (`{countryRatios, cityRatios}`); counters arrive as strings. */
    broadcastMarkets: defineEndpoint({
      id: 'radio.broadcastMarkets',
      method: 'GET',
      path: '/api/radio/{type}/{id}/broadcast-markets',
      pathParams: radioEntity,
      query: { since: p.date() },
      response: s.obj({
        countryRatios: s.arr(s.obj(marketFields)),
        cityRatios: s.arr(s.obj({ ...marketFields, display_name: optStr(), country: optStr(), city_id: optNum() })),
      }),
      summary: 'Spins by broadcast market ({countryRatios[], cityRatios[]}).',
      docs: `${DOCS}, §6.5`,
    }),

    /** Radio and SiriusXM stations of a country. */
    stationList: defineEndpoint({
      id: 'radio.stationList',
      method: 'GET',
      path: '/api/radio/station-list',
      query: { code2: p.optional(upperCode2()) },
      response: s.arr(station),
      summary: 'Radio station directory for a country.',
      docs: DOCS,
    }),
  };
});
