/**
 * Wire cases of Chartmetric `genres`: `/api/genres`, `/api/genres/{id}` and `/api/genre`.
 * Definitions: src/chartmetric/catalog/genres.ts.
 * Reference: ../shared/reference/chartmetric.md §3 "Search / reference" and "Genre / reference".
 * Sandbox fake: src/testing/chartmetric/genres.ts, data in artist-data.ts.
 */
import { expect } from 'vitest';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as } from './helpers.js';

type Genres = ChartmetricCatalog['genres'];

export const cases: WireCase[] = [
  {
    id: 'genres.list',
    args: [{ name: 'hip-hop' }],
    expect: { method: 'GET', path: '/api/genres', query: 'name=hip-hop' },
    check: (r) => {
      const g = as<Genres['list']>(r);
      expect(Array.isArray(g) ? g.map((x) => x.name) : []).toContain('Hip-Hop/Rap');
    },
  },
  {
    id: 'genres.get',
    args: [462925],
    expect: { method: 'GET', path: '/api/genres/462925' },
    check: (r) => expect(as<Genres['get']>(r)).toMatchObject({ id: 462925, name: 'K-Pop' }),
  },
  {
    id: 'genres.taxonomy',
    args: [],
    expect: { method: 'GET', path: '/api/genre' },
    check: (r) => expect(as<Genres['taxonomy']>(r)).toContainEqual({ id: 501120, name: 'pop' }),
  },
  {
    id: 'genres.taxonomy',
    args: [{ isLegacy: true }],
    expect: { method: 'GET', path: '/api/genre', query: 'isLegacy=true' },
    check: (r) => expect(as<Genres['taxonomy']>(r)[0]!.id).toBeLessThan(500000),
  },
];
