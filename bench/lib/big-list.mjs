// A bench-only sandbox provider: `GET /api/v2.21/artist/{uuid}/songs` over a list of `total` songs,
// in Soundcharts' list envelope (`items`, `page` with a relative `next` link, `related`), generated
// on demand so neither side holds the whole list. It accepts the public sandbox keys (legacy
// `x-app-id`/`x-api-key` headers), like the real sandbox.
/* global Response */

const SONGS = /^\/api\/v2\.21\/artist\/([^/]+)\/songs$/;
const json = (status, body) => Response.json(body, { status, headers: { 'x-quota-remaining': '100000' } });

/** The uuid of song `i`: stable, unique, and shaped like Soundcharts' ids. */
const songUuid = (i) => `11e8${i.toString(16).padStart(4, '0').slice(-4)}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

export function bigSongList(total) {
  return {
    name: 'soundcharts',
    origins: ['https://customer.api.soundcharts.com'],
    async handle(request) {
      const url = new URL(request.url);
      if (!request.headers.get('x-app-id') || !request.headers.get('x-api-key')) {
        return json(401, { errors: [{ key: 'access', code: 401, message: 'Not logged in.' }] });
      }
      const match = SONGS.exec(url.pathname);
      if (!match || request.method !== 'GET') return json(404, { errors: [{ key: 'access', code: 404, message: 'Not found.' }] });
      const limit = Math.min(100, Number(url.searchParams.get('limit') ?? 100));
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const items = [];
      for (let i = offset; i < Math.min(total, offset + limit); i++) {
        items.push({
          uuid: songUuid(i),
          name: `Benchmark Song ${i}`,
          creditName: 'Benchmark Artist',
          releaseDate: `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}T00:00:00+00:00`,
          appUrl: `https://app.soundcharts.com/app/song/${songUuid(i)}/overview`,
          imageUrl: null,
        });
      }
      const link = (o) => `${url.pathname}?offset=${o}&limit=${limit}`;
      return json(200, {
        related: { uuid: match[1], slug: 'benchmark-artist', name: 'Benchmark Artist', appUrl: null, imageUrl: null },
        items,
        page: { offset, limit, total, next: offset + limit < total ? link(offset + limit) : null, previous: offset > 0 ? link(Math.max(0, offset - limit)) : null },
        errors: [],
      });
    },
  };
}
