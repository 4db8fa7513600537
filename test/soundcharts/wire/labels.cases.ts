/**
 * Wire cases of Soundcharts `labels`: `/api/v2/label/...`.
 * Definitions: src/soundcharts/catalog/labels.ts.
 * Reference: ../shared/reference/soundcharts.md §2.11 "Collaborator, label, publisher, work".
 * Sandbox fake: src/testing/soundcharts/labels.ts, data in rights-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, first, JAN, JAN_Q } from './helpers.js';

type Labels = SoundchartsCatalog['labels'];

const DARKROOM = 'ded7c876-16ab-2025-9418-0b2e72187f6f';
const INTERSCOPE = 'cbf44d93-7cba-efbf-d7b0-003a29a97791';

export const cases: WireCase[] = [
  {
    id: 'labels.get',
    args: [DARKROOM],
    expect: { method: 'GET', path: `/api/v2/label/${DARKROOM}` },
    check: (r) => expect(as<Labels['get']>(r)).toMatchObject({ name: 'Darkroom', type: 'imprint', countryCode: 'US' }),
  },
  {
    id: 'labels.getMany',
    args: [`${DARKROOM},${INTERSCOPE}`],
    expect: { method: 'GET', path: `/api/v2/label/${DARKROOM},${INTERSCOPE}` },
    check: (r) => {
      const l = as<Labels['getMany']>(r);
      expect(l.items.map((x) => x.name)).toEqual(['Darkroom', 'Interscope Records']);
      expect(l.items[1]?.company).toEqual({ name: 'Universal Music Group' });
    },
  },
  {
    id: 'labels.identifiers',
    args: [DARKROOM, { platform: 'discogs' }],
    expect: { method: 'GET', path: `/api/v2/label/${DARKROOM}/identifiers`, query: 'platform=discogs' },
    check: (r) => expect(first<Labels['identifiers']>(r).items[0]?.platformCode).toBe('discogs'),
  },
  {
    id: 'labels.audience',
    args: [INTERSCOPE, 'instagram', { ...JAN, limit: 5 }],
    expect: { method: 'GET', path: `/api/v2/label/${INTERSCOPE}/audience/instagram`, query: `${JAN_Q}&limit=5` },
    check: (r) => {
      const p = first<Labels['audience']>(r);
      expect(p.items[0]?.date).toBe('2025-01-01T00:00:00+00:00');
      expect(p.data.page?.total).toBe(10);
    },
  },
];
