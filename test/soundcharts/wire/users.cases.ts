/**
 * Wire cases of Soundcharts `users`: `/api/v2/user/{email}/blocklist/...` (the `@` sent as `%40`).
 * Definitions: src/soundcharts/catalog/users.ts.
 * Reference: ../shared/reference/soundcharts.md §2.12 "Account-scoped and write endpoints".
 * Sandbox fake: src/testing/soundcharts/users.ts, data in account-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { first } from './helpers.js';

type Users = SoundchartsCatalog['users'];

export const cases: WireCase[] = [
  {
    id: 'users.blocklistArtists',
    args: ['ana@example.com'],
    expect: { method: 'GET', path: '/api/v2/user/ana%40example.com/blocklist/artists' },
    check: (r) => expect(first<Users['blocklistArtists']>(r).items).toHaveLength(12),
  },
  {
    id: 'users.blocklistSongs',
    args: ['leo@example.com', { limit: 10 }],
    expect: { method: 'GET', path: '/api/v2/user/leo%40example.com/blocklist/songs', query: 'limit=10' },
    check: (r) => expect(first<Users['blocklistSongs']>(r).data.page?.total).toBe(30),
  },
  {
    id: 'users.blocklistLabels',
    args: ['ana@example.com'],
    expect: { method: 'GET', path: '/api/v2/user/ana%40example.com/blocklist/labels' },
    check: (r) => {
      const p = first<Users['blocklistLabels']>(r);
      expect(p.items.length).toBeGreaterThan(0);
      expect(p.items[0]?.label).toEqual(expect.any(String));
    },
  },
];
