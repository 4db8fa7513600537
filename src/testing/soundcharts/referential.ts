/**
 * The Soundcharts sandbox's `referential` endpoints, keyed by endpoint id (definitions:
 * src/soundcharts/catalog/referential.ts).
 * Each handler returns the exact wire body (envelope included) or a `reply(...)` with the documented
 * error body (helpers: ./shared.ts).
 */
import type { RouteHandlers } from '../types.js';
import { citiesOf, COUNTRIES, LYRICS, named, title } from './artist-data.js';
import { CHART, PLAYLIST, SOCIAL, STREAMING } from './platforms.js';
import { badRequest, type Ctx, listOf, must, oneOf, run, sortItems } from './shared.js';

const PLATFORMS: Array<[string, string]> = [
  ['amazon', 'Amazon'], ['anghami', 'Anghami'], ['apple-music', 'Apple Music'], ['audiomack', 'Audiomack'], ['bandsintown', 'Bandsintown'], ['boomplay', 'Boomplay'],
  ['deezer', 'Deezer'], ['facebook', 'Facebook'], ['instagram', 'Instagram'], ['jiosaavn', 'JioSaavn'], ['line-music', 'LINE MUSIC'], ['melon', 'Melon'],
  ['pandora', 'Pandora'], ['shazam', 'Shazam'], ['songkick', 'Songkick'], ['soundcloud', 'SoundCloud'], ['spotify', 'Spotify'], ['tidal', 'TIDAL'],
  ['tiktok', 'TikTok'], ['x', 'X'], ['yandex', 'Yandex Music'], ['youtube', 'YouTube'], ['airplay', 'Airplay'], ['itunes', 'iTunes'], ['billboard', 'Billboard'],
];
const platformsFrom = (codes: readonly string[]) => PLATFORMS.filter(([code]) => codes.includes(code)).map(([code, name]) => ({ code, name }));
const GENRES = [
  { root: 'pop', sub: ['dance pop', 'electropop', 'k-pop', 'art pop'] },
  { root: 'hip hop', sub: ['trap', 'drill', 'boom bap'] },
  { root: 'electronic', sub: ['house', 'techno', 'downtempo'] },
  { root: 'rock', sub: ['indie rock', 'alternative rock', 'punk'] },
  { root: 'latin', sub: ['reggaeton', 'latin pop'] },
  { root: 'r&b', sub: ['contemporary r&b', 'neo soul'] },
  { root: 'folk', sub: ['indie folk', 'americana'] },
];
const genres = (ctx: Ctx) =>
  run(() => {
    const order = must(oneOf(ctx, 'sortOrder', ['asc', 'desc'], 'asc'));
    const only = ctx.query.get('genre');
    const rows = GENRES.filter((g) => !only || g.root === only.toLowerCase());
    return listOf(ctx, sortItems(rows, (g) => g.root, order));
  });
const cities = (ctx: Ctx) => {
  const cc = ctx.params.countryCode ?? '';
  if (!/^[A-Za-z]{2}$/.test(cc)) return badRequest('countryCode', 'Invalid country code.');
  const term = ctx.query.get('searchCity')?.toLowerCase();
  return listOf(ctx, citiesOf(cc).filter((c) => !term || c.cityName.toLowerCase().includes(term)));
};

export const referentialHandlers: RouteHandlers = {
  // §2.3 referential
  'referential.platforms': (ctx) => listOf(ctx, PLATFORMS.map(([code, name]) => ({ code, name }))),
  'referential.platformsSocial': (ctx) => listOf(ctx, platformsFrom(SOCIAL)),
  'referential.platformsStreaming': (ctx) => listOf(ctx, platformsFrom(STREAMING)),
  'referential.songChartPlatforms': (ctx) => listOf(ctx, platformsFrom(CHART)),
  'referential.albumChartPlatforms': (ctx) => listOf(ctx, platformsFrom(['spotify', 'apple-music', 'itunes', 'amazon', 'deezer', 'billboard'])),
  'referential.playlistPlatforms': (ctx) => listOf(ctx, platformsFrom(PLAYLIST)),
  'referential.radioCountries': (ctx) => listOf(ctx, COUNTRIES.map(([countryCode, name]) => ({ countryCode, name }))),
  'referential.artistGenres': genres,
  'referential.songGenres': genres,
  'referential.artistRankingCities': cities,
  'referential.venueCities': cities,
  'referential.artistRankingMetrics': (ctx) =>
    listOf(ctx, [
      ['soundcharts', 'score'], ['spotify', 'followers'], ['spotify', 'monthly_listeners'], ['instagram', 'followers'], ['tiktok', 'followers'],
      ['youtube', 'subscribers'], ['youtube', 'views'], ['airplay', 'plays'], ['spotify', 'popularity'], ['x', 'followers'],
    ].map(([platform, metricType]) => ({ platform, metricType, name: `${platform} ${metricType!.replace('_', ' ')}`, scopes: ['global', 'country'] }))),
  'referential.labelTypes': (ctx) => listOf(ctx, [['major', 'Major'], ['independent', 'Independent'], ['distributor', 'Distributor'], ['sublabel', 'Sub-label']].map(([code, name]) => ({ code, name }))),
  'referential.distributors': (ctx) => listOf(ctx, named('distributor', 12, (rng) => ({ name: `${title(rng)} Distribution`, code: null }))),
  'referential.lyricsAttributes': (ctx) => {
    const attribute = ctx.query.get('attribute');
    if (!attribute) return badRequest('attribute', 'The attribute parameter is required.');
    const values = LYRICS[attribute];
    if (!values) return badRequest('attribute', `Invalid attribute: expected one of ${Object.keys(LYRICS).join(', ')}.`);
    const term = ctx.query.get('term')?.toLowerCase();
    return listOf(ctx, values.filter((v) => !term || v.toLowerCase().includes(term)));
  },
};
