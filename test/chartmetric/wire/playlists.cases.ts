/**
 * Wire cases of Chartmetric `playlists`: `/api/playlist/...`.
 * Definitions: src/chartmetric/catalog/playlists.ts.
 * Reference: ../shared/reference/chartmetric.md §3 "Playlist" and "Playlist (recommendation)".
 * Sandbox fake: src/testing/chartmetric/playlists.ts, data in chart-data.ts.
 */
import { expect } from 'vitest';
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { as, first, isNum } from './helpers.js';

type P = ChartmetricCatalog['playlists'];

export const cases: WireCase[] = [
  {
    id: 'playlists.get',
    args: ['spotify', 179228],
    expect: { method: 'GET', path: '/api/playlist/spotify/179228' },
    check: (r) => {
      const pl = as<P['get']>(r);
      expect(pl.id).toBe(179228);
      isNum(pl.num_track);
    },
  },
  {
    id: 'playlists.get',
    args: ['applemusic', 1645080, { storefront: 'us' }],
    expect: { method: 'GET', path: '/api/playlist/applemusic/1645080', query: 'storefront=us' },
  },
  {
    // itunes and amazon need a storefront (checked before sending).
    id: 'playlists.tracks',
    args: ['itunes', 1645080, 'current', { storefront: 'gb', limit: 5 }],
    expect: { method: 'GET', path: '/api/playlist/itunes/1645080/current/tracks', query: 'storefront=gb&limit=5' },
    check: (r) => expect(first<P['tracks']>(r).items).toHaveLength(5),
  },
  {
    id: 'playlists.tracks',
    args: ['spotify', 179228, 'current', { limit: 20, withDetails: false }],
    expect: { method: 'GET', path: '/api/playlist/spotify/179228/current/tracks', query: 'limit=20&withDetails=false' },
    check: (r) => {
      const page = first<P['tracks']>(r);
      expect(page.items).toHaveLength(20);
      expect(page.items[0]!.position).toBe(1);
      expect(page.items[0]!.audio_features).toBeUndefined();
    },
  },
  {
    id: 'playlists.journeyProgression',
    args: ['deezer', '1189520191', 'journey', { sortColumn: 'followers', limit: 10 }],
    expect: { method: 'GET', path: '/api/playlist/deezer/1189520191/journey-progression/journey', query: 'sortColumn=followers&limit=10' },
    check: (r) => {
      const page = first<P['journeyProgression']>(r);
      expect(page.data.total).toBe(24);
      expect(page.items).toHaveLength(10);
    },
  },
  {
    id: 'playlists.snapshot',
    args: ['spotify', 179228, { date: '2025-05-01' }],
    expect: { method: 'GET', path: '/api/playlist/spotify/179228/snapshot', query: 'date=2025-05-01' },
    check: (r) => expect(as<P['snapshot']>(r)[0]!.position).toBe(1),
  },
  {
    id: 'playlists.stats',
    args: ['spotify', 1645080, { since: '2025-05-01', until: '2025-05-07' }],
    expect: { method: 'GET', path: '/api/playlist/spotify/1645080/stats', query: 'since=2025-05-01&until=2025-05-07' },
    check: (r) => {
      const pts = as<P['stats']>(r);
      expect(pts).toHaveLength(7);
      // `Date.toDateString()` stamps (§6.4).
      expect(pts[0]!.timestp).toBe('Thu May 01 2025');
    },
  },
  {
    id: 'playlists.updated',
    args: ['deezer', '1189520191'],
    expect: { method: 'GET', path: '/api/playlist/deezer/1189520191/updated' },
    check: (r) => expect(as<P['updated']>(r).last_added).toMatch(/^\d{4}-\d{2}-\d{2}T/),
  },
  {
    // The 10,000-row window is spotify's and itunes' only: a deezer list is read past it.
    id: 'playlists.lists',
    args: ['deezer', { limit: 100, offset: 12_000 }],
    expect: { method: 'GET', path: '/api/playlist/deezer/lists', query: 'limit=100&offset=12000' },
    check: (r) => {
      const page = first<P['lists']>(r);
      expect(page.items).toHaveLength(100);
      expect(page.items[0]!.position).toBe(12_001);
    },
  },
  {
    id: 'playlists.lists',
    args: ['spotify', { sortColumn: 'followers', limit: 5, offset: 0, editorial: true, code2: 'US' }],
    expect: { method: 'GET', path: '/api/playlist/spotify/lists', query: 'sortColumn=followers&limit=5&offset=0&editorial=true&code2=US' },
    check: (r) => {
      const page = first<P['lists']>(r);
      expect(page.items).toHaveLength(5);
      expect(page.data.total).toBe(1_436_332);
      expect(page.data.offset).toBe(0);
      expect(page.items[0]!.position).toBe(1);
    },
  },
  {
    id: 'playlists.evolution',
    args: ['artist', 5408, { since: '2025-05-01', until: '2025-05-03' }],
    expect: { method: 'GET', path: '/api/playlist/by/artist/5408/evolution', query: 'since=2025-05-01&until=2025-05-03' },
    check: (r) => {
      const evo = as<P['evolution']>(r);
      expect(evo.spotify).toHaveLength(3);
      expect(evo.itunes![0]!.playlist_total_reach).toBeNull();
    },
  },
  {
    id: 'playlists.playlistEvolution',
    args: ['artist', 5408, { since: '2025-05-01', until: '2025-05-03' }],
    expect: { method: 'GET', path: '/api/playlist/by/artist/5408/playlist-evolution', query: 'since=2025-05-01&until=2025-05-03' },
    check: (r) => {
      const rows = as<P['playlistEvolution']>(r);
      expect(rows).toHaveLength(3);
      isNum(rows[0]!.spotify_playlist_total_reach);
    },
  },
  {
    id: 'playlists.similarPlaylists',
    args: ['spotify', 179228, { limit: 5 }],
    expect: { method: 'GET', path: '/api/playlist/spotify/179228/similarplaylists', query: 'limit=5' },
    check: (r) => expect(as<P['similarPlaylists']>(r)).toHaveLength(5),
  },
];
