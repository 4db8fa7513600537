/**
 * Wire cases of Soundcharts `team`: `/api/v2/team/usage`.
 * Definitions: src/soundcharts/catalog/team.ts.
 * Reference: ../shared/reference/soundcharts.md §2.1 "Auth and account".
 * Sandbox fake: src/testing/soundcharts/team.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as } from './helpers.js';

type Team = SoundchartsCatalog['team'];

export const cases: WireCase[] = [
  {
    id: 'team.usage',
    args: [],
    expect: { method: 'GET', path: '/api/v2/team/usage' },
    check: (r) => {
      const u = as<Team['usage']>(r);
      expect(u.quota?.limit).toBeGreaterThan(0);
      expect(u.rateLimit?.remaining).toBeTypeOf('number');
    },
  },
];
