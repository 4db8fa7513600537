/**
 * Wire cases of Soundcharts `radios`: `/api/v2/radio/{slug}/...`.
 * Definitions: src/soundcharts/catalog/radios.ts.
 * Reference: ../shared/reference/soundcharts.md §2.9 "Radio".
 * Sandbox fake: src/testing/soundcharts/radios.ts, data in music-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { first } from './helpers.js';

type Radios = SoundchartsCatalog['radios'];

const RADIO = 'silver-fm-us-0';

export const cases: WireCase[] = [
  {
    id: 'radios.liveFeed',
    args: [RADIO, { startDate: '2025-01-01', endDate: '2025-01-02', limit: 50 }],
    expect: { method: 'GET', path: `/api/v2/radio/${RADIO}/live-feed`, query: 'startDate=2025-01-01&endDate=2025-01-02&limit=50' },
    check: (r) => {
      const p = first<Radios['liveFeed']>(r);
      expect(p.items).toHaveLength(50);
      expect(p.data.page?.total).toBe(60);
      expect(p.items[0]?.airedAt.startsWith('2025-01-02T')).toBe(true);
      expect(p.data.related?.slug).toBe(RADIO);
    },
  },
  {
    id: 'radios.identifiers',
    args: [RADIO, { platform: 'tunein' }],
    expect: { method: 'GET', path: `/api/v2/radio/${RADIO}/identifiers`, query: 'platform=tunein' },
    check: (r) => {
      const p = first<Radios['identifiers']>(r);
      expect(p.items).toHaveLength(1);
      expect(p.items[0]?.url).toMatch(/^https:\/\/tunein\.com\/radio\//);
    },
  },
];
