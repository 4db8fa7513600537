/**
 * Wire cases of Soundcharts `distributors`: `/api/v2/distributor/{uuid}/...`.
 * Definitions: src/soundcharts/catalog/distributors.ts.
 * Reference: ../shared/reference/soundcharts.md §2.12 "Account-scoped and write endpoints".
 * Sandbox fake: src/testing/soundcharts/distributors.ts, data in account-data.ts.
 * The writes answer 405 with the public legacy sandbox keys, as the real sandbox does: run them
 * with the sandbox OAuth client credentials.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, first } from './helpers.js';

type Distributors = SoundchartsCatalog['distributors'];

const OWN_DISTRIBUTOR = '791904ab-b1da-c4aa-6ece-5a708d13d3ed';

export const cases: WireCase[] = [
  {
    id: 'distributors.upcRoots',
    args: [OWN_DISTRIBUTOR, { limit: 100 }],
    expect: { method: 'GET', path: `/api/v2/distributor/${OWN_DISTRIBUTOR}/upc-roots`, query: 'limit=100' },
    check: (r) => {
      const p = first<Distributors['upcRoots']>(r);
      expect(p.items).toHaveLength(100);
      expect(p.data.page?.total).toBe(130);
      expect(p.items[0]).toMatchObject({ upcRoot: '825800' });
    },
  },
  {
    id: 'distributors.addUpc',
    args: [OWN_DISTRIBUTOR, '0602577427666'],
    expect: { method: 'POST', path: `/api/v2/distributor/${OWN_DISTRIBUTOR}/upcs/0602577427666` },
    check: (r) => expect(as<Distributors['addUpc']>(r)).toMatchObject({ upc: '0602577427666', distributor: { uuid: OWN_DISTRIBUTOR } }),
  },
  {
    id: 'distributors.removeUpc',
    args: [OWN_DISTRIBUTOR, '825800123456'],
    expect: { method: 'DELETE', path: `/api/v2/distributor/${OWN_DISTRIBUTOR}/upcs/825800123456` },
    check: (r) => expect(as<Distributors['removeUpc']>(r)?.upcRoot).toBe('825800'),
  },
];
