/**
 * Wire cases of Soundcharts `works`: `/api/v2/work/...`.
 * Definitions: src/soundcharts/catalog/works.ts.
 * Reference: ../shared/reference/soundcharts.md §2.11 "Collaborator, label, publisher, work".
 * Sandbox fake: src/testing/soundcharts/works.ts, data in rights-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, BAD_GUY, FINNEAS, first } from './helpers.js';

type Works = SoundchartsCatalog['works'];

const WORK_BAD_GUY = 'deae9b0d-7c10-f9d2-fed7-5eb2ee251caa';
const WORK_2 = '8ed4d8c4-ce48-9c3c-6ca4-58d6310e0f7f';

export const cases: WireCase[] = [
  {
    id: 'works.get',
    args: [WORK_BAD_GUY],
    expect: { method: 'GET', path: `/api/v2/work/${WORK_BAD_GUY}` },
    check: (r) => {
      const w = as<Works['get']>(r);
      expect(w).toMatchObject({ name: 'bad guy', iswc: 'T-669.159.703-7' });
      expect(w.writers?.map((x) => x.uuid)).toContain(FINNEAS);
      expect(w.publishers?.reduce((sum, p) => sum + (p.share ?? 0), 0)).toBe(100);
    },
  },
  {
    id: 'works.getMany',
    args: [`${WORK_BAD_GUY},${WORK_2}`],
    expect: { method: 'GET', path: `/api/v2/work/${WORK_BAD_GUY},${WORK_2}` },
    check: (r) => expect(as<Works['getMany']>(r).items.map((w) => w.name)).toEqual(['bad guy', '!!!!!!!']),
  },
  {
    id: 'works.byIswc',
    args: ['T-669.159.703-7'],
    expect: { method: 'GET', path: '/api/v2/work/by-iswc/T-669.159.703-7' },
    check: (r) => expect(as<Works['byIswc']>(r).uuid).toBe(WORK_BAD_GUY),
  },
  {
    id: 'works.byPlatform',
    args: ['musicbrainz', '759665673'],
    expect: { method: 'GET', path: '/api/v2/work/by-platform/musicbrainz/759665673' },
    check: (r) => expect(as<Works['byPlatform']>(r).uuid).toBe(WORK_BAD_GUY),
  },
  {
    id: 'works.identifiers',
    args: [WORK_BAD_GUY, { platform: 'ascap' }],
    expect: { method: 'GET', path: `/api/v2/work/${WORK_BAD_GUY}/identifiers`, query: 'platform=ascap' },
    check: (r) => expect(first<Works['identifiers']>(r).items[0]?.platformName).toBe('ASCAP'),
  },
  {
    id: 'works.recordings',
    args: [WORK_BAD_GUY],
    expect: { method: 'GET', path: `/api/v2/work/${WORK_BAD_GUY}/recordings` },
    check: (r) => {
      const p = first<Works['recordings']>(r);
      expect(p.items).toHaveLength(3);
      expect(p.items[0]?.uuid).toBe(BAD_GUY);
    },
  },
];
