/**
 * Wire cases of Soundcharts `festivals`: `/api/v2/festival/...`.
 * Definitions: src/soundcharts/catalog/festivals.ts.
 * Reference: ../shared/reference/soundcharts.md §2.10 "Festival, venue, city".
 * Sandbox fake: src/testing/soundcharts/festivals.ts, data in live-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, BILLIE, first } from './helpers.js';

type Festivals = SoundchartsCatalog['festivals'];

const FESTIVAL = '415ba98a-fa31-f4c7-d08c-04e49e42ee38'; // Wild Waves Festival, New York
const FESTIVAL_2 = '02c66615-e55d-3dc4-a88d-6957ecc296f5'; // Lunar Sound Festival, Paris
const EDITION_2024 = '41a88f6d-c9da-2846-848c-5de1c86b785c';

export const cases: WireCase[] = [
  {
    id: 'festivals.get',
    args: [FESTIVAL],
    expect: { method: 'GET', path: `/api/v2/festival/${FESTIVAL}` },
    check: (r) => expect(as<Festivals['get']>(r)).toMatchObject({ uuid: FESTIVAL, name: 'Wild Waves Festival', cityName: 'New York', countryCode: 'US' }),
  },
  {
    id: 'festivals.getMany',
    args: [`${FESTIVAL},${FESTIVAL_2}`],
    expect: { method: 'GET', path: `/api/v2/festival/${FESTIVAL},${FESTIVAL_2}` },
    check: (r) => expect(as<Festivals['getMany']>(r).items.map((f) => f.name)).toEqual(['Wild Waves Festival', 'Lunar Sound Festival']),
  },
  {
    id: 'festivals.byPlatform',
    args: ['songkick', '770770473'],
    expect: { method: 'GET', path: '/api/v2/festival/by-platform/songkick/770770473' },
    check: (r) => expect(as<Festivals['byPlatform']>(r).uuid).toBe(FESTIVAL),
  },
  {
    id: 'festivals.identifiers',
    args: [FESTIVAL],
    expect: { method: 'GET', path: `/api/v2/festival/${FESTIVAL}/identifiers` },
    check: (r) => expect(first<Festivals['identifiers']>(r).items.map((i) => i.platformCode)).toEqual(['songkick', 'instagram', 'facebook']),
  },
  {
    id: 'festivals.editions',
    args: [FESTIVAL, { startDate: '2019-01-01', endDate: '2024-12-31' }],
    expect: { method: 'GET', path: `/api/v2/festival/${FESTIVAL}/editions`, query: 'startDate=2019-01-01&endDate=2024-12-31' },
    check: (r) => {
      const p = first<Festivals['editions']>(r);
      expect(p.items.map((e) => e.name)).toEqual(['Wild Waves Festival 2024', 'Wild Waves Festival 2023', 'Wild Waves Festival 2022', 'Wild Waves Festival 2019']);
      expect(p.items[0]?.uuid).toBe(EDITION_2024);
    },
  },
  {
    id: 'festivals.edition',
    args: [EDITION_2024],
    expect: { method: 'GET', path: `/api/v2/festival/edition/${EDITION_2024}` },
    check: (r) => {
      const e = as<Festivals['edition']>(r);
      expect(e).toMatchObject({ name: 'Wild Waves Festival 2024', startedAt: '2024-06-10T12:00:00+00:00', festival: { uuid: FESTIVAL } });
      expect(e.artists).toHaveLength(32);
      expect(e.artists?.[0]?.uuid).toBe(BILLIE);
    },
  },
  {
    id: 'festivals.byCityKey',
    args: [{ cityKey: 'fr-paris' }],
    expect: { method: 'GET', path: '/api/v2/festival/by-city-key', query: 'cityKey=fr-paris' },
    check: (r) => expect(first<Festivals['byCityKey']>(r).items.map((f) => f.name)).toEqual(['Lunar Sound Festival', 'Velvet Days Festival Paris']),
  },
];
