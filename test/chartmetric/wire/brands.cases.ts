/**
 * Wire cases of Chartmetric `brands`: `/api/brand/...`.
 * Definitions: src/chartmetric/catalog/brands.ts.
 * Reference: ../shared/reference/chartmetric.md §3 "Brand".
 * Sandbox fake: src/testing/chartmetric/brands.ts, data in artist-data.ts.
 */
import { expect } from 'vitest';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, first } from './helpers.js';

type Brands = ChartmetricCatalog['brands'];

export const cases: WireCase[] = [
  {
    id: 'brands.get',
    args: [101, { sortColumn: 'follower_affinity', limit: 20 }],
    expect: { method: 'GET', path: '/api/brand/101', query: 'sortColumn=follower_affinity&limit=20' },
    check: (r) => {
      const p = first<Brands['get']>(r);
      expect(p.items).toHaveLength(20);
      expect(p.data.total).toBe(95);
      expect(typeof p.items[0]!.id).toBe('number');
    },
  },
  {
    id: 'brands.list',
    args: [],
    expect: { method: 'GET', path: '/api/brand/list' },
    check: (r) => expect(as<Brands['list']>(r)).toHaveLength(40),
  },
  {
    id: 'brands.listByInterest',
    args: [{ sortColumn: 'likers' }],
    expect: { method: 'GET', path: '/api/brand/list/by/interest', query: 'sortColumn=likers' },
    check: (r) => {
      const m = as<Brands['listByInterest']>(r);
      expect(m['Music']).toEqual([]);
      expect(m['Sports']!.length).toBeGreaterThan(0);
    },
  },
];
