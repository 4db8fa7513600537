/**
 * The Chartmetric sandbox's `cities` endpoints, keyed by endpoint id (definitions:
 * src/chartmetric/catalog/cities.ts).
 * Each handler returns the exact wire body, `{obj: …}` envelope included, answers 404 `{error}` for
 * unknown ids and 400 `{error}` for missing or invalid required params (helpers: ./shared.ts), and
 * respects `limit`/`offset`.
 */
import { randInt } from '../data.js';
import type { RouteHandlers } from '../types.js';
import {
  albumRow, artistCode2, artistName, artistRank, citiesOf, cityById, COUNTRIES, countryName, genreOf, hashInt, image, metricBase, rngFor,
  spotifyIdFor, trackRow,
} from './artist-data.js';
import { addDays, apiError, badRequest, maybeText, need, ok } from './shared.js';

export const citiesHandlers: RouteHandlers = {
  // ------------------------------------------------------------ cities
  'cities.list': (ctx) => {
    const miss = need(ctx, 'country_code');
    if (miss) return miss;
    const code = ctx.query.get('country_code')!;
    if (!/^[A-Za-z]{2}$/.test(code)) return badRequest('Invalid country_code');
    const iso3 = COUNTRIES.find((c) => c[0] === code.toUpperCase())?.[2] ?? null;
    return ok(
      citiesOf(code).map((c, i) => ({
        city_id: c.id,
        city_name: c.name,
        latitude: c.lat,
        longitude: c.lng,
        population: c.population,
        province: i % 3 === 0 ? `${c.name} Province` : null,
        locality: c.name,
        country: countryName(code),
        image_url: null,
        iso3,
      })),
    );
  },

  'cities.topArtists': (ctx) => {
    const city = cityById(Number(ctx.params.id));
    if (!city) return apiError(404, `City ${ctx.params.id} not found`);
    const source = ctx.params.source ?? '';
    if (!['spotify', 'youtube', 'shazam', 'radio', 'instagram'].includes(source)) return badRequest('Invalid source');
    return ok(
      Array.from({ length: 100 }, (_, i) => {
        const id = i < 2 && city.code2 === 'KR' ? [206557, 3852][i]! : 1 + (hashInt(`city-top:${city.id}:${source}:${i}`) % 9_000_000);
        const rng = rngFor('city-artist', city.id, id);
        const album = albumRow(id, 0);
        return {
          // The appearance count arrives as a string (§6.5).
          count: String(300 - i * 2),
          id,
          name: artistName(id),
          image_url: image('artist', id),
          isni: null,
          code2: artistCode2(id).toLowerCase(),
          hometown_city: null,
          current_city: null,
          sp_followers: metricBase(id, 'sp_followers'),
          sp_popularity: randInt(rng, 20, 100),
          sp_monthly_listeners: metricBase(id, 'sp_monthly_listeners'),
          deezer_fans: maybeText(rng, metricBase(id, 'deezer_fans')),
          tags: [genreOf(id)[1]],
          spotify_artist_ids: [spotifyIdFor('artist', id)],
          itunes_artist_ids: [1_400_000_000 + (id % 90_000_000)],
          deezer_artist_ids: [String(58_000_000 + (id % 900_000))],
          cm_artist_rank: artistRank(id),
          amazon_artist_ids: rng() < 0.5 ? null : [`B0${String(id).padStart(8, '0')}`],
          latest_release: { cm_album: album.cm_album, album_name: album.name, release_date: `${album.release_date.slice(0, 10)}T07:00:00.000Z`, upc: album.upc, label: album.label, image_url: album.image_url },
        };
      }),
    );
  },

  'cities.topTracks': (ctx) => {
    const city = cityById(Number(ctx.params.id));
    if (!city) return apiError(404, `City ${ctx.params.id} not found`);
    const source = ctx.params.source ?? '';
    if (!['youtube', 'radio', 'shazam'].includes(source)) return badRequest('Invalid source');
    return ok(
      Array.from({ length: 100 }, (_, i) => {
        const artist = 1 + (hashInt(`city-track:${city.id}:${source}:${i}`) % 9_000_000);
        const t = trackRow(artist, i % 5);
        return { ...t, count: String(100 - i), position_stats: [3, 2, 1, 0].map((k) => ({ timestp: addDays('2025-06-01', -k * 7), position: Math.max(1, i + 1 + k * 2) })) };
      }),
    );
  },
};
