/**
 * Wire cases of Soundcharts `publishers`: `/api/v2/publisher/...`.
 * Definitions: src/soundcharts/catalog/publishers.ts.
 * Reference: ../shared/reference/soundcharts.md §2.11 "Collaborator, label, publisher, work".
 * Sandbox fake: src/testing/soundcharts/publishers.ts, data in rights-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, first } from './helpers.js';

type Publishers = SoundchartsCatalog['publishers'];

const PUBLISHER = '75518eca-89db-1919-5c23-4911733c3ff7';

export const cases: WireCase[] = [
  {
    id: 'publishers.get',
    args: [PUBLISHER],
    expect: { method: 'GET', path: `/api/v2/publisher/${PUBLISHER}` },
    check: (r) => expect(as<Publishers['get']>(r)).toMatchObject({ name: 'Sandbox Music Publishing', ipi: '00768306036' }),
  },
  {
    id: 'publishers.byIpi',
    args: ['00768306036'],
    expect: { method: 'GET', path: '/api/v2/publisher/by-ipi/00768306036' },
    check: (r) => expect(as<Publishers['byIpi']>(r).uuid).toBe(PUBLISHER),
  },
  {
    id: 'publishers.byPlatform',
    args: ['musicbrainz', '814256257'],
    expect: { method: 'GET', path: '/api/v2/publisher/by-platform/musicbrainz/814256257' },
    check: (r) => expect(as<Publishers['byPlatform']>(r).uuid).toBe(PUBLISHER),
  },
  {
    id: 'publishers.identifiers',
    args: [PUBLISHER, { limit: 1 }],
    expect: { method: 'GET', path: `/api/v2/publisher/${PUBLISHER}/identifiers`, query: 'limit=1' },
    check: (r) => {
      const p = first<Publishers['identifiers']>(r);
      expect(p.items).toHaveLength(1);
      expect(p.data.page?.next).toBe(`/api/v2/publisher/${PUBLISHER}/identifiers?offset=1&limit=1`);
    },
  },
];
