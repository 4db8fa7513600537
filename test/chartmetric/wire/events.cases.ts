/**
 * Wire cases of Chartmetric `events`: `/api/event/venue/{id}`.
 * Definitions: src/chartmetric/catalog/events.ts.
 * Reference: ../shared/reference/chartmetric.md §3 "Event / venue".
 * Sandbox fake: src/testing/chartmetric/events.ts, data in artist-data.ts.
 */
import { expect } from 'vitest';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { first } from './helpers.js';

type Events = ChartmetricCatalog['events'];

export const cases: WireCase[] = [
  {
    id: 'events.venue',
    args: [1, { limit: 5, offset: 0 }],
    expect: { method: 'GET', path: '/api/event/venue/1', query: 'limit=5&offset=0' },
    check: (r) => {
      const p = first<Events['venue']>(r);
      expect(p.items).toHaveLength(5);
      expect(p.data.venueInfo?.id).toBe(1);
    },
  },
];
