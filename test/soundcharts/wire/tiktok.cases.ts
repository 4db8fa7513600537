/**
 * Wire cases of Soundcharts `tiktok`: `/api/v2/tiktok/music/...`.
 * Definitions: src/soundcharts/catalog/tiktok.ts.
 * Reference: ../shared/reference/soundcharts.md §2.12 "Account-scoped and write endpoints".
 * Sandbox fake: src/testing/soundcharts/tiktok.ts, data in music-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, first } from './helpers.js';

type Tiktok = SoundchartsCatalog['tiktok'];

const TIKTOK_SOUND = '7493203048008468581';

export const cases: WireCase[] = [
  {
    id: 'tiktok.music',
    args: [TIKTOK_SOUND],
    expect: { method: 'GET', path: `/api/v2/tiktok/music/${TIKTOK_SOUND}` },
    check: (r) => expect(as<Tiktok['music']>(r)).toMatchObject({ identifier: TIKTOK_SOUND, title: '!!!!!!!', authorName: 'Billie Eilish' }),
  },
  {
    id: 'tiktok.musicVideoVolume',
    args: [TIKTOK_SOUND, { endDate: '2025-01-31', period: 14 }],
    expect: { method: 'GET', path: `/api/v2/tiktok/music/${TIKTOK_SOUND}/video/volume`, query: 'endDate=2025-01-31&period=14' },
    check: (r) => {
      const p = first<Tiktok['musicVideoVolume']>(r);
      expect(p.items).toHaveLength(14);
      expect(p.items[0]?.date).toBe('2025-01-31T00:00:00+00:00');
      expect((p.data.related as { identifier?: string }).identifier).toBe(TIKTOK_SOUND);
    },
  },
];
