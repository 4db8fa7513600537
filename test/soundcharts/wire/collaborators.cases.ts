/**
 * Wire cases of Soundcharts `collaborators`: `/api/v2/collaborator/...`.
 * Definitions: src/soundcharts/catalog/collaborators.ts.
 * Reference: ../shared/reference/soundcharts.md §2.11 "Collaborator, label, publisher, work".
 * Sandbox fake: src/testing/soundcharts/collaborators.ts, data in rights-data.ts.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { ALBUM, as, BAD_GUY, FINNEAS, first, JAN, JAN_Q } from './helpers.js';

type Collaborators = SoundchartsCatalog['collaborators'];

const COLLAB_2 = '8d8e4553-df10-e769-f1ed-f4fe9aba76f9';

export const cases: WireCase[] = [
  {
    id: 'collaborators.get',
    args: [FINNEAS],
    expect: { method: 'GET', path: `/api/v2/collaborator/${FINNEAS}` },
    check: (r) => {
      const c = as<Collaborators['get']>(r);
      expect(c).toMatchObject({ name: 'FINNEAS', ipi: '00702839312', countryCode: 'US' });
      expect(c.roles).toContain('producer');
    },
  },
  {
    id: 'collaborators.getMany',
    args: [`${FINNEAS},${COLLAB_2}`],
    expect: { method: 'GET', path: `/api/v2/collaborator/${FINNEAS},${COLLAB_2}` },
    check: (r) => expect(as<Collaborators['getMany']>(r).items.map((c) => c.name)).toEqual(['FINNEAS', 'Noah Okafor']),
  },
  {
    id: 'collaborators.byIpi',
    args: ['00702839312'],
    expect: { method: 'GET', path: '/api/v2/collaborator/by-ipi/00702839312' },
    check: (r) => expect(as<Collaborators['byIpi']>(r).uuid).toBe(FINNEAS),
  },
  {
    id: 'collaborators.byPlatform',
    args: ['musicbrainz', '934761455'],
    expect: { method: 'GET', path: '/api/v2/collaborator/by-platform/musicbrainz/934761455' },
    check: (r) => expect(as<Collaborators['byPlatform']>(r).uuid).toBe(FINNEAS),
  },
  {
    id: 'collaborators.identifiers',
    args: [FINNEAS],
    expect: { method: 'GET', path: `/api/v2/collaborator/${FINNEAS}/identifiers` },
    check: (r) => expect(first<Collaborators['identifiers']>(r).items).toHaveLength(4),
  },
  {
    id: 'collaborators.songs',
    args: [FINNEAS, { limit: 100 }],
    expect: { method: 'GET', path: `/api/v2/collaborator/${FINNEAS}/songs`, query: 'limit=100' },
    check: (r) => {
      const p = first<Collaborators['songs']>(r);
      expect(p.items).toHaveLength(100);
      expect(p.items[1]?.uuid).toBe(BAD_GUY);
      expect(p.data.page?.total).toBe(150);
    },
  },
  {
    id: 'collaborators.albums',
    args: [FINNEAS],
    expect: { method: 'GET', path: `/api/v2/collaborator/${FINNEAS}/albums` },
    check: (r) => expect(first<Collaborators['albums']>(r).items[0]?.uuid).toBe(ALBUM),
  },
  {
    id: 'collaborators.audience',
    args: [FINNEAS, 'instagram', { ...JAN, sort: 'desc' }],
    expect: { method: 'GET', path: `/api/v2/collaborator/${FINNEAS}/audience/instagram`, query: `${JAN_Q}&sort=desc` },
    check: (r) => {
      const p = first<Collaborators['audience']>(r);
      expect(p.items).toHaveLength(10);
      expect(p.items[0]?.date).toBe('2025-01-10T00:00:00+00:00');
      expect(p.items[0]?.followerCount).toBeGreaterThan(1_000_000);
    },
  },
];
