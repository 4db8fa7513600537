/**
 * Compile-time contract of `chartstack/chartmetric` and `chartstack/soundcharts`: path params,
 * query params, typed results, and the page promise of list endpoints.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { Soundcharts, type Page, type PagePromise } from '../../src/soundcharts/index.js';

const cm = new Chartmetric({ refreshToken: 'token' });
const uuid = '11e81bcc-9c1c-ce38-b96b-a0369fe50396';

describe('Chartmetric', () => {
  it('requires its refresh token', () => {
    // @ts-expect-error refreshToken is required
    new Chartmetric({ baseUrl: 'https://api.chartmetric.com' });
  });

  it('types path params and the result of artists.get', async () => {
    const artist = await cm.artists.get(206557);
    expectTypeOf(artist.id).toEqualTypeOf<number>();
    expectTypeOf(artist.name).toEqualTypeOf<string>();
    // @ts-expect-error the artist id is a number
    cm.artists.get({ id: 206557 });
    // @ts-expect-error the id is required
    cm.artists.get();
    // @ts-expect-error methods come from the catalog: no such method
    cm.artists.fetchEverything(206557);
  });
});

describe('Soundcharts', () => {
  const sc = new Soundcharts({ clientId: 'id', clientSecret: 'secret' });

  it('takes OAuth or legacy credentials, not a mix of nothing', () => {
    new Soundcharts({ appId: 'app', apiKey: 'key' });
    Soundcharts.sandbox();
    // @ts-expect-error credentials are required
    new Soundcharts({});
  });

  it('list endpoints return a typed page promise', async () => {
    const songs = sc.artists.songs(uuid, { sortBy: 'releaseDate', sortOrder: 'desc', limit: 100 });
    expectTypeOf(songs).toExtend<PagePromise<unknown>>();
    const first = await songs;
    expectTypeOf(first).toExtend<Page<unknown>>();
    expectTypeOf(first.items).toBeArray();
    // Soundcharts does not promise every field of a song reference: nullable and optional.
    for await (const song of songs) expectTypeOf(song.uuid).toEqualTypeOf<string | null | undefined>();
    for await (const page of songs.pages()) expectTypeOf(page.items[0]!.releaseDate).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(songs.toArray({ limit: 10 })).resolves.toBeArray();
    // @ts-expect-error toArray needs a limit: no accidental unbounded crawl
    songs.toArray();
    // sortBy is an open enum: the documented keys are suggested, a key added later still compiles…
    sc.artists.songs(uuid, { sortBy: 'addedLater' });
    // @ts-expect-error …but it is a string
    sc.artists.songs(uuid, { sortBy: 1 });
    // @ts-expect-error limit is a number
    sc.artists.songs(uuid, { limit: '100' });
    // @ts-expect-error the uuid path param is a string
    sc.artists.songs(42);
  });
});
