/**
 * The Chartmetric sandbox's `radio` endpoints, keyed by endpoint id (definitions:
 * src/chartmetric/catalog/radio.ts).
 * Each handler returns the exact wire body, `{obj: …}` envelope included, answers 404 `{error}` for
 * unknown ids and 400 `{error}` for missing or invalid required params (helpers: ./shared.ts), and
 * respects `limit`/`offset`.
 */
import { pick, randInt } from '../data.js';
import type { RouteContext, RouteHandlers } from '../types.js';
import { COUNTRIES, dayRange, isrcOf, rngOf, type Row, title } from './chart-data.js';
import { isUnknownId, need, notFound, ok, oneOfOr400, q, qInt, today } from './shared.js';

const STATIONS = ['KISS', 'Z100', 'Capital', 'Hot 97', 'Radio One', 'NRJ', 'SWR3', 'Triple J'];
function totalsRows(ctx: RouteContext, entity: string, n: number, unix: boolean): Row[] {
  const days = dayRange(q(ctx, 'since')!, today(ctx), 7);
  return Array.from({ length: n }, (_, i) => {
    const r = rngOf('airplay', ctx.params.type!, ctx.params.id!, entity, i);
    const plays = randInt(r, 50, 80_000);
    const code2 = pick(r, COUNTRIES);
    const row: Row = { plays, plays_percent: Math.round(r() * 1e6) / 1e6 };
    if (entity === 'country') Object.assign(row, { code2, name: `Country ${code2}` });
    if (entity === 'city') Object.assign(row, { id: randInt(r, 1, 9000), name: title(r, 1), code2, country: `Country ${code2}`, lat: Math.round(r() * 9000) / 100, lng: Math.round(r() * 18000) / 100 - 90 });
    if (entity === 'station') Object.assign(row, { id: randInt(r, 1, 99_999), name: pick(r, STATIONS), code2, city: title(r, 1), country: `Country ${code2}` });
    if (entity === 'track') Object.assign(row, { id: randInt(r, 10_000_000, 150_000_000), name: title(r), isrc: isrcOf(r) });
    row.plays_trend = days.map((d) => ({ air_date: unix ? Date.parse(`${d}T00:00:00Z`) / 1000 : `${d}T00:00:00.000Z`, count: randInt(r, 0, 900) }));
    return row;
  });
}

export const radioHandlers: RouteHandlers = {
  // ------------------------------------------------ radio
  'radio.airplayTotalsLegacy': (ctx) => {
    const miss = need(ctx, 'station', 'since');
    if (miss) return miss;
    const n = Math.min(qInt(ctx, 'limit', 10), 50);
    const pairs = (entity: string) => totalsRows(ctx, entity, n, false).map(({ plays_trend, ...row }) => [row, plays_trend]);
    return ok({ countries: pairs('country'), cities: pairs('city'), stations: pairs('station'), tracks: pairs('track') });
  },
  'radio.airplayTotals': (ctx) => {
    const miss = need(ctx, 'since') ?? oneOfOr400(ctx.params.entity, ['country', 'city', 'station', 'track'], 'entity must be country, city, station or track');
    if (miss) return miss;
    if (isUnknownId(ctx.params.id!)) return notFound(ctx.params.type!, ctx.params.id!);
    return ok(totalsRows(ctx, ctx.params.entity!, Math.min(qInt(ctx, 'limit', 10), 50), q(ctx, 'dateFormat') === 'UNIX'));
  },
  'radio.airplays': (ctx) => {
    const miss = need(ctx, 'since');
    if (miss) return miss;
    const r = rngOf('airplays', ctx.params.type!, ctx.params.id!);
    return ok(dayRange(q(ctx, 'since')!, today(ctx), 365).map((d) => ({ air_date: Date.parse(`${d}T00:00:00Z`), spins: randInt(r, 0, 3000) })));
  },
  'radio.broadcastMarkets': (ctx) => {
    const miss = need(ctx, 'since');
    if (miss) return miss;
    const r = rngOf('markets', ctx.params.type!, ctx.params.id!);
    const total = randInt(r, 1e4, 9e5);
    const market = () => ({ market_count_data: String(randInt(r, 1, 9000)), total_market_count_data: String(total), count_of_stations: String(randInt(r, 1, 300)), population: randInt(r, 1e5, 3e8), lat: Math.round(r() * 9000) / 100, lng: Math.round(r() * 18000) / 100 - 90, count: randInt(r, 1, 900) });
    return ok({
      countryRatios: COUNTRIES.slice(0, 6).map((c) => ({ market: `Country ${c}`, code2: c, ...market() })),
      cityRatios: Array.from({ length: 8 }, () => {
        const c = pick(r, COUNTRIES);
        const name = title(r, 1);
        return { market: name, display_name: `${name}, ${c}`, code2: c, country: `Country ${c}`, city_id: randInt(r, 1, 9000), ...market() };
      }),
    });
  },
  'radio.stationList': (ctx) => {
    const code2 = q(ctx, 'code2') ?? 'US';
    return ok(
      Array.from({ length: 25 }, (_, i) => {
        const r = rngOf('station', code2, i);
        const sat = r() < 0.15;
        return { id: 1000 + i, name: `${pick(r, STATIONS)} ${i}`, genre: pick(r, ['CHR', 'Urban', 'Rock', 'Country', 'AC']), frequency: sat ? 'SiriusXM 3' : String(Math.round((88 + r() * 20) * 10) / 10), market: title(r, 1), broadcast_area: title(r, 1), country: code2, station_state: pick(r, ['CA', 'NY', 'TX', '']), image_url: `https://sandbox.chartstack.dev/img/station/${i}.png`, aqh: randInt(r, 100, 90_000), platform: sat ? 'siriusxm' : 'radio', facebook_likes: null, instagram_followers: randInt(r, 0, 9e5), twitter_followers: randInt(r, 0, 9e5), wikipedia_views: randInt(r, 0, 9e4) };
      }),
    );
  },
};
