/**
 * Wire cases of Soundcharts `dataFeeds`: `/api/v2/data-feed/...`.
 * Definitions: src/soundcharts/catalog/data-feeds.ts.
 * Reference: ../shared/reference/soundcharts.md §2.12 "Account-scoped and write endpoints".
 * Sandbox fake: src/testing/soundcharts/data-feeds.ts, data in account-data.ts.
 * The writes answer 405 with the public legacy sandbox keys, as the real sandbox does: run them
 * with the sandbox OAuth client credentials.
 */
import { expect } from 'vitest';
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { ALBUM, as, BILLIE, first } from './helpers.js';

type DataFeeds = SoundchartsCatalog['dataFeeds'];

export const cases: WireCase[] = [
  {
    id: 'dataFeeds.available',
    args: [{ entityType: 'song' }],
    expect: { method: 'GET', path: '/api/v2/data-feed/available', query: 'entityType=song' },
    check: (r) => expect(as<DataFeeds['available']>(r).items.map((f) => f.code)).toEqual(['song-metadata', 'song-audience', 'song-chart-entries']),
  },
  {
    id: 'dataFeeds.configured',
    args: [{ entityType: 'artist', limit: 10 }],
    expect: { method: 'GET', path: '/api/v2/data-feed/configured', query: 'entityType=artist&limit=10' },
    check: (r) => {
      const p = first<DataFeeds['configured']>(r);
      expect(p.items).toHaveLength(3);
      expect(p.items.every((f) => f.entityUuid === BILLIE && f.feed?.entityType === 'artist')).toBe(true);
    },
  },
  {
    id: 'dataFeeds.subscribe',
    args: [{ uuid: ALBUM, code: 'album-metadata', storageCode: 'gcs-main', pushInterval: 86_400 }],
    expect: { method: 'POST', path: '/api/v2/data-feed/configured', query: `uuid=${ALBUM}&code=album-metadata&storageCode=gcs-main&pushInterval=86400` },
    check: (r) => expect(as<DataFeeds['subscribe']>(r)).toMatchObject({ entityUuid: ALBUM, storageCode: 'gcs-main', pushInterval: 86_400, feed: { code: 'album-metadata', entityType: 'album' } }),
  },
  {
    id: 'dataFeeds.unsubscribe',
    args: [{ uuid: BILLIE, code: 'artist-metadata', storageCode: 'gcs-main' }],
    expect: { method: 'DELETE', path: '/api/v2/data-feed/configured', query: `uuid=${BILLIE}&code=artist-metadata&storageCode=gcs-main` },
    check: (r) => expect(as<DataFeeds['unsubscribe']>(r)?.feed?.code).toBe('artist-metadata'),
  },
];
