/**
 * Soundcharts publishers (reference/soundcharts.md §2.11, BETA). Paths from the official SDK
 * (`publisher.py`) and the docs navigation; response fields are not documented, so all optional.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import { ID_PLATFORMS, ident, identifier, identifiersQuery, ipi } from './shared.js';

const DOCS = 'reference/soundcharts.md §2.11 (Collaborator, label, publisher, work)';

export const publishers = defineFamily(() => {
  /** Publisher metadata. */
  const publisher = s.obj({
    uuid: s.opt(s.str()),
    name: s.opt(s.str()),
    ipi: s.opt(s.oneOf([s.str(), s.arr(s.str())])),
    isni: s.opt(s.str()),
    countryCode: s.opt(s.str()),
    imageUrl: s.opt(s.str()),
    webUrl: s.opt(s.str()),
    parent: s.opt(s.obj({ uuid: s.opt(s.str()), name: s.opt(s.str()) })),
  });

  return {
    /** Publisher metadata by UUID. */
    get: defineEndpoint({
      id: 'publishers.get',
      method: 'GET',
      path: '/api/v2/publisher/{uuid}',
      pathParams: { uuid: p.uuid() },
      response: publisher,
      summary: 'Publisher metadata (BETA); 404 when unknown.',
      docs: DOCS,
    }),

    /** Publisher by IPI number. */
    byIpi: defineEndpoint({
      id: 'publishers.byIpi',
      method: 'GET',
      path: '/api/v2/publisher/by-ipi/{ipi}',
      pathParams: { ipi: ipi() },
      response: publisher,
      summary: 'Publisher by IPI (BETA); 404 when unknown.',
      docs: DOCS,
    }),

    /** Publisher by a platform identifier. */
    byPlatform: defineEndpoint({
      id: 'publishers.byPlatform',
      method: 'GET',
      path: '/api/v2/publisher/by-platform/{platform}/{identifier}',
      pathParams: { platform: p.oneOf(ID_PLATFORMS), identifier: ident() },
      response: publisher,
      summary: 'Publisher by platform id (BETA); 404 when unknown.',
      docs: DOCS,
    }),

    /** Platform identifiers of a publisher. */
    identifiers: defineEndpoint({
      id: 'publishers.identifiers',
      method: 'GET',
      path: '/api/v2/publisher/{uuid}/identifiers',
      pathParams: { uuid: p.uuid() },
      query: identifiersQuery(),
      ...soundchartsList(identifier(), { related: s.json() }),
      summary: 'Platform ids and URLs of a publisher (BETA).',
      docs: DOCS,
    }),
  };
});
