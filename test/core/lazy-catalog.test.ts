/**
 * Lazy catalogs (issue #15): importing an entry or constructing a client builds no endpoint (and so
 * no zod schema); a family is built on first use, once, and the exported catalogs still read as
 * plain data.
 */
import { describe, expect, it, vi } from 'vitest';
import { lazyList, once } from '../../src/core/lazy.js';

// Count the endpoints built, through the helper every catalog file calls.
const built = vi.hoisted(() => ({ ids: [] as string[] }));
vi.mock('../../src/core/endpoint.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/endpoint.js')>();
  return {
    ...original,
    defineEndpoint: ((def: { id: string }) => {
      built.ids.push(def.id);
      return original.defineEndpoint(def as never);
    }) as typeof original.defineEndpoint,
  };
});

describe('lazy catalogs', () => {
  it('importing an entry and constructing its client build no endpoint; a family is built on first use, once', async () => {
    const { Chartmetric, chartmetricEndpoints, chartmetricCatalog } = await import('../../src/chartmetric/index.js');
    const cm = new Chartmetric({ refreshToken: 'refresh-123456', rateLimit: false });
    expect(built.ids).toEqual([]);

    expect(typeof cm.genres.get).toBe('function');
    expect(built.ids).toEqual(['genres.list', 'genres.get', 'genres.taxonomy']);
    expect(cm.genres).toBe(cm.genres);
    // Another client, and the grouped catalog, reuse the built family.
    expect(Object.keys(new Chartmetric({ refreshToken: 'refresh-123456', rateLimit: false }).genres)).toEqual(['list', 'get', 'taxonomy']);
    expect(chartmetricCatalog.genres.get.path).toBe('/api/genres/{id}');
    expect(built.ids).toHaveLength(3);

    // The exported list builds every family on its first read.
    expect(chartmetricEndpoints.length).toBe(118);
    expect(new Set(built.ids).size).toBe(118);
  });

  it('ChartMogul: `ping` and the export family are built on first use too', async () => {
    built.ids.length = 0;
    const { ChartMogul } = await import('../../src/chartmogul/index.js');
    const mogul = new ChartMogul({ apiKey: 'key-123456', rateLimit: false });
    expect(built.ids).toEqual([]);
    expect(typeof mogul.activitiesExport.waitUntilReady).toBe('function');
    expect(built.ids).toEqual(['activitiesExport.create', 'activitiesExport.get']);
  });
});

describe('lazyList', () => {
  it('builds on first read only, then behaves as the array', () => {
    const build = vi.fn(() => [{ id: 'a' }, { id: 'b' }]);
    const list = lazyList(build);
    expect(build).not.toHaveBeenCalled();
    expect(Array.isArray(list)).toBe(true);
    expect(build).not.toHaveBeenCalled();
    expect(list.map((e) => e.id)).toEqual(['a', 'b']);
    expect([...list]).toHaveLength(2);
    expect(Object.keys(list)).toEqual(['0', '1']);
    expect(JSON.stringify(list)).toBe('[{"id":"a"},{"id":"b"}]');
    list.push({ id: 'c' });
    expect(list).toHaveLength(3);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('a write before any read still sees the built items', () => {
    const list = lazyList(() => [1, 2]);
    list.push(3);
    expect([...list]).toEqual([1, 2, 3]);
  });
});

describe('once', () => {
  it('runs its builder on the first call only, also when the result is undefined', () => {
    const build = vi.fn(() => undefined);
    const get = once(build);
    expect(build).not.toHaveBeenCalled();
    get();
    get();
    expect(build).toHaveBeenCalledTimes(1);
  });
});
