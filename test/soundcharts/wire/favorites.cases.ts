/**
 * Wire cases of Soundcharts `favorites`: `/api/v2/favorite/...`.
 * Definitions: src/soundcharts/catalog/favorites.ts.
 * Reference: ../shared/reference/soundcharts.md §2.12 "Account-scoped and write endpoints".
 * Sandbox fake: src/testing/soundcharts/favorites.ts, data in account-data.ts.
 * The writes answer 405 with the public legacy sandbox keys, as the real sandbox does: run them
 * with the sandbox OAuth client credentials.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, BILLIE, first } from './helpers.js';

type Favorites = SoundchartsCatalog['favorites'];

const MAYA = 'f5dfddf0-5013-e1d2-6048-9ae2e74e0041'; // not a favorite yet

export const cases: WireCase[] = [
  {
    id: 'favorites.artists',
    args: [{ limit: 20 }],
    expect: { method: 'GET', path: '/api/v2/favorite/artists', query: 'limit=20' },
    check: (r) => {
      const p = first<Favorites['artists']>(r);
      expect(p.items[0]?.uuid).toBe(BILLIE);
      expect(p.data.page?.total).toBe(25);
    },
  },
  {
    id: 'favorites.addArtist',
    args: [MAYA],
    expect: { method: 'POST', path: `/api/v2/favorite/artist/${MAYA}` },
    check: (r) => expect(as<Favorites['addArtist']>(r)?.name).toBe('Maya Moreau'),
  },
  {
    id: 'favorites.removeArtist',
    args: [BILLIE],
    expect: { method: 'DELETE', path: `/api/v2/favorite/artist/${BILLIE}` },
    check: (r) => expect(as<Favorites['removeArtist']>(r)?.uuid).toBe(BILLIE),
  },
];
