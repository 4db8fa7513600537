/**
 * Wire cases of Soundcharts `library`: `/api/v2/library/...`.
 * Definitions: src/soundcharts/catalog/library.ts.
 * Reference: ../shared/reference/soundcharts.md §2.12 "Account-scoped and write endpoints".
 * Sandbox fake: src/testing/soundcharts/library.ts, data in account-data.ts.
 * The changes answer 405 with the public legacy sandbox keys, as the real sandbox does: run them
 * with the sandbox OAuth client credentials.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, BILLIE, first } from './helpers.js';

type Library = SoundchartsCatalog['library'];

export const cases: WireCase[] = [
  {
    id: 'library.artists',
    args: [{ limit: 100 }],
    expect: { method: 'GET', path: '/api/v2/library/artist', query: 'limit=100' },
    check: (r) => {
      const p = first<Library['artists']>(r);
      expect(p.items[0]).toMatchObject({ platformCode: 'spotify', identifier: 'GTT2sqYere51WpsEL8oZfx', artist: { uuid: BILLIE } });
      expect(p.data.page?.total).toBe(130);
    },
  },
  {
    id: 'library.addArtists',
    args: [{ identifiers: [{ identifier: 'GTT2sqYere51WpsEL8oZfx', platformCode: 'spotify' }, { identifier: '4dpARuHxo51G3z768sgnrY', platformCode: 'spotify' }] }],
    expect: {
      method: 'POST',
      path: '/api/v2/library/artist',
      body: { identifiers: [{ identifier: 'GTT2sqYere51WpsEL8oZfx', platformCode: 'spotify' }, { identifier: '4dpARuHxo51G3z768sgnrY', platformCode: 'spotify' }] },
    },
    check: (r) => expect(as<Library['addArtists']>(r)).toMatchObject({ sent: 2, updated: 1, duplicate: 1, ignored: 0 }),
  },
  {
    id: 'library.removeArtists',
    args: [{ identifiers: [{ identifier: 'GTT2sqYere51WpsEL8oZfx', platformCode: 'spotify' }, { identifier: '4dpARuHxo51G3z768sgnrY', platformCode: 'spotify' }] }],
    expect: {
      method: 'DELETE',
      path: '/api/v2/library/artist',
      body: { identifiers: [{ identifier: 'GTT2sqYere51WpsEL8oZfx', platformCode: 'spotify' }, { identifier: '4dpARuHxo51G3z768sgnrY', platformCode: 'spotify' }] },
    },
    check: (r) => expect(as<Library['removeArtists']>(r)).toMatchObject({ sent: 2, updated: 1, duplicate: 0, ignored: 1 }),
  },
  {
    id: 'library.songs',
    args: [{ offset: 40 }],
    expect: { method: 'GET', path: '/api/v2/library/song', query: 'offset=40' },
    check: (r) => {
      const p = first<Library['songs']>(r);
      expect(p.items).toHaveLength(5);
      expect(p.data.page?.next).toBeNull();
    },
  },
  {
    id: 'library.addSongs',
    args: [{ identifiers: [{ identifier: '1wZmD5zX9yYqg7nEwQaB3c', platformCode: 'spotify' }] }],
    expect: { method: 'POST', path: '/api/v2/library/song', body: { identifiers: [{ identifier: '1wZmD5zX9yYqg7nEwQaB3c', platformCode: 'spotify' }] } },
    check: (r) => expect(as<Library['addSongs']>(r)).toMatchObject({ sent: 1, updated: 1 }),
  },
  {
    id: 'library.removeSongs',
    args: [{ identifiers: [{ identifier: 'IewlQdtolU5CUR1pys2b6F', platformCode: 'spotify' }] }],
    expect: { method: 'DELETE', path: '/api/v2/library/song', body: { identifiers: [{ identifier: 'IewlQdtolU5CUR1pys2b6F', platformCode: 'spotify' }] } },
    check: (r) => expect(as<Library['removeSongs']>(r)).toMatchObject({ sent: 1, updated: 1, ignored: 0 }),
  },
];
