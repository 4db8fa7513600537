/**
 * Wire cases of Chartmetric `festivals`: `/api/festival/list`.
 * Definitions: src/chartmetric/catalog/festivals.ts.
 * Reference: ../shared/reference/chartmetric.md §3 "Festival", sort columns §5.5, enums §5.9.
 * Sandbox fake: src/testing/chartmetric/festivals.ts, data in artist-data.ts.
 */
import { expect } from 'vitest';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { first } from './helpers.js';

type Festivals = ChartmetricCatalog['festivals'];

export const cases: WireCase[] = [
  {
    id: 'festivals.list',
    args: [{ code2s: ['BE', 'US'], eventSizes: ['mega', 'large'], sortColumn: 'rank', sortOrderDesc: false }],
    expect: {
      method: 'GET',
      path: '/api/festival/list',
      query: 'code2s[]=BE&code2s[]=US&eventSizes[]=mega&eventSizes[]=large&sortColumn=rank&sortOrderDesc=false',
    },
    check: (r) => {
      for (const f of first<Festivals['list']>(r).items) {
        expect(['BE', 'US']).toContain(f.country);
        expect(f.date).toMatch(/ 00:00:00\.000$/);
      }
    },
  },
];
