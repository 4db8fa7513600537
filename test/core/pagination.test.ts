/**
 * Page promises against the sandbox: `toArray` with a limit of 0 (or a bad limit) sends nothing, a
 * held first page is still sent when read later, and a walk that the Chartmetric offset window cuts
 * short says so (`page.truncated` and one `warn` line).
 */
import { describe, expect, it } from 'vitest';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { InvalidParamsError } from '../../src/errors.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

describe('toArray', () => {
  it('with limit 0 sends nothing, and the page promise still sends when read later', async () => {
    const sandbox = createSandbox();
    const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false });
    const list = mogul.activities.list({});
    expect(await list.toArray({ limit: 0 })).toEqual([]);
    expect(sandbox.requestsTo('chartmogul')).toHaveLength(0);
    const page = await list;
    expect(page.items.length).toBeGreaterThan(0);
    expect(sandbox.requestsTo('chartmogul')).toHaveLength(1);
  });

  it('with a bad limit throws InvalidParamsError and sends nothing', async () => {
    const sandbox = createSandbox();
    const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false });
    for (const limit of [-1, 1.5, '10', undefined]) {
      await expect(mogul.activities.list({}).toArray({ limit } as never)).rejects.toBeInstanceOf(InvalidParamsError);
    }
    // Let any request that would have been scheduled leave.
    await new Promise((r) => setImmediate(r));
    expect(sandbox.requestsTo('chartmogul')).toHaveLength(0);
  });

  it('a page promise is sent when it is created, not when awaited', async () => {
    const sandbox = createSandbox();
    const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false });
    const list = mogul.activities.list({});
    await new Promise((r) => setImmediate(r));
    expect(sandbox.requestsTo('chartmogul')).toHaveLength(1);
    await list;
    expect(sandbox.requestsTo('chartmogul')).toHaveLength(1);
  });
});

describe('offset window', () => {
  it('a Chartmetric walk cut by offset + limit < 10000 flags its last page and warns once', async () => {
    const sandbox = createSandbox();
    const warnings: string[] = [];
    const cm = new Chartmetric({
      ...SANDBOX_CREDENTIALS.chartmetric,
      fetch: sandbox.fetch,
      rateLimit: false,
      logLevel: 'warn',
      logger: { ...quiet, warn: (m: string) => warnings.push(m) },
    });
    const pages = [];
    for await (const page of cm.tracks.listFilter({ limit: 100, offset: 9850 }).pages()) pages.push(page);
    expect(pages.map((p) => p.items.length)).toEqual([100, 49]);
    expect(pages.map((p) => p.truncated)).toEqual([false, true]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/tracks\.listFilter: stopped at the offset window \(offset \+ limit ≤ 9999\): more items may exist/);
  });

  it('a list that ends before the window is not truncated and logs nothing', async () => {
    const sandbox = createSandbox();
    const warnings: string[] = [];
    const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch, rateLimit: false, logLevel: 'warn', logger: { ...quiet, warn: (m: string) => warnings.push(m) } });
    const pages = [];
    for await (const page of cm.artists.tracks(206557).pages()) pages.push(page);
    expect(pages.at(-1)!.truncated).toBe(false);
    expect(warnings).toEqual([]);
  });
});
