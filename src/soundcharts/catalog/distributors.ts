/**
 * Soundcharts distributors: UPC prefixes mapped to a distributor (reference/soundcharts.md §2.12).
 * Paths from the official SDK 1.3 (`distributor.py`) and the docs page add-upc-to-a-distributor.
 *
 * Naming: POST and DELETE share `/distributor/{uuid}/upcs/{upc}`, so they are `addUpc` and
 * `removeUpc`. Writes: 403 "You can't modify this distributor"; the sandbox answers 405
 * ("Sandbox only…"); changes are applied on demand only.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import { paging, upc } from './shared.js';

const DOCS = 'reference/soundcharts.md §2.12 (Account-scoped and write endpoints)';

export const distributors = defineFamily(() => {
  /** A UPC root (prefix) of a distributor. Field names are not documented: all optional. */
  const upcRoot = s.obj({
    uuid: s.opt(s.str()),
    upcRoot: s.opt(s.str()),
    upc: s.opt(s.str()),
    distributor: s.opt(s.obj({ uuid: s.opt(s.str()), name: s.opt(s.str()) })),
    createdAt: s.opt(s.date()),
  });

  return {
    /** UPC prefixes mapped to a distributor. */
    upcRoots: defineEndpoint({
      id: 'distributors.upcRoots',
      method: 'GET',
      path: '/api/v2/distributor/{uuid}/upc-roots',
      pathParams: { uuid: p.uuid() },
      query: { ...paging() },
      ...soundchartsList(s.oneOf([s.str(), upcRoot]), { related: s.json() }),
      summary: 'UPC prefixes of a distributor; max 100 per page.',
      docs: DOCS,
    }),

    /** Assigns a missing UPC to a distributor (write: 405 on the sandbox). */
    addUpc: defineEndpoint({
      id: 'distributors.addUpc',
      method: 'POST',
      path: '/api/v2/distributor/{uuid}/upcs/{upc}',
      pathParams: { uuid: p.uuid(), upc: upc() },
      response: s.opt(upcRoot),
      summary: 'Adds a UPC to a distributor and returns the Root Upc; 403 when the distributor is not yours.',
      docs: DOCS,
    }),

    /** Unlinks a wrongly mapped UPC from a distributor (write: 405 on the sandbox). */
    removeUpc: defineEndpoint({
      id: 'distributors.removeUpc',
      method: 'DELETE',
      path: '/api/v2/distributor/{uuid}/upcs/{upc}',
      pathParams: { uuid: p.uuid(), upc: upc() },
      response: s.opt(upcRoot),
      summary: 'Removes a UPC from a distributor; 403 when the distributor is not yours.',
      docs: DOCS,
    }),
  };
});
