/**
 * Rules decided from reference/chartmetric.md and the published example requests (the why is in the
 * catalog): bad input is refused before anything is sent, with a message naming the parameter and
 * the accepted form; what the documents allow is sent.
 */
import { describe, expect, it } from 'vitest';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { InvalidParamsError } from '../../src/errors.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';
import { failure } from '../support/scripted.js';

const setup = () => {
  const sandbox = createSandbox();
  const cm = new Chartmetric({ ...SANDBOX_CREDENTIALS.chartmetric, fetch: sandbox.fetch, rateLimit: false });
  const sent = () => sandbox.requestsTo('chartmetric').filter((r) => r.path !== '/api/token');
  return { sandbox, cm, sent };
};

describe('playlist storefront', () => {
  it('applemusic metadata and itunes/amazon track lists need a storefront: refused before sending', async () => {
    const { cm, sent } = setup();
    const calls: Array<[Promise<unknown>, string]> = [
      [cm.playlists.get('applemusic', 1645080), 'applemusic'],
      [cm.playlists.tracks('itunes', 1645080, 'current'), 'itunes'],
      [cm.playlists.tracks('amazon', 'B07QJ5Y1C3', 'past', { limit: 10 }), 'amazon'],
    ];
    for (const [call, platform] of calls) {
      const err = await failure<InvalidParamsError>(call);
      expect(err).toBeInstanceOf(InvalidParamsError);
      expect(err.issues.map((i) => i.param)).toEqual(['storefront']);
      expect(err.message).toContain(`storefront is required for ${platform} playlists: a lower-case storefront code such as 'us'`);
    }
    expect(sent()).toHaveLength(0);
  });

  it('other platforms need none', async () => {
    const { cm, sent } = setup();
    await cm.playlists.get('spotify', 179228);
    await cm.playlists.tracks('deezer', 1189520191, 'current', { limit: 5 });
    expect(sent().map((r) => r.query)).toEqual(['', 'limit=5']);
  });
});

describe('playlist directory window', () => {
  it('spotify and itunes: offset + limit must stay below 10000, refused before sending', async () => {
    const { cm, sent } = setup();
    for (const platform of ['spotify', 'itunes'] as const) {
      const err = await failure<InvalidParamsError>(cm.playlists.lists(platform, { offset: 9990, limit: 10 }));
      expect(err).toBeInstanceOf(InvalidParamsError);
      expect(err.issues.map((i) => i.param)).toEqual(['offset']);
      expect(err.message).toContain('offset + limit must be < 10000 (got offset 9990 + limit 10): only the first 9999 results of this list are reachable');
    }
    expect(sent()).toHaveLength(0);
  });

  it('deezer, amazon, youtube and soundcloud have no window: a walk pages on past 10,000 rows', async () => {
    const { cm, sent } = setup();
    const pages = [];
    for await (const page of cm.playlists.lists('amazon', { offset: 9900, limit: 100 }).pages()) if (pages.push(page) === 3) break;
    expect(pages.map((p) => [p.items[0]!.position, p.truncated])).toEqual([[9901, false], [10_001, false], [10_101, false]]);
    expect(sent().map((r) => r.query)).toEqual(['limit=100&offset=9900', 'limit=100&offset=10000', 'limit=100&offset=10100']);
  });
});
