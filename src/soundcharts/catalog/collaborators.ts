/**
 * Soundcharts collaborators: songwriters, producers and other credited people
 * (reference/soundcharts.md §2.11).
 *
 * Naming: `/collaborator/{uuids}` (1–10 UUIDs, comma-joined) → `getMany` (as `artists.getMany`); `/collaborator/by-ipi/{ipi}`
 * → `byIpi`. Discovery (`POST /api/v2/top/collaborators`) is `top.collaborators`; collaborator search
 * (§2.2) is in search.ts.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import {
  ID_PLATFORMS, SOCIAL_PLATFORMS, albumRef, audiencePoint, batchOf, datesInOrder, ident, identifier, identifiersQuery, ipi, paging, period,
  songRef, sortOrder, uuidBatch,
} from './shared.js';

const DOCS = 'reference/soundcharts.md §2.11 (Collaborator, label, publisher, work)';

export const collaborators = defineFamily(() => {
  /** Roles arrive as codes (`composer`) or as objects, depending on the version. */
  const roles = s.opt(s.arr(s.oneOf([s.str(), s.obj({ code: s.opt(s.str()), name: s.opt(s.str()) })])));

  /** Collaborator metadata (DOC-DEF collaboratorresponse). */
  const collaborator = s.obj({
    uuid: s.opt(s.str()),
    collaboratorId: s.opt(s.oneOf([s.str(), s.num()])),
    name: s.opt(s.str()),
    imageUrl: s.opt(s.str()),
    isni: s.opt(s.str()),
    ipi: s.opt(s.oneOf([s.str(), s.arr(s.str())])),
    roles,
    countryCode: s.opt(s.str()),
    webUrl: s.opt(s.str()),
    biography: s.opt(s.str()),
    gender: s.opt(s.str()),
    type: s.opt(s.str()),
    birthDate: s.opt(s.date()),
    cityName: s.opt(s.str()),
  });
  const collaboratorLight = s.obj({ uuid: s.opt(s.str()), name: s.opt(s.str()), imageUrl: s.opt(s.str()) });

  return {
    /** Collaborator metadata by UUID. */
    get: defineEndpoint({
      id: 'collaborators.get',
      method: 'GET',
      path: '/api/v2/collaborator/{uuid}',
      pathParams: { uuid: p.uuid() },
      response: collaborator,
      summary: 'Collaborator profile (roles, ISNI/IPI, country, biography); 404 when unknown.',
      docs: DOCS,
    }),

    /** Metadata of up to 10 collaborators, UUIDs joined by commas in one string. */
    getMany: defineEndpoint({
      id: 'collaborators.getMany',
      method: 'GET',
      path: '/api/v2/collaborator/{uuids}',
      pathParams: { uuids: uuidBatch() },
      response: batchOf(collaborator),
      summary: 'Collaborator Metadata Collection for 1–10 UUIDs (400 above 10).',
      docs: DOCS,
    }),

    /** Collaborator by IPI number. */
    byIpi: defineEndpoint({
      id: 'collaborators.byIpi',
      method: 'GET',
      path: '/api/v2/collaborator/by-ipi/{ipi}',
      pathParams: { ipi: ipi() },
      response: collaborator,
      summary: 'Collaborator by IPI; 404 when unknown.',
      docs: DOCS,
    }),

    /** Collaborator by a platform identifier. */
    byPlatform: defineEndpoint({
      id: 'collaborators.byPlatform',
      method: 'GET',
      path: '/api/v2/collaborator/by-platform/{platform}/{identifier}',
      pathParams: { platform: p.oneOf(ID_PLATFORMS), identifier: ident() },
      response: collaborator,
      summary: 'Collaborator by platform id; 400 for an unknown platform code, 404 for an unknown id.',
      docs: DOCS,
    }),

    /** Platform identifiers of a collaborator. */
    identifiers: defineEndpoint({
      id: 'collaborators.identifiers',
      method: 'GET',
      path: '/api/v2/collaborator/{uuid}/identifiers',
      pathParams: { uuid: p.uuid() },
      query: identifiersQuery(),
      ...soundchartsList(identifier(), { related: collaboratorLight }),
      summary: 'Platform ids and URLs of a collaborator.',
      docs: DOCS,
    }),

    /** Songs credited to a collaborator. */
    songs: defineEndpoint({
      id: 'collaborators.songs',
      method: 'GET',
      path: '/api/v2/collaborator/{uuid}/songs',
      pathParams: { uuid: p.uuid() },
      query: { ...paging() },
      ...soundchartsList(songRef(), { related: collaboratorLight }),
      summary: 'Songs credited to a collaborator; max 100 per page.',
      docs: DOCS,
    }),

    /** Albums credited to a collaborator (path from the official SDK 1.3, `collaborator.get_albums`). */
    albums: defineEndpoint({
      id: 'collaborators.albums',
      method: 'GET',
      path: '/api/v2/collaborator/{uuid}/albums',
      pathParams: { uuid: p.uuid() },
      query: { ...paging() },
      ...soundchartsList(albumRef(), { related: collaboratorLight }),
      summary: 'Albums credited to a collaborator; max 100 per page.',
      docs: DOCS,
    }),

    /** Social audience of a collaborator on one platform; `sort` orders by date. */
    audience: defineEndpoint({
      id: 'collaborators.audience',
      method: 'GET',
      path: '/api/v2/collaborator/{uuid}/audience/{platform}',
      pathParams: { uuid: p.uuid(), platform: p.oneOf(SOCIAL_PLATFORMS) },
      query: { ...period(), ...paging(), sort: p.optional(sortOrder()) },
      checks: [datesInOrder],
      ...soundchartsList(audiencePoint(), { related: s.json() }),
      summary: 'Collaborator audience series (followers, likes…) on a social platform.',
      docs: DOCS,
    }),
  };
});
