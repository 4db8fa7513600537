/**
 * Wire cases of Soundcharts `search`: `/api/v2/<entity>/search/{term}` and
 * `/api/v2/search/external/url`.
 * Definitions: src/soundcharts/catalog/search.ts.
 * Reference: ../shared/reference/soundcharts.md §2.2 "Search".
 * Sandbox fake: src/testing/soundcharts/search.ts, data in artist-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, BAD_GUY, BILLIE, BILLIE_SPOTIFY, first } from './helpers.js';

type Q = SoundchartsCatalog['search'];

export const cases: WireCase[] = [
  {
    id: 'search.artists',
    args: ['billie eilish', { limit: 5 }],
    expect: { method: 'GET', path: '/api/v2/artist/search/billie%20eilish', query: 'limit=5' },
    check: (r) => {
      const p = first<Q['artists']>(r);
      expect(p.items[0]?.uuid).toBe(BILLIE);
      expect(p.items[0]?.name).toBe('Billie Eilish');
    },
  },
  {
    id: 'search.songs',
    args: ['bad guy', { offset: 0, limit: 20 }],
    expect: { method: 'GET', path: '/api/v2/song/search/bad%20guy', query: 'offset=0&limit=20' },
    check: (r) => expect(first<Q['songs']>(r).items.map((s) => s.uuid)).toContain(BAD_GUY),
  },
  {
    id: 'search.albums',
    args: ['when we all fall asleep'],
    expect: { method: 'GET', path: '/api/v2/album/search/when%20we%20all%20fall%20asleep' },
    check: (r) => expect(first<Q['albums']>(r).items[0]?.creditName).toBe('Billie Eilish'),
  },
  {
    id: 'search.collaborators',
    args: ['baird'],
    expect: { method: 'GET', path: '/api/v2/collaborator/search/baird' },
    check: (r) => expect(first<Q['collaborators']>(r).items.every((c) => /baird/i.test(c.name))).toBe(true),
  },
  {
    id: 'search.playlists',
    args: ['mix', { limit: 3 }],
    expect: { method: 'GET', path: '/api/v2/playlist/search/mix', query: 'limit=3' },
    check: (r) => expect(first<Q['playlists']>(r).items.length).toBeLessThanOrEqual(3),
  },
  {
    id: 'search.radios',
    args: ['fm'],
    expect: { method: 'GET', path: '/api/v2/radio/search/fm' },
    check: (r) => expect(first<Q['radios']>(r).items.every((x) => typeof x.slug === 'string')).toBe(true),
  },
  {
    id: 'search.festivals',
    args: ['festival'],
    expect: { method: 'GET', path: '/api/v2/festival/search/festival' },
    check: (r) => expect(first<Q['festivals']>(r).items.length).toBeGreaterThan(0),
  },
  {
    id: 'search.venues',
    args: ['arena'],
    expect: { method: 'GET', path: '/api/v2/venue/search/arena' },
    check: (r) => expect(first<Q['venues']>(r).items.every((v) => /arena/i.test(v.name))).toBe(true),
  },
  {
    id: 'search.labels',
    args: ['records', { limit: 20 }],
    expect: { method: 'GET', path: '/api/v2/label/search/records', query: 'limit=20' },
    check: (r) => expect(first<Q['labels']>(r).items.length).toBeGreaterThan(0),
  },
  {
    id: 'search.externalUrl',
    args: [{ platformUrl: `https://open.spotify.com/artist/${BILLIE_SPOTIFY}` }],
    expect: { method: 'GET', path: '/api/v2/search/external/url', query: `platformUrl=https%3A%2F%2Fopen.spotify.com%2Fartist%2F${BILLIE_SPOTIFY}` },
    check: (r) => expect(as<Q['externalUrl']>(r)).toMatchObject({ type: 'artist', uuid: BILLIE }),
  },
];
