/**
 * Wire cases of Chartmetric `social`: `/api/SNS/deepSocial/...`.
 * Definitions: src/chartmetric/catalog/social.ts.
 * Reference: ../shared/reference/chartmetric.md §3 "Social (SNS)".
 * Sandbox fake: src/testing/chartmetric/social.ts, data in artist-data.ts.
 */
import { expect } from 'vitest';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as } from './helpers.js';

type Social = ChartmetricCatalog['social'];

export const cases: WireCase[] = [
  {
    id: 'social.instagram',
    args: [3986],
    expect: { method: 'GET', path: '/api/SNS/deepSocial/cm_artist/3986/instagram' },
    check: (r) => {
      const s = as<Social['instagram']>(r);
      expect(s.top_posts).toHaveLength(10);
      expect(s.top_reels?.[0]?.stat?.plays).toBeGreaterThan(0);
    },
  },
];
