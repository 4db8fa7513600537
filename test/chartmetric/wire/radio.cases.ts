/**
 * Wire cases of Chartmetric `radio`: `/api/radio/...`.
 * Definitions: src/chartmetric/catalog/radio.ts.
 * Reference: ../shared/reference/chartmetric.md §3 "Radio".
 * Sandbox fake: src/testing/chartmetric/radio.ts, data in chart-data.ts.
 */
import { expect } from 'vitest';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, isNum } from './helpers.js';

type R = ChartmetricCatalog['radio'];

export const cases: WireCase[] = [
  {
    id: 'radio.airplayTotalsLegacy',
    args: ['artist', 236, { station: 1234, since: '2025-03-01', limit: 3 }],
    expect: { method: 'GET', path: '/api/radio/artist/236/airplay-totals', query: 'station=1234&since=2025-03-01&limit=3' },
    check: (r) => {
      const totals = as<R['airplayTotalsLegacy']>(r);
      expect(totals.countries).toHaveLength(3);
      const [row, trend] = totals.countries![0]!;
      isNum(row.plays);
      expect(Array.isArray(trend)).toBe(true);
    },
  },
  {
    id: 'radio.airplayTotals',
    args: ['artist', 3079, 'country', { since: '2025-01-01', limit: 20 }],
    expect: { method: 'GET', path: '/api/radio/artist/3079/airplay-totals/country', query: 'since=2025-01-01&limit=20' },
    check: (r) => {
      const rows = as<R['airplayTotals']>(r);
      expect(rows).toHaveLength(20);
      expect(typeof rows[0]!.plays_trend![0]!.air_date).toBe('string');
    },
  },
  {
    id: 'radio.airplayTotals',
    args: ['track', 50621806, 'station', { since: new Date('2025-02-03T00:00:00Z'), dateFormat: 'UNIX' }],
    expect: { method: 'GET', path: '/api/radio/track/50621806/airplay-totals/station', query: 'since=2025-02-03&dateFormat=UNIX' },
    check: (r) => expect(typeof as<R['airplayTotals']>(r)[0]!.plays_trend![0]!.air_date).toBe('number'),
  },
  {
    id: 'radio.airplays',
    args: ['artist', 236, { since: '2025-05-01' }],
    expect: { method: 'GET', path: '/api/radio/artist/236/airplays', query: 'since=2025-05-01' },
    // air_date is epoch milliseconds.
    check: (r) => expect(as<R['airplays']>(r)[0]!.air_date).toBe(Date.parse('2025-05-01T00:00:00Z')),
  },
  {
    id: 'radio.broadcastMarkets',
    args: ['artist', 236, { since: '2025-02-02' }],
    expect: { method: 'GET', path: '/api/radio/artist/236/broadcast-markets', query: 'since=2025-02-02' },
    check: (r) => {
      const m = as<R['broadcastMarkets']>(r);
      isNum(m.countryRatios[0]!.market_count_data);
      isNum(m.cityRatios[0]!.count_of_stations);
    },
  },
  {
    id: 'radio.stationList',
    args: [{ code2: 'US' }],
    expect: { method: 'GET', path: '/api/radio/station-list', query: 'code2=US' },
    check: (r) => expect(as<R['stationList']>(r)).toHaveLength(25),
  },
];
