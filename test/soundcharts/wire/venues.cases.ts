/**
 * Wire cases of Soundcharts `venues`: `/api/v2/venue/...`.
 * Definitions: src/soundcharts/catalog/venues.ts.
 * Reference: ../shared/reference/soundcharts.md §2.10 "Festival, venue, city".
 * Sandbox fake: src/testing/soundcharts/venues.ts, data in live-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, BILLIE, first } from './helpers.js';

type Venues = SoundchartsCatalog['venues'];

const VENUE = '620faf96-ac5d-b65f-012f-8f98838e6c73'; // Grand New York Arena
const CONCERT = 'ce970ed1-7711-2ba5-522b-c304f09871da'; // its first concert, 2024-01-05

export const cases: WireCase[] = [
  {
    id: 'venues.get',
    args: [VENUE],
    expect: { method: 'GET', path: `/api/v2/venue/${VENUE}` },
    check: (r) => expect(as<Venues['get']>(r)).toMatchObject({ name: 'Grand New York Arena', type: 'arena', capacity: 9767, countryCode: 'US' }),
  },
  {
    id: 'venues.byPlatform',
    args: ['songkick', '610646656'],
    expect: { method: 'GET', path: '/api/v2/venue/by-platform/songkick/610646656' },
    check: (r) => expect(as<Venues['byPlatform']>(r).uuid).toBe(VENUE),
  },
  {
    id: 'venues.identifiers',
    args: [VENUE, { platform: 'ticketmaster' }],
    expect: { method: 'GET', path: `/api/v2/venue/${VENUE}/identifiers`, query: 'platform=ticketmaster' },
    check: (r) => expect(first<Venues['identifiers']>(r).items.map((i) => i.platformName)).toEqual(['Ticketmaster']),
  },
  {
    id: 'venues.concerts',
    args: [VENUE, { startDate: '2024-01-01', endDate: '2024-12-31', limit: 50 }],
    expect: { method: 'GET', path: `/api/v2/venue/${VENUE}/concerts`, query: 'startDate=2024-01-01&endDate=2024-12-31&limit=50' },
    check: (r) => {
      const p = first<Venues['concerts']>(r);
      expect(p.items).toHaveLength(50);
      expect(p.items[0]).toMatchObject({ uuid: CONCERT, date: '2024-01-05T20:00:00+00:00' });
      expect(p.data.page?.next).toContain('offset=50&limit=50');
    },
  },
  {
    id: 'venues.concert',
    args: [CONCERT],
    expect: { method: 'GET', path: `/api/v2/venue/concert/${CONCERT}` },
    check: (r) => {
      const c = as<Venues['concert']>(r);
      expect(c.venue?.uuid).toBe(VENUE);
      expect(c.ticketing?.[0]?.platform).toBe('ticketmaster');
      expect(c.artists?.[0]?.uuid).toBe(BILLIE);
    },
  },
  {
    id: 'venues.concertsByCityKey',
    args: [{ cityKey: 'fr-paris', startDate: '2025-03-01', endDate: '2025-03-31' }],
    expect: { method: 'GET', path: '/api/v2/venue/concerts/by-city-key', query: 'cityKey=fr-paris&startDate=2025-03-01&endDate=2025-03-31' },
    check: (r) => {
      const p = first<Venues['concertsByCityKey']>(r);
      expect(p.items.length).toBeGreaterThan(8);
      expect(p.items.every((c) => c.venue?.cityName === 'Paris' && c.date! >= '2025-03-01' && c.date! <= '2025-03-31T23')).toBe(true);
    },
  },
  {
    id: 'venues.byCityKey',
    args: [{ cityKey: 'fr-paris' }],
    expect: { method: 'GET', path: '/api/v2/venue/by-city-key', query: 'cityKey=fr-paris' },
    check: (r) => expect(first<Venues['byCityKey']>(r).items.map((v) => v.name)).toEqual(['New Paris Arena', 'New Paris Theatre']),
  },
];
