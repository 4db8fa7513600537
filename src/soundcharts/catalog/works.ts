/**
 * Soundcharts works: musical compositions with writers and publisher shares
 * (reference/soundcharts.md §2.11, BETA).
 *
 * Naming: `/work/{uuids}` (1–10 UUIDs, comma-joined) → `getMany` (as `artists.getMany`); `/work/by-iswc/{iswc}` → `byIswc`;
 * `/work/{uuid}/recordings` → `recordings` (the songs that record the work).
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import { ID_PLATFORMS, batchOf, ident, identifier, identifiersQuery, iswc, paging, songRef, uuidBatch } from './shared.js';

const DOCS = 'reference/soundcharts.md §2.11 (Collaborator, label, publisher, work)';

export const works = defineFamily(() => {
  const writer = s.obj({ uuid: s.opt(s.str()), name: s.opt(s.str()), role: s.opt(s.str()) });
  /** Work metadata (DOC-DEF workresponse): writers and publishers with their shares. */
  const work = s.obj({
    uuid: s.opt(s.str()),
    name: s.opt(s.str()),
    iswc: s.opt(s.str()),
    writers: s.opt(s.arr(writer)),
    publishers: s.opt(
      s.arr(
        s.obj({
          uuid: s.opt(s.str()),
          name: s.opt(s.str()),
          /** Share in percent. */
          share: s.opt(s.num()),
          /** The administering publisher (an object, or its name on some records). */
          adminPublisher: s.opt(s.oneOf([s.str(), s.bool(), s.obj({ uuid: s.opt(s.str()), name: s.opt(s.str()) })])),
          /** Writers this share belongs to (objects or UUIDs). */
          relatedWriters: s.opt(s.arr(s.oneOf([s.str(), writer]))),
        }),
      ),
    ),
  });
  const workLight = s.obj({ uuid: s.opt(s.str()), name: s.opt(s.str()), iswc: s.opt(s.str()) });

  return {
    /** Work metadata by UUID. */
    get: defineEndpoint({
      id: 'works.get',
      method: 'GET',
      path: '/api/v2/work/{uuid}',
      pathParams: { uuid: p.uuid() },
      response: work,
      summary: 'Work metadata: ISWC, writers (with roles) and publishers (with shares); 404 when unknown.',
      docs: DOCS,
    }),

    /** Metadata of up to 10 works, UUIDs joined by commas in one string (400 above 10). */
    getMany: defineEndpoint({
      id: 'works.getMany',
      method: 'GET',
      path: '/api/v2/work/{uuids}',
      pathParams: { uuids: uuidBatch() },
      response: batchOf(work),
      summary: 'Work Metadata Collection for 1–10 UUIDs (400 above 10).',
      docs: DOCS,
    }),

    /** Work by ISWC. */
    byIswc: defineEndpoint({
      id: 'works.byIswc',
      method: 'GET',
      path: '/api/v2/work/by-iswc/{iswc}',
      pathParams: { iswc: iswc() },
      response: work,
      summary: 'Work by ISWC; 404 when unknown.',
      docs: DOCS,
    }),

    /** Work by a platform identifier. */
    byPlatform: defineEndpoint({
      id: 'works.byPlatform',
      method: 'GET',
      path: '/api/v2/work/by-platform/{platform}/{identifier}',
      pathParams: { platform: p.oneOf(ID_PLATFORMS), identifier: ident() },
      response: work,
      summary: 'Work by platform id; 404 when unknown.',
      docs: DOCS,
    }),

    /** Platform identifiers of a work. */
    identifiers: defineEndpoint({
      id: 'works.identifiers',
      method: 'GET',
      path: '/api/v2/work/{uuid}/identifiers',
      pathParams: { uuid: p.uuid() },
      query: identifiersQuery(),
      ...soundchartsList(identifier(), { related: workLight }),
      summary: 'Platform ids and URLs of a work.',
      docs: DOCS,
    }),

    /** Songs (recordings) of a work. */
    recordings: defineEndpoint({
      id: 'works.recordings',
      method: 'GET',
      path: '/api/v2/work/{uuid}/recordings',
      pathParams: { uuid: p.uuid() },
      query: { ...paging() },
      ...soundchartsList(songRef(), { related: workLight }),
      summary: 'WorkSongCollection: the songs recording a work; max 100 per page.',
      docs: DOCS,
    }),
  };
});
