/**
 * Soundcharts labels (reference/soundcharts.md §2.11).
 *
 * Naming: `/label/{uuids}` (1–10 UUIDs, comma-joined) → `getMany` (as `artists.getMany`). Label search (§2.2, path
 * unconfirmed) and the label-type referential are in search.ts and referential.ts.
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import {
  SOCIAL_PLATFORMS, audiencePoint, batchOf, datesInOrder, identifier, identifiersQuery, paging, period, sortOrder, uuidBatch,
} from './shared.js';

const DOCS = 'reference/soundcharts.md §2.11 (Collaborator, label, publisher, work)';

export const labels = defineFamily(() => {
  /** `company` / `address` are text on some records and objects on others. */
  const textOrObject = s.opt(s.oneOf([s.str(), s.obj({ name: s.opt(s.str()) })]));

  /** Label metadata. */
  const label = s.obj({
    uuid: s.opt(s.str()),
    name: s.opt(s.str()),
    type: s.opt(s.str()),
    countryCode: s.opt(s.str()),
    foundedAt: s.opt(s.date()),
    website: s.opt(s.str()),
    company: textOrObject,
    address: textOrObject,
    imageUrl: s.opt(s.str()),
  });
  const labelLight = s.obj({ uuid: s.opt(s.str()), name: s.opt(s.str()), imageUrl: s.opt(s.str()) });

  return {
    /** Label metadata by UUID. */
    get: defineEndpoint({
      id: 'labels.get',
      method: 'GET',
      path: '/api/v2/label/{uuid}',
      pathParams: { uuid: p.uuid() },
      response: label,
      summary: 'Label metadata (type, country, founding date, company); 404 when unknown.',
      docs: DOCS,
    }),

    /** Metadata of up to 10 labels, UUIDs joined by commas in one string. */
    getMany: defineEndpoint({
      id: 'labels.getMany',
      method: 'GET',
      path: '/api/v2/label/{uuids}',
      pathParams: { uuids: uuidBatch() },
      response: batchOf(label),
      summary: 'Label Metadata Collection for 1–10 UUIDs (400 above 10).',
      docs: DOCS,
    }),

    /** Platform identifiers of a label. */
    identifiers: defineEndpoint({
      id: 'labels.identifiers',
      method: 'GET',
      path: '/api/v2/label/{uuid}/identifiers',
      pathParams: { uuid: p.uuid() },
      query: identifiersQuery(),
      ...soundchartsList(identifier(), { related: labelLight }),
      summary: 'Platform ids and URLs of a label.',
      docs: DOCS,
    }),

    /** Social audience of a label on one platform; `sort` orders by date. */
    audience: defineEndpoint({
      id: 'labels.audience',
      method: 'GET',
      path: '/api/v2/label/{uuid}/audience/{platform}',
      pathParams: { uuid: p.uuid(), platform: p.oneOf(SOCIAL_PLATFORMS) },
      query: { ...period(), ...paging(), sort: p.optional(sortOrder()) },
      checks: [datesInOrder],
      ...soundchartsList(audiencePoint(), { related: s.json() }),
      summary: 'Label audience series (followers, likes…) on a social platform.',
      docs: DOCS,
    }),
  };
});
