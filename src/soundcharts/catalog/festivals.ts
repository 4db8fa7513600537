/**
 * Soundcharts festivals (reference/soundcharts.md §2.10): metadata (single and batch), identifiers,
 * editions and edition details (line-up), and festivals by city.
 *
 * Naming: `/festival/{uuids}` (1–10 UUIDs, comma-joined) → `getMany` (as `artists.getMany`); `/festival/edition/{uuid}` →
 * `edition` (editions have their own UUIDs, from `editions`); `/festival/by-city-key` → `byCityKey`
 * (the official SDK groups the by-city endpoints in a `city` module; here they stay in the family of
 * their URL). Discovery (`POST /api/v2/top/festivals`) is `top.festivals`.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import {
  ID_PLATFORMS, artistRef, batchOf, datesInOrder, festivalRef, genres, ident, identifier, identifiersQuery, paging, period, uuidBatch,
  venueRef,
} from './shared.js';

const DOCS = 'reference/soundcharts.md §2.10 (Festival, venue, city)';

export const festivals = defineFamily(() => {
  /** Festival metadata. The docs name the resource "Festival" without listing fields: all optional. */
  const festival = s.obj({
    uuid: s.opt(s.str()),
    name: s.opt(s.str()),
    imageUrl: s.opt(s.str()),
    webUrl: s.opt(s.str()),
    appUrl: s.opt(s.str()),
    cityName: s.opt(s.str()),
    countryCode: s.opt(s.str()),
    countryName: s.opt(s.str()),
    region: s.opt(s.str()),
    genres: genres(),
    capacity: s.opt(s.num()),
    type: s.opt(s.str()),
  });

  /** A festival edition (one year of a festival). */
  const edition = s.obj({
    uuid: s.opt(s.str()),
    name: s.opt(s.str()),
    startedAt: s.opt(s.date()),
    endedAt: s.opt(s.date()),
    status: s.opt(s.str()),
    festival: s.opt(festivalRef()),
    venue: s.opt(venueRef()),
    cityName: s.opt(s.str()),
    countryCode: s.opt(s.str()),
    /** Programmed artists (edition details only). */
    artists: s.opt(s.arr(artistRef())),
    url: s.opt(s.str()),
  });

  return {
    /** Festival metadata by UUID. */
    get: defineEndpoint({
      id: 'festivals.get',
      method: 'GET',
      path: '/api/v2/festival/{uuid}',
      pathParams: { uuid: p.uuid() },
      response: festival,
      summary: 'Festival metadata; 404 when unknown.',
      docs: DOCS,
    }),

    /** Metadata of up to 10 festivals, UUIDs joined by commas in one string. */
    getMany: defineEndpoint({
      id: 'festivals.getMany',
      method: 'GET',
      path: '/api/v2/festival/{uuids}',
      pathParams: { uuids: uuidBatch() },
      response: batchOf(festival),
      summary: 'Festival Metadata Collection for 1–10 UUIDs (400 above 10).',
      docs: DOCS,
    }),

    /** Festival by a platform identifier. */
    byPlatform: defineEndpoint({
      id: 'festivals.byPlatform',
      method: 'GET',
      path: '/api/v2/festival/by-platform/{platform}/{identifier}',
      pathParams: { platform: p.oneOf(ID_PLATFORMS), identifier: ident() },
      response: festival,
      summary: 'Festival metadata by platform id; 404 when unknown (not charged).',
      docs: DOCS,
    }),

    /** Platform identifiers of a festival. */
    identifiers: defineEndpoint({
      id: 'festivals.identifiers',
      method: 'GET',
      path: '/api/v2/festival/{uuid}/identifiers',
      pathParams: { uuid: p.uuid() },
      query: identifiersQuery(),
      ...soundchartsList(identifier(), { related: festivalRef() }),
      summary: 'Platform ids and URLs of a festival.',
      docs: DOCS,
    }),

    /** Editions of a festival in a date window; their UUIDs feed `festivals.edition`. */
    editions: defineEndpoint({
      id: 'festivals.editions',
      method: 'GET',
      path: '/api/v2/festival/{uuid}/editions',
      pathParams: { uuid: p.uuid() },
      query: { ...period(), ...paging() },
      checks: [datesInOrder],
      ...soundchartsList(edition, { related: festivalRef() }),
      summary: 'Editions `{uuid, name, startedAt, endedAt}` of a festival; max 100 per page.',
      docs: DOCS,
    }),

    /** One edition with its programmed artists. */
    edition: defineEndpoint({
      id: 'festivals.edition',
      method: 'GET',
      path: '/api/v2/festival/edition/{uuid}',
      pathParams: { uuid: p.uuid() },
      response: edition,
      summary: 'Edition details including the line-up; 404 when unknown.',
      docs: DOCS,
    }),

    /**
     * Festivals in a city (`cityKey` from the venue/festival city referential). Only `cityKey` is
     * documented; `offset`/`limit` follow the list envelope (the official SDK pages through it).
     */
    byCityKey: defineEndpoint({
      id: 'festivals.byCityKey',
      method: 'GET',
      path: '/api/v2/festival/by-city-key',
      query: { cityKey: ident(), ...paging() },
      ...soundchartsList(festival),
      summary: 'Festival Collection of a city; 400 without cityKey.',
      docs: DOCS,
    }),
  };
});
